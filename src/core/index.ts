/**
 * The pricing core, bound to the price book compiled at build time (generated/book.json from rates/). This is the
 * one module the cell functions, the sidebar and every tool import.
 */
import compiled from '../../generated/book.json';
import type { CompiledBook } from './compiled-book';
import { Comparisons } from './compare';
import { Estimates } from './estimate';
import { Quotes } from './quotes';
import { Totals } from './totals';

export const book = compiled as unknown as CompiledBook;
export const quotes = new Quotes(book);
export const catalog = quotes.catalog;
/** The cells' totals: the same numbers as quotes, on the exact integer path where it applies. */
export const totals = new Totals(quotes);
export const comparisons = new Comparisons(quotes);
export const estimates = new Estimates(catalog);

export { Quotes } from './quotes';
export { Totals } from './totals';
export type { Quote, QuoteLine } from './quotes';
export { Catalog, DEFAULT_REGION } from './catalog';
export type { PriceInfo } from './catalog';
export { PricingError, isPricingError } from './errors';
export { decimal, toNumber } from './money';
export { statusMessage } from './lifecycle';
export { itemLabel, itemShort, unitLabel, termLabel } from './vocabulary';
export { msg, isMessage } from './message';
export type { Message, MessageCode, Param, BilingualText } from './message';
export type { CompiledBook, CompiledModel } from './compiled-book';
export { Comparisons, optionLabel, PT_TERMS, COMPARE_DEFAULTS } from './compare';
export type { Comparison, CompareRow, BreakEvenHours, BreakEvenTokens, CmiMonth, Missing } from './compare';
export { Estimates, ESTIMATE_OPTIONS, OPTION_LABEL } from './estimate';
export type { Estimate, EstimateInput, EstimateRow, EstimateOption, CmiSize } from './estimate';
export { parseSchedule } from './schedule';
export type { Schedule } from './schedule';
export { parseMonth, activeTime, averageMonth730 } from './month';
export type { Month, ActiveTime } from './month';
