/**
 * Exact money without big.js, for the common case. A decimal is held as an integer and a power of ten
 * (21.18 = 2118 / 10^2). A product of such integers that stays ≤ 2^53 − 1 is exact in doubles, and 10^k is exact for
 * k ≤ 22, so one IEEE division of the product by 10^k is correctly rounded: it is the double nearest the exact decimal,
 * the same number Number(big.toString()) gives. Anything outside that range answers undefined, and the caller falls
 * back to big.js (src/core/money.ts).
 */
import type { Unit } from './price-book';

/** value = int / 10^scale, int a non-negative safe integer. */
export interface Scaled {
  int: number;
  scale: number;
}

export const MAX = 9007199254740991; // 2^53 − 1
/** 10^0 … 10^22: the powers of ten a double holds exactly. */
export const POW10: number[] = [];
for (let k = 0, p = 1; k <= 22; k++, p *= 10) POW10.push(p);

const DECIMAL = /^(\d*)(?:\.(\d*))?(?:e([-+]?\d+))?$/i;

/** A non-negative decimal text ("21.18", "0.0010", "1e-7"), or undefined when its digits do not fit a safe integer. */
export function scaledText(text: string): Scaled | undefined {
  const m = DECIMAL.exec(text);
  if (!m || (m[1] === '' && !m[2])) return undefined;
  const frac = m[2] ?? '';
  const digits = (m[1]! + frac).replace(/^0+(?=\d)/, '');
  // Beyond 16 digits the text cannot be a safe integer; at 16, Number() is exact exactly when the value is ≤ 2^53 − 1
  // (and a larger one rounds to ≥ 2^53, so the test below catches it).
  if (digits.length > 16) return undefined;
  let int = Number(digits);
  if (int > MAX) return undefined;
  let scale = frac.length - (m[3] ? Number(m[3]) : 0);
  if (scale < 0) {
    if (-scale > 22) return undefined;
    int *= POW10[-scale]!;
    if (int > MAX) return undefined;
    scale = 0;
  }
  return { int, scale };
}

/**
 * A number as the decimal its shortest round-trip text says (String(0.1) = "0.1"), as decimal() in money.ts takes it.
 * Undefined for negatives, non-finite values and digits beyond the safe range.
 */
export function scaledNumber(x: number): Scaled | undefined {
  // Written without Number.isFinite, Number.isInteger and String(): this runs for every row, and a global lookup costs
  // more than the arithmetic in a fresh script context. x − x is 0 only for finite x; x % 1 is 0 only for integers.
  if (!(x >= 0) || x - x !== 0) return undefined;
  // (x + 0 turns -0 into 0: a total is never -0, whichever path gives it.)
  if (x % 1 === 0) return x <= MAX ? { int: x + 0, scale: 0 } : undefined;
  return scaledText(`${x}`);
}

/**
 * The double nearest the exact product of the factors divided by 10^extraScale, or undefined when an intermediate
 * product passes 2^53 − 1 or the total power of ten passes 10^22.
 */
export function exactProduct(factors: Scaled[], extraScale = 0): number | undefined {
  const p = scaledProduct(factors, extraScale);
  return p && divide(p.int, p.scale);
}

/** The double nearest a/10^aScale + b/10^bScale, or undefined outside the safe range. */
export function exactSum(a: number, aScale: number, b: number, bScale: number): number | undefined {
  // biome-ignore lint/complexity/useMathMinMax: runs per row of a range, where the global Math costs a lookup
  const scale = aScale > bScale ? aScale : bScale;
  if (scale > 22) return undefined;
  const x = a * POW10[scale - aScale]!;
  const y = b * POW10[scale - bScale]!;
  if (x > MAX || y > MAX || x + y > MAX) return undefined;
  return divide(x + y, scale);
}

/** The integer product of the factors and its power of ten, for sums (undefined outside the safe range). */
export function scaledProduct(factors: Scaled[], extraScale = 0): Scaled | undefined {
  let p = 1;
  let scale = extraScale;
  for (const f of factors) {
    p *= f.int;
    // p was exact before; if the true product is ≤ MAX the rounded one is exact, and if it is > MAX the rounded one
    // is ≥ 2^53 > MAX (rounding is monotone and 2^53 is a double), so this test is exact.
    if (p > MAX) return undefined;
    scale += f.scale;
  }
  return { int: p, scale };
}

/** Whole windows of `size` covering `x` (a ceiling), exact: integer remainders are exact in doubles. */
export function ceilDiv(x: Scaled, size: number): Scaled | undefined {
  if (x.scale > 22) return undefined;
  const d = size * POW10[x.scale]!;
  if (d > MAX) return undefined;
  const r = x.int % d;
  return { int: (x.int - r) / d + (r ? 1 : 0), scale: 0 };
}

function divide(p: number, scale: number): number | undefined {
  if (scale > 22) return p === 0 ? 0 : undefined;
  return p / POW10[scale]!;
}

type Num = number | undefined;

/** How a quantity is checked (as inputs.ts checks it) and what stands in for an omitted one. */
export interface Rule {
  min: 0 | 1;
  /** True: the quantity must be above min (positive), false: at least min. */
  above: boolean;
  whole: boolean;
  otherwise?: number;
}
export const NON_NEGATIVE: Rule = { min: 0, above: false, whole: false };
export const WHOLE: Rule = { min: 1, above: false, whole: true };

/** A quantity as its rule reads it (the default when omitted), or undefined when the rule refuses it. */
export function ruled(v: Num, rule: Rule): Scaled | undefined {
  const n = v ?? rule.otherwise;
  if (n === undefined || !(rule.above ? n > rule.min : n >= rule.min) || (rule.whole && n % 1 !== 0)) return undefined;
  return scaledNumber(n);
}

/** The power of ten a token price's unit divides by (per 1,000 or 1,000,000 tokens); 0 for other units. */
export const UNIT_SCALE: Partial<Record<Unit, number>> = { 'per-1k-tokens': 3, 'per-1m-tokens': 6 };

/**
 * price × q[0] × q[1] … ÷ 10^extra as a function of the quantities, written for the rows of a range: whole
 * quantities multiply in place, with no object, string or big.js decimal per row. Undefined for a quantity its rule
 * refuses or a product past the safe range.
 */
export function productBy(price: Scaled, extra: number, rules: readonly Rule[]): (q: Num[]) => number | undefined {
  return (q) => {
    let int = price.int;
    let scale = price.scale + extra;
    for (let k = 0; k < rules.length; k++) {
      const rule = rules[k]!;
      const v = q[k] ?? rule.otherwise;
      if (v === undefined || !(rule.above ? v > rule.min : v >= rule.min) || (rule.whole && v % 1 !== 0)) return undefined;
      if (v % 1 === 0 && v <= MAX) int *= v;
      else {
        const s = scaledNumber(v);
        if (!s) return undefined;
        int *= s.int;
        scale += s.scale;
      }
      if (int > MAX) return undefined;
    }
    // int + 0: a quantity of -0 gives 0, as everywhere else.
    return scale > 22 ? (int === 0 ? 0 : undefined) : (int + 0) / POW10[scale]!;
  };
}
