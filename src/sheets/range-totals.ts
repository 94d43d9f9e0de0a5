/**
 * The walk over a range call whose quantities are ranges (a column of token counts, of hours…) and whose other
 * arguments are single cells: `make` resolves the fixed arguments once and returns the total of one row's
 * quantities; each cell is a number or a blank. Shared by the full path (./fast-range.ts) and the plain path
 * (./plain-calls.ts), so both read a range the same way. Anything unusual — a range where a name goes, text or a
 * date among the numbers, ranges of different shapes, a row the total refuses — answers undefined, and the caller
 * takes a slower path that says what is wrong and where.
 */
import type { CellValue } from './broadcast';
import type { CellInput } from './cells';

export type Num = number | undefined;
export type Total = (q: Num[]) => number | undefined;

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
