/**
 * The sidebar's Compare view on the server (getComparison) and its Custom Model Import month (getQuote, kind
 * "cmi-month"): BEDROCK_COMPARE's table as plain JSON with exact decimal strings, the break-evens in words, the
 * functions' own messages against the fields, every option missing in turn, and a formula that — evaluated by a real
 * formula engine with the built bundle's functions — spills the very numbers the view shows.
 */
import type { HyperFormula } from 'hyperformula';
import { buildEngine, type SheetFunction } from '../../scripts/lib/formula-engine';
import type * as Core from '../../src/core';
import type * as Server from '../../src/ui/sidebar-server';
import { getComparison, getQuote, insertFormula } from '../../src/ui/sidebar-server';
import type { ComparisonOk, ComparisonResult, QuoteRequest } from '../../src/ui/sidebar-types';
import { loadBundle, type Bundle } from '../support/bundle';
import { installGasFakes } from '../support/gas-globals';
import { plainJson } from '../support/plain-json';
import type { Message } from '../../src/core/message';
import { errorMessage, say, worded } from '../support/messages';

const LLAMA2 = 'meta.llama2-13b-v1';

let gas: Bundle;
beforeAll(() => {
  gas = loadBundle();
});

function ok(r: ComparisonResult): ComparisonOk {
  if (!r.ok) throw new Error(`expected a comparison, got: ${say(r.message)}`);
  expect(plainJson(r)).toBe(true);
  return r;
}

const compare = (req: Partial<QuoteRequest>) => getComparison({ kind: 'compare', model: LLAMA2, ...req });
/** Option, billed hours and monthly total of each row, as the view shows them. */
const table = (c: ComparisonOk) => c.rows.map((r) => [r.term, r.billedHours, r.total]);

/** What the formula spills in a real formula engine, with the bundle's functions as Apps Script calls them. */
function spill(formula: string): unknown[][] {
  const functions: Record<string, SheetFunction> = {};
  for (const name of Object.keys(gas).filter((k) => k.startsWith('BEDROCK_'))) functions[name] = gas[name]!;
  const hf: HyperFormula = buildEngine(functions, { S: [[formula]] });
  return hf.getSheetValues(0);
}

describe('getComparison: BEDROCK_COMPARE for the picked model, region and usage', () => {
  test('Llama 2 13B, 1 MU, 24 hours a day, 30 days: 6-month 9,419.55, 1-month 15,251.55, none 16,921.95', () => {
    const c = ok(compare({ units: '1', hoursPerDay: '24', days: '30' }));
    expect(c).toMatchObject({ kind: 'compare', modelName: 'Meta Llama 2 13B', region: 'us-east-1', cheapest: '6m', total: '9419.55' });
    expect(table(c)).toEqual([
      ['6m', '720', '9419.55'], // 13.08 × 720 + 1.95
      ['1m', '720', '15251.55'], // 21.18 × 720 + 1.95
      ['none', '720', '16921.95'], // 23.50 × 720 + 1.95
    ]);
    expect(c.rows[0]).toEqual({
      term: '6m',
      option: { code: 'compare.option-6m' },
      usd: '13.08',
      variant: 'base',
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      billedHours: '720',
      hosting: '9417.6',
      storage: '1.95',
      total: '9419.55',
      totalJpy: null, // no exchange rate in the request
      note: null,
    });
    expect(c.formula).toBe('=BEDROCK_COMPARE("Meta Llama 2 13B", 1, 24, 30, "us-east-1")');
    expect(c.lifecycle).toMatchObject({ status: 'eol' });
  });

  test('8 hours a day: no commitment bills 240 hours and is the cheapest at 5,641.95', () => {
    const c = ok(compare({ hoursPerDay: 8 }));
    expect(table(c)).toEqual([
      ['none', '240', '5641.95'], // 23.50 × 8 × 30 + 1.95
      ['6m', '720', '9419.55'],
      ['1m', '720', '15251.55'],
    ]);
    expect(c.cheapest).toBe('none');
    expect(c.total).toBe('5641.95');
    expect(c.formula).toBe('=BEDROCK_COMPARE("Meta Llama 2 13B", 1, 8, 30, "us-east-1")');
  });

  test('the break-even hours in words: 21.63 for 1 month (24 × 21.18 ÷ 23.50), 13.36 for 6 months (24 × 13.08 ÷ 23.50)', () => {
    const c = ok(compare({ hoursPerDay: 8 }));
    expect(c.breakEven.map((b) => [b.term, Number(b.hours).toFixed(2)])).toEqual([
      ['1m', '21.63'],
      ['6m', '13.36'],
    ]);
    expect(Number(c.breakEven[0]!.hours)).toBe(gas.BEDROCK_BREAKEVEN_HOURS!('Llama 2 13B', '1 month'));
    expect(Number(c.breakEven[1]!.hours)).toBe(gas.BEDROCK_BREAKEVEN_HOURS!('Llama 2 13B', '6 months'));
    expect(say(c.breakEven[0]!.sentence)).toBe(
      'In us-east-1, the 1-month commitment is cheaper than no commitment above 21.63 hours a day (24 × 21.18 ÷ 23.5 USD per MU-hour); below that, no commitment is cheaper.',
    );
    expect(say(c.breakEven[1]!.sentence, 'ja')).toContain('1日13.36時間を超えて使うなら6か月コミットのほうがコミットなしより安くなります');
  });

  test('"Insert table" writes a formula that spills exactly the rows shown', () => {
    const c = ok(compare({ units: '2', hoursPerDay: '12', days: '31' }));
    expect(c.formula).toBe('=BEDROCK_COMPARE("Meta Llama 2 13B", 2, 12, 31, "us-east-1")');
    const values = spill(c.formula);
    expect(values).toEqual(gas.BEDROCK_COMPARE!('Llama 2 13B', 2, 12, 31));
    expect(values.slice(1).map((r) => [r[0], r[2], r[5]])).toEqual(
      c.rows.map((r) => [say(r.option), Number(r.billedHours), Number(r.total)]),
    );
    expect(table(c)).toEqual([
      ['none', '372', '17485.95'], // 23.5 × 2 × 372 + 1.95
      ['6m', '744', '19464.99'],
      ['1m', '744', '31517.79'],
    ]);

    const fakes = installGasFakes();
    fakes.spreadsheet.getActiveSheet().getRange('B2').activate();
    expect(insertFormula(c.formula)).toEqual({ cell: 'Sheet1!B2' });
    expect(fakes.spreadsheet.getActiveSheet().getRange('B2').getValue()).toBe(c.formula);
  });

  test('a region without the model moves to one that prices it; the greyed ones keep their reason', () => {
    const c = ok(compare({ region: 'ap-northeast-1' }));
    expect(c.region).toBe('us-east-1');
    expect(c.regions.filter((r) => r.priced).map((r) => r.code)).toEqual(expect.arrayContaining(['us-east-1', 'us-west-2']));
    expect(c.regions.find((r) => r.code === 'ap-northeast-1')).toMatchObject({ priced: false });
    expect(ok(compare({ region: 'us-west-2' })).formula).toBe('=BEDROCK_COMPARE("Meta Llama 2 13B", 1, 24, 30, "us-west-2")');
  });

  test('base-model hosting: no storage, the note says so, and the formula keeps "base:"', () => {
    const c = ok(getComparison({ kind: 'compare', model: 'base:anthropic.claude-3-sonnet-20240229-v1:0', region: 'sa-east-1' }));
    expect(table(c)).toEqual([
      ['6m', '720', '53280'], // 74 × 720
      ['none', '720', '107280'], // 149 × 720
      ['1m', '720', null],
    ]);
    expect(c.rows[0]).toMatchObject({ storage: '0' });
    expect(say(c.rows[0]!.note)).toBe('Base-model hosting: no custom-model storage.');
    expect(c.formula).toBe('=BEDROCK_COMPARE("base:Anthropic Claude 3 Sonnet", 1, 24, 30, "sa-east-1")');
    expect(spill(c.formula)).toEqual(gas.BEDROCK_COMPARE!('base:Claude 3 Sonnet', 1, 24, 30, 'sa-east-1'));
  });
});

describe('options missing: never 0, always a note', () => {
  test('the real book: Llama 2 Chat 13B has no no-commitment price, and no custom-model storage anywhere', () => {
    const c = ok(getComparison({ kind: 'compare', model: 'meta.llama2-13b-chat-v1', hoursPerDay: 8 }));
    expect(c.rows.map((r) => [r.term, r.usd, r.hosting, r.storage, r.total])).toEqual([
      ['6m', '13.08', '9417.6', null, null],
      ['1m', '21.18', '15249.6', null, null],
      ['none', null, null, null, null],
    ]);
    expect(c.rows[2]!.billedHours).toBe('240'); // still shown, to multiply in a price of your own
    expect(say(c.rows[2]!.note)).toBe('Not priced in us-east-1. Not priced in any region.');
    expect(say(c.rows[0]!.note)).toMatch(
      /^Custom model storage is not priced in us-east-1\. .* For base-model hosting write "base:Meta Llama 2 Chat 13B"\.$/,
    );
    expect(c.cheapest).toBe('6m');
    expect(c.total).toBeNull();
    expect(c.breakEven).toEqual([]); // a break-even needs the no-commitment price
  });

  test('the real book: Titan Text G1 - Express in us-gov-west-1 has no commitment terms', () => {
    const c = ok(getComparison({ kind: 'compare', model: 'amazon.titan-text-express-v1', region: 'us-gov-west-1', hoursPerDay: 8 }));
    expect(c.region).toBe('us-gov-west-1');
    expect(c.rows.map((r) => [r.term, r.usd === null])).toEqual([
      ['none', false],
      ['1m', true],
      ['6m', true],
    ]);
    expect(say(c.rows[1]!.note)).toMatch(/^Not priced in us-gov-west-1[.:].*Priced in: /);
    expect(c.breakEven).toEqual([]);
    expect(
      spill(c.formula)
        .slice(2)
        .map((r) => [r[0], r[1], r[5]]),
    ).toEqual([
      ['1-month commitment', '', ''],
      ['6-month commitment', '', ''],
    ]);
  });

  /** getComparison over a fresh copy of the book with prices removed (a separate module registry, so nothing leaks). */
  function withoutPrices(edit: (prices: Core.CompiledBook['prices']) => void, req: Partial<QuoteRequest> = {}): ComparisonResult {
    let result: ComparisonResult | undefined;
    jest.isolateModules(() => {
      const core = require('../../src/core') as typeof Core;
      edit(core.book.prices);
      const server = require('../../src/ui/sidebar-server') as typeof Server;
      result = server.getComparison({ kind: 'compare', model: LLAMA2, hoursPerDay: 8, ...req });
    });
    return result!;
  }
  const dropTerm =
    (term: string) =>
    (prices: Core.CompiledBook['prices']): void => {
      delete prices[LLAMA2]!.pt!['us-east-1']![`${term}|custom`];
      delete prices[LLAMA2]!.pt!['us-east-1']![`${term}|base`];
    };

  test.each([
    ['none', ['6m', '1m', 'none'], []],
    ['1m', ['none', '6m', '1m'], ['6m']],
    ['6m', ['none', '1m', '6m'], ['1m']],
  ])('no %s price in us-east-1: that row comes last with a note, and only the other break-even is stated', (term, order, breakEvens) => {
    const c = ok(withoutPrices(dropTerm(term)));
    expect(c.rows.map((r) => r.term)).toEqual(order);
    const last = c.rows[2]!;
    expect([last.usd, last.hosting, last.storage, last.total]).toEqual([null, null, null, null]);
    expect(say(last.note)).toBe('Not priced in us-east-1. Priced in: us-west-2.');
    expect(say(last.note, 'ja')).toBe('us-east-1では料金がありません。料金があるリージョン: us-west-2。');
    expect(c.breakEven.map((b) => b.term)).toEqual(breakEvens);
    expect(c.region).toBe('us-east-1');
  });

  test('no storage price: hosting is shown, storage and totals stay unknown, and every priced row says why', () => {
    const c = ok(withoutPrices((p) => delete p[LLAMA2]!.storage!['us-east-1']));
    expect(c.rows.map((r) => [r.term, r.hosting, r.storage, r.total])).toEqual([
      ['none', '5640', null, null],
      ['6m', '9417.6', null, null],
      ['1m', '15249.6', null, null],
    ]);
    expect(say(c.rows[0]!.note)).toBe('Custom model storage is not priced in us-east-1. Priced in: us-west-2. No total without it.');
    expect(c.cheapest).toBe('none');
    expect(c.total).toBeNull();
  });

  test('nothing priced in the region: three notes in term order, no cheapest, no break-even', () => {
    const c = ok(withoutPrices((p) => delete p[LLAMA2]!.pt!['us-east-1'], { region: 'us-east-1' }));
    // The sidebar picks a region that prices the model: us-west-2 is left.
    expect(c.region).toBe('us-west-2');
    const none = ok(
      withoutPrices((p) => {
        delete p[LLAMA2]!.pt!['us-east-1'];
        delete p[LLAMA2]!.pt!['us-west-2'];
      }),
    );
    expect(none.regions.some((r) => r.priced)).toBe(false);
    expect(none.rows.map((r) => [r.term, r.usd, say(r.note)])).toEqual([
      ['none', null, 'Not priced in us-east-1. Not priced in any region.'],
      ['1m', null, 'Not priced in us-east-1. Not priced in any region.'],
      ['6m', null, 'Not priced in us-east-1. Not priced in any region.'],
    ]);
    expect([none.cheapest, none.total, none.breakEven]).toEqual([null, null, []]);
  });
});

describe('inline validation says what BEDROCK_COMPARE says', () => {
  test.each([
    ['hoursPerDay', { hoursPerDay: '25' }, ['Llama 2 13B', 1, 25]],
    ['hoursPerDay', { hoursPerDay: '-1' }, ['Llama 2 13B', 1, -1]],
    ['hoursPerDay', { hoursPerDay: 'all day' }, ['Llama 2 13B', 1, 'all day']],
    ['days', { days: '0' }, ['Llama 2 13B', 1, 24, 0]],
    ['days', { days: '32' }, ['Llama 2 13B', 1, 24, 32]],
    ['units', { units: '1.5' }, ['Llama 2 13B', 1.5]],
    ['units', { units: '0' }, ['Llama 2 13B', 0]],
  ] as const)('%s %j', (field, req, args) => {
    const r = compare(req);
    expect(r).toMatchObject({ ok: false, kind: 'compare', field, region: 'us-east-1' });
    expect(r.ok ? '' : say(r.message)).toBe(errorMessage(() => gas.BEDROCK_COMPARE!(...args)));
    expect(r.regions.length).toBeGreaterThan(0);
  });

  test('25 hours: "hours_per_day must be hours from 0 to 24; got 25."', () => {
    expect(worded(compare({ hoursPerDay: 25 }))).toMatchObject({
      ok: false,
      field: 'hoursPerDay',
      message: 'hours_per_day must be hours from 0 to 24; got 25.',
    });
  });

  test('an unknown model is a message, not a failure', () => {
    const r = getComparison({ kind: 'compare', model: 'no such model' });
    expect(r).toMatchObject({ ok: false, kind: 'compare' });
    expect(r.ok ? '' : say(r.message)).toBe(errorMessage(() => gas.BEDROCK_COMPARE!('no such model')));
  });
});

describe('a month of Custom Model Import (getQuote, kind "cmi-month")', () => {
  test('Llama 3.1 8B 128K, 8 hours a day, 30 days, 1 copy: 1,650.684 and its formula', () => {
    const q = getQuote({ kind: 'cmi-month', model: 'Llama 3.1 8B 128K', hoursPerDay: '8', days: '30', copies: '1' });
    if (!q.ok) throw new Error(say(q.message));
    expect(q.total).toBe('1650.684');
    expect(q.lines.map((l) => [l.item, say(l.quantity as Message), l.usd, l.amount])).toEqual([
      ['cmi-inference', '2880 windows (96 a day × 30 days) × 5 min × 2 CMU × 1 copies', '0.05718', '1646.784'],
      ['cmi-storage', '1 month × 2 CMU', '1.95', '3.9'],
    ]);
    expect(q.formulas).toEqual(['=BEDROCK_CMI_MONTHLY("Llama 3.1 8B 128K", 8, 1, 30, "us-east-1")']);
    expect(spill(q.formulas[0]!)).toEqual([[1650.684]]);
  });

  test.each([
    ['hoursPerDay', { hoursPerDay: '25' }, ['Llama 3.1 8B 128K', 25]],
    ['hoursPerDay', { hoursPerDay: '' }, ['Llama 3.1 8B 128K', '']],
    ['days', { hoursPerDay: 8, days: '1.5' }, ['Llama 3.1 8B 128K', 8, 1, 1.5]],
    ['copies', { hoursPerDay: 8, copies: '0' }, ['Llama 3.1 8B 128K', 8, 0]],
  ] as const)('%s %j: the message of BEDROCK_CMI_MONTHLY', (field, req, args) => {
    const r = getQuote({ kind: 'cmi-month', model: 'Llama 3.1 8B 128K', ...req });
    expect(r).toMatchObject({ ok: false, field });
    expect(r.ok ? '' : say(r.message)).toBe(errorMessage(() => gas.BEDROCK_CMI_MONTHLY!(...args)));
  });
});

describe('the Compare view with a schedule and a month', () => {
  test("the same hours every day over the month: BEDROCK_COMPARE with those hours and the month's days", () => {
    // 8 hours every day in February 2026 (28 days): no commitment 23.50 × 8 × 28 + 1.95 = 5,265.95.
    const c = ok(compare({ units: '1', schedule: '8', month: '2026-02' }));
    expect(c.formula).toBe('=BEDROCK_COMPARE("Meta Llama 2 13B", 1, 8, 28, "us-east-1")');
    expect(c.rows[0]).toMatchObject({ term: 'none', billedHours: '224', total: '5265.95' });
    // 24/7 with the blank month: BEDROCK_COMPARE's 30 days.
    expect(ok(compare({ units: '1', schedule: '24/7', month: '' })).formula).toBe(
      '=BEDROCK_COMPARE("Meta Llama 2 13B", 1, 24, 30, "us-east-1")',
    );
  });

  test('a weekday schedule is refused against the schedule field, pointing to Estimate a month', () => {
    const r = compare({ units: '1', schedule: 'weekdays 9-18' });
    expect(r.ok ? '' : r.field).toBe('schedule');
    expect(r.ok ? '' : say(r.message)).toMatch(
      /^schedule "weekdays 9-18" runs on weekdays only: .*Choose Estimate a month to price weekdays\.$/,
    );
  });
});
