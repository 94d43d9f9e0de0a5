/**
 * Checks on quantities (tokens, hours, units, …), shared by the cell functions and the sidebar so both say the same
 * thing about the same mistake. Values reach these as JavaScript numbers; a NaN or an infinity is refused in words
 * (never echoed as "NaN"), and a number is taken as the decimal it prints as.
 */
import { PricingError } from './errors';
import { msg, type Message, type Param } from './message';
import { decimal, type Decimal } from './money';
import { readNumberText, normalizeNumberText, type NumberTextProblem } from './number-text';
import { excerpt } from './text';

function finite(value: number, name: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new PricingError('bad-number', msg('input.not-a-number', { name, got: msg('input.got-not-finite') }));
}

export function nonNegative(value: number, name: string): Decimal {
  finite(value, name);
  if (value < 0) throw new PricingError('bad-number', msg('input.zero-or-more', { name, got: value }));
  return decimal(value);
}

export function positive(value: number, name: string): Decimal {
  finite(value, name);
  if (value <= 0) throw new PricingError('bad-number', msg('input.more-than-zero', { name, got: value }));
  return decimal(value);
}

/** A count of things (model units, copies, epochs, CMUs): a whole number, 1 or more; a fraction is refused. */
export function wholeCount(value: number, name: string): Decimal {
  finite(value, name);
  if (value < 1 || !Number.isInteger(value)) throw new PricingError('bad-number', msg('input.whole-count', { name, got: value }));
  return decimal(value);
}

export function price(value: number, name: string): Decimal {
  finite(value, name);
  if (value < 0) throw new PricingError('bad-number', msg('input.price', { name, got: value }));
  return decimal(value);
}

/** `accepted` says what to give, as a noun phrase (input.accepts-…). */
export function required<T>(value: T | undefined, name: string, accepted: Message): T {
  if (value === undefined) throw new PricingError('missing-argument', msg('input.missing', { name, accepted }));
  return value;
}

/** A quantity with a natural ceiling: hours in a day, days in a month. `what` names the quantity ("hours"). */
export function between(value: number, min: number, max: number, name: string, what: Param): Decimal {
  finite(value, name);
  if (value < min || value > max) throw new PricingError('bad-number', msg('input.between', { name, what, min, max, got: value }));
  return decimal(value);
}

/** What a numeric argument accepts, as a message: shown after every refusal of a text number. */
export const NUMBER_ACCEPTED = msg('input.number-accepted');

/** The error for a refused reading, naming the argument and showing only a short excerpt of what was typed. */
export function numberTextError(problem: NumberTextProblem, text: string, name: string): PricingError {
  const got = excerpt(text.trim());
  if (problem === 'too-large') return new PricingError('too-large', msg('input.number-too-large', { name, got }));
  // Words with no digit in them ("lots") are not a mistyped number: say plainly that a number belongs here.
  if (problem === 'malformed' && !/\d/.test(normalizeNumberText(text)))
    return new PricingError('bad-number', msg('input.not-a-number', { name, got: msg('input.got-text', { text: got }) }));
  return new PricingError(
    'bad-number',
    msg(problem === 'grouping' ? 'input.number-grouping' : 'input.number-malformed', { name, got, accepted: NUMBER_ACCEPTED }),
  );
}

/** A well-formed number as canonical decimal text, or a worded error naming the argument. */
export function numberText(text: string, name: string): string {
  const r = readNumberText(text);
  if (!r.ok) throw numberTextError(r.problem, text, name);
  return r.value;
}

/**
 * A percentage ("10%", "１０％", "7.5 %") as the decimal text of its fraction ("0.1"), exactly; undefined when the
 * text has no percent sign. The number before the sign follows the rules above.
 */
export function percentText(text: string, name: string): string | undefined {
  const t = normalizeNumberText(text);
  if (!t.endsWith('%')) return undefined;
  const n = numberText(t.slice(0, -1), name);
  // Moving the decimal point two places is exact; the exponent form keeps it so without arithmetic.
  const [mantissa, exp] = n.toLowerCase().split('e');
  return `${mantissa}e${Number(exp ?? '0') - 2}`;
}
