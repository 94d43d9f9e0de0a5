import { isPricingError } from '../../src/core/errors';
import { word, type Lang } from '../../src/messages/catalogue';

/**
 * The message of the error a call throws, worded as a user reads it (a core PricingError carries a message code;
 * a cell's Error is already worded); fails the test if it does not throw.
 */
export function errorMessage(fn: () => unknown, lang: Lang = 'en'): string {
  try {
    fn();
  } catch (e) {
    return isPricingError(e) && e.detail ? word(e.detail, lang) : (e as Error).message;
  }
  throw new Error('expected an error');
}
