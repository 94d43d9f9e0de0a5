/**
 * What an omitted argument means, and the longest text argument read. Its own module because the plain-call path
 * (src/sheets/plain-calls.ts) needs these and nothing else of the quotes, the catalog or the cell adapters.
 */
import type { Term } from './price-book';

/** The region used when none is given and the model is priced there (else the only region it is priced in). */
export const DEFAULT_REGION = 'us-east-1';

export const DEFAULTS = { epochs: 1, months: 1, modelUnits: 1, term: '1m' as Term, hours: 730, copies: 1 };

/** Longer than any model, region or term name by far; a longer argument is refused, not searched. */
export const MAX_TEXT_LENGTH = 200;

/** Prefix that asks for the base model's Provisioned Throughput rate instead of the custom model's. */
export const BASE_PREFIX = /^\s*base\s*:\s*/i;
