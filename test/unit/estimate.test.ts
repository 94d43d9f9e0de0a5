/**
 * The monthly estimate (src/core/estimate.ts), its schedule and month (schedule.ts, month.ts), against figures worked
 * out by hand from rates/prices.json:
 * - Meta Llama 2 13B (us-east-1): PT 23.5 (no commitment, custom), 21.18 (1 month), 13.08 (6 months) per MU-hour;
 *   storage 1.95 a month; no custom-model on-demand price; not in the CMU table.
 * - Amazon Nova Lite: only us-east-1. On-demand 0.00006 in / 0.00024 out per 1,000 tokens; PT 60.5 / 55 / 30.25;
 *   storage 1.95.
 * - Meta Llama 3.1 8B Instruct: PT only in us-west-2, 24 / 21.18 / 13.08; storage 1.95. CMU table: "Llama 3.1 8B
 *   128K" = 2 CMUs, Llama v1.0 at 0.05718 per CMU-minute and 1.95 per CMU-month in us-east-1 and us-west-2.
 * December 2026 has 31 days (744 h), starts on a Tuesday, and has 23 weekdays in 5 Monday-to-Friday runs.
 */
import { book, estimates, toNumber, Estimates, Catalog, type PricingError } from '../../src/core';
import type { CompiledBook, Estimate } from '../../src/core';
import { activeTime, parseMonth } from '../../src/core/month';
import { parseSchedule } from '../../src/core/schedule';
import { word } from '../../src/messages/catalogue';
import { errorCode, errorMessage } from '../support/messages';

const n = (d: { toString(): string } | undefined) => (d === undefined ? undefined : toNumber(d as never));

/** [option, region, hosting, storage, total] per row, in row order. */
const table = (e: Estimate) => e.rows.map((r) => [r.option, r.region, n(r.hosting), n(r.storage), n(r.total)]);
const note = (e: Estimate, option: string, lang: 'en' | 'ja' = 'en') => {
  const r = e.rows.find((x) => x.option === option)!;
  return r.note ? word(r.note, lang) : '';
};
const billed = (e: Estimate, option: string, lang: 'en' | 'ja' = 'en') => word(e.rows.find((x) => x.option === option)!.billed!, lang);

describe('the seed: Meta Llama 2 13B, 1 MU', () => {
  test('the average month: 730 h; 1-month term 21.18 × 730 = 15,461.40', () => {
    const e = estimates.estimate({ model: 'Llama 2 13B' });
    expect(table(e)).toEqual([
      ['6m', 'us-east-1', 9548.4, 1.95, 9550.35], // 13.08 × 730 = 9,548.40 (+ 1.95 storage)
      ['1m', 'us-east-1', 15461.4, 1.95, 15463.35], // 21.18 × 730 = 15,461.40
      ['none', 'us-east-1', 17155, 1.95, 17156.95], // 23.5 × 730 (24/7: the schedule's hours are the month's)
      ['ondemand', undefined, undefined, undefined, undefined],
      ['cmi', undefined, undefined, undefined, undefined],
    ]);
    expect([n(e.low), n(e.high), e.regions]).toEqual([9550.35, 17156.95, ['us-east-1']]);
    expect(billed(e, '1m')).toBe('730 h × 1 MU');
    expect(note(e, 'ondemand')).toBe('The price book has no custom-model on-demand token price for Meta Llama 2 13B in any region.');
    expect(note(e, 'cmi')).toContain("architecture and size are not in AWS's CMU table");
    expect(note(e, '1m')).toBe(''); // 24/7 in the asked (default) region: nothing to explain
  });

  test('December 2026, a 31-day month: 744 h, 21.18 × 744 = 15,757.92 exactly', () => {
    const e = estimates.estimate({ model: 'Llama 2 13B', month: '2026-12' });
    const term = e.rows.find((r) => r.option === '1m')!;
    expect(term.hosting!.toString()).toBe('15757.92');
    expect(n(term.total)).toBe(15759.87);
    expect(n(e.rows.find((r) => r.option === '6m')!.hosting)).toBe(9731.52); // 13.08 × 744
    expect(n(e.rows.find((r) => r.option === 'none')!.hosting)).toBe(17484); // 23.5 × 744
    expect(billed(e, '1m', 'ja')).toBe('744時間 × 1 MU');
  });

  test('2 MUs, weekdays 9-18 in December 2026: no commitment bills 9 h × 23 days; terms every hour', () => {
    const e = estimates.estimate({ model: 'Llama 2 13B', modelUnits: 2, schedule: 'weekdays 9-18', month: '2026-12' });
    expect(table(e)).toEqual([
      ['none', 'us-east-1', 9729, 1.95, 9730.95], // 23.5 × 2 × 207
      ['6m', 'us-east-1', 19463.04, 1.95, 19464.99], // 13.08 × 2 × 744
      ['1m', 'us-east-1', 31515.84, 1.95, 31517.79], // 21.18 × 2 × 744
      ['ondemand', undefined, undefined, undefined, undefined],
      ['cmi', undefined, undefined, undefined, undefined],
    ]);
    expect(billed(e, 'none')).toBe('9 h × 23 days = 207 h × 2 MU');
    expect(note(e, 'none')).toBe('Billed only while it exists: created before and deleted after the active hours (weekdays 9-18).');
    expect(note(e, '6m')).toBe('A commitment bills every hour of the month, whatever the schedule.');
  });

  test('"base:" prices base-model hosting with no custom-model storage', () => {
    const e = estimates.estimate({ model: 'base:Llama 2 13B' });
    // Base-model PT in us-east-1: 13.08 and 21.18 (no base no-commitment rate in the book).
    expect(table(e).slice(0, 2)).toEqual([
      ['6m', 'us-east-1', 9548.4, 0, 9548.4],
      ['1m', 'us-east-1', 15461.4, 0, 15461.4],
    ]);
    expect(e.base).toBe(true);
    expect(note(e, '6m')).toBe('Base-model hosting: no custom-model storage.');
    expect(note(e, 'ondemand')).toContain('Base-model on-demand tokens are not priced here');
  });
});

describe('the Tokyo journey: a fine-tuned Nova Lite, ~50 M input and ~10 M output tokens, weekdays 9:00-18:00', () => {
  const e = estimates.estimate({
    model: 'Nova Lite',
    region: 'Tokyo',
    inputTokens: 50_000_000,
    outputTokens: 10_000_000,
    schedule: 'weekdays 9-18',
  });

  test('every option is priced in us-east-1, where Nova Lite is sold, cheapest first', () => {
    expect(table(e)).toEqual([
      // 50,000,000 ÷ 1,000 × 0.00006 = 3.00; 10,000,000 ÷ 1,000 × 0.00024 = 2.40; + 1.95 storage = 7.35
      ['ondemand', 'us-east-1', 5.4, 1.95, 7.35],
      // 9 h a day on the average month's weekdays: 9 × 730 × 5 ÷ 168 = 195.5357… h; × 60.5 = 11,829.9107…
      ['none', 'us-east-1', 11829.910714285714, 1.95, 11831.860714285714],
      ['6m', 'us-east-1', 22082.5, 1.95, 22084.45], // 30.25 × 730
      ['1m', 'us-east-1', 40150, 1.95, 40151.95], // 55 × 730
      ['cmi', undefined, undefined, undefined, undefined], // Nova Lite is not in the CMU table
    ]);
    expect([n(e.low), n(e.high), e.regions, e.region]).toEqual([7.35, 40151.95, ['us-east-1'], 'ap-northeast-1']);
    expect(e.cheapest!.option).toBe('ondemand');
    expect(e.dearest!.option).toBe('1m');
  });

  test('the notes say it is not offered in Tokyo and where it is priced, in English and Japanese', () => {
    expect(note(e, 'ondemand')).toBe(
      'Not offered in ap-northeast-1; priced in us-east-1, the nearest region where it is sold (host it in us-east-1 to use this option).',
    );
    expect(note(e, 'ondemand', 'ja')).toBe(
      'ap-northeast-1では提供されていません。提供されている最寄りのリージョンus-east-1の料金です（この方法を使うにはus-east-1でホストします）。',
    );
    expect(e.rows.filter((r) => r.total).every((r) => r.elsewhere)).toBe(true);
    expect(billed(e, 'ondemand')).toBe('50,000,000 input + 10,000,000 output tokens');
    expect(billed(e, 'none')).toBe('9 h × 21.73 days = 195.54 h × 1 MU');
  });

  test('December 2026: 23 weekdays, 60.5 × 9 × 23 = 12,523.50', () => {
    const d = estimates.estimate({
      model: 'Nova Lite',
      region: 'ap-northeast-1',
      inputTokens: 5e7,
      outputTokens: 1e7,
      schedule: '平日 9〜18',
      month: '2026年12月',
    });
    expect(n(d.rows.find((r) => r.option === 'none')!.total)).toBe(12525.45);
    expect(n(d.rows.find((r) => r.option === '6m')!.total)).toBe(22507.95); // 30.25 × 744 + 1.95
  });

  test('without tokens the on-demand row has no total (never a storage-only figure) and asks for tokens', () => {
    const t = estimates.estimate({ model: 'Nova Lite', schedule: 'weekdays 9-18' });
    const od = t.rows.find((r) => r.option === 'ondemand')!;
    expect([od.region, od.hosting, od.storage, od.total]).toEqual(['us-east-1', undefined, undefined, undefined]);
    expect(note(t, 'ondemand')).toBe('Give the input and output tokens a month (0 for none) to price on-demand use.');
    expect(t.rows.map((r) => r.option)).toEqual(['none', '6m', '1m', 'ondemand', 'cmi']);
    // Only input given: still no total.
    expect(estimates.estimate({ model: 'Nova Lite', inputTokens: 1000 }).rows.find((r) => r.option === 'ondemand')!.total).toBeUndefined();
  });
});

describe('Llama 3.1 8B: fine-tuned in Bedrock against the same weights imported ("Llama 3.1 8B 128K" = 2 CMUs)', () => {
  test('24/7, the average month, no region given: us-west-2, the one region where the model is hosted', () => {
    const e = estimates.estimate({ model: 'Llama 3.1 8B' });
    expect(e.region).toBe('us-west-2');
    expect(table(e)).toEqual([
      // 730 h × 12 windows = 8,760 windows × 5 min × 2 CMU × 0.05718 = 5,008.968; storage 2 × 1.95 = 3.90
      ['cmi', 'us-west-2', 5008.968, 3.9, 5012.868],
      ['6m', 'us-west-2', 9548.4, 1.95, 9550.35], // 13.08 × 730
      ['1m', 'us-west-2', 15461.4, 1.95, 15463.35], // 21.18 × 730
      ['none', 'us-west-2', 17520, 1.95, 17521.95], // 24 × 730
      ['ondemand', undefined, undefined, undefined, undefined],
    ]);
    expect(e.regions).toEqual(['us-west-2']);
    expect(e.cmi!.preset).toBe('Llama 3.1 8B 128K');
    expect(note(e, '1m')).toBe('No region given: priced in us-west-2, the only region where this model is hosted.');
    expect(note(e, '1m', 'ja')).toBe('リージョン未指定のため、このモデルをホストできる唯一のリージョンus-west-2の料金です。');
    // Asked in us-east-1, the import is priced there and the fine-tuned model's hosting in us-west-2, with notes.
    const east = estimates.estimate({ model: 'Llama 3.1 8B', region: 'us-east-1' });
    expect(east.regions).toEqual(['us-east-1', 'us-west-2']);
    expect(note(east, '1m')).toMatch(/^Not offered in us-east-1; priced in us-west-2, the nearest region where it is sold/);
    expect(note(e, 'cmi')).toContain('The same weights imported as "Llama 3.1 8B 128K" (2 CMU)');
  });

  test('the imported size itself prices only Custom Model Import, the same figure', () => {
    const e = estimates.estimate({ model: 'Llama 3.1 8B 128K' });
    expect(table(e)[0]).toEqual(['cmi', 'us-east-1', 5008.968, 3.9, 5012.868]);
    expect(
      e.rows
        .slice(1)
        .every((r) => r.total === undefined && note(e, r.option) === 'An imported model is hosted only through Custom Model Import.'),
    ).toBe(true);
    expect([n(e.low), n(e.high)]).toEqual([5012.868, 5012.868]);
  });

  test('weekdays 9-18: whole windows per stretch (108 a day)', () => {
    // Average month: 108 × 730 × 5 ÷ 168 = 2,346.43 windows; × 5 × 2 × 0.05718 = 394,200 × 0.5718 ÷ 168 = 1,341.6878…
    const avg = estimates.estimate({ model: 'Llama 3.1 8B 128K', schedule: 'weekdays 9-18' });
    expect(n(avg.rows[0]!.hosting)).toBe(1341.6878571428572);
    // December 2026: 108 × 23 = 2,484 windows × 0.5718 = 1,420.3512; + 3.90
    const dec = estimates.estimate({ model: 'Llama 3.1 8B 128K', schedule: 'Mon-Fri 9-18', month: '2026-12' });
    expect([n(dec.rows[0]!.hosting), n(dec.rows[0]!.total)]).toEqual([1420.3512, 1424.2512]);
    expect(billed(dec, 'cmi')).toBe('108 windows × 23 days = 2,484 windows × 5 min × 2 CMU × 1 (copies)');
  });

  test('a stretch of 6 minutes bills 2 whole windows; 2 copies double the inference, not the storage', () => {
    // 0.1 h = 6 min → 2 windows a day × 31 days = 62 windows × 5 × 2 CMU × 2 copies × 0.05718 = 70.9032
    const e = estimates.estimate({ model: 2, schedule: 0.1, modelUnits: 2, month: '2026-12', region: 'us-west-2' });
    expect(table(e)[0]).toEqual(['cmi', 'us-west-2', 70.9032, 3.9, 74.8032]);
  });

  test('an architecture without a size is refused', () => {
    expect(errorCode(() => estimates.estimate({ model: 'Mistral' }))).toBe('estimate.cmi-needs-size');
    // "Llama" also starts several Bedrock model names: that is asked about before it is read as an architecture.
    expect(errorCode(() => estimates.estimate({ model: 'Llama' }))).toBe('names.ambiguous-model-more');
  });
});

describe('regions: where an option is not sold, the nearest region where it is', () => {
  test('Llama 3.1 8B PT asked in Tokyo: us-west-2 is the only region', () => {
    const e = estimates.estimate({ model: 'Llama 3.1 8B', region: 'ap-northeast-1' });
    const pt = e.rows.find((r) => r.option === '1m')!;
    expect([pt.region, pt.elsewhere]).toEqual(['us-west-2', true]);
    // CMI is sold in us-east-1, us-west-2 and eu-central-1: from Tokyo the nearest is us-west-2 (Oregon).
    expect(e.rows.find((r) => r.option === 'cmi')!.region).toBe('us-west-2');
  });

  test('CMI asked in Paris: eu-central-1 (Frankfurt) is nearer than the US regions', () => {
    const e = estimates.estimate({ model: 'Llama 3.1 8B 128K', region: 'eu-west-3' });
    // 8,760 windows × 5 × 2 × 0.07144 = 6,258.144; storage 3.90
    expect(table(e)[0]).toEqual(['cmi', 'eu-central-1', 6258.144, 3.9, 6262.044]);
  });

  test('ranking by distance from each region', () => {
    // Great-circle distances from Tokyo: Portland ≈ 7,700 km, Frankfurt ≈ 9,350 km, Ashburn ≈ 10,900 km.
    expect(estimates.nearest('ap-northeast-1', ['us-east-1', 'eu-central-1', 'us-west-2'])).toEqual([
      'us-west-2',
      'eu-central-1',
      'us-east-1',
    ]);
    expect(estimates.nearest('eu-west-2', ['us-east-1', 'eu-central-1', 'us-west-2'])).toEqual(['eu-central-1', 'us-east-1', 'us-west-2']);
  });

  test('an option sold nowhere has no total; the storage of a missing region leaves no total either', () => {
    const copy = JSON.parse(JSON.stringify(book)) as CompiledBook;
    delete copy.prices['meta.llama2-13b-v1']!.pt!['us-west-2'];
    delete (copy.prices['meta.llama2-13b-v1']!.pt!['us-east-1'] as Record<string, unknown>)['6m|base'];
    delete copy.prices['meta.llama2-13b-v1']!.storage!['us-east-1'];
    const e = new Estimates(new Catalog(copy)).estimate({ model: 'Llama 2 13B', region: 'us-east-1' });
    const six = e.rows.find((r) => r.option === '6m')!;
    expect([six.region, six.total]).toEqual([undefined, undefined]);
    expect(word(six.note!, 'en')).toBe('Not priced in any region of the price book.');
    const one = e.rows.find((r) => r.option === '1m')!;
    expect([n(one.hosting), one.storage, one.total]).toEqual([15461.4, undefined, undefined]);
    expect(word(one.note!, 'en')).toContain('Custom model storage is not priced in us-east-1: no total without it.');
    expect(e.low).toBeUndefined();
  });
});

describe('schedules', () => {
  const hours = (v: string | number | undefined) => parseSchedule(v).hoursPerDay.toString();
  test.each([
    [undefined, '24', 'every-day', true],
    ['24/7', '24', 'every-day', true],
    [8, '8', 'every-day', false],
    ['8', '8', 'every-day', false],
    ['９-１８', '9', 'every-day', false],
    ['22-6', '8', 'every-day', false],
    ['22:30-6', '7.5', 'every-day', false],
    ['weekdays 9-18', '9', 'weekdays', false],
    ['Mon-Fri 9–18', '9', 'weekdays', false],
    ['平日 9～18', '9', 'weekdays', false],
    ['平日9時〜18時', '9', 'weekdays', false],
    ['毎日 9-18', '9', 'every-day', false],
    ['weekdays', '24', 'weekdays', true],
    ['0-24', '24', 'every-day', true],
  ])('%p → %s h, %s', (value, h, days, allDay) => {
    const s = parseSchedule(value as never);
    expect([hours(value as never), s.days, s.allDay]).toEqual([h, days, allDay]);
  });

  test.each([0, -1, 25, '25', 'nights', '9-9', '9-25', 'weekends 9-18', '9-18-20', '', 'Mon 9-18'])(
    '%p is refused with the accepted forms',
    (value) => {
      const e = (() => {
        try {
          parseSchedule(value as never);
        } catch (x) {
          return x as PricingError;
        }
        throw new Error('accepted');
      })();
      expect(e.detail!.code).toBe('estimate.bad-schedule');
      expect(word(e.detail!, 'en')).toContain('"weekdays 9-18" (also "Mon-Fri 9-18", "平日 9-18")');
      expect(word(e.detail!, 'ja')).toContain('「平日 9-18」');
    },
  );

  test('a long text is echoed as a short excerpt only', () => {
    const e = (() => {
      try {
        parseSchedule('x'.repeat(10_000));
      } catch (x) {
        return x as PricingError;
      }
      throw new Error('accepted');
    })();
    expect(word(e.detail!, 'en').length).toBeLessThan(500);
  });
});

describe('months', () => {
  test('December 2026 in every accepted spelling, and as a Date', () => {
    for (const v of ['2026-12', '2026/12', '2026年12月', '2026-12-15', '２０２６年１２月', new Date(2026, 11, 31)]) {
      const m = parseMonth(v);
      expect([m.label, m.hours.toString(), m.days.toString(), m.weekdays.toString(), m.weekdayRuns.toString()]).toEqual([
        '2026-12',
        '744',
        '31',
        '23',
        '5',
      ]);
    }
  });

  test('February: 28 days in 2026 (20 weekdays), 29 in 2028 (21)', () => {
    expect([parseMonth('2026-02').days.toString(), parseMonth('2026-02').weekdays.toString()]).toEqual(['28', '20']);
    expect([parseMonth('2028-2').days.toString(), parseMonth('2028-2').weekdays.toString()]).toEqual(['29', '21']);
  });

  test.each(['2026-13', '2026-00', '2026-02-30', 'December', '12', 12, '26-12', new Date(Number.NaN)])('%p is refused', (v) => {
    expect(errorCode(() => parseMonth(v as never))).toMatch(/^estimate\.bad-month(-date)?$/);
  });

  test('active time: a span crossing midnight is one stretch; "weekdays" is one stretch per Monday-to-Friday run', () => {
    const dec = parseMonth('2026-12');
    const night = activeTime(parseSchedule('22-6'), dec);
    // 8 h × 31 days = 248 h; 96 windows × 31 = 2,976
    expect([night.hours.toString(), night.stretches.toString(), night.windows.toString()]).toEqual(['248', '31', '2976']);
    const week = activeTime(parseSchedule('weekdays'), dec);
    // 23 weekdays × 24 h = 552 h in 5 runs; 552 × 12 = 6,624 windows
    expect([week.hours.toString(), week.stretches.toString(), week.windows.toString()]).toEqual(['552', '5', '6624']);
    const always = activeTime(parseSchedule('24/7'), parseMonth(undefined));
    expect([always.hours.toString(), always.windows.toString()]).toEqual(['730', '8760']);
  });
});

describe('bad input', () => {
  test('an unknown model names the closest models and the Custom Model Import forms', () => {
    const e = (() => {
      try {
        estimates.estimate({ model: 'Nova Lyte' });
      } catch (x) {
        return x as PricingError;
      }
      throw new Error('accepted');
    })();
    expect(e.code).toBe('unknown-model');
    expect(word(e.detail!, 'en')).toMatch(/^Unknown model "Nova Lyte"\. Closest known models: "Amazon Nova Lite"/);
  });

  test('model units must be whole; tokens not negative; a model is required', () => {
    expect(errorMessage(() => estimates.estimate({ model: 'Nova Lite', modelUnits: 1.5 }))).toMatch(/model_units must be a whole number/);
    expect(errorMessage(() => estimates.estimate({ model: 'Nova Lite', inputTokens: -1, outputTokens: 0 }))).toMatch(
      /input_tokens must be zero or more/,
    );
    expect(errorMessage(() => estimates.estimate({ model: undefined }))).toMatch(/model is missing/);
  });
});

describe('every schedule and month text is a schedule or a clear error (a small fuzz)', () => {
  // A deterministic generator: the same texts on every run.
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pieces = [
    '9',
    '18',
    '22',
    '6',
    '0',
    '24',
    '25',
    '-',
    '–',
    '〜',
    '～',
    ':',
    '30',
    ' ',
    'weekdays',
    '平日',
    '毎日',
    'Mon-Fri',
    '24/7',
    '.',
    '５',
    'x',
    '時',
  ];
  const texts = Array.from({ length: 3000 }, () =>
    Array.from({ length: 1 + Math.floor(next() * 5) }, () => pieces[Math.floor(next() * pieces.length)]).join(''),
  );

  test('schedules: 0 < hours a day ≤ 24, or estimate.bad-schedule', () => {
    for (const t of texts) {
      try {
        const s = parseSchedule(t);
        expect([t, s.hoursPerDay.gt(0) && s.hoursPerDay.lte(24)]).toEqual([t, true]);
      } catch (e) {
        expect([t, (e as PricingError).detail?.code]).toEqual([t, 'estimate.bad-schedule']);
      }
    }
  });

  test('months: 28 to 31 days, or estimate.bad-month', () => {
    const months = texts.map((t) => `2026${t}`);
    for (const t of months) {
      try {
        const m = parseMonth(t);
        const days = Number(m.days.toString());
        expect([t, days >= 28 && days <= 31]).toEqual([t, true]);
      } catch (e) {
        expect([t, (e as PricingError).detail?.code]).toEqual([t, 'estimate.bad-month']);
      }
    }
  });
});

test('a very long model text is refused with a short excerpt, without a closest-name search over all of it', () => {
  const e = (() => {
    try {
      estimates.estimate({ model: 'Nova '.repeat(20_000) });
    } catch (x) {
      return x as PricingError;
    }
    throw new Error('accepted');
  })();
  expect(e.code).toBe('unknown-model');
  expect(word(e.detail!, 'en').length).toBeLessThan(600);
});

test('Custom Model Import storage missing in the region: no total, and the note says which storage', () => {
  const copy = JSON.parse(JSON.stringify(book)) as CompiledBook;
  delete copy.prices['cmi:Llama:v1.0']!['cmi-storage']!['eu-central-1'];
  const e = new Estimates(new Catalog(copy)).estimate({ model: 'Llama 3.1 8B 128K', region: 'eu-central-1' });
  const row = e.rows.find((r) => r.option === 'cmi')!;
  expect([row.region, n(row.hosting), row.storage, row.total]).toEqual(['eu-central-1', 6258.144, undefined, undefined]);
  expect(word(row.note!, 'en')).toContain('Custom Model Import storage is not priced in eu-central-1: no total without it.');
});

test('a caveated price is stated in the note of every row that uses it (issue 13 §2)', () => {
  // base Titan Image Generator G1 v2 in us-east-1, no commitment 23.40 × 730 = 17,082: AWS contradicts itself about it.
  const e = estimates.estimate({ model: 'base:Titan Image Generator G1 v2', region: 'us-east-1' });
  expect(table(e).find((r) => r[0] === 'none')).toEqual(['none', 'us-east-1', 17082, 0, 17082]);
  expect(note(e, 'none')).toMatch(/ Caveat: AWS's Provisioned Throughput page says this base model has no no-commitment purchase/);
  expect(note(e, 'none', 'ja')).toMatch(/注意: AWSのプロビジョンドスループットのページでは/);
  expect(note(e, '1m')).not.toMatch(/Caveat/);
  // Titan Embeddings G1 Text in eu-west-2 (custom model: the base rate stands in): the anomaly is stated too.
  const t = estimates.estimate({ model: 'Titan Embeddings G1 Text', region: 'eu-west-2' });
  expect(note(t, 'none')).toMatch(/Caveat: Looks swapped with sa-east-1/);
  expect(note(t, '6m')).not.toMatch(/Caveat/);
});
