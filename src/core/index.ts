/**
 * The pricing core, bound to the price book compiled at build time (generated/book.json from rates/). This is the
 * one module the cell functions, the sidebar and every tool import.
 */
import compiled from '../../generated/book.json';
import type { CompiledBook } from './compiled-book';
import { Comparisons } from './compare';
import { Quotes } from './quotes';
import { Totals } from './totals';

export const book = compiled as unknown as CompiledBook;
export const quotes = new Quotes(book);
export const catalog = quotes.catalog;
/** The cells' totals: the same numbers as quotes, on the exact integer path where it applies. */
export const totals = new Totals(quotes);
export const comparisons = new Comparisons(quotes);

export { Quotes } from './quotes';
export { Totals } from './totals';
export type { Quote, QuoteLine } from './quotes';
export { Catalog, DEFAULT_REGION } from './catalog';
export type { PriceInfo } from './catalog';
export { PricingError, isPricingError } from './errors';
export { decimal, toNumber } from './money';
export { statusText } from './lifecycle';
export { ITEM_LABELS, UNIT_LABELS, TERM_LABELS } from './vocabulary';
export type { CompiledBook, CompiledModel } from './compiled-book';
export { Comparisons, OPTION_LABELS, PT_TERMS, COMPARE_DEFAULTS } from './compare';
export type { Comparison, CompareRow, BreakEvenHours, BreakEvenTokens, CmiMonth, Missing, Bilingual } from './compare';
