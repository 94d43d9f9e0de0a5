/**
 * The sidebar's words come from the one message catalogue (src/messages/sidebar.ts for its own labels); this is
 * the page's short way to word them. Errors, notes and quantities arrive from the server as messages, worded here
 * in the sidebar's language, so switching language re-words what is on screen without asking the server again.
 */
import type { Params } from '../core/message';
import { word } from '../messages/catalogue';
import type { KeysOf } from '../messages/section';
import type { sidebar } from '../messages/sidebar';
import type { Lang, Message, Text } from '../ui/sidebar-types';

export type SidebarKey = KeysOf<typeof sidebar>;

/** One of the sidebar's own words, in the language. */
export function tr(lang: Lang, key: SidebarKey, params?: Params): string {
  return word({ code: `sidebar.${key}`, ...(params ? { params } : {}) }, lang);
}

/** A message or a two-language text from the server, in the language. */
export function say(text: Text | Message, lang: Lang): string {
  return 'code' in text ? word(text, lang) : text[lang];
}
