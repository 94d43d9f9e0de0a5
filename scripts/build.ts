/**
 * npm run build: validate the price book, compile it, bundle the add-on for Apps Script into dist/.
 *
 * dist/Code.js = an esbuild IIFE (global AddonLib, ES2019 for the V8 runtime) + src/gas/entry.js, whose top-level
 * function declarations are the only public names. Apps Script compiles every script file on every execution, each
 * custom-function call included, so Code.js holds only what cells need (and the tiny onOpen). The menu items' and the
 * sidebar's server code is a second IIFE (global AddonUi, src/server/ui-api.ts) written to dist/UiServer.html: an
 * HTML file, which Apps Script does not compile; src/server/ui-server.ts loads it on the first UI call.
 * dist/appsscript.json is the manifest. dist/Sidebar.html is
 * src/ui/Sidebar.html with the browser code of src/client/ bundled and inlined (HtmlService serves one file).
 * clasp pushes dist/.
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { compileBook } from '../src/book/compile';
import { readBook, validateBook } from './lib/book-files';
import { escapeSymbols, pack } from './lib/pack';

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

const kb = (file: string) => `${(Buffer.byteLength(readFileSync(file)) / 1024).toFixed(1)} KB`;

/** Browser code may use the core's words (vocabulary, messages, number reading) but never its prices: the sidebar asks the server for those. */
const CLIENT_MAY_NOT_IMPORT = /(^|\/)generated\/|src\/core\/(?!vocabulary\.ts$|message\.ts$|text\.ts$|number-text\.ts$|price-book\.ts$)/;

/**
 * Replaces each `<script data-inline="entry.ts"></script>` of an HTML page with the entry bundled for the browser,
 * so the page is one self-contained file.
 */
export async function inlineScripts(htmlFile: string): Promise<string> {
  const html = readFileSync(htmlFile, 'utf8');
  const parts: string[] = [];
  let last = 0;
  for (const m of html.matchAll(/<script data-inline="([^"]+)"><\/script>/g)) {
    const entry = resolve(dirname(htmlFile), m[1]!);
    const out = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      platform: 'browser',
      minify: true,
      legalComments: 'none',
      write: false,
      charset: 'utf8',
      metafile: true,
    });
    const banned = Object.keys(out.metafile.inputs).filter((f) =>
      CLIENT_MAY_NOT_IMPORT.test(relative(root, resolve(root, f)).split('\\').join('/')),
    );
    if (banned.length) throw new Error(`${m[1]} pulls prices into the browser (${banned.join(', ')}); ask the server instead.`);
    const code = out.outputFiles[0]!.text.replace(/<\/(script)/gi, '<\\/$1');
    parts.push(html.slice(last, m.index), `<script>\n${code}</script>`);
    last = m.index! + m[0].length;
  }
  parts.push(html.slice(last));
  return parts.join('');
}

/** A JS string literal of `text` (JSON text has no raw line breaks; U+2028/9 are escaped for older parsers). */
function stringLiteral(text: string): string {
  return `'${text
    .replace(/[\\']/g, '\\$&')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
}

/**
 * The parts of the book a plain numeric call reads (to find the model and cite the price's source): shipped as plain
 * JSON text, so such a call unpacks nothing. Every other part, each priced subject and every message section is packed.
 */
const BOOK_READ_BY_EVERY_CALL = ['asOf', 'checked', 'models', 'modelNames', 'sources', 'sourceIds', 'units'];

const LAZY_JSON = join(root, 'src', 'core', 'lazy-json.ts');
const SECTION_FILE = /[\\/]src[\\/]messages[\\/](\w+)\.ts$/;
const BOOK_FILE = /[\\/]generated[\\/]book\.json$/;

interface ShippedParts {
  book: Record<string, unknown>;
  /** file name → [export name, the section (empty when left out)] */
  sections: Map<string, [string, { en: object; ja: object }]>;
}

function shippedParts(leftOut: readonly string[]): ShippedParts {
  const book = JSON.parse(readFileSync(join(root, 'generated', 'book.json'), 'utf8')) as Record<string, unknown>;
  const sections = new Map<string, [string, { en: object; ja: object }]>();
  const dir = join(root, 'src', 'messages');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const name = f.slice(0, -3);
    if (name === 'catalogue' || name === 'section') continue;
    const mod = require(join(dir, f)) as Record<string, { en: object; ja: object }>;
    const exports = Object.keys(mod).filter((k) => k !== '__esModule');
    if (exports.length !== 1) throw new Error(`src/messages/${f} must export exactly one section (it exports ${exports.join(', ')}).`);
    sections.set(name, [exports[0]!, leftOut.includes(name) ? { en: {}, ja: {} } : mod[exports[0]!]!]);
  }
  return { book, sections };
}

/**
 * The price book and the message sections ship as JSON text, unpacked and parsed on first read
 * (src/core/lazy-json.ts, src/core/packed-text.ts explain why): generated/book.json with one text per top-level key
 * and per priced subject, each src/messages section with one text per language, all packed with one dictionary but
 * BOOK_READ_BY_EVERY_CALL. The sections in `leftOut` ship empty: the sidebar's words (src/messages/sidebar.ts) are
 * worded in the browser, never on the server; the insert and template words only by the sidebar's server code
 * (src/ui/sidebar-server.ts, formula-check.ts, budget-template.ts), which is in dist/UiServer.html, not in dist/Code.js.
 */
export function dataAsText(leftOut: readonly string[]): Plugin {
  const parts = shippedParts(leftOut);
  const toPack: string[] = [];
  const json = (v: unknown) => escapeSymbols(JSON.stringify(v));
  for (const [k, v] of Object.entries(parts.book))
    if (k === 'prices') toPack.push(...Object.values(v as object).map(json));
    else if (!BOOK_READ_BY_EVERY_CALL.includes(k)) toPack.push(json(v));
  for (const [, s] of parts.sections.values()) toPack.push(json(s.en), json(s.ja));
  const packing = pack(toPack, join(root, 'generated', 'pack-cache'));
  const packedOf = new Map(toPack.map((t, i) => [t, packing.texts[i]!]));
  const packed = (v: unknown) => `[${stringLiteral(packedOf.get(json(v))!)}]`;
  const plain = (v: unknown) => stringLiteral(JSON.stringify(v));
  const object = (entries: [string, string][]) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
  const header = `import { lazyObject } from ${JSON.stringify(LAZY_JSON)};\nimport { DICTIONARY } from 'shipped:dictionary';\n`;
  return {
    name: 'data-as-text',
    setup(b) {
      b.onResolve({ filter: /^shipped:dictionary$/ }, () => ({ path: 'dictionary', namespace: 'shipped' }));
      b.onLoad({ filter: /.*/, namespace: 'shipped' }, () => ({
        contents: `export const DICTIONARY = ${stringLiteral(packing.dict)};`,
        loader: 'js',
      }));
      b.onLoad({ filter: BOOK_FILE }, () => {
        const entries = Object.entries(parts.book).map(([k, v]): [string, string] => [
          k,
          k === 'prices'
            ? object(Object.entries(v as object).map(([subject, p]): [string, string] => [subject, packed(p)]))
            : BOOK_READ_BY_EVERY_CALL.includes(k)
              ? plain(v)
              : packed(v),
        ]);
        return { contents: `${header}export default lazyObject(${object(entries)}, DICTIONARY);`, loader: 'js', resolveDir: root };
      });
      b.onLoad({ filter: SECTION_FILE }, (args) => {
        const found = parts.sections.get(SECTION_FILE.exec(args.path)![1]!);
        if (!found) return undefined; // catalogue.ts, section.ts: code, not words
        const [name, s] = found;
        return {
          contents: `${header}export const ${name} = lazyObject(${object([
            ['en', packed(s.en)],
            ['ja', packed(s.ja)],
          ])}, DICTIONARY);`,
          loader: 'js',
          resolveDir: root,
        };
      });
    },
  };
}

/** The options of both server bundles (ES2019 for Apps Script's V8 runtime, minified: every byte is compiled per call). */
export const SERVER_BUILD = {
  bundle: true,
  format: 'iife',
  target: 'es2019',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  minify: true,
  legalComments: 'none',
  write: false as const,
  charset: 'utf8',
} satisfies BuildOptions;

async function serverBundle(entry: string, globalName: string, leftOut: string[]): Promise<string> {
  const out = await build({ ...SERVER_BUILD, entryPoints: [join(root, entry)], globalName, plugins: [dataAsText(leftOut)] });
  return out.outputFiles[0]!.text;
}

async function main(): Promise<void> {
  compileBookFile();
  mkdirSync(dist, { recursive: true });
  const code = await serverBundle('src/server/api.ts', 'AddonLib', ['sidebar', 'insert', 'template']);
  const entry = readFileSync(join(root, 'src', 'gas', 'entry.js'), 'utf8');
  const header = '// Bedrock Cost for Sheets — built by `npm run build`. Do not edit: edit src/ and rates/.\n';
  writeFileSync(join(dist, 'Code.js'), `${header}${code}\n${entry}`);
  // Not HTML: the text of a script, which src/server/ui-server.ts evaluates (HtmlService serves it, Apps Script does not compile it).
  writeFileSync(join(dist, 'UiServer.html'), `${header}${await serverBundle('src/server/ui-api.ts', 'AddonUi', ['sidebar'])}`);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  const ui = join(root, 'src', 'ui');
  const pages: string[] = [];
  if (existsSync(ui))
    for (const f of readdirSync(ui).filter((n) => n.endsWith('.html'))) {
      writeFileSync(join(dist, f), await inlineScripts(join(ui, f)));
      pages.push(`dist/${f} (${kb(join(dist, f))})`);
    }
  pages.push(`dist/UiServer.html (${kb(join(dist, 'UiServer.html'))}, the UI server code)`);
  console.log(`built dist/Code.js (${kb(join(dist, 'Code.js'))}), ${pages.join(', ')}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
