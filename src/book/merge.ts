/**
 * Bringing new prices into the book. For each price (same model/architecture, item, region, term, variant) the
 * newest first-party value is current and every other dated value stays as history; nothing is dropped.
 */
import { priceKey, type DatedPrice, type PriceEntry, type Source } from '../core/price-book';

export interface PriceChange {
  key: string;
  before?: string;
  after: string;
  asOf: string;
}

export interface MergeResult {
  prices: PriceEntry[];
  added: PriceChange[];
  changed: PriceChange[];
  unchanged: number;
  /** Current prices from the same source family that the incoming offer no longer lists. */
  notListed: string[];
}

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

export function mergePrices(existing: PriceEntry[], incoming: PriceEntry[], sources: Record<string, Source>): MergeResult {
  const byKey = new Map(existing.map((p) => [priceKey(p), p]));
  const result: MergeResult = { prices: [], added: [], changed: [], unchanged: 0, notListed: [] };
  const touched = new Set<string>();

  for (const inc of incoming) {
    const key = priceKey(inc);
    touched.add(key);
    const old = byKey.get(key);
    if (!old) {
      byKey.set(key, inc);
      result.added.push({ key, after: inc.usd, asOf: inc.asOf });
      continue;
    }
    // A value re-read from the same source replaces its earlier reading instead of piling up as history.
    const previous = [dated(old), ...(old.history ?? [])].filter((p) => p.source.id !== inc.source.id);
    const all = [dated(inc), ...previous];
    all.sort((a, b) => better(a, b, sources));
    const [current, ...history] = all;
    const merged: PriceEntry = { ...old, ...current!, ...(history.length ? { history } : {}) };
    if (!history.length) delete merged.history;
    if (!current!.effective) delete merged.effective;
    byKey.set(key, merged);
    if (merged.usd !== old.usd) result.changed.push({ key, before: old.usd, after: merged.usd, asOf: merged.asOf });
    else result.unchanged++;
  }

  const incomingSources = new Set(incoming.map((p) => p.source.id));
  for (const [key, p] of byKey) {
    if (!touched.has(key) && incomingSources.has(p.source.id)) result.notListed.push(key);
  }
  result.prices = [...byKey.values()].sort((a, b) => (priceKey(a) < priceKey(b) ? -1 : 1));
  return result;
}
