/**
 * Bringing new prices into the book. For each price (same model/architecture, item, region, term, variant) the
 * newest first-party value is current and every other dated value stays as history; nothing is dropped. The
 * importer (scripts/lib/importer.ts) compares the result with the old book to print its diff.
 */
import { priceKey, type DatedPrice, type PriceEntry, type Source } from '../core/price-book';

function rank(p: DatedPrice, sources: Record<string, Source>): [number, string] {
  return [sources[p.source.id]?.firstParty ? 1 : 0, p.asOf];
}

function better(a: DatedPrice, b: DatedPrice, sources: Record<string, Source>): number {
  const [fa, da] = rank(a, sources);
  const [fb, db] = rank(b, sources);
  return fb - fa || (db > da ? 1 : db < da ? -1 : 0);
}

function dated(p: PriceEntry): DatedPrice {
  return { usd: p.usd, asOf: p.asOf, ...(p.effective ? { effective: p.effective } : {}), source: p.source };
}

/**
 * The last date a first-party reading showed the current value: the current reading, a first-party history reading
 * of the same number, or an earlier `checked` of the same value (a confirmation recorded by hand).
 */
export function checkedDate(p: PriceEntry, sources: Record<string, Source>, earlier?: string): string {
  let checked = earlier && earlier > p.asOf ? earlier : p.asOf;
  for (const h of p.history ?? []) if (h.usd === p.usd && sources[h.source.id]?.firstParty && h.asOf > checked) checked = h.asOf;
  return checked;
}

/** The book's prices with the incoming ones merged in, sorted by key. */
export function mergePrices(existing: PriceEntry[], incoming: PriceEntry[], sources: Record<string, Source>): PriceEntry[] {
  const byKey = new Map(existing.map((p) => [priceKey(p), p]));
  for (const inc of incoming) {
    const key = priceKey(inc);
    const old = byKey.get(key);
    if (!old) {
      byKey.set(key, inc);
      continue;
    }
    // A value re-read from the same source replaces its earlier reading instead of piling up as history.
    const previous = [dated(old), ...(old.history ?? [])].filter((p) => p.source.id !== inc.source.id);
    const [current, ...history] = [dated(inc), ...previous].sort((a, b) => better(a, b, sources));
    const merged: PriceEntry = { ...old, ...current!, ...(history.length ? { history } : {}) };
    merged.checked = checkedDate(merged, sources, old.usd === merged.usd ? old.checked : undefined);
    // An anomaly is about the number: a new number needs a new look. A contradiction or a limit is about the offer.
    if (merged.caveat?.kind === 'anomaly' && old.usd !== merged.usd) delete merged.caveat;
    if (!history.length) delete merged.history;
    if (!current!.effective) delete merged.effective;
    byKey.set(key, merged);
  }
  return [...byKey.values()].sort((a, b) => (priceKey(a) < priceKey(b) ? -1 : 1));
}
