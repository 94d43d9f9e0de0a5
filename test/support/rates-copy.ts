/** A throw-away copy of rates/ for tests that import into the book or write it. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RATES_DIR } from '../../scripts/lib/book-files';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'pricelist');
export const fixture = (name: string) => join(FIXTURES, name);

export function copyRates(): { dir: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'rates-test-'));
  const dir = join(root, 'rates');
  cpSync(RATES_DIR, dir, { recursive: true });
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every file of a folder with its bytes, to prove a refused import left it untouched. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p, `${rel}${name}/`);
      else out[`${rel}${name}`] = readFileSync(p).toString('base64');
    }
  };
  walk(dir, '');
  return out;
}
