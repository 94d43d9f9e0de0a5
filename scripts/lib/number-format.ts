/**
 * The few Sheets number formats the budget template uses, for showing values in the local preview's grid:
 * "$"#,##0.00, "¥"#,##0, #,##0, 0.00 and 0%. Anything else is shown as Sheets' "Automatic" roughly would.
 */
const FORMAT = /^(?:"([^"]*)")?([#,0]+)(?:\.(0+))?(%)?$/;

function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatNumber(value: number, format?: string): string {
  const m = format ? FORMAT.exec(format) : null;
  if (!m) return String(Number(value.toPrecision(15)));
  const [, prefix = '', integer, zeros = '', percent] = m;
  const n = percent ? value * 100 : value;
  const fixed = Math.abs(n).toFixed(zeros.length);
  const [int, frac] = fixed.split('.');
  const body = (integer!.includes(',') ? grouped(int!) : int!) + (frac ? `.${frac}` : '');
  return `${n < 0 ? '-' : ''}${prefix}${body}${percent ?? ''}`;
}
