/**
 * The language a cell's text is worded in: Japanese when the spreadsheet's locale starts with "ja", English
 * otherwise or when the locale cannot be read (outside Sheets, or a context without SpreadsheetApp).
 *
 * getSpreadsheetLocale() is a read-only call custom functions may make, but it is a service call: adapters ask
 * for the language through `lazyLang()` only when they produce text (an error, a status, a table), and at most
 * once per call, never on the numeric path.
 */
import type { Lang } from '../messages/catalogue';

export function langOfLocale(locale: string | undefined | null): Lang {
  return /^ja/i.test(locale ?? '') ? 'ja' : 'en';
}

/** Reads the spreadsheet's locale now. */
export function spreadsheetLang(): Lang {
  try {
    if (typeof SpreadsheetApp === 'undefined') return 'en';
    return langOfLocale(SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}

/** A language looked up on first use and remembered for the rest of this call. */
export function lazyLang(): () => Lang {
  let lang: Lang | undefined;
  return () => (lang ??= spreadsheetLang());
}
