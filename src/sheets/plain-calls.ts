/**
 * Plain calls: the cell call most sheets make over and over — a model the book knows by name, plain numbers or a
 * column of them, the default term and region or ones named exactly — answered straight from the book with the exact
 * integer product (src/core/exact.ts), without compiling the rest of the add-on.
 *
 * Apps Script compiles the whole script for every custom-function call, and compiling is most of what a one-cell
 * call costs. So dist/Code.js holds only this path, the book and the words as text, and the full add-on as the cold
 * room (src/server/cold-room.ts), compiled when a call is not plain. A plain call gets exactly the number the full
 * path gives (test/contract/plain-calls.test.ts compares the two over every model name, region, term and many
 * quantities and ranges); on anything else — a range where a name goes, text where a number goes, an own price, a
 * name the book does not hold
 * exactly, a value the full path would refuse, a product past 2^53 — these functions answer `undefined`, and the
 * call goes to the full add-on, which gives the number or the worded error.
 *
 * The choices mirror src/core/quotes.ts and Catalog.lookUp: a custom model's Provisioned Throughput rate, else its
 * base model's; with no region, us-east-1 where the model is priced there, else the one region it is priced in.
 */
import compiled from '../../generated/book.json';
import type { CompiledBook, PriceRow } from '../core/compiled-book';
import { BASE_PREFIX, DEFAULTS, homeRegion, MAX_TEXT_LENGTH } from '../core/defaults';
import { exactSum, NON_NEGATIVE, productBy, ruled, scaledProduct, scaledText, type Scaled, UNIT_SCALE, WHOLE } from '../core/exact';
import { looksNumeric } from '../core/number-text';
import type { Item, Term, Unit } from '../core/price-book';
import { nameKey, own } from '../core/text';
import { termFromText } from '../core/vocabulary';
import type { CellValue } from './broadcast';
import { type Num, quantityRange, type Total } from './range-totals';

const book = compiled as unknown as CompiledBook;

/** Thrown inside this module only: the call is not plain, and the full add-on answers it. */
const NOT_PLAIN: unique symbol = Symbol('not plain');

function notPlain(): never {
  throw NOT_PLAIN;
}

/** Omitted, as an empty cell or a missing argument arrives (a text of spaces is for the full path to judge). */
const omitted = (v: unknown) => v === undefined || v === null || v === '';

/** A text argument as the cell adapters read it (trimmed, not too long), or undefined when omitted. */
function plainText(v: unknown): string | undefined {
  if (omitted(v)) return undefined;
  if (typeof v !== 'string') return notPlain();
  const t = v.trim();
  return t === '' || t.length > MAX_TEXT_LENGTH ? notPlain() : t;
}

/** The id of the model a name means (the subject of its prices). */
function model(v: unknown): string {
  const t = plainText(v) ?? notPlain();
  if (BASE_PREFIX.test(t)) return notPlain();
  const i = own(book.modelNames, nameKey(t));
  return i === undefined ? notPlain() : book.modelIds[i]!;
}

function region(v: unknown): string | undefined {
  const t = plainText(v);
  return t === undefined ? undefined : (own(book.regionNames, nameKey(t)) ?? notPlain());
}

function term(v: unknown): Term {
  if (omitted(v)) return DEFAULTS.term;
  if (typeof v === 'number') return (Number.isFinite(v) && termFromText(String(v))) || notPlain();
  const t = plainText(v)!;
  return (!looksNumeric(t) && termFromText(t)) || notPlain();
}

/** The row the full path prices with: in `at`, or with no region where Catalog.lookUp looks (homeRegion). */
function located(subject: string, item: Item, at: string | undefined, keys: readonly string[]): { row: PriceRow; region: string } {
  const byRegion = own(own(book.prices, subject), item) ?? notPlain();
  const rowIn = (r: string): PriceRow | undefined => {
    const byKey = own(byRegion, r);
    for (const k of keys) {
      const row = own(byKey, k);
      if (row) return row;
    }
    return undefined;
  };
  const r = at ?? homeRegion(Object.keys(byRegion).filter((x) => rowIn(x))) ?? notPlain();
  const row = rowIn(r) ?? notPlain();
  return { row, region: r };
}

const priceOf = (row: PriceRow): Scaled => scaledText(row[0]) ?? notPlain();
const unitOf = (row: PriceRow): Unit => book.units[row[1]]!;
/** The power of ten a token price divides by. */
const tokenScale = (unit: Unit): number => UNIT_SCALE[unit] ?? notPlain();

/** A single cell's quantity as a range's cell would be read: a number, or undefined when blank. */
function cell(v: unknown): Num {
  if (omitted(v)) return undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : notPlain();
}

/**
 * The answer of a call: its total for single cells, its grid when the quantities are ranges (the walk of
 * ./range-totals.ts, as the full path does it), or undefined when it is not plain. `resolve` reads the fixed
 * arguments and returns the total of one row's quantities.
 */
function answer(fixed: unknown[], quantities: unknown[], ownPrices: unknown[], resolve: () => Total): number | CellValue[][] | undefined {
  if (ownPrices.some((p) => !omitted(p)) || fixed.some(Array.isArray)) return undefined;
  const total = (): Total | undefined => {
    try {
      return resolve();
    } catch {
      return undefined;
    }
  };
  if (quantities.some(Array.isArray)) return quantityRange(fixed, quantities, total);
  try {
    return total()?.(quantities.map(cell));
  } catch {
    return undefined;
  }
}

export function plainFtCost(m: unknown, tokens: unknown, epochs: unknown, r: unknown, price: unknown) {
  return answer([m, r, price], [tokens, epochs], [price], () => {
    const { row } = located(model(m), 'training', region(r), ['']);
    const unit = unitOf(row);
    return productBy(priceOf(row), unit === 'per-image' ? 0 : tokenScale(unit), [NON_NEGATIVE, { ...WHOLE, otherwise: DEFAULTS.epochs }]);
  });
}

export function plainStorageCost(m: unknown, months: unknown, r: unknown, price: unknown) {
  return answer([m, r, price], [months], [price], () => {
    const { row } = located(model(m), 'storage', region(r), ['']);
    return productBy(priceOf(row), 0, [{ ...NON_NEGATIVE, otherwise: DEFAULTS.months }]);
  });
}

export function plainPtMonthly(m: unknown, units: unknown, t: unknown, hours: unknown, r: unknown, price: unknown) {
  return answer([m, t, r, price], [units, hours], [price], () => {
    const tm = term(t);
    const { row } = located(model(m), 'pt', region(r), [`${tm}|custom`, `${tm}|base`]);
    return productBy(priceOf(row), 0, [
      { ...WHOLE, otherwise: DEFAULTS.modelUnits },
      { ...NON_NEGATIVE, otherwise: DEFAULTS.hours },
    ]);
  });
}

export function plainOndemandCost(m: unknown, input: unknown, output: unknown, r: unknown, priceIn: unknown, priceOut: unknown) {
  return answer([m, r, priceIn, priceOut], [input, output], [priceIn, priceOut], () => {
    const id = model(m);
    // The output is priced where the input is (Quotes.onDemand), so an omitted region resolves once.
    const pIn = located(id, 'ondemand-input', region(r), ['']);
    const pOut = located(id, 'ondemand-output', pIn.region, ['']);
    const priceIn = priceOf(pIn.row);
    const priceOut = priceOf(pOut.row);
    const scaleIn = tokenScale(unitOf(pIn.row));
    const scaleOut = tokenScale(unitOf(pOut.row));
    return (q) => {
      const i = ruled(q[0], NON_NEGATIVE);
      const o = ruled(q[1], NON_NEGATIVE);
      const x = i && scaledProduct([i, priceIn], scaleIn);
      const y = o && scaledProduct([o, priceOut], scaleOut);
      return x && y ? exactSum(x.int, x.scale, y.int, y.scale) : undefined;
    };
  });
}

export function plainRftCost(m: unknown, hours: unknown, r: unknown, price: unknown) {
  return answer([m, r, price], [hours], [price], () => {
    const { row } = located(model(m), 'rft', region(r), ['']);
    return productBy(priceOf(row), 0, [NON_NEGATIVE]);
  });
}
