/**
 * The shipped form of the price book and the message catalogue (scripts/build.ts dataAsText, src/core/lazy-json.ts):
 * the same data as the sources, each part parsed only when first read.
 */
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dataAsText, SERVER_BUILD } from '../../scripts/build';
import { lazyObject } from '../../src/core/lazy-json';
import { estimate } from '../../src/messages/estimate';

const root = join(__dirname, '..', '..');

describe('lazyObject', () => {
  it('parses each property on its first read only, then holds it as a plain data property', () => {
    const o = lazyObject({ a: '{"x":[1,2]}', b: '"text"', nested: { c: '3' } });
    expect(Object.getOwnPropertyDescriptor(o, 'a')?.get).toBeDefined();
    const first = o.a;
    expect(first).toEqual({ x: [1, 2] });
    expect(o.a).toBe(first); // the same object, not parsed again
    expect(Object.getOwnPropertyDescriptor(o, 'a')).toMatchObject({ value: first, writable: false });
    expect(Object.getOwnPropertyDescriptor(o, 'b')?.get).toBeDefined(); // b untouched, still text
    expect((o.nested as Record<string, unknown>).c).toBe(3);
  });

  it('enumerates, spreads and serializes like the literal it stands for', () => {
    const o = lazyObject({ a: '1', b: '[true]' });
    expect(Object.keys(o)).toEqual(['a', 'b']);
    expect(Object.prototype.hasOwnProperty.call(o, 'b')).toBe(true);
    expect(JSON.stringify(o)).toBe('{"a":1,"b":[true]}');
    expect({ ...o }).toEqual({ a: 1, b: [true] });
  });
});

describe('the bundle ships the book and the words as text', () => {
  type Shipped = { book: Record<string, unknown>; estimate: typeof estimate; sidebar: { en: object; ja: object } };
  let text: string;
  /** A fresh evaluation of the shipped code: nothing read yet. */
  const load = (): Shipped => {
    const ctx = vm.createContext({});
    vm.runInContext(text, ctx);
    return (ctx as { Shipped: Shipped }).Shipped;
  };

  beforeAll(async () => {
    const out = await build({
      ...SERVER_BUILD,
      stdin: {
        contents: [
          "export { default as book } from './generated/book.json';",
          "export { estimate } from './src/messages/estimate';",
          "export { sidebar } from './src/messages/sidebar';",
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      globalName: 'Shipped',
      plugins: [dataAsText(['sidebar'])],
    });
    text = out.outputFiles[0]!.text;
  });

  it('the book is generated/book.json, key for key and in order', () => {
    const book = JSON.parse(readFileSync(join(root, 'generated', 'book.json'), 'utf8'));
    expect(JSON.stringify(load().book)).toBe(JSON.stringify(book));
  });

  it('leaves what a call does not read as text: a priced subject is parsed only when a call reads it', () => {
    const { book } = load();
    const prices = Object.getOwnPropertyDescriptor(book, 'prices')!.value as Record<string, Record<string, unknown>>;
    const subject = 'meta.llama2-13b-chat-v1';
    expect(Object.getOwnPropertyDescriptor(prices, subject)?.get).toBeDefined();
    expect(Object.keys(prices[subject]!)).toContain('pt'); // read: now parsed
    expect(Object.getOwnPropertyDescriptor(prices, subject)?.get).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(prices, 'amazon.nova-micro-v1:0')?.get).toBeDefined();
    expect(Object.getOwnPropertyDescriptor(book, 'gapNotes')?.get).toBeDefined();
    // …and holds no object literal of the book: its words appear only inside string literals.
    expect(text).not.toMatch(/\{id:"amazon\.titan-text-lite-v1"/);
  });

  it('a section ships both languages unchanged; a section left out ships empty', () => {
    const shipped = load();
    expect(JSON.stringify(shipped.estimate.en)).toBe(JSON.stringify(estimate.en));
    expect(JSON.stringify(shipped.estimate.ja)).toBe(JSON.stringify(estimate.ja));
    expect(shipped.sidebar).toEqual({ en: {}, ja: {} });
  });
});
