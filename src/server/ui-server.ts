/**
 * Loads the UI server bundle (./ui-api.ts, built into dist/UiServer.html) on the first UI call of an execution.
 *
 * What this relies on in Apps Script: HtmlService.createHtmlOutputFromFile(name).getContent() returns the file's text
 * unchanged (the same call the common "include a file into a template" pattern relies on), and the V8 runtime
 * allows building code from a string (`new Function`, like eval). `new Function` runs the text in the global scope,
 * so the bundle sees SpreadsheetApp, HtmlService and Session, while its own `var AddonUi` stays local: the project
 * gains no global name. Cell functions never call this; menu callbacks and google.script.run targets do (onOpen
 * and onInstall stay in dist/Code.js: simple triggers may run in AuthMode.NONE, and they need none of this).
 */
export type UiServer = typeof import('./ui-api');

/** The file in dist/ (without .html) that holds the UI server bundle; scripts/build.ts writes it. */
export const UI_SERVER_FILE = 'UiServer';

let loaded: UiServer | undefined;

export function uiServer(): UiServer {
  if (!loaded) {
    const code = HtmlService.createHtmlOutputFromFile(UI_SERVER_FILE).getContent();
    loaded = new Function(`${code}\nreturn AddonUi;`)() as UiServer;
  }
  return loaded;
}
