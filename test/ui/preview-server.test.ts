/** The preview server without a browser: what it serves and how strictly it plays google.script.run. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { parseInput, plainValue, startPreview, type Preview } from '../../scripts/lib/preview-server';
import { DIST } from '../support/bundle';

let preview: Preview;
beforeAll(async () => {
  preview = await startPreview({ port: 0 });
});
afterAll(() => preview.close());

const post = async (path: string, body: unknown) =>
  (await fetch(new URL(path, preview.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();

test('listens on 127.0.0.1 and serves the built sidebar with only the google.script.run shim added', async () => {
  expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const served = await (await fetch(new URL('/Sidebar.html', preview.url))).text();
  const built = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
  expect(served.replace('\n<script src="/shim.js"></script>', '')).toBe(built);
  expect((await fetch(new URL('/shim.js', preview.url))).status).toBe(200);
});

test('calls top-level functions of the bundle only, as google.script.run does', async () => {
  expect(await post('/api/rpc', { fn: 'BEDROCK_PRICES_AS_OF', args: [] })).toEqual({ ok: true, value: preview.gas.BEDROCK_PRICES_AS_OF!() });
  expect(await post('/api/rpc', { fn: 'AddonLib', args: [] })).toEqual({ ok: false, error: 'Script function not found: AddonLib' });
  expect(await post('/api/rpc', { fn: 'require', args: [] })).toMatchObject({ ok: false });
  const quote = await post('/api/rpc', { fn: 'getQuote', args: [{ kind: 'storage', model: 'amazon.nova-lite-v1:0', months: 12 }] });
  expect(quote).toMatchObject({ ok: true, value: { ok: true, total: '23.4' } });
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
