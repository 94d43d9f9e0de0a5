/**
 * Reading and writing the price book files in rates/, and validating the assembled book against its JSON Schema.
 * Node-only: used by the build, the importer and the tests, never shipped.
 */
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawBook } from '../../src/core/price-book';

export const RATES_DIR = join(__dirname, '..', '..', 'rates');

/** Each part of the book lives in its own file: rates/<file>.json → { "<key>": … }. */
const PARTS = { regions: 'regions', sources: 'sources', models: 'models', cmi: 'cmi', prices: 'prices', gaps: 'gaps' } as const;

function readPart(dir: string, name: string): { $comment?: string } & Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
}

export function readBook(dir = RATES_DIR): RawBook {
  const book: Record<string, unknown> = {};
  for (const [key, file] of Object.entries(PARTS)) book[key] = readPart(dir, file)[key];
  return book as unknown as RawBook;
}

export function validateBook(book: unknown, dir = RATES_DIR): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  const schema = JSON.parse(readFileSync(join(dir, 'schema', 'book.schema.json'), 'utf8'));
  const validate = ajv.compile(schema);
  if (validate(book)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(book)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

function partText(part: keyof typeof PARTS, value: unknown, dir: string): string {
  const existing = readPart(dir, PARTS[part]);
  return JSON.stringify({ $comment: existing.$comment, [part]: value }, null, 1) + '\n';
}

/** Write one part atomically (write a temporary file, then rename), keeping its $comment. */
export function writePart(part: keyof typeof PARTS, value: unknown, dir = RATES_DIR): void {
  writeParts({ [part]: value }, dir);
}

/**
 * Write several parts together: every temporary file is written first and only then renamed over its part, so a
 * failure while writing (disk full, a bad value) leaves every part as it was. Returns the files replaced.
 */
export function writeParts(parts: Partial<Record<keyof typeof PARTS, unknown>>, dir = RATES_DIR): string[] {
  const staged: [string, string][] = [];
  try {
    for (const [part, value] of Object.entries(parts) as [keyof typeof PARTS, unknown][]) {
      const file = join(dir, `${PARTS[part]}.json`);
      const tmp = `${file}.tmp-${process.pid}`;
      writeFileSync(tmp, partText(part, value, dir));
      staged.push([tmp, file]);
    }
  } catch (e) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [tmp, file] of staged) renameSync(tmp, file);
  return staged.map(([, file]) => file);
}
