/**
 * Name matching. Users type "Llama 3.1 8B", "llama3-1-8b", "Asia Pacific (Tokyo)" or "東京"; all are matched on a
 * normalized key (case, width, spaces and punctuation folded). The build refuses a book in which two things share a key.
 */
const ASCII = /^[\x00-\x7f]*$/;
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
 * The candidates closest to what was typed, best first. A candidate that contains the typed key (or is contained
 * in it) ranks ahead of mere edit distance, so "llama 3" suggests the Llama 3.x models.
 */
export function closest(typed: string, candidates: { key: string; label: string }[], count = 3): string[] {
  const t = nameKey(typed);
  const scored = candidates.map((c) => {
    const contains = t.length > 0 && (c.key.includes(t) || t.includes(c.key));
    const distance = editDistance(t, c.key) / Math.max(t.length, c.key.length, 1);
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
