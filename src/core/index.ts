/**
 * The pricing core, bound to the price book compiled at build time (generated/book.json from rates/): the prices
 * (./prices) and the monthly comparisons and estimates over them. This is the one module the sidebar, the monthly
 * cell functions and every tool import; the plain price functions import ./prices alone (it says why).
 */
import { Comparisons } from './compare';
import { Estimates } from './estimate';
import { catalog, quotes } from './prices';

export { book, quotes, catalog, totals } from './prices';
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
