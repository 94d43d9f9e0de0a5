/**
 * Duplicate keys in JSON text. JSON.parse keeps the last of two equal keys in an object without a word, so an offer
 * file listing one SKU (or one term, or one rate code) twice would silently lose a price. A reviver cannot help: it
 * only sees the object JSON.parse has already collapsed. So this walks the text itself — a scanner over strings,
 * brackets, commas and colons, run only after JSON.parse has accepted the text (so it needs no error recovery) — and
 * keeps one set of keys per open object.
 */

export interface DuplicateKey {
  /** The JSON path of the object holding the key twice, e.g. products or terms.OnDemand["SKU"]. */
  path: string;
  key: string;
}

/** The offer format's own field names, written .name; every other key is data (SKUs, term and rate codes hold dots). */
const FIELDS = new Set([
  'products',
  'terms',
  'OnDemand',
  'Reserved',
  'priceDimensions',
  'pricePerUnit',
  'attributes',
  'product',
  'PriceList',
]);

/** A JSON-path step, as the offer readers write them: .products, ["SKU"] (as in pricelist-files.ts). */
function step(key: string): string {
  return FIELDS.has(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

interface Frame {
  /** The path of this container. */
  path: string;
  /** Keys seen so far; undefined for an array. */
  keys?: Set<string>;
  /** Index of the next array element. */
  index: number;
  /** The key whose value comes next (objects), set after the colon. */
  pending?: string;
}

/**
 * Every key that appears twice in one object of `text`, which must be valid JSON (call JSON.parse first). Paths start
 * at the root without a leading dot: `products["ABC"]`, `PriceList[3]`; the root object itself is `(root)`.
 * Stops after `limit` findings, so a hostile file cannot make the list (or the message) unbounded.
 */
export function duplicateKeys(text: string, limit = 20): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const childPath = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    const p = top.keys ? `${top.path}${step(top.pending ?? '')}` : `${top.path}[${top.index}]`;
    return p.startsWith('.') ? p.slice(1) : p;
  };
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      let escaped = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x5c /* \ */) {
          escaped = true;
          j += 2;
          continue;
        }
        if (d === 0x22) break;
        j++;
      }
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        const raw = text.slice(i + 1, j);
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : raw;
        if (top.keys.has(key)) {
          if (found.length < limit) found.push({ path: top.path || '(root)', key });
        } else top.keys.add(key);
        top.pending = key;
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b /* { */) {
      stack.push({ path: childPath(), keys: new Set(), index: 0 });
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push({ path: childPath(), index: 0 });
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.index++;
    }
  }
  return found;
}

/** "products["ABC"]: key "X" appears twice" lines for a message. */
export function describeDuplicates(found: DuplicateKey[]): string[] {
  return found.map(
    (d) =>
      `${d.path}: the key ${JSON.stringify(d.key)} appears twice — JSON.parse would keep only the last; a conflict, nothing is imported`,
  );
}
