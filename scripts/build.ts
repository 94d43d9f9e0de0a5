/**
 * npm run build: validate the price book, compile it, bundle the add-on for Apps Script into dist/.
 *
 * dist/Code.js = the cells' bundle (global AddonLib, ES2019 for the V8 runtime) + src/gas/entry.js, whose top-level
 * function declarations are the only public names. Apps Script compiles every script file on every execution, each
 * custom-function call included, so Code.js compiles as little as it can: the plain path (src/sheets/plain-calls.ts),
 * the price book and the message catalogue as JSON text, mostly packed (src/core/packed-text.ts), and the full
 * cells' code as the cold room — a bundle of its own, shipped packed as text and compiled on first need
 * (src/server/cold-room.ts); see codeBundle. The menu items' and the sidebar's server code is a third bundle (global
 * AddonUi, src/server/ui-api.ts) written to dist/UiServer.html: an HTML file, which Apps Script does not compile;
 * src/server/ui-server.ts loads it on the first UI call. dist/appsscript.json is the manifest. dist/Sidebar.html is
 * src/ui/Sidebar.html with the browser code of src/client/ bundled and inlined (HtmlService serves one file).
 * clasp pushes dist/.
 */
import { build, type BuildOptions, type BuildResult, type OnResolveResult, type Plugin, type PluginBuild } from 'esbuild';
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
  const escapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' };
  return `'${text.replace(/[\\']/g, '\\$&').replace(/[\n\r\u2028\u2029]/g, (c) => escapes[c]!)}'`;
}

/**
 * The parts of the book every plain call reads to find its model (src/sheets/plain-calls.ts): shipped as plain JSON
 * text, so such a call unpacks only its model's prices. Every other part, each priced subject and every message
 * section is packed.
 */
const BOOK_READ_BY_EVERY_CALL = ['modelIds', 'modelNames', 'units'];

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
  return shippedData(leftOut).plugin;
}

/** dataAsText's plugin, with `also` packed with the same dictionary (the cold room's script: see codeBundle). */
export function shippedData(leftOut: readonly string[], also: readonly string[] = []): { plugin: Plugin; packedAlso: string[] } {
  const parts = shippedParts(leftOut);
  const toPack: string[] = [];
  const json = (v: unknown) => escapeSymbols(JSON.stringify(v));
  for (const [k, v] of Object.entries(parts.book))
    if (k === 'prices') toPack.push(...Object.values(v as object).map(json));
    else if (!BOOK_READ_BY_EVERY_CALL.includes(k)) toPack.push(json(v));
  for (const [, s] of parts.sections.values()) toPack.push(json(s.en), json(s.ja));
  const ownTexts = toPack.length;
  toPack.push(...also);
  const packing = pack(toPack, join(root, 'generated', 'pack-cache'));
  const packedOf = new Map(toPack.map((t, i) => [t, packing.texts[i]!]));
  const packed = (v: unknown) => `[${stringLiteral(packedOf.get(json(v))!)}]`;
  const plain = (v: unknown) => stringLiteral(JSON.stringify(v));
  const object = (entries: [string, string][]) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
  const header = `import { lazyObject } from ${JSON.stringify(LAZY_JSON)};\nimport { DICTIONARY } from 'shipped:dictionary';\n`;
  const plugin: Plugin = {
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
  return { plugin, packedAlso: packing.texts.slice(ownTexts) };
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

export async function serverBundle(
  entry: string,
  globalName: string,
  plugins: Plugin[],
  options: Pick<BuildOptions, 'charset' | 'format'> = {},
): Promise<BuildResult<{ metafile: true; write: false }>> {
  return build({ ...SERVER_BUILD, ...options, entryPoints: [join(root, entry)], globalName, plugins, metafile: true });
}

/** A module of dist/Code.js the cold room imports, and the names it imports from it. */
export interface HotImport {
  file: string;
  names: string[];
}

/**
 * The cold room's module (src/server/cold-room.ts reads it): its script and, for each module of dist/Code.js it
 * imports, an object of just the names it imports (a namespace object would keep every export and cost a getter each).
 */
export function coldRoomModule(packedScript: string, hotModules: readonly HotImport[]): Plugin {
  return {
    name: 'cold-room',
    setup(b) {
      b.onResolve({ filter: /^shipped:cold-room$/ }, () => ({ path: 'cold-room', namespace: 'shipped-room' }));
      b.onLoad({ filter: /.*/, namespace: 'shipped-room' }, () => ({
        contents: [
          ...hotModules.map((m, i) => `import { ${m.names.map((n) => `${n} as m${i}_${n}`).join(', ')} } from ${JSON.stringify(m.file)};`),
          `export const HOT_MODULES = [${hotModules.map((m, i) => `{ ${m.names.map((n) => `${n}: m${i}_${n}`).join(', ')} }`).join(', ')}];`,
          `export const COLD_ROOM_PACKED = ${stringLiteral(packedScript)};`,
          "export { DICTIONARY } from 'shipped:dictionary';",
        ].join('\n'),
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}

/**
 * Lets `decide` answer each import by the file it resolves to (esbuild's own resolution, asked once more with `tag`
 * so that the question does not come back here); undefined leaves the import as it is.
 */
function onImportOf(b: PluginBuild, tag: string, decide: (path: string) => OnResolveResult | undefined): void {
  b.onResolve({ filter: /.*/ }, async (args) => {
    if (args.pluginData === tag || args.kind === 'entry-point') return undefined;
    const found = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: tag });
    return found.errors.length ? undefined : decide(found.path);
  });
}

/**
 * Imports of the modules of dist/Code.js that the room uses (`imports`, from importedNames) become reads of the
 * room's `hotModules` parameter, one plain variable per name; everything else is bundled into the room.
 */
export function fromHot(imports: readonly HotImport[]): Plugin {
  const index = new Map(imports.map((m, i) => [m.file, i]));
  return {
    name: 'from-hot',
    setup(b) {
      onImportOf(b, 'from-hot', (path) => (index.has(path) ? { path, namespace: 'hot' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'hot' }, (args) => {
        const i = index.get(args.path)!;
        const names = imports[i]!.names;
        const named = names.filter((n) => n !== 'default');
        return {
          contents: [
            `const m = hotModules[${i}];`,
            ...(named.length ? [`export const ${named.map((n) => `${n} = m.${n}`).join(', ')};`] : []),
            ...(names.includes('default') ? ['export default m.default;'] : []),
          ].join('\n'),
          loader: 'js',
        };
      });
    },
  };
}

/** The names a bundle of `entry` imports from each module in `hot` (its ES-module build, with those left external). */
async function importedNames(entry: string, hot: ReadonlySet<string>): Promise<Map<string, string[]>> {
  const external: Plugin = {
    name: 'hot-external',
    setup(b) {
      onImportOf(b, 'hot-external', (path) => (hot.has(path) ? { path, external: true } : undefined));
    },
  };
  const out = await build({ ...SERVER_BUILD, format: 'esm', minify: false, entryPoints: [join(root, entry)], plugins: [external] });
  const names = new Map<string, string[]>();
  const text = out.outputFiles[0]!.text;
  const add = (file: string, name: string) => {
    const list = names.get(file) ?? [];
    if (!list.includes(name)) list.push(name);
    names.set(file, list);
  };
  for (const d of text.matchAll(/^import\s+(\w+)\s+from\s*"([^"]+)";/gm)) add(d[2]!, 'default');
  for (const m of text.matchAll(/^import\s*(?:\{([^}]*)\}|\*\s+as\s+(\w+))\s*from\s*"([^"]+)";/gm)) {
    if (m[2]) {
      // A namespace import: the names are those read from it (`check.required`).
      for (const use of text.matchAll(new RegExp(`\\b${m[2]}\\.(\\w+)`, 'g'))) add(m[3]!, use[1]!);
      continue;
    }
    for (const part of m[1]!.split(',')) {
      const name = part.trim().split(/\s+as\s+/)[0]!;
      if (name) add(m[3]!, name);
    }
  }
  return names;
}

/**
 * dist/Code.js: the cells' bundle (src/server/api.ts) with the cold room (src/server/cold-api.ts) inside it as text.
 * Four passes: the cells' bundle alone tells which modules it holds; the room as an ES module, with those left out,
 * tells which of their names it imports; the room is bundled with those names read from the cells' bundle instead of
 * copied; then the cells' bundle is built again with the room's script and those names.
 */
async function codeBundle(): Promise<string> {
  const leftOut = ['sidebar', 'insert', 'template'];
  const data = dataAsText(leftOut);
  const probe = await serverBundle('src/server/api.ts', 'AddonLib', [data, coldRoomModule('', [])]);
  const hot = new Set(Object.keys(probe.metafile.inputs).map((f) => resolve(root, f)));
  const imports = [...(await importedNames('src/server/cold-api.ts', hot))].map(([file, names]) => ({ file, names }));
  // ASCII (\u escapes for the rest), so the room's text can be packed like the data: esbuild escapes strings and
  // templates; escapeSymbols the symbol-range characters it leaves in regular expressions, where \u is read the same.
  const room = await serverBundle('src/server/cold-api.ts', 'ColdRoom', [fromHot(imports)], { charset: 'ascii' });
  const roomScript = escapeSymbols(room.outputFiles[0]!.text);
  const copied = Object.keys(room.metafile.inputs).filter((f) => !f.startsWith('hot:') && /(^|\/)(generated|src\/messages)\//.test(f));
  if (copied.length) throw new Error(`the cold room would carry its own copy of ${copied.join(', ')}`);
  const withRoom = shippedData(leftOut, [roomScript]);
  const code = await serverBundle('src/server/api.ts', 'AddonLib', [withRoom.plugin, coldRoomModule(withRoom.packedAlso[0]!, imports)], {
    format: 'esm',
  });
  return asGlobal(code.outputFiles[0]!.text, 'AddonLib');
}

/**
 * An ES-module bundle as a script defining one global object of its exports. esbuild's own IIFE form defines a getter
 * per export and then copies them all with getters again, on every load; a plain object of the exported values is all
 * entry.js needs (every export is a function or a constant).
 */
export function asGlobal(esm: string, globalName: string): string {
  const m = /export\s*\{([^}]*)\};?\s*$/.exec(esm);
  if (!m) throw new Error('the bundle does not end in one export statement');
  const entries = m[1]!
    .split(',')
    .map((part) => part.trim().split(/\s+as\s+/))
    .map(([local, exported]) => `${exported ?? local}:${local}`);
  return `"use strict";var ${globalName}=(()=>{${esm.slice(0, m.index)}return{${entries.join(',')}};})();\n`;
}

async function main(): Promise<void> {
  compileBookFile();
  mkdirSync(dist, { recursive: true });
  const code = await codeBundle();
  const entry = readFileSync(join(root, 'src', 'gas', 'entry.js'), 'utf8');
  const header = '// Bedrock Cost for Sheets — built by `npm run build`. Do not edit: edit src/ and rates/.\n';
  writeFileSync(join(dist, 'Code.js'), `${header}${code}\n${entry}`);
  // Not HTML: the text of a script, which src/server/ui-server.ts evaluates (HtmlService serves it, Apps Script does not compile it).
  const uiServer = await serverBundle('src/server/ui-api.ts', 'AddonUi', [dataAsText(['sidebar'])]);
  writeFileSync(join(dist, 'UiServer.html'), `${header}${uiServer.outputFiles[0]!.text}`);
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
