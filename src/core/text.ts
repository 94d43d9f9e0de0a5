/**
 * Name matching. Users type "Llama 3.1 8B", "llama3-1-8b", "Asia Pacific (Tokyo)" or "東京"; all are matched on a
 * normalized key (case, width, spaces and punctuation folded). The build refuses a book in which two things share a key.
 */
export function nameKey(text: string): string {
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

/** Levenshtein distance, for "did you mean" lists (only on the error path). */
function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
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
  const scored = candidates.map((c) => {
    const contains = t.length > 0 && (c.key.includes(t) || t.includes(c.key));
    const distance = editDistance(t, c.key.slice(0, CLOSEST_KEY_LENGTH)) / Math.max(t.length, c.key.length, 1);
    return { label: c.label, score: (contains ? 0 : 1) + distance };
  });
  scored.sort((a, b) => a.score - b.score);
  const labels: string[] = [];
  for (const s of scored) {
    if (!labels.includes(s.label)) labels.push(s.label);
    if (labels.length === count) break;
  }
  return labels;
}

export function quoteList(items: string[]): string {
  return items.map((i) => `"${i}"`).join(', ');
}
