/**
 * Loads the built add-on the way Apps Script does: every dist/*.js file run in order in one shared global context,
 * with nothing else defined (no require, no module, no DOM). What a cell can call is what is left as a global.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const DIST = join(__dirname, '..', '..', 'dist');

export type Bundle = Record<string, (...args: unknown[]) => unknown> & vm.Context;

export function loadBundle(fakes: Record<string, unknown> = {}): Bundle {
  const context = vm.createContext({ console, ...fakes });
  for (const file of readdirSync(DIST).filter((f) => f.endsWith('.js')).sort()) {
    vm.runInContext(readFileSync(join(DIST, file), 'utf8'), context, { filename: file });
  }
  return context as Bundle;
}
