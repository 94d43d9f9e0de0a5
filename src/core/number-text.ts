/**
 * Numbers typed as text: the one reading of "12,000", "$21.18", "2.5e6", "１２，０００" or "－３" shared by every
 * numeric argument (src/sheets/cells.ts) and by the core's own text parsers (terms, input shares). A text number is
 * well formed or it is refused: "0,5" is never 5 and "1,5" months are never 15.
 *
 * Accepted, after full-width forms are folded (NFKC: １２，０００ － ． ＋ ％ ＄ and the ideographic space) and the
 * text is trimmed: an optional sign (+, -, or the minus sign U+2212), an optional "$", digits with "," only between
 * groups of three ("12,000", "1,234,567.5"; not "1,5", "0,5" or "1,00"), at most one decimal point, an optional
 * exponent ("2.5e6"). Nothing else: no spaces or underscores inside, no comma as the decimal mark.
 */
// No imports: the sidebar's browser code reads terms through vocabulary.ts, which reads numbers here. The errors
// that name an argument are in inputs.ts.

/** What a reading found wrong; the caller words it with the argument's name. */
export type NumberTextProblem = 'malformed' | 'grouping' | 'too-large';

export type NumberTextReading = { ok: true; value: string } | { ok: false; problem: NumberTextProblem };

const WELL_FORMED = /^([-+]?)\$?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;
// A comma somewhere in something that is otherwise digits: a decimal comma or a misplaced separator.
const COMMA_NUMBER = /^[-+]?\$?[\d,]*,[\d,]*(\.\d*)?(e[-+]?\d+)?$|^[-+]?\$?\d+,\d+$/i;

/** Full-width forms folded, the minus sign made ASCII, surrounding spaces gone. */
export function normalizeNumberText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\u2212/g, '-')
    .trim();
}

/**
 * The canonical decimal text ("-12000.5", "2.5e6") of a well-formed number, or why it is not one. The value is
 * checked to fit a JavaScript number: "1e400" is too large rather than Infinity.
 */
export function readNumberText(text: string): NumberTextReading {
  const t = normalizeNumberText(text);
  const m = WELL_FORMED.exec(t);
  if (!m) return { ok: false, problem: COMMA_NUMBER.test(t) ? 'grouping' : 'malformed' };
  const sign = m[1] === '-' ? '-' : '';
  const digits = m[2]!.replace(/,/g, '');
  const value = `${sign}${digits.endsWith('.') ? digits.slice(0, -1) : digits}${m[3] ?? ''}`;
  if (!Number.isFinite(Number(value))) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}

/** Does the text look like an attempt at a number (digits, signs, separators only)? Then it is read as one. */
export function looksNumeric(text: string): boolean {
  const t = normalizeNumberText(text);
  return /\d/.test(t) && /^[-+$]*[\d.,]*(e[-+]?\d+)?$/i.test(t);
}
