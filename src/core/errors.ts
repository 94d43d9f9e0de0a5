/**
 * The one error type of the pricing core. Its message is what a user reads (in a cell's #ERROR! note or in the
 * sidebar): it says what was wrong and what is accepted. `code` lets callers branch without parsing text.
 */
export type PricingErrorCode =
  | 'unknown-model'
  | 'unknown-region'
  | 'unknown-term'
  | 'unknown-item'
  | 'unknown-architecture'
  | 'no-price'
  | 'bad-number'
  | 'missing-argument'
  | 'bad-range'
  /** A break-even that does not exist: one option is cheaper at every usage. */
  | 'no-break-even';

export class PricingError extends Error {
  readonly code: PricingErrorCode;

  constructor(code: PricingErrorCode, message: string) {
    super(message);
    this.name = 'PricingError';
    this.code = code;
  }
}

export function isPricingError(e: unknown): e is PricingError {
  return e instanceof PricingError;
}
