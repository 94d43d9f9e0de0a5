import { word } from '../../src/messages/catalogue';
import type { Lang, Message, Text } from '../../src/ui/sidebar-types';

/** The message of the error a call throws; fails the test if it does not throw. */
export function errorMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

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
