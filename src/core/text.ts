/**
 * Name matching. Users type "Llama 3.1 8B", "llama3-1-8b", "Asia Pacific (Tokyo)" or "東京"; all are matched on a
 * normalized key (case, width, spaces and punctuation folded). The build refuses a book in which two things share a key.
 */
/** Plain ASCII text: what most names typed are, and what needs no Unicode normalisation. */
export const ASCII = /^[\x00-\x7f]*$/;
const NOT_ALNUM = /[^a-z0-9]+/g;

export function nameKey(text: string): string {
  // Plain ASCII (nearly every model and region name typed) needs no Unicode work: NFKC leaves it unchanged, and after
  // lowercasing its letters and digits are exactly a-z and 0-9. This skips compiling the Unicode-property pattern,
  // which costs more than the rest of a one-cell call.
  if (ASCII.test(text)) return text.toLowerCase().replace(NOT_ALNUM, '');
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A table's own entry for a key typed by a user, never an inherited one: "constructor", "toString" or "__proto__"
 * must miss like any other unknown name rather than reach Object.prototype. Every table indexed by user text
 * (name indexes, spelling tables, the price tree) is read through this or is a Map.
 */
export function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** The most of what a user typed that a message repeats back. */
export const EXCERPT_LENGTH = 40;

/** What was typed, cut to a short excerpt for a message ("aaaa…"): a message never echoes a whole long input. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Levenshtein distance, for "did you mean" lists (only on the error path). No globals in the inner loop: it is hot. */
function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      const left = prev[j - 1]!;
      const replace = diag + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const insert = up < left ? up + 1 : left + 1;
      prev[j] = Math.min(insert, replace);
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * The longest typed key the closest-name search compares. Names in the book are far shorter, so nothing useful is
 * lost, and the search costs at most this × the longest candidate per candidate whatever was typed.
 */
export const CLOSEST_KEY_LENGTH = 64;

/**
 * The candidates closest to what was typed, best first. A candidate that contains the typed key (or is contained
 * in it) ranks ahead of mere edit distance, so "llama 3" suggests the Llama 3.x models. Bounded work: the typed
 * key is cut to CLOSEST_KEY_LENGTH, and candidates are only compared with it, never with each other.
 */
export function closest(typed: string, candidates: { key: string; label: string }[], count = 3): string[] {
  // Cut before normalizing too, so a very long argument costs nothing here (the cells cap text arguments anyway).
  const t = nameKey(typed.slice(0, CLOSEST_KEY_LENGTH * 4)).slice(0, CLOSEST_KEY_LENGTH);
  // The length difference is a lower bound of the edit distance: candidates are visited by that bound, and the
  // search stops once no candidate left can beat the best `count` labels found (ties still visited, in order).
  const prepared = candidates
    .map((c, index) => {
      const key = c.key.slice(0, CLOSEST_KEY_LENGTH);
      const contains = t.length > 0 && (c.key.includes(t) || t.includes(c.key));
      const scale = Math.max(t.length, c.key.length, 1);
      const diff = t.length > key.length ? t.length - key.length : key.length - t.length;
      return { label: c.label, key, index, contains, scale, bound: (contains ? 0 : 1) + diff / scale };
    })
    .sort((a, b) => a.bound - b.bound || a.index - b.index);
  const best = new Map<string, { score: number; index: number }>();
  let kth = Infinity;
  for (const p of prepared) {
    if (p.bound > kth) break;
    const score = (p.contains ? 0 : 1) + editDistance(t, p.key) / p.scale;
    const had = best.get(p.label);
    if (had && (had.score < score || (had.score === score && had.index < p.index))) continue;
    best.set(p.label, { score, index: p.index });
    if (best.size >= count) kth = [...best.values()].map((b) => b.score).sort((a, b) => a - b)[count - 1]!;
  }
  return [...best.entries()]
    .sort(([, a], [, b]) => a.score - b.score || a.index - b.index)
    .slice(0, count)
    .map(([label]) => label);
}

export function quoteList(items: string[]): string {
  return items.map((i) => `"${i}"`).join(', ');
}
