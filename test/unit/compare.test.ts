/**
 * The budgeting core (src/core/compare.ts) against hand-worked numbers from rates/prices.json, and against copies of
 * the compiled book with one price removed at a time, so every "option missing" path is exercised even where the
 * real book happens to price everything.
 */
import { book, comparisons, decimal, toNumber, Comparisons, Quotes, PricingError } from '../../src/core';
import type { CompiledBook, Comparison } from '../../src/core';
import { grouped, parseInputShare } from '../../src/core/compare';
import { errorMessage as message, en, ja } from '../support/messages';

const OWN_PRICE_HINT = 'You can give your own price in the last argument.';

const LLAMA2 = 'meta.llama2-13b-v1';

/** A Comparisons over a copy of the book with some prices deleted. */
function without(edit: (b: CompiledBook) => void): Comparisons {
  const copy = JSON.parse(JSON.stringify(book)) as CompiledBook;
  edit(copy);
  return new Comparisons(new Quotes(copy));
}

const table = (c: Comparison) =>
  c.rows.map((r) => [
    r.term,
    r.price?.usd ?? '',
    toNumber(r.billedHours),
    ...[r.hosting, r.storage, r.total].map((d) => (d === undefined ? '' : toNumber(d))),
  ]);

describe('hosting comparison (BEDROCK_COMPARE)', () => {
  test('Llama 2 13B, 1 MU, 24 h a day, 30 days in us-east-1: 6-month, 1-month, no commitment', () => {
    const c = comparisons.hosting({ model: 'Llama 2 13B' });
    expect(c.region).toBe('us-east-1');
    // 13.08 × 720 = 9,417.60; 21.18 × 720 = 15,249.60; 23.50 × 720 = 16,920; storage 1.95 each
    expect(table(c)).toEqual([
      ['6m', '13.08', 720, 9417.6, 1.95, 9419.55],
      ['1m', '21.18', 720, 15249.6, 1.95, 15251.55],
      ['none', '23.5', 720, 16920, 1.95, 16921.95],
    ]);
    expect(c.cheapest).toBe('6m');
    expect(c.rows.every((r) => r.note === undefined && !r.missing)).toBe(true);
    // The no-commitment rate is the custom model's own, the terms fall back to the base model's.
    expect(c.rows.map((r) => r.price!.variant)).toEqual(['base', 'base', 'custom']);
  });

  test('8 hours a day: no commitment bills 240 hours and becomes the cheapest', () => {
    const c = comparisons.hosting({ model: 'Llama 2 13B', hoursPerDay: 8 });
    expect(table(c)[0]).toEqual(['none', '23.5', 240, 5640, 1.95, 5641.95]); // 23.5 × 8 × 30
    expect(c.rows.map((r) => r.term)).toEqual(['none', '6m', '1m']);
  });

  test('2 MUs, 12 hours a day, 31 days: terms bill all 744 hours', () => {
    const c = comparisons.hosting({ model: 'Llama 2 13B', modelUnits: 2, hoursPerDay: 12, days: 31 });
    expect(table(c)).toEqual([
      ['none', '23.5', 372, 17484, 1.95, 17485.95], // 23.5 × 2 × 372
      ['6m', '13.08', 744, 19463.04, 1.95, 19464.99], // 13.08 × 2 × 744
      ['1m', '21.18', 744, 31515.84, 1.95, 31517.79], // 21.18 × 2 × 744
    ]);
  });

  test('amounts are exact decimals: 21.18 × 33 hours is 698.94, not 698.9399999999999', () => {
    const c = comparisons.hosting({ model: 'Llama 2 13B', hoursPerDay: 1.1 });
    expect(c.rows.find((r) => r.term === 'none')!.hosting!.toString()).toBe('775.5'); // 23.5 × 33
    expect(toNumber(comparisons.hosting({ model: 'Llama 2 13B', days: 1.375 }).rows[1]!.hosting!)).toBe(698.94); // 21.18 × 33
  });

  test('break-evens come with the table, for each term priced with no commitment', () => {
    const c = comparisons.hosting({ model: 'Llama 2 13B' });
    expect(toNumber(c.breakEven['1m']!.hours)).toBe(toNumber(decimal('21.630638297872340425531914893617')));
    expect(toNumber(c.breakEven['6m']!.hours)).toBeCloseTo(13.3583, 4); // 24 × 13.08 ÷ 23.5
  });

  describe('every option missing in turn (a copy of the book without it)', () => {
    const drop =
      (region: string, ...keys: string[]) =>
      (b: CompiledBook) => {
        for (const k of keys) delete b.prices[LLAMA2]!.pt![region]![k];
      };

    test.each([
      ['none', ['none|custom', 'none|base'], ['6m', '1m', 'none']],
      ['1m', ['1m|custom', '1m|base'], ['6m', 'none', '1m']],
      ['6m', ['6m|custom', '6m|base'], ['1m', 'none', '6m']],
    ])('no %s price: that row comes last, with a note and no numbers', (term, keys, order) => {
      const c = without(drop('us-east-1', ...(keys as string[]))).hosting({ model: 'Llama 2 13B' });
      expect(c.rows.map((r) => r.term)).toEqual(order);
      const row = c.rows[2]!;
      expect([row.price, row.hosting, row.storage, row.total]).toEqual([undefined, undefined, undefined, undefined]);
      expect(toNumber(row.billedHours)).toBe(720);
      expect(row.missing).toMatchObject({ item: 'pt', term, region: 'us-east-1', pricedIn: ['us-west-2'] });
      expect(en(row.note)).toBe('Not priced in us-east-1. Priced in: us-west-2.');
      expect(ja(row.note)).toBe('us-east-1では料金がありません。料金があるリージョン: us-west-2。');
      // A break-even needs both prices.
      expect(Object.keys(c.breakEven).sort()).toEqual(term === 'none' ? [] : [term === '1m' ? '6m' : '1m']);
    });

    test('no storage price: storage and total stay unknown, rows sort by hosting, every priced row says why', () => {
      const c = without((b) => delete b.prices[LLAMA2]!.storage!['us-east-1']).hosting({ model: 'Llama 2 13B' });
      expect(table(c)).toEqual([
        ['6m', '13.08', 720, 9417.6, '', ''],
        ['1m', '21.18', 720, 15249.6, '', ''],
        ['none', '23.5', 720, 16920, '', ''],
      ]);
      expect(c.storageMissing).toMatchObject({ item: 'storage', pricedIn: ['us-west-2'] });
      for (const r of c.rows)
        expect(en(r.note)).toBe('Custom model storage is not priced in us-east-1. Priced in: us-west-2. No total without it.');
      expect(c.cheapest).toBe('6m');
    });

    test('nothing priced at all: three notes, in term order, and no cheapest', () => {
      const c = without((b) => delete b.prices[LLAMA2]!.pt!['us-east-1']).hosting({ model: 'Llama 2 13B' });
      expect(c.rows.map((r) => [r.term, r.price])).toEqual([
        ['none', undefined],
        ['1m', undefined],
        ['6m', undefined],
      ]);
      expect(c.cheapest).toBeUndefined();
      expect(c.rows[0]!.storage).toBeUndefined();
    });
  });

  test('the real book: Titan Embeddings G1 - Text has no no-commitment PT in us-east-1, and AWS does not sell it', () => {
    const c = comparisons.hosting({ model: 'Titan Embeddings G1 - Text' });
    const none = c.rows[2]!;
    expect(none.term).toBe('none');
    expect(none.missing).toMatchObject({ reason: 'not-sold', pricedIn: ['ca-central-1', 'eu-central-1', 'eu-west-2', 'sa-east-1'] });
    expect(en(none.note)).toMatch(
      /^Not priced in us-east-1: AWS does not sell it \(No-commitment Provisioned Throughput is not offered .*\)\. Priced in: ca-central-1/,
    );
    // It cannot be customized: no storage anywhere, and the note points to base-model hosting.
    expect(en(c.rows[0]!.note)).toMatch(
      /Not priced in any region\. No total without it\. For base-model hosting write "base:Amazon Titan Embeddings G1 - Text"\.$/,
    );
  });

  test('base: hosting has no storage charge and says so', () => {
    const c = comparisons.hosting({ model: 'base:Claude 3 Sonnet', region: 'sa-east-1' });
    expect(c.base).toBe(true);
    expect(table(c)).toEqual([
      ['6m', '74', 720, 53280, 0, 53280],
      ['none', '149', 720, 107280, 0, 107280],
      ['1m', '', 720, '', '', ''],
    ]);
    expect(en(c.rows[0]!.note)).toBe('Base-model hosting: no custom-model storage.');
    expect(en(c.rows[2]!.note)).toBe('Not priced in sa-east-1. Priced in: ap-south-1, ap-southeast-2, ca-central-1, us-east-1.');
  });

  test('a region without prices: Nova Micro in Tokyo, with the reason from the book', () => {
    const c = comparisons.hosting({ model: 'Nova Micro', region: 'Tokyo' });
    expect(c.region).toBe('ap-northeast-1');
    expect(c.rows.every((r) => r.missing?.reason === 'not-sold' && r.missing.pricedIn.join() === 'us-east-1')).toBe(true);
    // The book's Japanese note (noteJa), when it has one, sits between the reason and the regions; never the English note.
    const note = ja(c.rows[0]!.note);
    expect(note).toMatch(/^ap-northeast-1では料金がありません（AWSでは提供されていません）。.*料金があるリージョン: us-east-1。$/);
    expect(note.replace(/\b[a-z]{2}-[a-z]+-\d\b/g, '')).not.toMatch(/[A-Za-z]{4,}/);
    expect(en(c.rows[0]!.note)).toMatch(/^Not priced in ap-northeast-1: AWS does not sell it \(.+\)\. Priced in: us-east-1\.$/);
  });

  test('the region defaults to us-east-1 even when the model is priced only elsewhere, and the notes say where', () => {
    const c = comparisons.hosting({ model: 'Llama 3.1 8B' });
    expect(c.rows.map((r) => en(r.note))).toEqual(Array(3).fill('Not priced in us-east-1. Priced in: us-west-2.'));
    expect(table(comparisons.hosting({ model: 'Llama 3.1 8B', region: 'Oregon' }))[0]).toEqual(['6m', '13.08', 720, 9417.6, 1.95, 9419.55]);
  });

  test('bad usage values', () => {
    expect(message(() => comparisons.hosting({ model: 'Llama 2 13B', hoursPerDay: 25 }))).toBe(
      'hours_per_day must be hours from 0 to 24; got 25.',
    );
    expect(message(() => comparisons.hosting({ model: 'Llama 2 13B', days: 0 }))).toBe('days must be more than zero; got 0.');
    expect(message(() => comparisons.hosting({ model: 'Llama 2 13B', days: 32 }))).toMatch(/days must be days in the month from 0 to 31/);
    expect(message(() => comparisons.hosting({ model: 'Llama 2 13B', modelUnits: 1.5 }))).toMatch(/model_units must be a whole number/);
    expect(message(() => comparisons.hosting({ model: undefined }))).toMatch(/^model is missing/);
    expect(() => comparisons.hosting({ model: 'Llama 2 13B', region: 'Atlantis' })).toThrow(PricingError);
  });
});

test('BEDROCK_COMPARE: a row priced with a caveated rate states the caveat in its note (issue 13 §2)', () => {
  // base Titan Image Generator G1 v2, us-east-1, 24 h × 30 days: 13 × 720 = 9,360; 16.20 × 720 = 11,664; 23.40 × 720 = 16,848.
  const c = comparisons.hosting({ model: 'base:Titan Image Generator G1 v2', region: 'us-east-1' });
  expect(table(c).map((r) => r.slice(0, 2).concat(r.slice(5)))).toEqual([
    ['6m', '13', 9360],
    ['1m', '16.2', 11664],
    ['none', '23.4', 16848],
  ]);
  const notes = c.rows.map((r) => (r.note ? en(r.note) : ''));
  expect(notes[2]).toBe(
    "Base-model hosting: no custom-model storage. Caveat: AWS's Provisioned Throughput page says this base model has no no-commitment purchase; the Price List still lists this rate.",
  );
  expect(notes.slice(0, 2)).toEqual(['Base-model hosting: no custom-model storage.', 'Base-model hosting: no custom-model storage.']);
  // Titan Embeddings G1 Text in eu-west-2: the no-commitment rate 10.8082 looks swapped with sa-east-1's.
  const e = comparisons.hosting({ model: 'base:Titan Embeddings G1 Text', region: 'eu-west-2' });
  const none = e.rows.find((r) => r.term === 'none')!;
  expect(none.price!.usd).toBe('10.8082');
  expect(ja(none.note!)).toMatch(/注意: sa-east-1の単価と入れ替わっている可能性があります。/);
  expect(e.rows.filter((r) => r.term !== 'none').every((r) => !/Caveat/.test(en(r.note!)))).toBe(true);
});

describe('break-even hours (BEDROCK_BREAKEVEN_HOURS)', () => {
  test("the issue's example: Llama 2, 23.50 no commitment and 21.18 a month → 21.63 hours a day", () => {
    const b = comparisons.breakEvenHours({ model: 'Llama 2 13B' });
    expect(b.hours.toString()).toBe('21.630638297872340425531914893617'); // 24 × 21.18 ÷ 23.5 to 30 places
    expect(toNumber(b.hours)).toBeCloseTo(21.6306383, 7);
    expect(b.termCanWin).toBe(true);
    expect(en(b.sentence)).toBe(
      'In us-east-1, the 1-month commitment is cheaper than no commitment above 21.63 hours a day (24 × 21.18 ÷ 23.5 USD per MU-hour); below that, no commitment is cheaper.',
    );
    expect(ja(b.sentence)).toContain('1日21.63時間を超えて使うなら1か月コミットのほうがコミットなしより安くなります');
  });

  test('6-month term, and Llama 3.1 8B in its only region (24 × 21.18 ÷ 24 = 21.18)', () => {
    // biome-ignore lint/correctness/noPrecisionLoss: 24 × 13.08 ÷ 23.50 to more digits than a double holds, compared to 12 places
    expect(toNumber(comparisons.breakEvenHours({ model: 'Llama 2 13B', term: 6 }).hours)).toBeCloseTo(13.358297872340425, 12);
    const b = comparisons.breakEvenHours({ model: 'Llama 3.1 8B' });
    expect([b.region, b.hours.toString()]).toEqual(['us-west-2', '21.18']);
  });

  test('a term dearer than no commitment is never cheaper: Titan Embeddings G1 - Text in São Paulo', () => {
    const b = comparisons.breakEvenHours({ model: 'Titan Embeddings G1 - Text', region: 'sa-east-1' });
    expect(b.termCanWin).toBe(false);
    expect(toNumber(b.hours)).toBeCloseTo((24 * 9.7426) / 9.1178, 12);
    expect(en(b.sentence)).toMatch(/^In sa-east-1, the 1-month commitment is never cheaper than no commitment/);
  });

  test('an error names the missing price, without pointing to a price argument there is not', () => {
    const m = message(() => comparisons.breakEvenHours({ model: 'Llama 2 Chat 13B' }));
    expect(m).toBe(
      'The Provisioned Throughput (no commitment) price of Meta Llama 2 Chat 13B in us-east-1 is not in the price book. Provisioned Throughput is priced for: 1 month, 6 months.',
    );
    const t = message(() => comparisons.breakEvenHours({ model: 'Titan Embeddings G1 - Text' }));
    expect(t).toMatch(/no commitment\) price .* in us-east-1 .* AWS does not sell it: .*\(N\. Virginia\)\. It is priced in: ca-central-1/);
    expect(t).not.toContain(OWN_PRICE_HINT);
    const gone = without((b) => delete b.prices[LLAMA2]!.pt!['us-east-1']!['1m|base']);
    expect(message(() => gone.breakEvenHours({ model: 'Llama 2 13B', region: 'us-east-1' }))).toMatch(
      /\(1 month\) price of Meta Llama 2 13B in us-east-1 .* It is priced in: us-west-2\.$/,
    );
    expect(message(() => comparisons.breakEvenHours({ model: 'Llama 2 13B', term: 'none' }))).toMatch(/term must be a commitment/);
  });
});

describe('break-even tokens (BEDROCK_BREAKEVEN_TOKENS)', () => {
  // Nova Micro, us-east-1: 1-month PT 55 USD per MU-hour × 730 h = 40,150 USD; on demand 0.000035 in / 0.00014 out per 1K.
  // 3:1 blend: (3 × 0.000035 + 0.00014) ÷ 4 = 0.00006125 per 1K = 6.125e-8 per token; V1 = 40,150 ÷ 6.125e-8.
  const V1 = '655510204081.632653061224489795918367346939';

  test('a unit that carries at least twice V1: the break-even is V1', () => {
    const b = comparisons.breakEvenTokens({ model: 'Nova Micro', tokensPerMinutePerUnit: 30000000 });
    expect(b.unitMonthly.toString()).toBe('40150');
    expect(b.blendedPerToken.toString()).toBe('6.125e-8');
    expect(b.capacityPerUnit.toString()).toBe('1314000000000'); // 30M × 60 × 730
    expect(b.perUnit.toString()).toBe(V1);
    expect([b.units, b.volume!.toString()]).toEqual([1, V1]);
    expect(en(b.sentence)).toBe(
      'For Amazon Nova Micro in us-east-1 (1 month, 75% input), Provisioned Throughput is cheaper than on demand above 655,510,204,082 tokens a month.',
    );
  });

  test('a unit that carries less than twice V1: a second unit throws volume back to on demand for a while', () => {
    // c = 20M × 60 × 730 = 876e9; full unit on demand 53,655 USD; margin 13,505; largest n with 13,505 n < 53,655 is 3.
    const b = comparisons.breakEvenTokens({ model: 'Nova Micro', tokensPerMinutePerUnit: 20000000 });
    expect(b.units).toBe(3);
    expect(b.volume!.toString()).toBe(decimal(V1).times(3).toString());
    // Brute force over the step function: on demand is cheaper somewhere just below the answer, PT everywhere above it.
    const c = b.capacityPerUnit;
    const pt = (v: ReturnType<typeof decimal>) => b.unitMonthly.times(v.div(c).round(0, 3));
    const od = (v: ReturnType<typeof decimal>) => v.times(b.blendedPerToken);
    expect(pt(b.volume!.minus(1)).gte(od(b.volume!.minus(1)))).toBe(true);
    for (let k = 1; k <= 400; k++) {
      const v = b.volume!.plus(c.times(k).div(40));
      expect(pt(v).lt(od(v))).toBe(true);
    }
    // ...while V1 alone is not "above which": between one unit's capacity and 2 × V1 on demand wins again.
    const v = c.plus(1);
    expect(v.gt(b.perUnit) && pt(v).gt(od(v))).toBe(true);
  });

  test('a unit too slow to ever pay for itself: no volume, and a sentence giving the throughput it would need', () => {
    const b = comparisons.breakEvenTokens({ model: 'Nova Micro', tokensPerMinutePerUnit: 1000000 });
    expect(b.volume).toBeUndefined();
    expect(b.units).toBeUndefined();
    expect(toNumber(b.minTokensPerMinute)).toBeCloseTo(14965986.3946, 4); // 55 ÷ (60 × 6.125e-8)
    expect(en(b.sentence)).toBe(
      'For Amazon Nova Micro in us-east-1 (1 month, 75% input), Provisioned Throughput is never cheaper than on demand at 1,000,000 tokens a minute per unit: ' +
        "a unit carries at most 43,800,000,000 tokens in 730 hours, which cost 2,682.75 USD on demand, less than the unit's 40,150.00 USD. " +
        'It would need more than 14,965,986 tokens a minute per unit.',
    );
  });

  test('term and mix: 6 months, and 1:1 given as a ratio, a percentage or a share', () => {
    expect(comparisons.breakEvenTokens({ model: 'Nova Micro', tokensPerMinutePerUnit: 3e7, term: '6m' }).volume!.toString()).toBe(
      decimal('22082.5').div('6.125e-8').toString(), // 30.25 × 730 ÷ 6.125e-8
    );
    for (const share of ['1:1', '50%', 0.5, '0.5']) {
      const b = comparisons.breakEvenTokens({ model: 'Nova Micro', tokensPerMinutePerUnit: 3e7, inputShare: share });
      expect(b.blendedPerToken.toString()).toBe('8.75e-8'); // (0.000035 + 0.00014) ÷ 2 per 1K
    }
    expect(parseInputShare('3:1').toString()).toBe('0.75');
    expect(parseInputShare(1).toString()).toBe('1');
    expect(message(() => parseInputShare(1.5))).toMatch(/input_share must be the share of input tokens from 0 to 1/);
    expect(message(() => parseInputShare(-0.1))).toMatch(/input_share must be/);
    expect(message(() => parseInputShare('lots'))).toMatch(/input_share must be/);
    expect(message(() => parseInputShare('0:0'))).toMatch(/has no tokens/);
  });

  test('errors name the missing side: PT for Llama 3.3 70B, on demand for Llama 2 13B', () => {
    const pt = message(() => comparisons.breakEvenTokens({ model: 'Llama 3.3 70B', tokensPerMinutePerUnit: 1e6 }));
    expect(pt).toMatch(
      /^The Provisioned Throughput \(1 month\) price of Meta Llama 3\.3 70B Instruct in us-east-1 is not in the price book\. AWS does not sell it: Llama 3\.3 70B has no Provisioned Throughput/,
    );
    expect(pt).not.toContain(OWN_PRICE_HINT);
    expect(pt).not.toContain('..');
    const od = message(() => comparisons.breakEvenTokens({ model: 'Llama 2 13B', tokensPerMinutePerUnit: 1e6 }));
    expect(od).toBe(
      'The custom-model on-demand input tokens price of Meta Llama 2 13B in us-east-1 is not in the price book. It is not priced in any region.',
    );
    expect(message(() => comparisons.breakEvenTokens({ model: 'Nova Micro', tokensPerMinutePerUnit: undefined }))).toMatch(
      /^tokens_per_minute_per_unit is missing/,
    );
    expect(message(() => comparisons.breakEvenTokens({ model: 'Nova Micro', tokensPerMinutePerUnit: 0 }))).toMatch(
      /must be more than zero/,
    );
  });
});

describe('Custom Model Import month (BEDROCK_CMI_MONTHLY)', () => {
  test('Llama 3.1 8B 128K (2 CMU) 8 hours a day for 30 days: 2,880 windows and two CMUs of storage', () => {
    const q = comparisons.cmiMonthly({ modelOrCmus: 'Llama 3.1 8B 128K', activeHoursPerDay: 8 });
    // 96 windows a day × 30 = 2,880 × 5 min × 2 CMU × 0.05718 = 1,646.784; storage 2 × 1.95 = 3.90
    expect(q.lines.map((l) => [en(l.quantity), l.amount.toString()])).toEqual([
      ['2880 windows (96 a day × 30 days) × 5 min × 2 CMU × 1 copies', '1646.784'],
      ['1 month × 2 CMU', '3.9'],
    ]);
    expect(toNumber(q.total)).toBe(1650.684);
  });

  test('partial windows round up each day; copies scale inference, not storage', () => {
    // 0.1 h = 6 min → 2 windows a day; 22 days; 3 copies: 44 × 5 × 2 × 3 × 0.05718 = 75.4776; + 3.9
    const q = comparisons.cmiMonthly({ modelOrCmus: 2, activeHoursPerDay: 0.1, copies: 3, days: 22 });
    expect(q.windows.toString()).toBe('44');
    expect(toNumber(q.total)).toBe(79.3776);
    expect(toNumber(comparisons.cmiMonthly({ modelOrCmus: 2, activeHoursPerDay: 0, days: 30 }).total)).toBe(3.9);
  });

  test('another region and CMU version: gpt-oss at v2.0, Frankfurt at its own rate', () => {
    expect(toNumber(comparisons.cmiMonthly({ modelOrCmus: 'gpt-oss:4', activeHoursPerDay: 1, days: 1 }).total)).toBe(42.192); // 12 × 5 × 4 × 0.1433 + 4 × 1.95
    expect(toNumber(comparisons.cmiMonthly({ modelOrCmus: 2, activeHoursPerDay: 1, days: 1, region: 'eu-central-1' }).total)).toBe(12.4728); // 12 × 5 × 2 × 0.07144 + 3.9
  });

  test('bad input and a region without a price', () => {
    expect(message(() => comparisons.cmiMonthly({ modelOrCmus: 2, activeHoursPerDay: 25 }))).toMatch(
      /active_hours_per_day must be hours from 0 to 24/,
    );
    expect(message(() => comparisons.cmiMonthly({ modelOrCmus: 2, activeHoursPerDay: 8, days: 30.5 }))).toMatch(
      /days must be a whole number of days/,
    );
    expect(message(() => comparisons.cmiMonthly({ modelOrCmus: 2, activeHoursPerDay: undefined }))).toMatch(
      /^active_hours_per_day is missing/,
    );
    expect(message(() => comparisons.cmiMonthly({ modelOrCmus: 'Llama', activeHoursPerDay: 8 }))).toMatch(
      /names an architecture but not its size/,
    );
    const tokyo = message(() => comparisons.cmiMonthly({ modelOrCmus: 2, activeHoursPerDay: 8, region: 'Tokyo' }));
    expect(tokyo).toBe(
      'The Custom Model Import inference price of CMU v1.0 in ap-northeast-1 is not in the price book. It is priced in: eu-central-1, us-east-1, us-west-2.',
    );
  });
});

test('grouped numbers for sentences', () => {
  expect(grouped(decimal('1234567.891'))).toBe('1,234,567.89');
  expect(grouped(decimal('655510204081.6326'), 0)).toBe('655,510,204,082');
  expect(grouped(decimal('999'), 0)).toBe('999');
});

describe('a break-even sentence states the caveat of each price it used', () => {
  // The real book has caveats only on base-model no-commitment PT rates of models without custom on-demand prices,
  // so no token break-even meets one yet (the hours sentences do: test/contract/breakeven-caveats.test.ts). Here the
  // book's own caveats are put on Nova Micro's us-east-1 prices: the "contradicted" one on its no-commitment PT rate
  // (60.5 USD per MU-hour, the base rate standing in), the first "anomaly" one on its input tokens (0.000035).
  const caveated = (onInput: boolean) =>
    without((b) => {
      const micro = b.prices['amazon.nova-micro-v1:0']!;
      micro.pt!['us-east-1']!['none|base']![5] = { k: b.caveats.findIndex((c) => c.kind === 'contradicted') };
      if (onInput) micro['ondemand-input']!['us-east-1']!['']![5] = { k: b.caveats.findIndex((c) => c.kind === 'anomaly') };
    });
  const CONTRADICTED_EN =
    "Caveat on the Provisioned Throughput (no commitment) price used, 60.5 USD per model unit per hour: AWS's Provisioned Throughput page says this base model has no no-commitment purchase; the Price List still lists this rate.";
  const CONTRADICTED_JA =
    'ここで使ったプロビジョンドスループット（コミットなし）の単価（MU・時間あたり 60.5 USD）には注意が必要です: AWSのプロビジョンドスループットのページでは、このベースモデルはコミットなしで購入できないとされていますが、料金表（Price List）にはこの単価が掲載されています。';

  test('BEDROCK_BREAKEVEN_TOKENS, never cheaper (the #ERROR! text): the sentence, then the PT price’s caveat', () => {
    const b = caveated(false).breakEvenTokens({ model: 'Nova Micro', tokensPerMinutePerUnit: 10, term: 'none' });
    expect(b.volume).toBeUndefined();
    // 10 tokens a minute × 60 × 730 h = 438,000 tokens; one unit for the month: 60.5 × 730 = 44,165.00 USD.
    expect(en(b.sentence)).toBe(
      'For Amazon Nova Micro in us-east-1 (no commitment, 75% input), Provisioned Throughput is never cheaper than on demand at 10 tokens a minute per unit: ' +
        "a unit carries at most 438,000 tokens in 730 hours, which cost 0.03 USD on demand, less than the unit's 44,165.00 USD. " +
        `It would need more than 16,462,585 tokens a minute per unit. ${CONTRADICTED_EN}`,
    );
    expect(ja(b.sentence).endsWith(`1ユニット毎分16,462,585トークンを超える必要があります。${CONTRADICTED_JA}`)).toBe(true);
  });

  test('a price without a term is named by its item, and each caveated price gets its own clause, in the order used', () => {
    const b = caveated(true).breakEvenTokens({ model: 'Nova Micro', tokensPerMinutePerUnit: 10, term: 'none' });
    expect(en(b.sentence)).toContain(
      `${CONTRADICTED_EN} Caveat on the custom-model on-demand input tokens price used, 0.000035 USD per 1,000 tokens: Looks swapped with sa-east-1`,
    );
    expect(ja(b.sentence)).toContain(
      `${CONTRADICTED_JA}ここで使ったオンデマンド入力トークンの単価（1,000トークンあたり 0.000035 USD）には注意が必要です: sa-east-1の単価と入れ替わっている可能性があります。`,
    );
  });

  test('a volume that is found says the caveat too; without caveats the sentence is as before', () => {
    const wins = caveated(false).breakEvenTokens({ model: 'Nova Micro', tokensPerMinutePerUnit: 100_000_000, term: 'none' });
    expect(wins.volume).toBeDefined();
    expect(en(wins.sentence)).toMatch(new RegExp(`tokens a month\\. ${CONTRADICTED_EN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const plain = comparisons.breakEvenTokens({ model: 'Nova Micro', tokensPerMinutePerUnit: 100_000_000, term: 'none' });
    expect(en(plain.sentence)).toBe(en(wins.sentence).slice(0, -CONTRADICTED_EN.length - 1));
    expect(en(plain.sentence)).not.toContain('Caveat');
  });
});
