/**
 * Table results spill, as in Google Sheets: BEDROCK_COMPARE inserted with its arguments written out (what the sidebar's
 * "Insert table" writes) fills the cells to the right and below, and ordinary formulas can read those cells.
 */
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { buildEngine, type SheetFunction } from '../../scripts/lib/formula-engine';
import { loadBundle, type Bundle } from '../support/bundle';

let gas: Bundle;
let functions: Record<string, SheetFunction>;
beforeAll(() => {
  gas = loadBundle();
  functions = {};
  for (const name of Object.keys(gas).filter((k) => k.startsWith('BEDROCK_'))) functions[name] = gas[name]!;
});

const engine = (rows: unknown[][]): HyperFormula => buildEngine(functions, { S: rows });
const at = (hf: HyperFormula, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);
const errorAt = (hf: HyperFormula, a1: string) => {
  const v = at(hf, a1);
  if (!(v instanceof DetailedCellError)) throw new Error(`${a1} is ${JSON.stringify(v)}, not an error`);
  return v;
};

const HEADER = ['Option', 'Price per MU-hour (USD)', 'Billed hours', 'Hosting (USD)', 'Storage (USD)', 'Monthly total (USD)', 'Note'];

test('BEDROCK_COMPARE("Llama 2 13B", 1, 8) spills 4 rows × 7 columns with the hand-worked month', () => {
  const hf = engine([['=BEDROCK_COMPARE("Llama 2 13B", 1, 8)']]);
  expect(hf.getSheetValues(0)).toEqual([
    HEADER,
    ['No commitment', 23.5, 240, 5640, 1.95, 5641.95, ''], // 23.50 × 8 h × 30 days
    ['6-month commitment', 13.08, 720, 9417.6, 1.95, 9419.55, ''], // 13.08 × 24 h × 30 days
    ['1-month commitment', 21.18, 720, 15249.6, 1.95, 15251.55, ''], // 21.18 × 24 h × 30 days
  ]);
  // Exactly what the function returns to Apps Script.
  expect(hf.getSheetValues(0)).toEqual(gas.BEDROCK_COMPARE!('Llama 2 13B', 1, 8));
  expect(hf.isCellPartOfArray({ sheet: 0, row: 3, col: 6 })).toBe(true);
  expect(hf.isCellPartOfArray({ sheet: 0, row: 4, col: 0 })).toBe(false);
});

test('the spilled cells are ordinary cells to other formulas, and a table elsewhere on the sheet spills too', () => {
  const hf = engine([
    [
      '=BEDROCK_COMPARE("Llama 2 13B", 1, 8, 30, "us-east-1")',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      '=F2',
      '=F4-F2',
      '=INDEX(BEDROCK_COMPARE("Nova Micro"), 2, 6)',
    ],
    [],
    [],
    [],
    [],
    [null, '=BEDROCK_RATE_INFO("Nova Micro", "training")'],
  ]);
  expect(at(hf, 'I1')).toBe(5641.95);
  expect(at(hf, 'J1')).toBeCloseTo(15251.55 - 5641.95, 9);
  expect(at(hf, 'K1')).toBe(21781.95); // the 6-month row of Nova Micro, read inside another formula
  expect(at(hf, 'B6')).toBe(0.001);
  expect(at(hf, 'D6')).toBe('us-east-1');
  expect(at(hf, 'G6')).toMatch(/USE1-NovaMicro-Customization-Training/);
});

test('a table needs free cells: a value in the way gives #SPILL!', () => {
  const hf = engine([['=BEDROCK_COMPARE("Llama 2 13B")'], [null, null, 'in the way']]);
  expect(errorAt(hf, 'A1').type).toBe('SPILL');
  expect(at(hf, 'C2')).toBe('in the way');
  // An empty string written by Apps Script is a blank cell, not an obstacle.
  expect(
    at(
      engine([
        ['=BEDROCK_COMPARE("Llama 2 13B")', '', ''],
        ['', '', ''],
      ]),
      'F4',
    ),
  ).toBe(16921.95);
});

test("a mistake is one cell with the function's message", () => {
  const hf = engine([['=BEDROCK_COMPARE("Llama 2 13B", 1, 25)', 'x']]);
  const e = errorAt(hf, 'A1');
  expect(e.type).toBe('VALUE');
  let message = '';
  try {
    gas.BEDROCK_COMPARE!('Llama 2 13B', 1, 25);
  } catch (err) {
    message = (err as Error).message;
  }
  expect(e.message).toBe(message);
  expect(at(hf, 'B1')).toBe('x');
});

test('with a cell reference among its arguments a table cannot be sized when the formula is parsed: #VALUE!, single values still work', () => {
  const hf = engine([['Llama 2 13B', '=BEDROCK_COMPARE(A1)', '=BEDROCK_BREAKEVEN_HOURS(A1, "6m")']]);
  expect(errorAt(hf, 'B1').type).toBe('VALUE');
  expect(at(hf, 'C1')).toBeCloseTo(13.3583, 4);
});
