/**
 * Checks on quantities (tokens, hours, units, …), shared by the cell functions and the sidebar so both say the same
 * thing about the same mistake.
 */
import { PricingError } from './errors';
import { decimal, type Decimal } from './money';

function finite(value: number, name: string): void {
  if (!Number.isFinite(value)) throw new PricingError('bad-number', `${name} must be a number; got ${value}.`);
}

export function nonNegative(value: number, name: string): Decimal {
  finite(value, name);
  if (value < 0) throw new PricingError('bad-number', `${name} must be zero or more; got ${value}.`);
  return decimal(value);
}

export function positive(value: number, name: string): Decimal {
  finite(value, name);
  if (value <= 0) throw new PricingError('bad-number', `${name} must be more than zero; got ${value}.`);
  return decimal(value);
}

export function wholeCount(value: number, name: string): Decimal {
  finite(value, name);
  if (value < 1 || !Number.isInteger(value))
    throw new PricingError('bad-number', `${name} must be a whole number of 1 or more; got ${value}.`);
  return decimal(value);
}

export function price(value: number, name: string): Decimal {
  finite(value, name);
  if (value < 0) throw new PricingError('bad-number', `${name} must be a price in USD of zero or more; got ${value}.`);
  return decimal(value);
}

export function required<T>(value: T | undefined, name: string, accepted: string): T {
  if (value === undefined) throw new PricingError('missing-argument', `${name} is missing: give ${accepted}.`);
  return value;
}

/** A quantity with a natural ceiling: hours in a day, days in a month. */
export function between(value: number, min: number, max: number, name: string, what: string): Decimal {
  finite(value, name);
  if (value < min || value > max) throw new PricingError('bad-number', `${name} must be ${what} from ${min} to ${max}; got ${value}.`);
  return decimal(value);
}
