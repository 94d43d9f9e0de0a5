/**
 * Range arguments. Any argument may be a range (a 2-D array); the result has the broadcast shape of all range
 * arguments (a single row or column stretches), and a position where every range argument is blank gives a blank.
 * Scalar-only calls return a scalar, so a formula in one cell shows one value.
 */
import { isPricingError, PricingError } from '../core/errors';
import { msg, type Message } from '../core/message';
import { word, type Lang } from '../messages/catalogue';
import { isBlank, type CellInput } from './cells';
import { lazyLang } from './locale';

export type CellValue = number | string;

function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function shapeOf(args: CellInput[]): { rows: number; cols: number; ranged: number[] } {
  let rows = 1;
  let cols = 1;
  const ranged: number[] = [];
  args.forEach((a, i) => {
    if (!Array.isArray(a)) return;
    const r = a.length;
    const c = Array.isArray(a[0]) ? (a[0] as unknown[]).length : 0;
    if (r === 0 || c === 0) throw new PricingError('bad-range', msg('tables.range-empty', { arg: i + 1 }));
    ranged.push(i);
    if (r !== 1) {
      if (rows !== 1 && rows !== r) throw sizeError(rows, cols, r, c);
      rows = r;
    }
    if (c !== 1) {
      if (cols !== 1 && cols !== c) throw sizeError(rows, cols, r, c);
      cols = c;
    }
  });
  return { rows, cols, ranged };
}

function sizeError(rows: number, cols: number, r: number, c: number): PricingError {
  return new PricingError('bad-range', msg('tables.range-sizes', { first: `${rows}×${cols}`, second: `${r}×${c}` }));
}

/** Where in a range a problem was found (1-based row, column letter when the range is wider than one column). */
export interface RangePosition {
  row: number;
  column?: string;
}

/** What a thrown error tells the user, as a message. */
export function messageOf(e: unknown, at?: RangePosition): Message {
  const message = isPricingError(e) ? e.detail : msg('common.unexpected', { detail: e instanceof Error ? e.message : String(e) });
  if (!at) return message;
  return at.column
    ? msg('common.range-position-column', { row: at.row, column: at.column, message })
    : msg('common.range-position', { row: at.row, message });
}

/** The Error a cell shows as #ERROR!, worded in the spreadsheet's language (every error a cell meets is a Message). */
export function asSheetError(e: unknown, lang: () => Lang, at?: RangePosition): Error {
  return new Error(word(messageOf(e, at), lang()));
}

export function broadcast(
  args: CellInput[],
  fn: (cells: CellInput[]) => CellValue,
  lang: () => Lang = lazyLang(),
): CellValue | CellValue[][] {
  // A call of scalars (most cells) skips the shape checks: less code to compile on each call.
  if (!args.some(Array.isArray)) {
    try {
      return fn(args);
    } catch (e) {
      throw asSheetError(e, lang);
    }
  }
  let shape: ReturnType<typeof shapeOf>;
  try {
    shape = shapeOf(args);
  } catch (e) {
    throw asSheetError(e, lang);
  }
  const { rows, cols, ranged } = shape;
  // Worked out once, outside the loop: which arguments are ranges and whether each stretches along rows/columns.
  const grids = ranged.map((i) => args[i] as CellInput[][]);
  const tall = grids.map((g) => g.length > 1);
  const wide = grids.map((g) => g[0]!.length > 1);
  const cells: CellInput[] = args.slice();
  const out: CellValue[][] = new Array(rows);
  let r = 0;
  let c = 0;
  try {
    for (r = 0; r < rows; r++) {
      const row: CellValue[] = new Array(cols);
      for (c = 0; c < cols; c++) {
        let allBlank = true;
        for (let k = 0; k < grids.length; k++) {
          const v = grids[k]![tall[k] ? r : 0]![wide[k] ? c : 0];
          cells[ranged[k]!] = v;
          if (allBlank && !isBlank(v)) allBlank = false;
        }
        row[c] = allBlank ? '' : fn(cells);
      }
      out[r] = row;
    }
  } catch (e) {
    throw asSheetError(e, lang, { row: r + 1, ...(cols > 1 ? { column: columnName(c) } : {}) });
  }
  return out;
}
