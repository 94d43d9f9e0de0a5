/**
 * The local preview: the built add-on (dist/) running in a node:vm context as Apps Script would run it, behind a
 * small spreadsheet grid and the real sidebar. No Google account, no network.
 *
 * - The spreadsheet is the fake of scripts/lib/gas-fakes.ts; the grid shows it, evaluated by HyperFormula with the
 *   bundle's own BEDROCK_… functions (scripts/lib/formula-engine.ts).
 * - The sidebar is dist/Sidebar.html itself, with a google.script.run shim (scripts/preview/shim.ts) that POSTs each
 *   call here; the call runs the bundle's top-level function, with the grid's selected cell as the current cell.
 * - On start the menu is built (onOpen) and the budget template inserted through the bundle, as a user would.
 * - It answers its own page only: a request must name this server in Host (no DNS rebinding) and a POST must come
 *   from the same origin (Origin, Sec-Fetch-Site); anything else is 403. Failures answer with a message, never a stack.
 * - An error in a cell shows as Sheets shows it: #ERROR! for a function of the add-on that refused its input (the
 *   message on hover and under the formula bar when selected), HyperFormula's own #DIV/0!, #REF!… otherwise.
 */
import { build } from 'esbuild';
import type { HyperFormula } from 'hyperformula';
import { type CellError, DetailedCellError, ErrorType } from 'hyperformula';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { msg, type MessageCode } from '../../src/core/message';
import { templates, word, type Lang } from '../../src/messages/catalogue';
import { budgetTemplate } from '../../src/ui/budget-template';
import { langOf } from '../../src/ui/sidebar-server';
import { DIST, loadBundle, type Bundle } from './gas-bundle';
import { buildEngine, type SheetFunction } from './formula-engine';
import { FakeSpreadsheet, gasFakes, type Content, type FakeSheet } from './gas-fakes';
import { formatNumber } from './number-format';

const PAGE_DIR = join(__dirname, '..', 'preview');

/** GOOGLEFINANCE exists only in Google Sheets: the preview puts a fixed rate in its place, and says so. */
export const PREVIEW_USDJPY = 150;

export interface PreviewOptions {
  port?: number;
  host?: string;
  /** What Session.getActiveUserLocale() answers (default "en"). */
  locale?: string;
  dist?: string;
}

export interface Preview {
  url: string;
  port: number;
  spreadsheet: FakeSpreadsheet;
  gas: Bundle;
  close(): Promise<void>;
}

export interface GridCell {
  a1: string;
  row: number;
  col: number;
  input: string;
  display: string;
  error?: string;
  bold?: boolean;
  background?: string;
  note?: string;
  numeric?: boolean;
}

export interface Grid {
  sheet: string;
  sheets: string[];
  rows: number;
  cols: number;
  widths: number[];
  cells: GridCell[];
  selection: { row: number; col: number };
}

/** True when google.script.run could carry the value: no Date, function or class instance anywhere (any realm). */
export function plainValue(v: unknown): boolean {
  if (v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v)) return true;
  if (typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.every(plainValue);
  const proto = Object.getPrototypeOf(v);
  if (proto !== null && proto.constructor?.name !== 'Object') return false;
  return Object.values(v as object).every(plainValue);
}

function letter(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The host names a loopback preview is reached by. */
const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * Why a request may not be answered, or undefined when it may: the Host header must be this server (a page of
 * another site reaching 127.0.0.1 through its own DNS name is refused), and a POST — which runs add-on code and
 * writes cells — must come from a page of this same origin. Browsers send Origin with every POST; Sec-Fetch-Site,
 * when sent, must say same-origin.
 */
export function crossOriginProblem(
  headers: Record<string, string | string[] | undefined>,
  method: string | undefined,
  server: { host: string; port: number },
): string | undefined {
  const one = (name: string) => {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const hosts = (LOOPBACK.includes(server.host) || server.host === '::1' ? LOOPBACK : [server.host]).map((h) => `${h}:${server.port}`);
  const host = one('host');
  if (!host || !hosts.includes(host)) return `the Host header ${JSON.stringify(host ?? '')} is not this preview (${hosts.join(', ')})`;
  const origin = one('origin');
  const site = one('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return `the request comes from another site (Sec-Fetch-Site: ${site})`;
  if (origin !== undefined && origin !== `http://${host}`) return `the request comes from another origin (${origin})`;
  if (method !== 'GET' && method !== 'HEAD' && origin === undefined)
    return 'a POST without an Origin header (the preview answers its own page only)';
  return undefined;
}

/**
 * What the grid shows for an error value: Sheets shows #ERROR! for a custom function that threw, with its message;
 * the add-on's functions are registered to fail with a message (scripts/lib/formula-engine.ts), so an error with one
 * that came from them is #ERROR!. HyperFormula's own errors (#DIV/0!, #REF!, #NAME?…) keep their text.
 */
export function errorCell(value: DetailedCellError | CellError, fromAddon: boolean): { display: string; error: string } {
  const text = value instanceof DetailedCellError ? value.value : `#${value.type}!`;
  const message = value.message || text;
  return { display: fromAddon && value.message ? '#ERROR!' : text, error: message };
}

/** What a person types into a cell: a number when it reads as one, otherwise text (or a formula). */
export function parseInput(input: string): Content {
  const t = input.trim();
  if (t !== '' && !t.startsWith('=') && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?%?$/i.test(t)) {
    return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  }
  return input;
}

/**
 * The preview page in the user's language, as the add-on words its own menu and sidebar: every `{{section.key}}` is
 * that message of the catalogue, and <html lang="en"> (kept valid in the file) names the language.
 */
export function pageIn(html: string, lang: Lang): string {
  const known = templates(lang);
  if (!html.includes('<html lang="en">')) throw new Error('scripts/preview/index.html: no <html lang="en"> to set the language on');
  return html.replace('<html lang="en">', `<html lang="${lang}">`).replace(/\{\{([\w.-]+)\}\}/g, (_, code: string) => {
    if (!known.has(code as MessageCode)) throw new Error(`scripts/preview/index.html: no message "${code}" in the catalogue`);
    return word(msg(code as MessageCode), lang);
  });
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const dist = options.dist ?? DIST;
  const fakes = gasFakes(new FakeSpreadsheet(['Sheet1']), { locale: options.locale ?? 'en', dist });
  const { spreadsheet } = fakes;
  // The add-on's own rule (Session.getActiveUserLocale()), for the words the page puts around it.
  const lang = langOf(options.locale ?? 'en');
  const gas = loadBundle(fakes.globals, dist);

  const functions: Record<string, SheetFunction> = {};
  for (const name of Object.keys(gas).filter((k) => k.startsWith('BEDROCK_'))) functions[name] = gas[name]!;

  /** Templates inserted here get a fixed exchange rate in place of GOOGLEFINANCE. */
  const fixRate = (sheetName: unknown) => {
    const sheet = typeof sheetName === 'string' ? spreadsheet.getSheetByName(sheetName) : null;
    if (!sheet) return;
    const cell = budgetTemplate().cells.fxRate;
    sheet.getRange(cell).setValue(PREVIEW_USDJPY);
    sheet
      .getRange(cell)
      .setNote(`Local preview: a fixed ${PREVIEW_USDJPY} JPY per USD. In Google Sheets this cell is =GOOGLEFINANCE("CURRENCY:USDJPY").`);
  };

  gas.onOpen!({ authMode: 'FULL' });
  fixRate(gas.insertBudgetTemplate!());
  // The page opens with the sidebar beside the grid, as if Open model picker had been chosen: the add-on itself
  // titles it (in the user's language), and the page shows that title on the pane.
  gas.showSidebar!();
  const sidebarTitle = () => spreadsheet.ui.sidebars.at(-1)?.title ?? '';

  let engine: { version: number; hf: HyperFormula } | undefined;
  const evaluated = (): HyperFormula => {
    if (engine?.version !== spreadsheet.version) {
      const sheets: Record<string, Content[][]> = {};
      for (const s of spreadsheet.sheets) sheets[s.getName()] = s.contents();
      engine = { version: spreadsheet.version, hf: buildEngine(functions, sheets) };
    }
    return engine.hf;
  };

  const grid = (sheet: FakeSheet): Grid => {
    const hf = evaluated();
    const sheetId = hf.getSheetId(sheet.getName())!;
    const contents = sheet.contents();
    const cells: GridCell[] = [];
    const show = (
      row: number,
      col: number,
      input: string,
      cell?: { format?: string; bold?: boolean; background?: string; note?: string },
    ) => {
      const value = hf.getCellValue({ sheet: sheetId, row, col });
      const out: GridCell = { a1: `${letter(col)}${row + 1}`, row, col, input, display: '' };
      // getCellValue answers DetailedCellError, not CellError (HyperFormula's internal class): the old check never matched.
      if (value instanceof DetailedCellError) {
        Object.assign(out, errorCell(value, value.type === ErrorType.VALUE && /\bBEDROCK_[A-Z_]+\s*\(/.test(input)));
      } else if (typeof value === 'number') {
        out.display = formatNumber(value, cell?.format);
        out.numeric = true;
      } else if (typeof value === 'boolean') out.display = value ? 'TRUE' : 'FALSE';
      else if (value !== null) out.display = String(value);
      if (cell?.bold) out.bold = true;
      if (cell?.background) out.background = cell.background;
      if (cell?.note) out.note = cell.note;
      cells.push(out);
      shown.add(`${row},${col}`);
    };
    const shown = new Set<string>();
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(',').map(Number) as [number, number];
      if (cell.content === '' && !cell.note) continue;
      show(row, col, String(cell.content), cell);
    }
    // The cells a table formula spills into hold no content of their own, only a value.
    const { width, height } = hf.getSheetDimensions(sheetId);
    for (let row = 0; row < height; row++)
      for (let col = 0; col < width; col++) {
        if (shown.has(`${row},${col}`) || !hf.isCellPartOfArray({ sheet: sheetId, row, col })) continue;
        const value = hf.getCellValue({ sheet: sheetId, row, col });
        if (value !== null && value !== '') show(row, col, '');
      }
    const active = spreadsheet.active?.sheet === sheet ? spreadsheet.active : { row: 0, col: 0 };
    const cols = Math.max(contents[0]?.length ?? 0, width, 6);
    return {
      sheet: sheet.getName(),
      sheets: spreadsheet.sheets.map((s) => s.getName()),
      rows: Math.max(contents.length + 3, height + 3, 30),
      cols,
      widths: Array.from({ length: cols }, (_, c) => sheet.widths[c] ?? 100),
      cells,
      selection: { row: active.row, col: active.col },
    };
  };

  const sheetNamed = (name: unknown): FakeSheet => {
    const sheet = typeof name === 'string' ? spreadsheet.getSheetByName(name) : spreadsheet.getActiveSheet();
    if (!sheet) throw new Error(`No sheet named "${String(name)}"`);
    return sheet;
  };

  /** A top-level function of the bundle, called the way google.script.run (or a menu) calls it. */
  const callGlobal = (fn: unknown, args: unknown[]): unknown => {
    if (typeof fn !== 'string' || fn === 'AddonLib' || fn.endsWith('_') || typeof gas[fn] !== 'function')
      throw new Error(`Script function not found: ${String(fn)}`);
    if (!plainValue(args))
      throw new Error('Failed due to illegal value in the arguments (a Date, a function or an object that is not plain data).');
    const value = gas[fn]!(...args);
    if (!plainValue(value))
      throw new Error(`${fn} returned a value google.script.run cannot carry (a Date, a function or a class instance).`);
    return value;
  };

  const scripts = await bundleScripts();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://preview');
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(body);
    };
    const json = (value: unknown, status = 200) => send(status, 'application/json', JSON.stringify(value));
    const body = async (): Promise<Record<string, unknown>> => {
      let text = '';
      for await (const chunk of req) {
        text += chunk;
        if (text.length > 1_000_000) throw new BadRequest('the request is too large');
      }
      try {
        const v: unknown = text ? JSON.parse(text) : {};
        if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new BadRequest('the request is not a JSON object');
        return v as Record<string, unknown>;
      } catch (e) {
        if (e instanceof BadRequest) throw e;
        throw new BadRequest('the request is not valid JSON');
      }
    };

    const refused = crossOriginProblem(req.headers, req.method, { host, port: (server.address() as AddressInfo).port });
    if (refused) {
      if (url.pathname.startsWith('/api/')) return json({ ok: false, error: `Forbidden: ${refused}.` }, 403);
      return send(403, 'text/plain', `Forbidden: ${refused}.`);
    }

    if (req.method === 'GET') {
      switch (url.pathname) {
        case '/':
          return send(200, 'text/html', pageIn(readFileSync(join(PAGE_DIR, 'index.html'), 'utf8'), lang));
        case '/page.js':
          return send(200, 'text/javascript', scripts.page);
        case '/shim.js':
          return send(200, 'text/javascript', scripts.shim);
        case '/Sidebar.html': {
          // The built sidebar, unchanged but for the google.script.run shim Apps Script would provide.
          const html = readFileSync(join(dist, 'Sidebar.html'), 'utf8');
          return send(200, 'text/html', html.replace(/<head>/i, '<head>\n<script src="/shim.js"></script>'));
        }
        case '/api/grid':
          return json(grid(url.searchParams.has('sheet') ? sheetNamed(url.searchParams.get('sheet')) : spreadsheet.getActiveSheet()));
        case '/api/menu':
          return json({ items: spreadsheet.ui.menus.at(-1)?.items ?? [], sidebarTitle: sidebarTitle() });
      }
      return send(404, 'text/plain', 'not found');
    }

    if (req.method === 'POST') {
      const b = await body();
      switch (url.pathname) {
        case '/api/select': {
          const sheet = sheetNamed(b.sheet);
          spreadsheet.setActive(sheet, Number(b.row), Number(b.col));
          return json(grid(sheet));
        }
        case '/api/cell': {
          const sheet = sheetNamed(b.sheet);
          sheet.getRange(Number(b.row) + 1, Number(b.col) + 1).setValue(parseInput(String(b.input ?? '')));
          return json(grid(sheet));
        }
        case '/api/rpc':
          try {
            return json({ ok: true, value: callGlobal(b.fn, Array.isArray(b.args) ? b.args : []) ?? null });
          } catch (e) {
            return json({ ok: false, error: errorText(e) });
          }
        case '/api/menu': {
          const before = {
            sidebars: spreadsheet.ui.sidebars.length,
            dialogs: spreadsheet.ui.dialogs.length,
            toasts: spreadsheet.ui.toasts.length,
          };
          try {
            const value = callGlobal(b.fn, []);
            if (b.fn === 'insertBudgetTemplate') fixRate(value);
          } catch (e) {
            return json({ ok: false, error: errorText(e) });
          }
          const dialog = spreadsheet.ui.dialogs[before.dialogs];
          return json({
            ok: true,
            sidebar: spreadsheet.ui.sidebars.length > before.sidebars,
            sidebarTitle: sidebarTitle(),
            ...(dialog
              ? {
                  dialog: {
                    title: dialog.title,
                    html: dialog.output.getContent(),
                    width: dialog.output.width,
                    height: dialog.output.height,
                  },
                }
              : {}),
            toasts: spreadsheet.ui.toasts.slice(before.toasts),
          });
        }
      }
      return send(404, 'text/plain', 'not found');
    }
    send(405, 'text/plain', 'method not allowed');
  }

  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      // A message, never a stack trace: the page shows it to a person, and internals are not theirs to read.
      const status = e instanceof BadRequest ? 400 : 500;
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ ok: false, error: errorText(e) }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    port,
    spreadsheet,
    gas,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

class BadRequest extends Error {}

/** The message of an error, as google.script.run hands it to a failure handler: one line of text, never a stack. */
export function errorText(e: unknown): string {
  const m =
    e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e) ? String((e as { message: unknown }).message) : String(e);
  // A message that carries a stack anyway (an Error's message built from another's stack) keeps its first line.
  return (m.split('\n    at ')[0] ?? m).trim() || 'failed';
}

/** The preview page's own code and the google.script.run shim, bundled for the browser once at start. */
async function bundleScripts(): Promise<{ page: string; shim: string }> {
  const one = async (file: string) =>
    (
      await build({
        entryPoints: [join(PAGE_DIR, file)],
        bundle: true,
        format: 'iife',
        target: 'es2019',
        platform: 'browser',
        write: false,
        charset: 'utf8',
      })
    ).outputFiles[0]!.text;
  return { page: await one('page.ts'), shim: await one('shim.ts') };
}
