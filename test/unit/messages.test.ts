/**
 * The message catalogue is complete: every code is worded in both languages, with the same parameters, and the
 * Japanese is Japanese. Also: how parameters, lists, quotes and nested messages are worded.
 */
import { msg } from '../../src/core/message';
import { LANGS, placeholders, templates, word } from '../../src/messages/catalogue';

describe('the message catalogue', () => {
  const en = templates('en');
  const ja = templates('ja');

  it('has every code in every language', () => {
    for (const lang of LANGS) {
      const t = templates(lang);
      expect([...t.keys()].sort()).toEqual([...en.keys()].sort());
    }
    expect(en.size).toBeGreaterThan(0);
  });

  it('names the same parameters in English and Japanese', () => {
    const differing = [...en.keys()].filter((code) => placeholders(en.get(code)!).join() !== placeholders(ja.get(code)!).join());
    expect(differing).toEqual([]);
  });

  it('has Japanese text in Japanese (kana or kanji in every template that has words)', () => {
    const notJapanese = [...ja.entries()].filter(([, t]) => /[A-Za-z]{4,}/.test(t.replace(/\{\w+(:q)?\}/g, '')) && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(t));
    expect(notJapanese).toEqual([]);
  });

  it('has no empty template', () => {
    for (const lang of LANGS) for (const [code, t] of templates(lang)) expect([code, t.trim().length > 0]).toEqual([code, true]);
  });
});

describe('word', () => {
  it('fills parameters, nested messages and lists in each language', () => {
    const inner = msg('common.own-price-hint');
    expect(word(msg('common.range-position', { row: 2, message: inner }), 'en')).toBe('Row 2 of the range: You can give your own price in the last argument.');
    expect(word(msg('common.range-position', { row: 2, message: inner }), 'ja')).toBe('範囲の2行目: 最終引数に単価を指定することもできます。');
    expect(word(msg('common.unexpected', { detail: ['a', 'b'] }), 'en')).toBe('Unexpected error: a, b');
    expect(word(msg('common.unexpected', { detail: ['a', 'b'] }), 'ja')).toBe('予期しないエラーが発生しました: a、b');
  });
});
