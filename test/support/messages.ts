import { isPricingError } from '../../src/core/errors';
import type { Message } from '../../src/core/message';
import { word, type Lang } from '../../src/messages/catalogue';

/**
 * The text of the error a call throws, worded in a language (English unless told): a pricing error's message as the
 * edge words it, any other error's own message. Fails the test if it does not throw.
 */
export function errorMessage(fn: () => unknown, lang: Lang = 'en'): string {
  try {
    fn();
  } catch (e) {
    return isPricingError(e) && e.detail ? word(e.detail, lang) : (e as Error).message;
  }
  throw new Error('expected an error');
}

/** A message worded in English, or '' for none: for asserting what the core returns. */
export const en = (m: Message | undefined): string => (m ? word(m, 'en') : '');
/** The same in Japanese. */
export const ja = (m: Message | undefined): string => (m ? word(m, 'ja') : '');

/** The catalogue code of the pricing error a call throws (the transitional English text when it has none). */
export function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return isPricingError(e) ? (e.detail?.code ?? e.message) : (e as Error).message;
  }
  throw new Error('expected an error');
}
