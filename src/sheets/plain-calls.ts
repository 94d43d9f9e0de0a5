/**
 * Plain calls: the cell call most sheets make over and over — a model the book knows by name, plain numbers, the
 * default term and region or ones named exactly — answered straight from the book with the exact integer product
 * (src/core/exact.ts), without compiling the rest of the add-on.
 *
 * Apps Script compiles the whole script for every custom-function call, and compiling is most of what a one-cell
 * call costs. So dist/Code.js holds only this path, the book and the words as text, and the full add-on as the cold
 * room (src/server/cold-room.ts), compiled when a call is not plain. A plain call gets exactly the number the full
 * path gives (test/contract/plain-calls.test.ts compares the two over every model name, region, term and many
 * quantities); on anything else — a range, text where a number goes, an own price, a name the book does not hold
 * exactly, a value the full path would refuse, a product past 2^53 — these functions answer `undefined`, and the
 * call goes to the full add-on, which gives the number or the worded error.
 *
 * The choices mirror src/core/quotes.ts and Catalog.lookUp: a custom model's Provisioned Throughput rate, else its
 * base model's; with no region, us-east-1 where the model is priced there, else the one region it is priced in.
 */
import compiled from '../../generated/book.json';
import type { CompiledBook, PriceRow } from '../core/compiled-book';
import { BASE_PREFIX, DEFAULT_REGION, DEFAULTS, MAX_TEXT_LENGTH } from '../core/defaults';
import { exactProduct, exactSum, scaledNumber, scaledProduct, scaledText, type Scaled } from '../core/exact';
import { looksNumeric } from '../core/number-text';
import type { Item, Term, Unit } from '../core/price-book';
import { nameKey, own } from '../core/text';
import { termFromText } from '../core/vocabulary';

const book = compiled as unknown as CompiledBook;

/** Thrown inside this module only: the call is not plain, and the full add-on answers it. */
const NOT_PLAIN: unique symbol = Symbol('not plain');

function notPlain(): never {
  throw NOT_PLAIN;
}

/**
 * The answer, or undefined when the call is not plain. Anything else thrown also sends the call to the full path,
 * which answers every call by itself; the equivalence test fails if plain calls stop being answered here.
 */
function plain(answer: () => number): number | undefined {
  try {
    return answer();
  } catch {
    return undefined;
  }
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

/** A quantity: a finite number ≥ 0 (whole and ≥ 1 for a count), or `otherwise` when omitted and there is one. */
function quantity(v: unknown, otherwise?: number, count = false): Scaled {
  const n = omitted(v) ? otherwise : v;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < (count ? 1 : 0) || (count && !Number.isInteger(n))) return notPlain();
  return scaledNumber(n) ?? notPlain();
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

/** The row the full path prices with: in `at`, or with no region as Catalog.lookUp chooses one. */
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
  let r = at;
  if (r === undefined) {
    const regions = Object.keys(byRegion).filter((x) => rowIn(x));
    r = regions.includes(DEFAULT_REGION) ? DEFAULT_REGION : regions.length === 1 ? regions[0]! : notPlain();
  }
  const row = rowIn(r) ?? notPlain();
  return { row, region: r };
}

const priceOf = (row: PriceRow): Scaled => scaledText(row[0]) ?? notPlain();
const unitOf = (row: PriceRow): Unit => book.units[row[1]]!;
/** The power of ten a token price divides by. */
const tokenScale = (unit: Unit): number => (unit === 'per-1k-tokens' ? 3 : unit === 'per-1m-tokens' ? 6 : notPlain());
const exact = (v: number | undefined): number => (v === undefined ? notPlain() : v);

/** Every argument a scalar: a range is for the full path. */
const scalars = (args: unknown[]) => !args.some(Array.isArray);

export function plainFtCost(m: unknown, tokens: unknown, epochs: unknown, r: unknown, price: unknown): number | undefined {
  if (!scalars([m, tokens, epochs, r, price]) || !omitted(price)) return undefined;
  return plain(() => {
    const t = quantity(tokens);
    const e = quantity(epochs, DEFAULTS.epochs, true);
    const { row } = located(model(m), 'training', region(r), ['']);
    const unit = unitOf(row);
    return exact(exactProduct([t, e, priceOf(row)], unit === 'per-image' ? 0 : tokenScale(unit)));
  });
}

export function plainStorageCost(m: unknown, months: unknown, r: unknown, price: unknown): number | undefined {
  if (!scalars([m, months, r, price]) || !omitted(price)) return undefined;
  return plain(() => {
    const n = quantity(months, DEFAULTS.months);
    const { row } = located(model(m), 'storage', region(r), ['']);
    return exact(exactProduct([priceOf(row), n]));
  });
}

export function plainPtMonthly(m: unknown, units: unknown, t: unknown, hours: unknown, r: unknown, price: unknown): number | undefined {
  if (!scalars([m, units, t, hours, r, price]) || !omitted(price)) return undefined;
  return plain(() => {
    const u = quantity(units, DEFAULTS.modelUnits, true);
    const tm = term(t);
    const h = quantity(hours, DEFAULTS.hours);
    const { row } = located(model(m), 'pt', region(r), [`${tm}|custom`, `${tm}|base`]);
    return exact(exactProduct([priceOf(row), u, h]));
  });
}

export function plainOndemandCost(
  m: unknown,
  input: unknown,
  output: unknown,
  r: unknown,
  priceIn: unknown,
  priceOut: unknown,
): number | undefined {
  if (!scalars([m, input, output, r, priceIn, priceOut]) || !omitted(priceIn) || !omitted(priceOut)) return undefined;
  return plain(() => {
    const i = quantity(input);
    const o = quantity(output);
    const id = model(m);
    // The output is priced where the input is (Quotes.onDemand), so an omitted region resolves once.
    const pIn = located(id, 'ondemand-input', region(r), ['']);
    const pOut = located(id, 'ondemand-output', pIn.region, ['']);
    const x = scaledProduct([i, priceOf(pIn.row)], tokenScale(unitOf(pIn.row))) ?? notPlain();
    const y = scaledProduct([o, priceOf(pOut.row)], tokenScale(unitOf(pOut.row))) ?? notPlain();
    return exact(exactSum(x.int, x.scale, y.int, y.scale));
  });
}

export function plainRftCost(m: unknown, hours: unknown, r: unknown, price: unknown): number | undefined {
  if (!scalars([m, hours, r, price]) || !omitted(price)) return undefined;
  return plain(() => {
    const h = quantity(hours);
    const { row } = located(model(m), 'rft', region(r), ['']);
    return exact(exactProduct([priceOf(row), h]));
  });
}
