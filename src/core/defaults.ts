/**
 * What an omitted argument means, and the longest text argument read. Its own module because the plain-call path
 * (src/sheets/plain-calls.ts) needs these and nothing else of the quotes, the catalog or the cell adapters.
 */
import type { Term } from './price-book';

/** The region used when none is given and the model is priced there (else the only region it is priced in). */
export const DEFAULT_REGION = 'us-east-1';

/**
 * Where a price is looked up when no region is given, among the regions that price it: the default region if it is
 * one, else the only one; undefined when there are several (the caller asks which) or none.
 */
export function homeRegion(priced: readonly string[]): string | undefined {
  return priced.includes(DEFAULT_REGION) ? DEFAULT_REGION : priced.length === 1 ? priced[0] : undefined;
}

export const DEFAULTS = { epochs: 1, months: 1, modelUnits: 1, term: '1m' as Term, hours: 730, copies: 1 };

/** Longer than any model, region or term name by far; a longer argument is refused, not searched. */
export const MAX_TEXT_LENGTH = 200;

/** Prefix that asks for the base model's Provisioned Throughput rate instead of the custom model's. */
export const BASE_PREFIX = /^\s*base\s*:\s*/i;
