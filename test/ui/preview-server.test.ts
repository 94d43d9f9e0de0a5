/** The preview server without a browser: what it serves and how strictly it plays google.script.run. */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import vm from 'node:vm';
import {
  crossOriginProblem,
  errorText,
  parseInput,
  plainValue,
  startPreview,
  type Grid,
  type Preview,
} from '../../scripts/lib/preview-server';
import { DIST } from '../support/bundle';

let preview: Preview;
beforeAll(async () => {
  preview = await startPreview({ port: 0 });
});
afterAll(() => preview.close());

/** A POST as the preview's own page sends it (browsers add Origin to every POST). */
const post = async (path: string, body: unknown) =>
  (
    await fetch(new URL(path, preview.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: new URL(preview.url).origin },
      body: JSON.stringify(body),
    })
  ).json();

/** A raw request with exactly these headers (fetch will not send a Host of our choosing). */
function raw(method: string, path: string, headers: Record<string, string>, body = ''): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, preview.url), { method, headers, setHost: !('host' in headers) }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('listens on 127.0.0.1 and serves the built sidebar with only the google.script.run shim added', async () => {
  expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const served = await (await fetch(new URL('/Sidebar.html', preview.url))).text();
  const built = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
  expect(served.replace('\n<script src="/shim.js"></script>', '')).toBe(built);
  expect((await fetch(new URL('/shim.js', preview.url))).status).toBe(200);
});

test('calls top-level functions of the bundle only, as google.script.run does', async () => {
  expect(await post('/api/rpc', { fn: 'BEDROCK_PRICES_AS_OF', args: [] })).toEqual({
    ok: true,
    value: preview.gas.BEDROCK_PRICES_AS_OF!(),
  });
  expect(await post('/api/rpc', { fn: 'AddonLib', args: [] })).toEqual({ ok: false, error: 'Script function not found: AddonLib' });
  expect(await post('/api/rpc', { fn: 'require', args: [] })).toMatchObject({ ok: false });
  const quote = await post('/api/rpc', { fn: 'getQuote', args: [{ kind: 'storage', model: 'amazon.nova-lite-v1:0', months: 12 }] });
  expect(quote).toMatchObject({ ok: true, value: { ok: true, total: '23.4' } });
});

test("the page learns the menu and the sidebar's title from the add-on, in the preview's language", async () => {
  const en = await (await fetch(new URL('/api/menu', preview.url))).json();
  expect(en).toEqual({
    items: [
      ['Open model picker', 'showSidebar'],
      ['Insert budget template', 'insertBudgetTemplate'],
      ['About prices', 'aboutPrices'],
    ],
    sidebarTitle: 'Bedrock prices',
  });
  const ja = await startPreview({ port: 0, locale: 'ja' });
  try {
    const menu = await (await fetch(new URL('/api/menu', ja.url))).json();
    expect(menu.sidebarTitle).toBe('Bedrock料金');
    expect(menu.items[0]).toEqual(['モデルピッカーを開く', 'showSidebar']);
  } finally {
    await ja.close();
  }
});

test('the active cell is the selected grid cell', async () => {
  await post('/api/select', { sheet: 'Sheet1', row: 6, col: 2 });
  expect(await post('/api/rpc', { fn: 'insertValue', args: [7] })).toEqual({ ok: true, value: { cell: 'Sheet1!C7' } });
  expect(preview.spreadsheet.getSheetByName('Sheet1')!.getRange('C7').getValue()).toBe(7);
});

test('plain data only, from any realm: a Date or a class instance is refused', () => {
  expect(plainValue(vm.runInNewContext('({ a: [1, "x", { b: true }], c: null })'))).toBe(true);
  expect(plainValue(vm.runInNewContext('({ when: new Date() })'))).toBe(false);
  expect(plainValue([new Date()])).toBe(false);
  expect(plainValue({ f: () => 1 })).toBe(false);
  expect(plainValue(new (class Money {})())).toBe(false);
});

test('what a person types into a cell', () => {
  expect(parseInput('42')).toBe(42);
  expect(parseInput('10%')).toBe(0.1);
  expect(parseInput('1e6')).toBe(1000000);
  expect(parseInput('=B2*3')).toBe('=B2*3');
  expect(parseInput('Nova Lite')).toBe('Nova Lite');
  expect(parseInput('')).toBe('');
});

test('the grid shows the cells a table spills into, with nothing typed in them', async () => {
  const grid = (await post('/api/cell', { sheet: 'Sheet1', row: 9, col: 1, input: '=BEDROCK_COMPARE("Llama 2 13B", 1, 8)' })) as {
    cells: { a1: string; input: string; display: string }[];
    cols: number;
  };
  const cell = (a1: string) => grid.cells.find((c) => c.a1 === a1);
  expect(cell('B10')).toMatchObject({ input: '=BEDROCK_COMPARE("Llama 2 13B", 1, 8)', display: 'Option' });
  expect(cell('B11')).toMatchObject({ input: '', display: 'No commitment' });
  expect(cell('G11')).toMatchObject({ input: '', display: '5641.95' });
  expect(cell('G13')).toMatchObject({ input: '', display: '15251.55' });
  expect(cell('H13')).toBeUndefined(); // the empty note
  expect(grid.cols).toBeGreaterThanOrEqual(8);
});

describe('the RPC endpoint answers its own page only, and with messages only', () => {
  const rpc = JSON.stringify({ fn: 'BEDROCK_PRICES_AS_OF', args: [] });
  const self = () => new URL(preview.url);

  test('a POST from another origin, without an Origin, from another site, or to another Host name is refused with 403', async () => {
    const json = { 'content-type': 'application/json' };
    for (const headers of [
      { ...json, origin: 'http://evil.example' },
      { ...json, origin: `http://127.0.0.1:${self().port + 1}` },
      json,
      { ...json, origin: self().origin, 'sec-fetch-site': 'cross-site' },
      { ...json, origin: 'http://rebind.example:1', host: `rebind.example:${self().port}` },
    ]) {
      const r = await raw('POST', '/api/rpc', headers, rpc);
      expect([headers, r.status]).toEqual([headers, 403]);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: expect.stringMatching(/^Forbidden: /) });
    }
    // A GET of the grid by another site's page (DNS rebinding) is refused too; the page itself loads.
    expect((await raw('GET', '/api/grid', { host: `rebind.example:${self().port}` })).status).toBe(403);
    expect((await raw('GET', '/', { origin: 'http://evil.example' })).status).toBe(403);
    expect((await raw('GET', '/', {})).status).toBe(200);
    // The same request from the page itself is answered; localhost names the same server.
    expect((await raw('POST', '/api/rpc', { ...json, origin: self().origin }, rpc)).status).toBe(200);
    expect(
      (
        await raw(
          'POST',
          '/api/rpc',
          { ...json, host: `localhost:${self().port}`, origin: `http://localhost:${self().port}`, 'sec-fetch-site': 'same-origin' },
          rpc,
        )
      ).status,
    ).toBe(200);
  });

  test('the rule itself', () => {
    const server = { host: '127.0.0.1', port: 8080 };
    expect(crossOriginProblem({ host: '127.0.0.1:8080', origin: 'http://127.0.0.1:8080' }, 'POST', server)).toBeUndefined();
    expect(crossOriginProblem({ host: '127.0.0.1:8080' }, 'GET', server)).toBeUndefined();
    expect(crossOriginProblem({ host: '127.0.0.1:8080', origin: 'https://127.0.0.1:8080' }, 'POST', server)).toMatch(/another origin/);
    expect(crossOriginProblem({ host: '127.0.0.1:8081', origin: 'http://127.0.0.1:8081' }, 'POST', server)).toMatch(/Host header/);
    expect(crossOriginProblem({ host: '127.0.0.1:8080', origin: 'null' }, 'POST', server)).toMatch(/another origin \(null\)/);
  });

  test('a failing call, bad JSON or a crash answers a message, never a stack trace', async () => {
    const answer = (await post('/api/rpc', { fn: 'insertFormula', args: ['=IMPORTXML("x", "y")'] })) as { ok: boolean; error: string };
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/^This formula cannot be inserted from the sidebar: "IMPORTXML" is not one of the add-on’s functions\./);
    expect(answer.error).not.toMatch(/\n\s+at /);
    const bad = await raw('POST', '/api/rpc', { 'content-type': 'application/json', origin: self().origin }, '{"fn": ');
    expect(bad).toEqual({ status: 400, body: JSON.stringify({ ok: false, error: 'the request is not valid JSON' }) });
    const noSheet = await raw('POST', '/api/select', { 'content-type': 'application/json', origin: self().origin }, '{"sheet": "Nope"}');
    expect(noSheet).toEqual({ status: 500, body: JSON.stringify({ ok: false, error: 'No sheet named "Nope"' }) });
    const e = new Error('boom');
    expect(errorText(e)).toBe('boom');
    expect(errorText(new Error(`wrapped: ${e.stack}`))).toBe(`wrapped: Error: boom`);
    expect(errorText({ message: 'plain' })).toBe('plain');
  });
});

describe('an error in a cell shows the function’s message, as Sheets does', () => {
  test('#ERROR! with the message for the add-on’s functions; HyperFormula’s own errors keep their text', async () => {
    await post('/api/cell', { sheet: 'Sheet1', row: 19, col: 0, input: '=BEDROCK_FT_COST("Nova Mikro", 1000)' });
    await post('/api/cell', { sheet: 'Sheet1', row: 20, col: 0, input: '=1/0' });
    const grid = (await post('/api/cell', {
      sheet: 'Sheet1',
      row: 21,
      col: 0,
      input: '=IFERROR(BEDROCK_FT_COST("Nova Mikro", 1000), "none")',
    })) as Grid;
    const cell = (a1: string) => grid.cells.find((c) => c.a1 === a1)!;
    expect(cell('A20').display).toBe('#ERROR!');
    expect(cell('A20').error).toMatch(/^Unknown model "Nova Mikro"\. Closest known models: "Amazon Nova Micro"/);
    expect(cell('A21').display).toBe('#DIV/0!');
    expect(cell('A21').error).toBeTruthy();
    expect(cell('A22')).toMatchObject({ display: 'none' });
    expect(cell('A22').error).toBeUndefined();
  });
});
