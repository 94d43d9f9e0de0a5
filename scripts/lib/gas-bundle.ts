/**
 * Loads the built add-on the way Apps Script does: every dist/*.js file run in order in one shared global context,
 * with nothing else defined (no require, no module, no DOM) except the fakes given. What a cell, a menu or
 * google.script.run can call is what is left as a global. Used by the tests and the local preview.
 *
 * Only .js files are script: dist/*.html (the sidebar page, and UiServer.html, the UI server code that the menu items
 * and google.script.run targets load on first use) are read only through the HtmlService fake, as in Apps Script,
 * so give gasFakes(…, { dist }) when a test calls those entry points.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const DIST = join(__dirname, '..', '..', 'dist');

export type Bundle = Record<string, (...args: unknown[]) => unknown> & vm.Context;

export function loadBundle(fakes: Record<string, unknown> = {}, dist = DIST): Bundle {
  const context = vm.createContext({ console, ...fakes });
  for (const file of readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    vm.runInContext(readFileSync(join(dist, file), 'utf8'), context, { filename: file });
  }
  return context as Bundle;
}
