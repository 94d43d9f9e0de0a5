/**
 * The budget template the menu inserts, evaluated by a real formula engine with the built bundle's functions, and
 * checked against numbers worked by hand from rates/prices.json. Only the exchange-rate lookup (GOOGLEFINANCE, which
 * only Google Sheets has) is replaced by a fixed rate.
 *
 * Defaults: Amazon Nova Lite in us-east-1, 10,000,000 training tokens × 2 epochs, 50,000,000 input and 10,000,000
 * output tokens a month, 24/7, 1 MU, the average month (730 h), the 1-month commitment picked, 10 % tax, ¥150.
 * Nova Lite (us-east-1): training 0.002 per 1,000 tokens; storage 1.95 a month; on-demand 0.00006 in / 0.00024 out
 * per 1,000 tokens; PT 60.5 (no commitment), 55 (1 month), 30.25 (6 months) per MU-hour; not in the CMU table.
 */
import type { HyperFormula } from 'hyperformula';
import { buildEngine, type SheetFunction } from '../../scripts/lib/formula-engine';
import { budgetTemplate, cellIndex, FX_FORMULA } from '../../src/ui/budget-template';
import type { Lang } from '../../src/ui/sidebar-types';
import { loadBundle } from '../support/bundle';

const bundles = {
  en: loadBundle(),
  ja: loadBundle({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'ja' }) } }),
};

/** The template in `lang`, its functions worded for a spreadsheet in `sheetLang`. */
function load(lang: Lang, sheetLang: Lang = lang) {
  const gas = bundles[sheetLang];
  const functions: Record<string, SheetFunction> = {};
  for (const name of Object.keys(gas).filter((k) => k.startsWith('BEDROCK_'))) functions[name] = gas[name]!;
  const t = budgetTemplate(lang);
  const hf: HyperFormula = buildEngine(functions, { Budget: t.values.map((row) => [...row]) });
  const at = (a1: string) => ({ sheet: 0, ...cellIndex(a1) });
  const set = (a1: string, v: string | number | null) => hf.setCellContents(at(a1), v);
  const get = (a1: string) => hf.getCellValue(at(a1));
  const isNA = (a1: string) => (get(a1) as { type?: string }).type === 'NA';
  expect(get(t.cells.fxRate)).toMatchObject({ type: 'NAME' }); // GOOGLEFINANCE: Sheets only
  set(t.cells.fxRate, 150);
  /** The options table below the header: [option, region, hosting, storage, total]. */
  const table = () => [20, 21, 22, 23, 24].map((r) => ['A', 'B', 'D', 'E', 'F'].map((c) => get(`${c}${r}`) ?? ''));
  return { t, set, get, isNA, table };
}

test('the exchange rate defaults to the rate Sheets looks up', () => {
  expect(budgetTemplate('en').values[14]![1]).toBe(FX_FORMULA);
  expect(FX_FORMULA).toBe('=GOOGLEFINANCE("CURRENCY:USDJPY")');
});

test('every hosting option side by side, cheapest first, from one BEDROCK_ESTIMATE', () => {
  const { get, table } = load('en');
  expect(get('A19')).toBe('Option');
  expect(table()).toEqual([
    ['On-demand', 'us-east-1', 5.4, 1.95, 7.35], // 50,000 × 0.00006 + 10,000 × 0.00024 = 5.40; + 1.95
    ['6-month commitment', 'us-east-1', 22082.5, 1.95, 22084.45], // 30.25 × 730
    ['1-month commitment', 'us-east-1', 40150, 1.95, 40151.95], // 55 × 730
    ['No commitment', 'us-east-1', 44165, 1.95, 44166.95], // 60.5 × 730 (24/7)
    ['Custom Model Import', '', '', '', ''], // Nova Lite is not in AWS's CMU table
  ]);
});

test('the totals follow the 1-month commitment picked by default', () => {
  const { get } = load('en');
  // When a first-party source last confirmed the current prices (BEDROCK_PRICES_AS_OF).
  expect(get('B2')).toBe('checked 2025-02-28 – 2026-09-11 (most 2026-01-14)');
  // Its label claims no single "as of" date (issue 13 §4): the value beside it says when prices were checked.
  expect(get('A2')).toBe('Price book');
  expect(get('B27')).toBe(3); // its row in the table
  expect(get('B28')).toBe(40); // 10,000,000 tokens × 2 epochs ÷ 1,000 × $0.002, one time
  expect(get('B29')).toBe(1.95);
  expect(get('B30')).toBe(40150);
  expect(get('B31')).toBeCloseTo(40191.95, 9); // 40 + 40,151.95
  expect(get('B32')).toBeCloseTo(40151.95, 9);
  expect(get('B33')).toBeCloseTo(481863.4, 8); // 40 + 12 × 40,151.95
  expect(get('C28')).toBeCloseTo(44, 10); // 10% tax
  expect(get('D28')).toBeCloseTo(6600, 8); // × ¥150
  expect(get('C33')).toBeCloseTo(530049.74, 6); // 481,863.40 × 1.1
  expect(get('D33')).toBeCloseTo(79507461, 4); // × 150
  expect(get('E32')).toBe("The option's monthly total.");
});

test('picking another option: on-demand, then the 6-month commitment on weekdays 9-18', () => {
  const { set, get } = load('en');
  set('B14', 'On-demand');
  expect([get('B27'), get('B29'), get('B30')]).toEqual([1, 1.95, 5.4]);
  expect(get('B32')).toBeCloseTo(7.35, 12);
  expect(get('B33')).toBeCloseTo(40 + 12 * 7.35, 9); // 128.20
  set('B14', '6-month commitment');
  set('B11', 'weekdays 9-18');
  // A term bills every hour whatever the schedule: 30.25 × 730 = 22,082.50.
  expect(get('B30')).toBe(22082.5);
  // No commitment now bills 9 × 730 × 5 ÷ 168 = 195.54 h: 60.5 × 195.5357… = 11,829.91.
  expect(get('D21')).toBeCloseTo(11829.910714, 5); // HyperFormula shows about 11 significant digits
});

test('the month input: December 2026 bills the terms 744 h', () => {
  const { set, get } = load('en');
  set('B13', '2026-12');
  expect(get('B30')).toBe(40920); // 55 × 744
});

test('an option without a total gives #N/A totals and says why, never a zero', () => {
  const { set, get, isNA } = load('en');
  set('B14', 'Custom Model Import');
  expect(get('B28')).toBe(0); // an imported model is not trained on Bedrock
  expect(['B29', 'B30', 'B31', 'B32', 'B33', 'C32', 'D32'].every(isNA)).toBe(true);
  expect(get('E32')).toBe('The option picked has no monthly total: its note in the table says why.');
  // On-demand without tokens has no total either.
  set('B14', 'On-demand');
  set('B9', null);
  expect(isNA('B32')).toBe(true);
});

test('a hosting option that is not one of the five is refused, not priced as something else', () => {
  const { t, set, isNA, get } = load('en');
  expect(t.choices).toEqual([
    {
      cell: 'B14',
      values: ['On-demand', 'No commitment', '1-month commitment', '6-month commitment', 'Custom Model Import'],
      help: expect.stringMatching(/^Pick one/),
    },
  ]);
  set('B14', 'Provisioned Throughput');
  expect(['B27', 'B28', 'B29', 'B30', 'B32', 'B33'].every(isNA)).toBe(true);
  expect(get('E32')).toMatch(/has no monthly total/);
});

test('tax rate: 10% and 0.1 are the same; 8 (800 %) is refused with a hint', () => {
  const { t, set, get, isNA } = load('en');
  expect(get('C16')).toBe("Japan's consumption tax is 10%. Use 0% if no tax applies.");
  set('B16', 0.08);
  expect(get('C28')).toBeCloseTo(43.2, 10); // 40 × 1.08
  set('B16', 8);
  expect(['C28', 'C32', 'D32', 'C33', 'D33'].every(isNA)).toBe(true);
  expect(get('B32')).toBeCloseTo(40151.95, 9); // the USD before tax is still right
  expect(get('C16')).toBe('Not a tax rate: 8 would mean 800 %. Type 8% or 0.08 (from 0 up to, not including, 100 %).');
  expect(t.rules).toContainEqual({
    cell: 'B16',
    formula: '=AND(ISNUMBER(B16),B16>=0,B16<1)',
    help: expect.stringContaining('8 would mean 800 %'),
  });
  set('B16', 0);
  expect(get('C32')).toBeCloseTo(40151.95, 9);
});

test('the exchange-rate note follows its input', () => {
  const { set, get, isNA } = load('en');
  expect(get('C15')).toBe('A fixed rate you typed: 150 JPY per USD. Put the GOOGLEFINANCE formula back to look it up.');
  set('B15', -1);
  expect(get('C15')).toBe('Not an exchange rate: give the JPY per USD as a number above 0 (e.g. 150).');
  expect(isNA('D32')).toBe(true);
  set('B15', '=149.5');
  expect(get('C15')).toBe('Looked up by Sheets (GOOGLEFINANCE). Type a fixed rate to freeze it.');
  expect(get('D28')).toBeCloseTo(44 * 149.5, 8);
});

test('a mistake shows the function message, not a wrong number', () => {
  const { set, get } = load('en');
  set('B11', 'nights');
  const err = get('B30') as { type: string };
  expect(err.type).not.toBeUndefined();
  expect((get('A19') as { message: string }).message).toMatch(/^schedule "nights" is not a schedule/);
});

test('the Japanese template computes the same numbers, whatever the language of the table', () => {
  for (const sheetLang of ['ja', 'en'] as const) {
    const { set, get } = load('ja', sheetLang);
    expect(get('B30')).toBe(40150);
    set('B14', 'オンデマンド');
    expect(get('B30')).toBeCloseTo(5.4, 12);
    set('B14', '6か月コミット');
    expect(get('B30')).toBe(22082.5);
  }
  const { get } = load('ja');
  expect(get('A20')).toBe('オンデマンド');
  // 料金表 | 2025-02-28～2026-09-11に確認（大半は2026-01-14）: the checked dates, not one 「時点」.
  expect([get('A2'), get('B2')]).toEqual(['料金表', '2025-02-28～2026-09-11に確認（大半は2026-01-14）']);
  expect(get('C16')).toBe('日本の消費税は10%です。課税されない場合は0%にしてください。');
});

test('the Japanese template points to the note column by the name its header has (備考)', () => {
  const { get } = load('ja');
  expect(get('G19')).toBe('備考'); // the BEDROCK_ESTIMATE header, in the spreadsheet's language
  const t = budgetTemplate('ja');
  const texts = [...t.values.flat().filter((v): v is string => typeof v === 'string'), ...t.notes.map((n) => n.note)];
  expect(texts.filter((s) => /注記/.test(s))).toEqual([]);
  expect(texts.filter((s) => /備考を参照/.test(s)).length).toBeGreaterThanOrEqual(2);
});
