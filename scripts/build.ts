/**
 * npm run build: validate the price book, compile it, bundle the add-on for Apps Script into dist/.
 *
 * dist/Code.js = an esbuild IIFE (global AddonLib, ES2019 for the V8 runtime) + src/gas/entry.js, whose top-level
 * function declarations are the only public names. dist/appsscript.json is the manifest. clasp pushes dist/.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileBook } from '../src/book/compile';
import { readBook, validateBook } from './lib/book-files';

const root = join(__dirname, '..');
const dist = join(root, 'dist');

export function compileBookFile(): void {
  const raw = readBook();
  const problems = validateBook(raw);
  if (problems.length) throw new Error(`rates/ does not match rates/schema/book.schema.json:\n- ${problems.join('\n- ')}`);
  const compiled = compileBook(raw);
  mkdirSync(join(root, 'generated'), { recursive: true });
  writeFileSync(join(root, 'generated', 'book.json'), JSON.stringify(compiled));
}

async function main(): Promise<void> {
  compileBookFile();
  mkdirSync(dist, { recursive: true });
  const bundle = await build({
    entryPoints: [join(root, 'src', 'server', 'api.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'AddonLib',
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
  });
  const code = bundle.outputFiles[0]!.text;
  const entry = readFileSync(join(root, 'src', 'gas', 'entry.js'), 'utf8');
  const header = '// Bedrock Cost for Sheets — built by `npm run build`. Do not edit: edit src/ and rates/.\n';
  writeFileSync(join(dist, 'Code.js'), `${header}${code}\n${entry}`);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  const ui = join(root, 'src', 'ui');
  if (existsSync(ui)) for (const f of readdirSync(ui)) if (f.endsWith('.html')) copyFileSync(join(ui, f), join(dist, f));
  console.log(`built dist/Code.js (${(Buffer.byteLength(readFileSync(join(dist, 'Code.js'))) / 1024).toFixed(1)} KB)`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
