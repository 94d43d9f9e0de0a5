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

/** Source of a `lazyObject` call (src/core/lazy-json.ts) over `value`'s properties; `nested` keys get one text per sub-key. */
function lazyObjectSource(value: Record<string, unknown>, nested: readonly string[] = []): string {
  const parts = Object.entries(value).map(([k, v]) => {
    const inner =
      nested.includes(k) && v && typeof v === 'object' && !Array.isArray(v)
        ? `{${Object.entries(v as Record<string, unknown>)
            .map(([k2, v2]) => `${JSON.stringify(k2)}:${stringLiteral(JSON.stringify(v2))}`)
            .join(',')}}`
        : stringLiteral(JSON.stringify(v));
    return `${JSON.stringify(k)}:${inner}`;
  });
  return `lazyObject({${parts.join(',')}})`;
}

const LAZY_JSON = join(root, 'src', 'core', 'lazy-json.ts');

/**
 * The price book and the message sections ship as JSON text parsed on first read (src/core/lazy-json.ts explains
 * why): generated/book.json with one text per top-level key and per priced subject, and each src/messages section with
 * one text per language. The sections in `leftOut` ship empty: the sidebar's words (src/messages/sidebar.ts) are
 * worded in the browser, never on the server; the insert and template words only by the sidebar's server code
 * (src/ui/sidebar-server.ts, formula-check.ts, budget-template.ts), which is in dist/UiServer.html, not in dist/Code.js.
 */
export function dataAsText(leftOut: readonly string[]): Plugin {
  const section = /[\\/]src[\\/]messages[\\/](\w+)\.ts$/;
  return {
    name: 'data-as-text',
    setup(b) {
      b.onLoad({ filter: /[\\/]generated[\\/]book\.json$/ }, (args) => ({
        contents: `import { lazyObject } from ${JSON.stringify(LAZY_JSON)};\nexport default ${lazyObjectSource(
          JSON.parse(readFileSync(args.path, 'utf8')),
          ['prices'],
        )};`,
        loader: 'js',
      }));
      b.onLoad({ filter: section }, (args) => {
        const name = section.exec(args.path)![1]!;
        if (name === 'catalogue' || name === 'section') return undefined;
        const mod = require(args.path) as Record<string, { en: object; ja: object }>;
        const exports = Object.keys(mod).filter((k) => k !== '__esModule');
        if (exports.length !== 1) throw new Error(`${args.path} must export exactly one section (it exports ${exports.join(', ')}).`);
        const s = leftOut.includes(name) ? { en: {}, ja: {} } : mod[exports[0]!]!;
        return {
          contents: `import { lazyObject } from ${JSON.stringify(LAZY_JSON)};\nexport const ${exports[0]} = ${lazyObjectSource({ en: s.en, ja: s.ja })};`,
          loader: 'js',
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
