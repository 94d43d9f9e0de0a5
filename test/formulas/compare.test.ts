/**
 * A hosting decision sheet: the break-even functions drive ordinary IF/IFERROR formulas, and each answer is checked
 * against the foundation's own functions in the same engine. (The sheet reads its hours from a cell, so it uses the
 * single-value functions; BEDROCK_COMPARE's table spilling is tested in spill.test.ts.)
 */
import type { HyperFormula } from 'hyperformula';
import { buildEngine, type SheetFunction } from '../../scripts/lib/formula-engine';
import { loadBundle } from '../support/bundle';

const NAMES = [
  'BEDROCK_BREAKEVEN_HOURS',
  'BEDROCK_CMI_MONTHLY',
  'BEDROCK_BREAKEVEN_TOKENS',
  'BEDROCK_PT_MONTHLY',
  'BEDROCK_ONDEMAND_COST',
  'BEDROCK_CMI_COST',
  'BEDROCK_CMI_STORAGE',
];

let hf: HyperFormula;
const sheet = [
  ['Model', 'Llama 2 13B'],
  ['Hours a day', 8],
  ['Break-even hours', '=BEDROCK_BREAKEVEN_HOURS(B1)'],
  ['Choice', '=IF(B2>B3, "1-month commitment", "No commitment")'],
  ['No commitment, 30 days', '=BEDROCK_PT_MONTHLY(B1, 1, "none", B2*30)'],
  ['1-month term, 30 days', '=BEDROCK_PT_MONTHLY(B1, 1, "1m", 24*30)'],
  ['Cheaper by price', '=IF(B5<B6, "No commitment", "1-month commitment")'],
  ['CMI month', '=BEDROCK_CMI_MONTHLY("Llama 3.1 8B 128K", B2)'],
  ['CMI by the day', '=30*BEDROCK_CMI_COST("Llama 3.1 8B 128K", B2*60) + BEDROCK_CMI_STORAGE("Llama 3.1 8B 128K")'],
  ['Token break-even', '=BEDROCK_BREAKEVEN_TOKENS("Nova Micro", 30000000)'],
  ['On demand at it', '=BEDROCK_ONDEMAND_COST("Nova Micro", B10*0.75, B10*0.25)'],
  ['PT month', '=BEDROCK_PT_MONTHLY("Nova Micro")'],
  ['Slow units', '=IFERROR(BEDROCK_BREAKEVEN_TOKENS("Nova Micro", 1000000), "never")'],
];

beforeAll(() => {
  const gas = loadBundle();
  const functions: Record<string, SheetFunction> = {};
  for (const n of NAMES) functions[n] = gas[n]!;
  // Token volumes have 12 integer digits: read the engine's doubles as they are (its default export rounds to 10
  // significant digits; Google Sheets keeps the double).
  hf = buildEngine(functions, { Decision: sheet }, { smartRounding: false });
});

const value = (row: number) => hf.getCellValue({ sheet: 0, row: row - 1, col: 1 });

test('8 hours a day of Llama 2 13B: below the 21.63 h break-even, and the prices agree', () => {
  expect(value(3)).toBeCloseTo(21.6306383, 7);
  expect(value(4)).toBe('No commitment');
  expect(value(5)).toBe(5640); // 23.5 × 240
  expect(value(6)).toBe(15249.6); // 21.18 × 720
  expect(value(7)).toBe(value(4));
});

test('moving past the break-even flips both answers', () => {
  hf.setCellContents({ sheet: 0, row: 1, col: 1 }, 22);
  expect(value(4)).toBe('1-month commitment');
  expect(value(7)).toBe('1-month commitment'); // 23.5 × 660 = 15,510 > 15,249.60
  hf.setCellContents({ sheet: 0, row: 1, col: 1 }, 21.5);
  expect(value(4)).toBe('No commitment');
  expect(value(7)).toBe('No commitment'); // 23.5 × 645 = 15,157.50
  hf.setCellContents({ sheet: 0, row: 1, col: 1 }, 8);
});

test('a Custom Model Import month is thirty days of whole windows plus a month of storage', () => {
  expect(value(8)).toBe(1650.684);
  expect(value(9)).toBeCloseTo(1650.684, 9);
});

test('at the token break-even, on demand costs what a month of one model unit costs', () => {
  expect(value(10)).toBe(655510204081.6327);
  expect(value(12)).toBe(40150); // 55 × 730
  expect(value(11)).toBeCloseTo(40150, 6);
  expect(value(13)).toBe('never');
});
