/**
 * The one error type of the pricing core. It carries a Message (a catalogue code and its parameters) that the edge
 * words in the user's language; `code` is the kind of problem, so callers branch without parsing text.
 *
 * Transitional: a plain English string is still accepted while the core moves to messages (issue 10); it is worded
 * as-is in every language. New code passes a Message.
 */
import { isMessage, type Message } from './message';

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
  /** What to tell the user, as data; undefined only for the transitional English strings. */
  readonly detail: Message | undefined;

  constructor(code: PricingErrorCode, message: Message | string) {
    super(isMessage(message) ? message.code : message);
    this.name = 'PricingError';
    this.code = code;
    this.detail = isMessage(message) ? message : undefined;
  }
}

export function isPricingError(e: unknown): e is PricingError {
  return e instanceof PricingError;
}
