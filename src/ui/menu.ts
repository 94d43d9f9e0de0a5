/**
 * The add-on menu: built by onOpen on every open of the spreadsheet, so this is in dist/Code.js and kept small. What
 * the items do is in ./menu-items.ts (the UI server bundle). Apps Script globals (SpreadsheetApp, HtmlService, Session)
 * are used only in the ui/ modules.
 */
import { langOf, userLocale } from './user-locale';
import type { Params } from '../core/message';
import { word } from '../messages/catalogue';
import type { menu } from '../messages/menu';
import type { KeysOf } from '../messages/section';
import type { Lang } from './sidebar-types';

type MenuKey = KeysOf<typeof menu>;

/** A word of the menu section in the language. */
export function menuWord(lang: Lang, key: MenuKey, params?: Params): string {
  return word({ code: `menu.${key}`, ...(params ? { params } : {}) }, lang);
}

/** The language of the user, or English when Apps Script runs us without authorization (AuthMode.NONE). */
function menuLang(e?: { authMode?: unknown }): Lang {
  if (e && String(e.authMode) === 'NONE') return 'en';
  return langOf(userLocale());
}

/**
 * Builds the add-on menu. In AuthMode.NONE (the add-on is installed but not yet used in this file) only addItem is
 * allowed, and that is all this does.
 */
export function onOpen(e?: { authMode?: unknown }): void {
  const lang = menuLang(e);
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(menuWord(lang, 'picker'), 'showSidebar')
    .addItem(menuWord(lang, 'template'), 'insertBudgetTemplate')
    .addItem(menuWord(lang, 'about'), 'aboutPrices')
    .addToUi();
}

export function onInstall(e?: { authMode?: unknown }): void {
  onOpen(e);
}
