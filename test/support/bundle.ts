/** The built add-on in a node:vm context, as Apps Script loads it (shared with the local preview): .js files compiled, .html files only served by HtmlService. */
export { DIST, loadBundle, type Bundle } from '../../scripts/lib/gas-bundle';
