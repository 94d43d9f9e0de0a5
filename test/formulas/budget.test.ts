/**
 * A small budget model — inputs, formulas that call the custom functions, and ordinary spreadsheet arithmetic on
 * top — evaluated by a real formula engine, with the functions taken from the built bundle as Apps Script loads it.
 */
import type { HyperFormula } from 'hyperformula';
import { buildEngine, type SheetFunction } from '../../scripts/lib/formula-engine';
import { loadBundle } from '../support/bundle';

const NAMES = [
  'BEDROCK_FT_COST',
  'BEDROCK_STORAGE_COST',
  'BEDROCK_PT_MONTHLY',
  'BEDROCK_ONDEMAND_COST',
  'BEDROCK_CMI_COST',
  'BEDROCK_CMI_STORAGE',
  'BEDROCK_RATE',
  'BEDROCK_MODEL_STATUS',
];

let hf: HyperFormula;
const budget = [
  ['Model', 'Llama 2 13B'],
  ['Training tokens', 5000000],
  ['Epochs', 3],
  ['Hours in the month', 744],
  ['Training', '=BEDROCK_FT_COST(B1, B2, B3)'],
  ['Storage per month', '=BEDROCK_STORAGE_COST(B1)'],
  ['Hosting per month', '=BEDROCK_PT_MONTHLY(B1, 1, "1 month", B4)'],
  ['First month', '=B5+B6+B7'],
  ['12 months', '=B5+12*(B6+B7)'],
  ['With 10% tax', '=ROUND(B9*1.1, 2)'],
  ['Bad model', '=BEDROCK_FT_COST("no such model", 1000)'],
  ['Guarded', '=IFERROR(BEDROCK_FT_COST("no such model", 1000), 0)'],
  ['CMI day', '=BEDROCK_CMI_COST("Llama 3.1 8B 128K", 8*60) + BEDROCK_CMI_STORAGE("Llama 3.1 8B 128K")/30'],
  ['Status', '=BEDROCK_MODEL_STATUS(B1)'],
];

beforeAll(() => {
  const gas = loadBundle();
  const functions: Record<string, SheetFunction> = {};
  for (const n of NAMES) functions[n] = gas[n]!;
  hf = buildEngine(functions, { Budget: budget });
});

const value = (row: number) => hf.getCellValue({ sheet: 0, row: row - 1, col: 1 });

test('a Llama 2 budget evaluates to hand-worked numbers', () => {
  expect(value(5)).toBe(22.35); // 5,000,000 × 3 ÷ 1,000 × 0.00149
  expect(value(6)).toBe(1.95);
  expect(value(7)).toBe(15757.92); // 21.18 × 744
  expect(value(8)).toBeCloseTo(15782.22, 10);
  expect(value(9)).toBeCloseTo(22.35 + 12 * (1.95 + 15757.92), 8);
  expect(value(10)).toBe(208054.87); // ROUND((22.35 + 12 × 15,759.87) × 1.1, 2) = ROUND(189,140.79 × 1.1, 2)
});

test('errors surface as #VALUE! with the message, and IFERROR works', () => {
  const err = value(11) as { type: string; message: string };
  expect(err.type).toBe('VALUE');
  expect(err.message).toMatch(/Unknown model "no such model"/);
  expect(value(12)).toBe(0);
});

test('Custom Model Import for an 8-hour day and a day of storage', () => {
  // 96 windows × 5 × 2 CMU × 0.05718 = 54.8928; storage 2 × 1.95 ÷ 30 = 0.13
  expect(value(13)).toBeCloseTo(54.8928 + 0.13, 10);
  expect(value(14)).toMatch(/^End of life since 2024-10-30/);
});

test('changing an input recomputes the dependent formulas', () => {
  hf.setCellContents({ sheet: 0, row: 3, col: 1 }, 720);
  expect(value(7)).toBe(15249.6);
  hf.setCellContents({ sheet: 0, row: 0, col: 1 }, 'Llama 2 70B');
  expect(value(5)).toBe(119.85); // 15,000 × 0.00799
});
