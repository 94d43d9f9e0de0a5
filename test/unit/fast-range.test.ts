/**
 * The one-loop range path of the cell functions (src/sheets/fast-range.ts) gives, cell for cell, what one call per
 * cell gives (scalar calls never take it); and anything it is unsure of it leaves to the general path (undefined).
 */
import { cmiRange, cmiStorageRange, ftRange, ondemandRange, ptRange, rftRange, storageRange } from '../../src/sheets/fast-range';
import * as fns from '../../src/sheets/functions';

type Fn = (...a: unknown[]) => unknown;
const column = (xs: unknown[]) => xs.map((x) => [x]);
const VALID = [0, 1, 2, 0.5, 0.1, 3.7, 730, 744, 10000000, 123456789, 2 ** 53 - 1, 1e21, 0.000001, 1 / 3, ''];
/** Values the integer path takes (the others above, past 2^53 or with 17 digits, go the general way). */
const SAFE = [0, 1, 2, 0.5, 0.1, 3.7, 730, 744, 10000000, ''];

/** Calls fn with `column` at argument `at`, and once per cell with the cell's value; the two must agree. */
function agrees(fn: Fn, args: unknown[], at: number, values: unknown[]): unknown[][] {
  const whole = fn(...args.map((a, i) => (i === at ? column(values) : a))) as unknown[][];
  const each = values.map((v) => [v === '' ? '' : fn(...args.map((a, i) => (i === at ? v : a)))]);
  expect(whole).toEqual(each);
  return whole;
}

describe('fast ranges equal one call per cell', () => {
  it('BEDROCK_FT_COST over tokens and over epochs', () => {
    const out = agrees(fns.bedrockFtCost as Fn, ['Nova Micro', 0, 2], 1, VALID);
    // 10,000,000 tokens × 2 epochs ÷ 1,000 × 0.001 USD = 20 USD
    expect(out[8]).toEqual([20]);
    agrees(fns.bedrockFtCost as Fn, ['Nova Micro', 1000000, 0, 'us-east-1', 0.002], 2, [1, 2, 4, 3, '']);
    expect(ftRange('Nova Micro', column(SAFE), 2, undefined, undefined)).toEqual(
      agrees(fns.bedrockFtCost as Fn, ['Nova Micro', 0, 2], 1, SAFE),
    );
  });

  it('BEDROCK_STORAGE_COST, BEDROCK_RFT_COST', () => {
    agrees(fns.bedrockStorageCost as Fn, ['Nova Micro', 0], 1, VALID);
    agrees(fns.bedrockRftCost as Fn, ['Nova 2 Lite', 0], 1, VALID);
    expect(storageRange('Nova Micro', column(SAFE), undefined, undefined)).toEqual(
      agrees(fns.bedrockStorageCost as Fn, ['Nova Micro', 0], 1, SAFE),
    );
    expect(rftRange('Nova 2 Lite', column(SAFE), undefined, undefined)).toEqual(
      agrees(fns.bedrockRftCost as Fn, ['Nova 2 Lite', 0], 1, SAFE),
    );
  });

  it('BEDROCK_PT_MONTHLY over hours and over model units; 744 h × 1 MU × 21.18 = 15757.92', () => {
    const out = agrees(fns.bedrockPtMonthly as Fn, ['Llama 2 13B', 1, '1m', 0], 3, VALID);
    expect(out[7]).toEqual([15757.92]);
    agrees(fns.bedrockPtMonthly as Fn, ['base:Llama 2 13B', 1, '6m', 744], 1, [1, 2, 3, '']);
    expect(ptRange('Llama 2 13B', 1, '1m', column(SAFE), undefined, undefined)).toEqual(
      agrees(fns.bedrockPtMonthly as Fn, ['Llama 2 13B', 1, '1m', 0], 3, SAFE),
    );
  });

  it('BEDROCK_ONDEMAND_COST over input and output tokens together', () => {
    const values = VALID.filter((v) => v !== '');
    const output = [...values].reverse();
    const whole = fns.bedrockOndemandCost('Nova Micro', column(values), column(output));
    expect(whole).toEqual(values.map((v, i) => [fns.bedrockOndemandCost('Nova Micro', v, output[i])]));
    expect(ondemandRange('Nova Micro', column([1000, 2000]), column([3000, 4000]), undefined, undefined, undefined)).toEqual([
      [fns.bedrockOndemandCost('Nova Micro', 1000, 3000)],
      [fns.bedrockOndemandCost('Nova Micro', 2000, 4000)],
    ]);
  });

  it('BEDROCK_CMI_COST and BEDROCK_CMI_STORAGE', () => {
    agrees(fns.bedrockCmiCost as Fn, ['Llama 3.1 8B 128K', 0, 2], 1, VALID);
    agrees(fns.bedrockCmiStorage as Fn, [2, 0], 1, VALID);
    expect(cmiRange(2, column([5, 6]), 1, undefined, undefined)).toEqual([[fns.bedrockCmiCost(2, 5, 1)], [fns.bedrockCmiCost(2, 6, 1)]]);
    expect(cmiStorageRange(2, column([1, 2]), undefined, undefined)).toEqual([
      [fns.bedrockCmiStorage(2, 1)],
      [fns.bedrockCmiStorage(2, 2)],
    ]);
  });

  it('leaves to the general path what it is unsure of', () => {
    const fine = column([1000, 2000]);
    expect(ftRange('Nova Micro', column([1000, -1]), 2, undefined, undefined)).toBeUndefined(); // a negative count
    expect(ftRange('Nova Micro', column([1000, '2,000']), 2, undefined, undefined)).toBeUndefined(); // numeric text
    expect(ftRange('Nova Micro', column([1000, NaN]), 2, undefined, undefined)).toBeUndefined();
    expect(ftRange('Nova Micro', fine, 0, undefined, undefined)).toBeUndefined(); // zero epochs
    expect(ftRange('Nova Micro', fine, '2', undefined, undefined)).toBeUndefined(); // epochs as text
    expect(ftRange(column(['Nova Micro', 'Nova Lite']), fine, 2, undefined, undefined)).toBeUndefined(); // a range of models
    expect(ftRange('No Such Model', fine, 2, undefined, undefined)).toBeUndefined();
    expect(ftRange('Nova Micro', fine, column([1, 2, 3]), undefined, undefined)).toBeUndefined(); // shapes differ
    expect(ftRange('Nova Micro', 1000, 2, undefined, undefined)).toBeUndefined(); // no range at all
    expect(ptRange('Llama 2 13B', column([1.5]), '1m', 744, undefined, undefined)).toBeUndefined(); // half a model unit
    expect(cmiRange(2, column([5, -5]), 1, undefined, undefined)).toBeUndefined();
  });
});
