/**
 * The user's language for the menu and the sidebar. Its own module because the menu (in dist/Code.js, built on every
 * open) needs only this, not the sidebar's server code.
 */
import type { Lang } from './sidebar-types';

export function langOf(locale: string | undefined): Lang {
  return /^ja/i.test(locale ?? '') ? 'ja' : 'en';
}

/** The user's locale from Apps Script; "en" where Session cannot be asked (e.g. a menu built in AuthMode.NONE). */
export function userLocale(): string {
  try {
    return Session.getActiveUserLocale() || 'en';
  } catch {
    return 'en';
  }
}
