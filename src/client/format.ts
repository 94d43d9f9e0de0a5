/**
 * Display formatting for the sidebar. Money arrives as exact decimal strings and is only regrouped for reading —
 * never parsed into a float, rounded or recomputed.
 */
import type { Lang } from '../ui/sidebar-types';

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "40150" → "$40,150.00", "0.8008" → "$0.8008", "0.00006" → "$0.00006": at least cents, every digit kept. */
export function usd(decimal: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!m) return decimal;
  const [, sign, int, frac = ''] = m;
  return `${sign}$${group(int!)}.${frac.padEnd(2, '0')}`;
}

/**
 * A monthly amount for reading: as usd() when it has up to 4 decimals (0.8008 stays), otherwise rounded half up to
 * cents on the decimal text itself ("11831.860714285714…" → "$11,831.86"), never through a float. Amounts that
 * are not a whole number of hundredths come from a schedule's share of an average month (5/7 of 730 ÷ 24 days).
 */
export function usdAmount(decimal: string): string {
  const m = /^(-?)(\d+)\.(\d{5,})$/.exec(decimal.trim());
  if (!m) return usd(decimal);
  const [, sign, int, frac] = m;
  let digits = int! + frac!.slice(0, 2);
  if (frac![2]! >= '5') digits = plusOne(digits);
  const text = digits.padStart(3, '0');
  return usd(`${sign}${text.slice(0, -2).replace(/^0+(?=\d)/, '')}.${text.slice(-2)}`);
}

/** "1299" → "1300", "99" → "100": one more, on the digits. */
function plusOne(digits: string): string {
  const d = digits.split('');
  let i = d.length - 1;
  for (; i >= 0 && d[i] === '9'; i--) d[i] = '0';
  if (i < 0) return `1${d.join('')}`;
  d[i] = String(Number(d[i]) + 1);
  return d.join('');
}

/** Digits of a plain count, grouped: "10000000" → "10,000,000". */
export function count(text: string): string {
  return text.replace(/\d{4,}/g, (d) => group(d));
}

const WORDS: Record<string, { one: string; ja: string }> = {
  'input tokens': { one: 'input token', ja: '入力トークン' },
  'output tokens': { one: 'output token', ja: '出力トークン' },
  tokens: { one: 'token', ja: 'トークン' },
  images: { one: 'image', ja: '枚' },
  epochs: { one: 'epoch', ja: 'エポック' },
  months: { one: 'month', ja: 'か月' },
  days: { one: 'day', ja: '日' },
  windows: { one: 'window', ja: '枠' },
  copies: { one: 'copy', ja: 'コピー' },
  min: { one: 'min', ja: '分' },
  h: { one: 'h', ja: '時間' },
  MU: { one: 'MU', ja: 'MU' },
  CMU: { one: 'CMU', ja: 'CMU' },
};

const QUANTITY = new RegExp(`(\\d+(?:\\.\\d+)?) (${Object.keys(WORDS).join('|')})(?![\\w])`, 'g');

/** The core's quantity text ("10000000 tokens × 2 epochs") for reading, in the sidebar's language. */
export function quantity(text: string, lang: Lang): string {
  const out = text.replace(QUANTITY, (_, n: string, word: string) => {
    const w = WORDS[word]!;
    const shown = count(n);
    if (lang === 'ja') return word === 'MU' || word === 'CMU' ? `${shown} ${w.ja}` : `${shown}${w.ja}`;
    return `${shown} ${n === '1' ? w.one : word}`;
  });
  // "(96 a day × 30 days)": the windows of a Custom Model Import month.
  return lang === 'ja' ? out.replace(/(\d+) a day/g, (_, n: string) => `1日${count(n)}枠`) : out;
}

/** How much less `price` is than `reference`, as a whole percent, from exact decimal strings. */
export function percentLess(price: string, reference: string): string {
  const p = Number(price);
  const r = Number(reference);
  if (!(r > 0) || !(p < r)) return '';
  return `${Math.round((1 - p / r) * 100)}%`;
}
