/**
 * What arrives from a cell, turned into what the core takes: a number, a string, or undefined for blank/omitted.
 * Sheets passes numbers as numbers, text as strings, dates as Date and checkboxes as booleans; only the first two
 * can be meant here, so the others are refused with a message rather than guessed at.
 *
 * Every numeric argument goes through `num` (and a share or rate through `share` / `percentOrFraction`), so a
 * number typed as text means the same thing everywhere: see src/core/number-text.ts for what is accepted
 * ("12,000", "$21.18", "2.5e6", "１２，０００"; never "0,5" or "1,5"). Text arguments are capped at MAX_TEXT_LENGTH
 * characters, so no lookup works on an unbounded string and no message repeats more than a short excerpt.
 */
import { PricingError } from '../core/errors';
import { msg, type Message } from '../core/message';
import { decimal } from '../core/money';
import { numberText, numberTextError, percentText } from '../core/inputs';
import { looksNumeric, readNumberText } from '../core/number-text';
import { excerpt } from '../core/text';

export type CellInput = unknown;

export { MAX_TEXT_LENGTH } from '../core/defaults';
import { MAX_TEXT_LENGTH } from '../core/defaults';

export function isBlank(v: CellInput): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** What a refused value was, in words: never the whole value, never "NaN" or "undefined". */
function described(v: CellInput): Message | string {
  if (Object.prototype.toString.call(v) === '[object Date]') return msg('input.got-date');
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (Array.isArray(v)) return msg('input.got-range');
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : msg('input.got-not-finite');
  if (typeof v === 'string') return msg('input.got-text', { text: excerpt(v.trim()) });
  return msg('input.got-other');
}

function refuse(v: CellInput, name: string, code: 'input.not-a-number' | 'input.not-text' | 'input.not-text-or-number'): never {
  throw new PricingError('bad-number', msg(code, { name, got: described(v) }));
}

/** A string argument, trimmed, refused when longer than MAX_TEXT_LENGTH. */
function capped(v: string, name: string): string {
  const t = v.trim();
  if (t.length > MAX_TEXT_LENGTH)
    throw new PricingError('too-large', msg('input.too-long', { name, length: t.length, max: MAX_TEXT_LENGTH, got: excerpt(t) }));
  return t;
}

/** A finite number from a number or a well-formed text number; a worded error otherwise. */
export function num(v: CellInput, name: string): number | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? v : refuse(v, name, 'input.not-a-number');
  if (typeof v === 'string') return Number(numberText(capped(v, name), name));
  return refuse(v, name, 'input.not-a-number');
}

/**
 * A share or a rate: a number (0.08), a text number, or a percentage as text ("8%", "８％", "7.5 %"), as a number
 * (0.08). No range check: a rate may exceed 1. Use `share` for a fraction of a whole. Exported for every argument
 * that is a share or a rate (input shares, tax rates).
 */
export function percentOrFraction(v: CellInput, name: string): number | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === 'string') {
    const t = capped(v, name);
    const percent = percentText(t, name);
    if (percent !== undefined) return Number(decimal(percent).toString());
  }
  return num(v, name);
}

/** A share of a whole, from 0 to 1: 0.75, "0.75" or "75%"; anything outside is refused in words. */
export function share(v: CellInput, name: string): number | undefined {
  const s = percentOrFraction(v, name);
  if (s !== undefined && (s < 0 || s > 1))
    throw new PricingError('bad-number', msg('input.share', { name, got: described(typeof v === 'string' ? v : s) }));
  return s;
}

export function text(v: CellInput, name: string): string | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === 'string') return capped(v, name);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : refuse(v, name, 'input.not-text');
  return refuse(v, name, 'input.not-text');
}

/**
 * For arguments that are a name or a count (model_or_cmus, term). Text that looks like a number ("６", "-1",
 * "1,5") is read as one, by the same rules as `num`, so a malformed number is refused as a number rather than
 * looked up as a name; other text stays text.
 */
export function textOrNumber(v: CellInput, name: string): string | number | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? v : refuse(v, name, 'input.not-text-or-number');
  if (typeof v === 'string') {
    const t = capped(v, name);
    if (!looksNumeric(t)) return t;
    const r = readNumberText(t);
    if (!r.ok) throw numberTextError(r.problem, t, name);
    return Number(r.value);
  }
  return refuse(v, name, 'input.not-text-or-number');
}
