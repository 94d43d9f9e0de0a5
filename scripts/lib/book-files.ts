/**
 * Reading and writing the price book files in rates/, and validating the assembled book against its JSON Schema.
 * Node-only: used by the build, the importer and the tests, never shipped.
 */
import Ajv2020 from 'ajv/dist/2020';
import { copyFileSync, existsSync, linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawBook } from '../../src/core/price-book';

export const RATES_DIR = join(__dirname, '..', '..', 'rates');

/** Each part of the book lives in its own file: rates/<file>.json → { "<key>": … }. */
const PARTS = { regions: 'regions', sources: 'sources', models: 'models', cmi: 'cmi', prices: 'prices', gaps: 'gaps' } as const;

function readPart(dir: string, name: string): { $comment?: string } & Record<string, unknown> {
  const file = join(dir, `${name}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    // Name the file: "Unexpected token } in JSON at position 1234" alone does not say which of six.
    throw new Error(`${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
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
  return `${JSON.stringify({ $comment: existing.$comment, [part]: value }, null, 1)}\n`;
}

/** Write one part atomically (write a temporary file, then rename), keeping its $comment. */
export function writePart(part: keyof typeof PARTS, value: unknown, dir = RATES_DIR): void {
  writeParts({ [part]: value }, dir);
}

/** The file operations writeParts uses; tests pass their own to make one fail. */
export interface WriteOps {
  writeFileSync: (file: string, text: string) => void;
  renameSync: (from: string, to: string) => void;
  linkSync: (existing: string, link: string) => void;
  rmSync: (file: string) => void;
}

const FS_OPS: WriteOps = {
  writeFileSync: (f, t) => writeFileSync(f, t),
  renameSync: (a, b) => renameSync(a, b),
  // A hard link costs nothing and cannot half-fail; where links are not allowed, a copy does the same job.
  linkSync: (a, b) => {
    try {
      linkSync(a, b);
    } catch {
      copyFileSync(a, b);
    }
  },
  rmSync: (f) => rmSync(f, { force: true }),
};

/** Writing rates/ failed; every part is as it was before, and no temporary file is left. The message names the file. */
export class WriteError extends Error {}

const reason = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/**
 * Write several parts together, all or none. Every new text is staged first in a temporary file beside its part (the
 * same folder, so a rename is atomic); each part still there is kept under a hard link as its backup; only then are
 * the staged files renamed over the parts. If any step fails, the parts already replaced are put back from their
 * backups, and every temporary file and backup is removed: rates/ is byte-identical to before. Returns the files
 * replaced.
 */
export function writeParts(parts: Partial<Record<keyof typeof PARTS, unknown>>, dir = RATES_DIR, ops: WriteOps = FS_OPS): string[] {
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const staged: { tmp: string; file: string; backup?: string; replaced: boolean }[] = [];
  const cleanUp = () => {
    for (const s of staged) {
      ops.rmSync(s.tmp);
      if (s.backup) ops.rmSync(s.backup);
    }
  };
  let doing = '';
  try {
    for (const [part, value] of Object.entries(parts) as [keyof typeof PARTS, unknown][]) {
      const file = join(dir, `${PARTS[part]}.json`);
      const entry: (typeof staged)[number] = { tmp: `${file}.tmp-${tag}`, file, replaced: false };
      staged.push(entry);
      doing = `staging ${file}`;
      ops.writeFileSync(entry.tmp, partText(part, value, dir));
      if (existsSync(file)) {
        doing = `keeping a backup of ${file}`;
        const backup = `${file}.bak-${tag}`;
        ops.linkSync(file, backup);
        entry.backup = backup;
      }
    }
    for (const s of staged) {
      doing = `replacing ${s.file}`;
      ops.renameSync(s.tmp, s.file);
      s.replaced = true;
    }
  } catch (e) {
    const unrestored: string[] = [];
    for (const s of staged) {
      if (!s.replaced) continue;
      try {
        if (s.backup) ops.renameSync(s.backup, s.file);
        else ops.rmSync(s.file);
        s.backup = undefined;
      } catch {
        unrestored.push(s.file);
      }
    }
    for (const s of staged) {
      try {
        ops.rmSync(s.tmp);
        if (s.backup && !unrestored.includes(s.file)) ops.rmSync(s.backup);
      } catch {
        // Nothing more can be done; the message below still names the file that failed.
      }
    }
    const state = unrestored.length
      ? `; could not put back ${unrestored.join(', ')} — its previous text is in ${unrestored.map((f) => `${f}.bak-${tag}`).join(', ')}`
      : `; nothing was changed in ${dir}`;
    throw new WriteError(`failed while ${doing} (${reason(e)})${state}`);
  }
  cleanUp();
  return staged.map((s) => s.file);
}
