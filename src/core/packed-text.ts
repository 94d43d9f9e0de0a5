/**
 * Text packed with one shared dictionary of pairs (Re-Pair: the build replaces the most frequent pair of symbols with
 * a new symbol, again and again; scripts/lib/pack.ts). It keeps what Apps Script compiles on every call small: the
 * price book and the message catalogue are mostly repeated keys, codes and phrases, and pack to about a third.
 *
 * A symbol is one UTF-16 code unit. U+0080–U+2FFF, without the line terminators U+2028 and U+2029, are the
 * dictionary's symbols: the i-th of them stands for entry i, the two symbols at dict[2i] and dict[2i+1]. Every other
 * unit is itself (the Japanese the texts hold is from U+3000 up). The packed texts are JSON texts and script, whose
 * own characters in that range the build writes as \u escapes, so nothing is ambiguous. What a call pays for is
 * the length of its script in UTF-16 units, so a large alphabet of symbols pays even where UTF-8 needs three bytes.
 */

const FIRST = 0x80;
const END = 0x3000;
const SYMBOL = /[\u0080-\u2027\u202a-\u2fff]/g;

/** The entry a symbol stands for, and the symbol of an entry (the two line terminators are skipped). */
const entryOf = (unit: number): number => unit - FIRST - (unit > 0x2029 ? 2 : 0);
export const symbolOf = (entry: number): number => entry + FIRST + (entry + FIRST >= 0x2028 ? 2 : 0);
const isSymbol = (unit: number): boolean => unit >= FIRST && unit < END && unit !== 0x2028 && unit !== 0x2029;

/** Expansions made so far, per dictionary (a call unpacks only the parts it reads, so most entries never expand). */
const expanded = new Map<string, string[]>();

function expand(dict: string, done: string[], i: number): string {
  const known = done[i];
  if (known !== undefined) return known;
  if (2 * i + 1 >= dict.length) throw new Error(`packed text names dictionary entry ${i} of ${dict.length / 2}`);
  // Written out rather than through isSymbol/entryOf: this runs once per symbol met, in a freshly compiled script.
  const a = dict.charCodeAt(2 * i);
  const b = dict.charCodeAt(2 * i + 1);
  const text =
    (a >= FIRST && a < END && a !== 0x2028 && a !== 0x2029 ? expand(dict, done, a - FIRST - (a > 0x2029 ? 2 : 0)) : dict[2 * i]!) +
    (b >= FIRST && b < END && b !== 0x2028 && b !== 0x2029 ? expand(dict, done, b - FIRST - (b > 0x2029 ? 2 : 0)) : dict[2 * i + 1]!);
  done[i] = text;
  return text;
}

/** The text `packed` stands for under `dict`. */
export function unpack(packed: string, dict: string): string {
  let done = expanded.get(dict);
  if (!done) expanded.set(dict, (done = []));
  const d = done;
  return packed.replace(SYMBOL, (c) => expand(dict, d, entryOf(c.charCodeAt(0))));
}

/** For the packer: how many symbols there are, and which units are symbols (to be escaped in the texts). */
export const SYMBOLS = { count: END - FIRST - 2, isSymbol, pattern: SYMBOL } as const;
