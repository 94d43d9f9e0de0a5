/**
 * Exact money. Prices are decimal strings and every product or quotient is taken in decimal (big.js), so
 * 21.18 × 744 is 15757.92 exactly. A result becomes a JavaScript number once, at the edge, by parsing its decimal
 * text: the double nearest the exact answer.
 */
import Big from 'big.js';
import { PricingError } from './errors';
import { msg } from './message';

export type Decimal = Big;

// Division is used only for ÷1,000 / ÷1,000,000 token units and break-even ratios; 30 places is far beyond a cent.
Big.DP = 30;

// Prices repeat across the rows of a range; their decimals are parsed once.
const parsed = new Map<string, Decimal>();

export function decimal(value: string | number): Decimal {
  if (typeof value === 'number') {
    // String(n) is the shortest text that round-trips n, so 0.1 typed in a cell is taken as the decimal 0.1.
    return new Big(String(value));
  }
  let d = parsed.get(value);
  if (!d) {
    d = new Big(value);
    parsed.set(value, d);
  }
  return d;
}

/**
 * The double nearest the exact decimal. A result beyond the largest double (1.8e308) is an error that says the input
 * is too large, never Infinity in a cell.
 */
export function toNumber(value: Decimal): number {
  const n = Number(value.toString());
  if (!Number.isFinite(n)) throw new PricingError('too-large', msg('input.too-large'));
  // big.js keeps the sign of a zero product (-0 hours × a price is -0); a cell shows 0, and so does every path.
  return n + 0;
}

export const ZERO: Decimal = new Big(0);
