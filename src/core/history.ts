/**
 * Every reading the book keeps of one price, newest first: the current price, then the older readings that stay as
 * its history (src/book/merge.ts). Each has the date it took effect (the offer's terms, else the date it was read)
 * and the date the next newer reading took over — blank while it still stands.
 */
import type { Catalog, PriceInfo } from './catalog';
import type { CompiledBook, HistoryRow } from './compiled-book';
import { msg, type Message } from './message';
import type { Quotes } from './quotes';
import type { Unit } from './price-book';

export interface Reading {
  usd: string;
  unit: Unit;
  validFrom: string;
  /** '' while the reading still stands: the current price, or a later reading of a secondary source. */
  validTo: string;
  sourceId: string;
  /** "title (date) — where", as a message (the where may need wording). */
  source: Message;
  sourceUrl?: string;
  current: boolean;
}

/** The date a reading took effect: its own effective date, its source's, or the date it was read. */
function validFrom(book: CompiledBook, sourceId: string, asOf: string, effective: string | undefined): string {
  if (effective === '-') return asOf;
  return effective || book.sources[sourceId]?.effective || asOf;
}

export function rateHistory(quotes: Quotes, a: Parameters<Quotes['rate']>[0]): Reading[] {
  return readingsOf(quotes.catalog, quotes.rate(a));
}

/** Every reading of a price the catalog answered, the current one first; only the current one for a price given in a formula. */
export function readingsOf(catalog: Catalog, current: PriceInfo): Reading[] {
  const book = catalog.book;
  const extra = catalog.rowOf(current)?.[5];
  const reading = (usd: string, sourceId: string, from: string, isCurrent: boolean): Reading => {
    const s = catalog.sourceText(sourceId);
    const url = s.url ? { sourceUrl: s.url } : {};
    return { usd, unit: current.unit, validFrom: from, validTo: '', sourceId, source: s.text, ...url, current: isCurrent };
  };
  const readings = [reading(current.usd, current.sourceId, validFrom(book, current.sourceId, current.asOf, extra?.e), true)];
  const older = (extra?.h ?? []).map(([usd, ownDate, sourceIndex, e]: HistoryRow) => {
    const sourceId = book.sourceIds[sourceIndex]!;
    const asOf = ownDate || book.sources[sourceId]!.date;
    return reading(usd, sourceId, validFrom(book, sourceId, asOf, e), false);
  });
  older.sort((x, y) => (x.validFrom < y.validFrom ? 1 : x.validFrom > y.validFrom ? -1 : 0));
  readings.push(...older);
  // An older reading stood until the nearest newer reading took effect.
  for (const r of older) {
    const next = readings
      .filter((n) => n.validFrom > r.validFrom)
      .map((n) => n.validFrom)
      .sort()[0];
    r.validTo = next ?? '';
  }
  return readings;
}

/** BEDROCK_PRICES_AS_OF(): the range of dates on which a first-party source last confirmed the current prices. */
export function pricesChecked(book: CompiledBook): Message {
  const { from, to, most } = book.checked;
  return from === to ? msg('book.checked-one', { date: to }) : msg('book.checked-range', { from, to, most });
}
