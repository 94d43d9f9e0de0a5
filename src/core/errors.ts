/**
 * The one error type of the pricing core. It carries a Message (a catalogue code and its parameters) that the edge
 * words in the user's language; `code` is the kind of problem, so callers branch without parsing text.
 */
import type { Message } from './message';

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
  /** A name that matches more than one thing: asked about, never guessed. */
  | 'ambiguous'
  /** Input too long or too large to work on. */
  | 'too-large'
  /** A break-even that does not exist: one option is cheaper at every usage. */
  | 'no-break-even';

export class PricingError extends Error {
  readonly code: PricingErrorCode;
  /** What to tell the user, as data: the edge words it. */
  readonly detail: Message;

  constructor(code: PricingErrorCode, detail: Message) {
    super(detail.code);
    this.name = 'PricingError';
    this.code = code;
    this.detail = detail;
  }
}

export function isPricingError(e: unknown): e is PricingError {
  return e instanceof PricingError;
}
