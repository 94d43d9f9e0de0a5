/**
 * The pricing core bound to the price book compiled at build time (generated/book.json from rates/): the book and
 * the quotes, catalog and totals over it. The plain cell functions import this, not ./index: Apps Script compiles
 * every call's script, and this keeps the monthly comparisons and estimates (./index builds those) out of the code a
 * plain price call compiles; they ship in the cold room (src/server/cold-room.ts).
 */
import compiled from '../../generated/book.json';
import type { CompiledBook } from './compiled-book';
import { Quotes } from './quotes';
import { Totals } from './totals';

export const book = compiled as unknown as CompiledBook;
export const quotes = new Quotes(book);
export const catalog = quotes.catalog;
/** The cells' totals: the same numbers as quotes, on the exact integer path where it applies. */
export const totals = new Totals(quotes);
