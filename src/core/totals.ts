/**
 * Totals only, for cells: the same numbers as Quotes (src/core/quotes.ts), without building quote lines, strings or
 * big.js decimals for every row of a range.
 *
 * The first row with a given model, region, term and "own price or not" goes through Quotes, which checks everything
 * and resolves the price; what it resolved is remembered for the rest of the call. A later row with the same names
 * takes the exact integer path (src/core/exact.ts) when its quantities are plainly valid and the product stays in
 * the safe range; anything else (a bad value, a huge or very fine number) goes through Quotes again, so every error
 * and every total is the one Quotes gives.
 */
import { cmiSize } from './cmi';
import {
  ceilDiv,
  exactProduct,
  exactSum,
  MAX,
  NON_NEGATIVE,
  productBy,
  scaledNumber,
  scaledProduct,
  scaledText,
  UNIT_SCALE,
  WHOLE,
  type Scaled,
} from './exact';
import { toNumber } from './money';
import type { Unit } from './price-book';
import { DEFAULTS, type Quote, type Quotes } from './quotes';
import { CMI_WINDOW_MINUTES } from './billing';

type Num = number | undefined;
type Text = string | undefined;

const WINDOW: Scaled = { int: CMI_WINDOW_MINUTES, scale: 0 };

/** What the first row of a kind resolved: the book's prices (undefined where the user gives their own) and units. */
interface Resolved {
  prices: (Scaled | undefined)[];
  units: Unit[];
  cmus?: Scaled;
}

const keyPart = (v: string | number | undefined) => (v === undefined ? '\u0000' : `${typeof v}:${v}`);

/** A quantity ≥ 0 (nonNegative in inputs.ts), as a scaled integer; undefined sends the row to Quotes. */
const quantity = (v: Num): Scaled | undefined => (v === undefined ? undefined : scaledNumber(v));
const wholeCount = (v: number): Scaled | undefined => (v >= 1 && v % 1 === 0 ? scaledNumber(v) : undefined);

/** price × p2 as one scaled integer, or undefined past the safe range. */
function exactFactor(a: Scaled, b: Scaled): Scaled | undefined {
  const int = a.int * b.int;
  return int > MAX ? undefined : { int, scale: a.scale + b.scale };
}

export class Totals {
  private readonly resolved = new Map<string, Resolved>();

  constructor(readonly quotes: Quotes) {}

  /** The remembered resolution for a key, or undefined (then the caller goes through Quotes and `learn`s from it). */
  private known(key: string): Resolved | undefined {
    return this.resolved.get(key);
  }

  private learn(key: string, q: Quote, given: Num[], cmus?: Scaled): number {
    if (!this.resolved.has(key)) {
      const prices = q.lines.map((l, i) => (given[i] !== undefined ? undefined : scaledText(l.price.usd)));
      // A book price beyond the safe range is never remembered: those rows stay on big.js.
      if (prices.every((p, i) => p || given[i] !== undefined))
        this.resolved.set(key, { prices, units: q.lines.map((l) => l.price.unit), ...(cmus ? { cmus } : {}) });
    }
    return toNumber(q.total);
  }

  /** The price of line i: the remembered book price, or the user's own (checked as inputs.price checks it). */
  private static price(r: Resolved, i: number, own: Num): Scaled | undefined {
    return r.prices[i] ?? (own === undefined ? undefined : scaledNumber(own));
  }

  fineTuning(a: { model: Text; tokens: Num; epochs?: Num; region?: Text; price?: Num }): number {
    const key = `ft|${keyPart(a.model)}|${keyPart(a.region)}|${a.price === undefined}`;
    const r = a.model === undefined ? undefined : this.known(key);
    if (r) {
      const t = quantity(a.tokens);
      const e = wholeCount(a.epochs ?? DEFAULTS.epochs); // Bedrock's epoch count is a whole number
      const p = Totals.price(r, 0, a.price);
      const v = t && e && p ? exactProduct([t, e, p], UNIT_SCALE[r.units[0]!] ?? 0) : undefined;
      if (v !== undefined) return v;
    }
    return this.learn(key, this.quotes.fineTuning(a), [a.price]);
  }

  storage(a: { model: Text; months?: Num; region?: Text; price?: Num }): number {
    const key = `st|${keyPart(a.model)}|${keyPart(a.region)}|${a.price === undefined}`;
    const r = a.model === undefined ? undefined : this.known(key);
    if (r) {
      const n = quantity(a.months ?? DEFAULTS.months);
      const p = Totals.price(r, 0, a.price);
      const v = n && p ? exactProduct([p, n]) : undefined;
      if (v !== undefined) return v;
    }
    return this.learn(key, this.quotes.storage(a), [a.price]);
  }

  provisionedThroughput(a: { model: Text; modelUnits?: Num; term?: string | number; hours?: Num; region?: Text; price?: Num }): number {
    const key = `pt|${keyPart(a.model)}|${keyPart(a.term)}|${keyPart(a.region)}|${a.price === undefined}`;
    const r = a.model === undefined ? undefined : this.known(key);
    if (r) {
      const u = wholeCount(a.modelUnits ?? DEFAULTS.modelUnits);
      const h = quantity(a.hours ?? DEFAULTS.hours);
      const p = Totals.price(r, 0, a.price);
      const v = u && h && p ? exactProduct([p, u, h]) : undefined;
      if (v !== undefined) return v;
    }
    return this.learn(key, this.quotes.provisionedThroughput(a), [a.price]);
  }

  onDemand(a: { model: Text; inputTokens: Num; outputTokens: Num; region?: Text; priceIn?: Num; priceOut?: Num }): number {
    const key = `od|${keyPart(a.model)}|${keyPart(a.region)}|${a.priceIn === undefined}|${a.priceOut === undefined}`;
    const r = a.model === undefined ? undefined : this.known(key);
    if (r) {
      const i = quantity(a.inputTokens);
      const o = quantity(a.outputTokens);
      const pi = Totals.price(r, 0, a.priceIn);
      const po = Totals.price(r, 1, a.priceOut);
      const x = i && pi ? scaledProduct([i, pi], UNIT_SCALE[r.units[0]!] ?? 0) : undefined;
      const y = o && po ? scaledProduct([o, po], UNIT_SCALE[r.units[1]!] ?? 0) : undefined;
      const v = x && y ? exactSum(x.int, x.scale, y.int, y.scale) : undefined;
      if (v !== undefined) return v;
    }
    return this.learn(key, this.quotes.onDemand(a), [a.priceIn, a.priceOut]);
  }

  private cmus(value: string | number | undefined): Scaled | undefined {
    return scaledText(cmiSize(this.quotes.catalog, value).cmus.toString());
  }

  cmiInference(a: { modelOrCmus: string | number | undefined; minutes: Num; copies?: Num; region?: Text; price?: Num }): number {
    const key = `ci|${keyPart(a.modelOrCmus)}|${keyPart(a.region)}|${a.price === undefined}`;
    const r = a.modelOrCmus === undefined ? undefined : this.known(key);
    if (r?.cmus) {
      const m = quantity(a.minutes);
      const w = m && ceilDiv(m, CMI_WINDOW_MINUTES);
      const c = wholeCount(a.copies ?? DEFAULTS.copies);
      const p = Totals.price(r, 0, a.price);
      const v = w && c && p ? exactProduct([w, WINDOW, r.cmus, c, p]) : undefined;
      if (v !== undefined) return v;
    }
    const q = this.quotes.cmiInference(a);
    return this.learn(key, q, [a.price], this.cmus(a.modelOrCmus));
  }

  cmiStorage(a: { modelOrCmus: string | number | undefined; months?: Num; region?: Text; price?: Num }): number {
    const key = `cs|${keyPart(a.modelOrCmus)}|${keyPart(a.region)}|${a.price === undefined}`;
    const r = a.modelOrCmus === undefined ? undefined : this.known(key);
    if (r?.cmus) {
      const n = quantity(a.months ?? DEFAULTS.months);
      const p = Totals.price(r, 0, a.price);
      const v = n && p ? exactProduct([p, n, r.cmus]) : undefined;
      if (v !== undefined) return v;
    }
    const q = this.quotes.cmiStorage(a);
    return this.learn(key, q, [a.price], this.cmus(a.modelOrCmus));
  }

  reinforcementFineTuning(a: { model: Text; hours: Num; region?: Text; price?: Num }): number {
    const key = `rf|${keyPart(a.model)}|${keyPart(a.region)}|${a.price === undefined}`;
    const r = a.model === undefined ? undefined : this.known(key);
    if (r) {
      const h = quantity(a.hours);
      const p = Totals.price(r, 0, a.price);
      const v = h && p ? exactProduct([p, h]) : undefined;
      if (v !== undefined) return v;
    }
    return this.learn(key, this.quotes.reinforcementFineTuning(a), [a.price]);
  }

  // ---- Ranges: everything but the quantities fixed. Each `…By` checks and resolves the fixed arguments once
  // (throwing what Quotes throws) and returns the total as a function of the quantities, which answers undefined
  // whenever a value is not plainly valid or leaves the safe range; the caller then takes the general path.

  fineTuningBy(a: { model: Text; region?: Text; price?: Num }): ((q: Num[]) => number | undefined) | undefined {
    const key = `ft|${keyPart(a.model)}|${keyPart(a.region)}|${a.price === undefined}`;
    this.fineTuning({ ...a, tokens: 0, epochs: 1 });
    const r = this.known(key);
    const p = r && Totals.price(r, 0, a.price);
    return p && productBy(p, UNIT_SCALE[r.units[0]!] ?? 0, [NON_NEGATIVE, { ...WHOLE, otherwise: DEFAULTS.epochs }]);
  }

  storageBy(a: { model: Text; region?: Text; price?: Num }): ((q: Num[]) => number | undefined) | undefined {
    const key = `st|${keyPart(a.model)}|${keyPart(a.region)}|${a.price === undefined}`;
    this.storage({ ...a, months: 0 });
    const r = this.known(key);
    const p = r && Totals.price(r, 0, a.price);
    return p && productBy(p, 0, [{ ...NON_NEGATIVE, otherwise: DEFAULTS.months }]);
  }

  provisionedThroughputBy(a: {
    model: Text;
    term?: string | number;
    region?: Text;
    price?: Num;
  }): ((q: Num[]) => number | undefined) | undefined {
    const key = `pt|${keyPart(a.model)}|${keyPart(a.term)}|${keyPart(a.region)}|${a.price === undefined}`;
    this.provisionedThroughput({ ...a, modelUnits: 1, hours: 0 });
    const r = this.known(key);
    const p = r && Totals.price(r, 0, a.price);
    return (
      p &&
      productBy(p, 0, [
        { ...WHOLE, otherwise: DEFAULTS.modelUnits },
        { ...NON_NEGATIVE, otherwise: DEFAULTS.hours },
      ])
    );
  }

  onDemandBy(a: { model: Text; region?: Text; priceIn?: Num; priceOut?: Num }): (q: Num[]) => number | undefined {
    this.onDemand({ ...a, inputTokens: 0, outputTokens: 0 });
    return (q) => this.onDemand({ ...a, inputTokens: q[0], outputTokens: q[1] });
  }

  cmiInferenceBy(a: { modelOrCmus: string | number | undefined; region?: Text; price?: Num }): (q: Num[]) => number | undefined {
    this.cmiInference({ ...a, minutes: 0 });
    return (q) => this.cmiInference({ ...a, minutes: q[0], copies: q[1] });
  }

  cmiStorageBy(a: {
    modelOrCmus: string | number | undefined;
    region?: Text;
    price?: Num;
  }): ((q: Num[]) => number | undefined) | undefined {
    const key = `cs|${keyPart(a.modelOrCmus)}|${keyPart(a.region)}|${a.price === undefined}`;
    this.cmiStorage({ ...a, months: 0 });
    const r = this.known(key);
    const p = r?.cmus && Totals.price(r, 0, a.price);
    const pc = p && exactFactor(p, r.cmus!);
    return pc && productBy(pc, 0, [{ ...NON_NEGATIVE, otherwise: DEFAULTS.months }]);
  }

  reinforcementFineTuningBy(a: { model: Text; region?: Text; price?: Num }): ((q: Num[]) => number | undefined) | undefined {
    const key = `rf|${keyPart(a.model)}|${keyPart(a.region)}|${a.price === undefined}`;
    this.reinforcementFineTuning({ ...a, hours: 0 });
    const r = this.known(key);
    const p = r && Totals.price(r, 0, a.price);
    return p && productBy(p, 0, [NON_NEGATIVE]);
  }
}
