/**
 * The pricing core, bound to the price book compiled at build time (generated/book.json from rates/). This is the
 * one module the cell functions, the sidebar and every tool import.
 */
import compiled from '../../generated/book.json';
import type { CompiledBook } from './compiled-book';
import { Comparisons } from './compare';
import { Estimates } from './estimate';
import { Quotes } from './quotes';

export const book = compiled as unknown as CompiledBook;
export const quotes = new Quotes(book);
export const catalog = quotes.catalog;
export const comparisons = new Comparisons(quotes);
export const estimates = new Estimates(catalog);

export { Quotes } from './quotes';
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
export { parseMonth, activeTime, AVERAGE_MONTH } from './month';
export type { Month, ActiveTime } from './month';
