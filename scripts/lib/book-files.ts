/**
 * Reading and writing the price book files in rates/, and validating the assembled book against its JSON Schema.
 * Node-only: used by the build, the importer and the tests, never shipped.
 */
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
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

/** Write one part atomically (write a temporary file, then rename), keeping its $comment. */
export function writePart(part: keyof typeof PARTS, value: unknown, dir = RATES_DIR): void {
  const file = join(dir, `${PARTS[part]}.json`);
  const existing = readPart(dir, PARTS[part]);
  const text = JSON.stringify({ $comment: existing.$comment, [part]: value }, null, 1) + '\n';
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
