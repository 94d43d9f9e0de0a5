/** Re-Pair packing (scripts/lib/pack.ts) and its unpacking at run time (src/core/packed-text.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeSymbols, pack } from '../../scripts/lib/pack';
import { unpack } from '../../src/core/packed-text';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('packed text', () => {
  it('round-trips texts with runs, Japanese, quotes, backslashes and escaped symbol-range characters', () => {
    const texts = [
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      '{"en":"Unknown model \\"x\\"","ja":"不明なモデル「x」です。料金表にはありません。料金表にはありません。"}',
      escapeSymbols(JSON.stringify({ city: 'São Paulo', where: 'Montréal', n: [1, 2, 3, 1, 2, 3, 1, 2, 3] })),
      '',
      "it's 'quoted' \\ it's 'quoted' \\ it's 'quoted' \\ it's 'quoted' \\ it's 'quoted'",
    ];
    const packing = pack(texts);
    expect(packing.texts.map((p) => unpack(p, packing.dict))).toEqual(texts);
    expect(JSON.parse(unpack(packing.texts[2]!, packing.dict))).toEqual({
      city: 'São Paulo',
      where: 'Montréal',
      n: [1, 2, 3, 1, 2, 3, 1, 2, 3],
    });
    expect(packing.texts[0]!.length).toBeLessThan(texts[0]!.length / 4);
  });

  it('packs the price book to well under half its bytes, dictionary included', () => {
    const book = JSON.parse(readFileSync(join(__dirname, '..', '..', 'generated', 'book.json'), 'utf8')) as Record<string, unknown>;
    const texts = Object.values(book).map((v) => escapeSymbols(JSON.stringify(v)));
    const packing = pack(texts);
    const before = texts.reduce((n, t) => n + bytes(t), 0);
    const after = packing.texts.reduce((n, t) => n + bytes(t), 0) + bytes(packing.dict);
    expect(after).toBeLessThan(before / 2);
    expect(packing.texts.map((p) => JSON.parse(unpack(p, packing.dict)))).toEqual(Object.values(book));
  });

  it('refuses a text holding a symbol-range character the build did not escape', () => {
    expect(() => pack(['Montréal'])).toThrow(/U\+e9: escape it first/);
  });

  it('a symbol beyond the dictionary is an error, never a guess', () => {
    expect(() => unpack('a\u0085b', 'xy')).toThrow(/dictionary entry 5 of 1/);
  });
});
