/**
 * The build's packer for src/core/packed-text.ts: Re-Pair over many texts with one shared dictionary. Each round
 * counts the pairs of adjacent symbols, gives the most frequent pairs (no two sharing a symbol, so replacements never
 * overlap) new symbols, and replaces them everywhere; it stops when symbols run out or no pair repeats enough to pay.
 * Every packed text is unpacked again and compared before it is returned: a packing that does not round-trip fails
 * the build, never a cell.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYMBOLS, symbolOf, unpack } from '../../src/core/packed-text';

export interface Packing {
  /** Entry i is the pair dict[2i], dict[2i + 1]. */
  dict: string;
  texts: string[];
}

/** Packings kept in the cache directory. */
const KEEP = 6;

/** Never a symbol: it separates texts, so no pair spans two. */
const SEPARATOR = 0xffff;
/** A pair seen fewer times than this costs more in the dictionary than it saves. */
const MIN_COUNT = 4;
/** New symbols per round: enough to be quick, few enough that each round's counts still hold. */
const PER_ROUND = 48;

/** JSON text with every unit in the symbol range written as a \u escape (JSON.parse reads it back the same). */
export function escapeSymbols(json: string): string {
  return json.replace(SYMBOLS.pattern, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Code units as a string (in slices: spreading a long array as arguments overflows the stack). */
function fromUnits(units: readonly number[]): string {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}

function packNow(texts: readonly string[]): Packing {
  let seq: number[] = [];
  for (const t of texts) {
    for (let i = 0; i < t.length; i++) {
      const unit = t.charCodeAt(i);
      if (SYMBOLS.isSymbol(unit)) throw new Error(`text holds U+${unit.toString(16)}: escape it first`);
      seq.push(unit);
    }
    seq.push(SEPARATOR);
  }
  const dict: number[] = [];
  while (dict.length / 2 < SYMBOLS.count) {
    const counts = new Map<number, number>();
    for (let i = 0; i + 1 < seq.length; i++) {
      const a = seq[i]!;
      const b = seq[i + 1]!;
      if (a === SEPARATOR || b === SEPARATOR) continue;
      if (a === b && seq[i - 1] === a && seq[i - 2] !== a) continue; // "xxx" holds one "xx" to replace, not two
      const key = a * 0x10000 + b;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const ranked = [...counts].filter(([, n]) => n >= MIN_COUNT).sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    if (!ranked.length) break;
    const used = new Set<number>();
    const chosen = new Map<number, number>();
    for (const [key] of ranked) {
      if (chosen.size === PER_ROUND || dict.length / 2 === SYMBOLS.count) break;
      const a = Math.floor(key / 0x10000);
      const b = key % 0x10000;
      if (used.has(a) || used.has(b)) continue;
      used.add(a);
      used.add(b);
      chosen.set(key, symbolOf(dict.length / 2));
      dict.push(a, b);
    }
    const out: number[] = [];
    for (let i = 0; i < seq.length; i++) {
      const symbol = i + 1 < seq.length ? chosen.get(seq[i]! * 0x10000 + seq[i + 1]!) : undefined;
      if (symbol === undefined) out.push(seq[i]!);
      else {
        out.push(symbol);
        i++;
      }
    }
    seq = out;
  }
  const packed: string[] = [];
  let start = 0;
  for (let i = 0; i < seq.length; i++)
    if (seq[i] === SEPARATOR) {
      packed.push(fromUnits(seq.slice(start, i)));
      start = i + 1;
    }
  return { dict: fromUnits(dict), texts: packed };
}

/**
 * The texts packed with one dictionary. Packing takes seconds, so a packing is kept in generated/pack-cache by the
 * hash of its texts and reused while they are unchanged; a kept packing is checked like a new one.
 */
export function pack(texts: readonly string[], cacheDir?: string): Packing {
  const hash = createHash('sha256').update(JSON.stringify(texts)).digest('hex').slice(0, 24);
  const file = cacheDir && join(cacheDir, `${hash}.json`);
  let packing: Packing | undefined;
  if (file && existsSync(file)) packing = JSON.parse(readFileSync(file, 'utf8')) as Packing;
  if (!packing || packing.texts.length !== texts.length) packing = packNow(texts);
  packing.texts.forEach((p, i) => {
    if (unpack(p, packing!.dict) !== texts[i]) throw new Error(`packed text ${i} does not unpack to its text`);
  });
  if (file && cacheDir) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, JSON.stringify(packing));
    // Keep the newest few (one per bundle and a recent edit or two), not one per edit ever made.
    const kept = readdirSync(cacheDir)
      .map((f) => join(cacheDir, f))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    for (const old of kept.slice(KEEP)) rmSync(old, { force: true });
  }
  return packing;
}
