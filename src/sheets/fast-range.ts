/**
 * The common range call, done in one tight loop: the quantities in ranges (a column of token counts, of hours…)
 * and everything else (model, region, term, own price) in single cells. The fixed arguments are checked and
 * resolved once (src/core/totals.ts `…By`), then each row is one multiplication of integers.
 *
 * Anything unusual — a range where a name goes, text or a date among the numbers, ranges of different shapes, an
 * invalid or out-of-range value anywhere — answers undefined, and the caller takes the general path (broadcast),
 * which gives the same numbers and says what is wrong and where. So this path changes speed, never a result.
 */
import { totals } from '../core/prices';
import type { CellValue } from './broadcast';
import { num, text, textOrNumber, type CellInput } from './cells';

type Num = number | undefined;
type Total = (q: Num[]) => number | undefined;

const isArray = Array.isArray;

/**
 * The grid of totals when `quantities` holds the only ranges and they have one shape; `make` resolves the fixed
 * arguments once and returns the total of one row's quantities.
 */
export function quantityRange(fixed: CellInput[], quantities: CellInput[], make: () => Total | undefined): CellValue[][] | undefined {
  // A call of scalars (most cells) leaves here without compiling the range code: Apps Script compiles per call.
  return quantities.some(isArray) && !fixed.some(isArray) ? rangeTotals(quantities, make) : undefined;
}

function rangeTotals(quantities: CellInput[], make: () => Total | undefined): CellValue[][] | undefined {
  const q: Num[] = [];
  const grids: CellInput[][][] = [];
  const at: number[] = [];
  for (let k = 0; k < quantities.length; k++) {
    const v = quantities[k];
    if (isArray(v)) {
      if (
        v.length === 0 ||
        !isArray(v[0]) ||
        (grids.length && (v.length !== grids[0]!.length || (v[0] as unknown[]).length !== grids[0]![0]!.length))
      )
        return undefined;
      grids.push(v as CellInput[][]);
      at.push(k);
      q.push(undefined);
    } else if (typeof v === 'number') q.push(v);
    else if (v === undefined || v === '' || v === null) q.push(undefined);
    else return undefined;
  }
  if (grids.length === 0) return undefined;
  try {
    const total = make();
    if (!total) return undefined;
    const rows = grids[0]!.length;
    const cols = grids[0]![0]!.length;
    if (cols === 0) return undefined; // an empty range: the general path names it
    const out: CellValue[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: CellValue[] = [];
      for (let g = 0; g < grids.length; g++) if (!isArray(grids[g]![r]) || grids[g]![r]!.length !== cols) return undefined;
      for (let c = 0; c < cols; c++) {
        let blank = true;
        for (let g = 0; g < grids.length; g++) {
          const v = grids[g]![r]![c];
          if (typeof v === 'number') {
            q[at[g]!] = v;
            blank = false;
          } else if (v === '' || v === null || v === undefined) q[at[g]!] = undefined;
          else return undefined;
        }
        if (blank) row.push('');
        else {
          const t = total(q);
          if (t === undefined) return undefined;
          row.push(t);
        }
      }
      out.push(row);
    }
    return out;
  } catch {
    return undefined; // the general path says what is wrong, and where
  }
}

export const ftRange = (model: CellInput, tokens: CellInput, epochs: CellInput, region: CellInput, price: CellInput) =>
  quantityRange([model, region, price], [tokens, epochs], () =>
    totals.fineTuningBy({ model: text(model, 'model'), region: text(region, 'region'), price: num(price, 'price_per_1k') }),
  );

export const storageRange = (model: CellInput, months: CellInput, region: CellInput, price: CellInput) =>
  quantityRange([model, region, price], [months], () =>
    totals.storageBy({ model: text(model, 'model'), region: text(region, 'region'), price: num(price, 'price_per_month') }),
  );

export const ptRange = (model: CellInput, units: CellInput, term: CellInput, hours: CellInput, region: CellInput, price: CellInput) =>
  quantityRange([model, term, region, price], [units, hours], () =>
    totals.provisionedThroughputBy({
      model: text(model, 'model'),
      term: textOrNumber(term, 'term'),
      region: text(region, 'region'),
      price: num(price, 'price_per_mu_hour'),
    }),
  );

export const ondemandRange = (
  model: CellInput,
  input: CellInput,
  output: CellInput,
  region: CellInput,
  priceIn: CellInput,
  priceOut: CellInput,
) =>
  quantityRange([model, region, priceIn, priceOut], [input, output], () =>
    totals.onDemandBy({
      model: text(model, 'model'),
      region: text(region, 'region'),
      priceIn: num(priceIn, 'price_per_1k_input'),
      priceOut: num(priceOut, 'price_per_1k_output'),
    }),
  );

export const cmiRange = (modelOrCmus: CellInput, minutes: CellInput, copies: CellInput, region: CellInput, price: CellInput) =>
  quantityRange([modelOrCmus, region, price], [minutes, copies], () =>
    totals.cmiInferenceBy({
      modelOrCmus: textOrNumber(modelOrCmus, 'model_or_cmus'),
      region: text(region, 'region'),
      price: num(price, 'price_per_cmu_minute'),
    }),
  );

export const cmiStorageRange = (modelOrCmus: CellInput, months: CellInput, region: CellInput, price: CellInput) =>
  quantityRange([modelOrCmus, region, price], [months], () =>
    totals.cmiStorageBy({
      modelOrCmus: textOrNumber(modelOrCmus, 'model_or_cmus'),
      region: text(region, 'region'),
      price: num(price, 'price_per_cmu_month'),
    }),
  );

export const rftRange = (model: CellInput, hours: CellInput, region: CellInput, price: CellInput) =>
  quantityRange([model, region, price], [hours], () =>
    totals.reinforcementFineTuningBy({ model: text(model, 'model'), region: text(region, 'region'), price: num(price, 'price_per_hour') }),
  );
