/**
 * Installs the Apps Script fakes as globals of the jest process, so src/ui can be called directly, the way Apps
 * Script calls it (SpreadsheetApp, HtmlService and Session are globals there).
 */
import { FakeSpreadsheet, gasFakes } from '../../scripts/lib/gas-fakes';
import { DIST } from './bundle';

export function installGasFakes(options: { locale?: string; sheets?: string[] } = {}) {
  const fakes = gasFakes(new FakeSpreadsheet(options.sheets), { locale: options.locale ?? 'en', dist: DIST });
  Object.assign(globalThis as Record<string, unknown>, fakes.globals);
  return fakes;
}
