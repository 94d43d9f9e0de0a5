/**
 * What arrives from a cell, turned into what the core takes: a number, a string, or undefined for blank/omitted.
 * Sheets passes numbers as numbers, text as strings, dates as Date and checkboxes as booleans; only the first two
 * can be meant here, so the others are refused with a message rather than guessed at.
 */
import { PricingError } from '../core/errors';

export type CellInput = unknown;

export function isBlank(v: CellInput): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function refuse(v: CellInput, name: string, wanted: string): never {
  const got = Object.prototype.toString.call(v) === '[object Date]' ? 'a date' : typeof v === 'boolean' ? `${v ? 'TRUE' : 'FALSE'}` : JSON.stringify(v);
  throw new PricingError('bad-number', `${name} must be ${wanted}; got ${got}.`);
}

// "1,000,000", "1 000 000", "$21.18" and "2.5e6" are numbers a person might type as text.
const NUMERIC_TEXT = /^[-+]?\$?\d[\d,_ ]*(\.\d+)?(e[-+]?\d+)?$|^[-+]?\$?\.\d+$/i;

export function num(v: CellInput, name: string): number | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (NUMERIC_TEXT.test(t)) return Number(t.replace(/[$,_ ]/g, ''));
  }
  return refuse(v, name, 'a number');
}

export function text(v: CellInput, name: string): string | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return refuse(v, name, 'text');
}

/** For arguments that are a name or a count (model_or_cmus, term). */
export function textOrNumber(v: CellInput, name: string): string | number | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === 'number' || typeof v === 'string') return typeof v === 'string' ? v.trim() : v;
  return refuse(v, name, 'text or a number');
}
