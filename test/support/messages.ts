import { isPricingError } from '../../src/core/errors';
import type { Message } from '../../src/core/message';
import { word, type Lang } from '../../src/messages/catalogue';
import type { Text } from '../../src/ui/sidebar-types';

/**
 * The text of the error a call throws, worded in a language (English unless told): a pricing error's message as the
 * edge words it, any other error's own message. Fails the test if it does not throw.
 */
export function errorMessage(fn: () => unknown, lang: Lang = 'en'): string {
  try {
    fn();
  } catch (e) {
    return isPricingError(e) ? word(e.detail, lang) : (e as Error).message;
  }
  throw new Error('expected an error');
}

/** The message code of the pricing error a call throws (its English text for an error without one). */
export function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return isPricingError(e) ? e.detail.code : (e as Error).message;
  }
  throw new Error('expected an error');
}

/** A message worded in English, or '' for none: for asserting what the core returns. */
export const en = (m: Message | undefined): string => (m ? word(m, 'en') : '');
/** The same in Japanese. */
export const ja = (m: Message | undefined): string => (m ? word(m, 'ja') : '');

/** A text the sidebar server sends (a message or the core's two wordings), worded as the page words it. */
export function say(text: Text | Message | null | undefined, lang: Lang = 'en'): string {
  if (!text) return '';
  return 'code' in text ? word(text, lang) : text[lang];
}

/** A sidebar answer with its error message worded in English, to compare with what a cell shows. */
export function worded<T extends { ok: boolean }>(answer: T): T | (Omit<T, 'message'> & { message: string }) {
  const a = answer as T & { message?: Message };
  return !a.ok && a.message ? { ...a, message: word(a.message, 'en') } : answer;
}
