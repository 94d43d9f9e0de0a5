/**
 * Text packed with one shared dictionary of pairs (Re-Pair: the build replaces the most frequent pair of symbols with
 * a new symbol, again and again; scripts/lib/pack.ts). It keeps what Apps Script compiles on every call small: the
 * price book and the message catalogue are mostly repeated keys, codes and phrases, and pack to about a third.
 *
 * A symbol is one UTF-16 code unit. U+0080–U+07FF (two bytes in UTF-8) are the dictionary's symbols: symbol
 * U+0080 + i stands for entry i, the two symbols at dict[2i] and dict[2i+1]. Every other unit is itself. The packed
 * texts are JSON texts, whose own characters in that range the build writes as \u escapes, so nothing is ambiguous.
 */

const FIRST = 0x80;
const SYMBOL = /[\u0080-\u07ff]/g;

/** Expansions made so far, per dictionary (a call unpacks only the parts it reads, so most entries never expand). */
const expanded = new Map<string, string[]>();

function expand(dict: string, done: string[], i: number): string {
  const known = done[i];
  if (known !== undefined) return known;
  if (2 * i + 1 >= dict.length) throw new Error(`packed text names dictionary entry ${i} of ${dict.length / 2}`);
  const part = (unit: number): string => (unit >= FIRST && unit < 0x800 ? expand(dict, done, unit - FIRST) : String.fromCharCode(unit));
  const text = part(dict.charCodeAt(2 * i)) + part(dict.charCodeAt(2 * i + 1));
  done[i] = text;
  return text;
}

/** The text `packed` stands for under `dict`. */
export function unpack(packed: string, dict: string): string {
  let done = expanded.get(dict);
  if (!done) expanded.set(dict, (done = []));
  const d = done;
  return packed.replace(SYMBOL, (c) => expand(dict, d, c.charCodeAt(0) - FIRST));
}

/** The first unit of the symbol range and its size, for the packer. */
export const SYMBOLS = { first: FIRST, count: 0x800 - FIRST } as const;
