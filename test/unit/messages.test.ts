/**
 * The message catalogue is complete: every code is worded in both languages, with the same parameters, and the
 * Japanese is Japanese. Also: how parameters, lists, quotes and nested messages are worded.
 */
import { book, comparisons, Quotes, type CompiledBook } from '../../src/core';
import { isPricingError } from '../../src/core/errors';
import { msg, type Message } from '../../src/core/message';
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
    const notJapanese = [...ja.entries()].filter(
      ([, t]) => /[A-Za-z]{4,}/.test(t.replace(/\{\w+(:q)?\}/g, '')) && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(t),
    );
    expect(notJapanese).toEqual([]);
  });

  it('has no empty template', () => {
    for (const lang of LANGS) for (const [code, t] of templates(lang)) expect([code, t.trim().length > 0]).toEqual([code, true]);
  });
});

describe('word', () => {
  it('fills parameters, nested messages and lists in each language', () => {
    const inner = msg('common.own-price-hint');
    expect(word(msg('common.range-position', { row: 2, message: inner }), 'en')).toBe(
      'Row 2 of the range: You can give your own price in the last argument.',
    );
    expect(word(msg('common.range-position', { row: 2, message: inner }), 'ja')).toBe(
      '範囲の2行目: 最終引数に単価を指定することもできます。',
    );
    expect(word(msg('common.unexpected', { detail: ['a', 'b'] }), 'en')).toBe('Unexpected error: a, b');
    expect(word(msg('common.unexpected', { detail: ['a', 'b'] }), 'ja')).toBe('予期しないエラーが発生しました: a、b');
  });
});

describe('bilingual parameters (text the book already has in both languages)', () => {
  it('takes each language its own side, and leaves an empty side empty', () => {
    const reason = (note: { en: string; ja: string }) => msg('lookup.because', { reason: msg('lookup.reason-not-sold'), note });
    expect(word(reason({ en: 'Only in us-east-1', ja: 'us-east-1 のみで提供されています。' }), 'en')).toBe(
      'AWS does not sell it: Only in us-east-1.',
    );
    expect(word(reason({ en: 'Only in us-east-1', ja: 'us-east-1 のみで提供されています。' }), 'ja')).toBe(
      'AWSでは提供されていません。us-east-1 のみで提供されています。',
    );
    expect(word(reason({ en: 'Only in us-east-1', ja: '' }), 'ja')).toBe('AWSでは提供されていません。');
  });

  it('is not mistaken for a message, nor a message for it', () => {
    expect(word(msg('common.unexpected', { detail: { en: 'a', ja: 'あ' } }), 'ja')).toBe('予期しないエラーが発生しました: あ');
    expect(word(msg('common.unexpected', { detail: msg('quote.price-given') }), 'ja')).toBe(
      '予期しないエラーが発生しました: 数式で指定された単価',
    );
  });
});

describe("a gap's note in a missing-price message", () => {
  // Nova Lite fine-tuning is sold in us-east-1 only: the book records the Tokyo gap with an English note.
  const lookUp = (edit: (b: CompiledBook) => void) => {
    const copy = JSON.parse(JSON.stringify(book)) as CompiledBook;
    edit(copy);
    return errorOf(() => new Quotes(copy).fineTuning({ model: 'Nova Lite', tokens: 1000, region: 'ap-northeast-1' }));
  };
  // A gap ships as a tuple whose last element indexes its [English, Japanese] note; give the Tokyo gap a note of its own.
  const tokyo = (b: CompiledBook) => {
    const gap = b.gaps.find(
      ([model, item, region]) => model === 'amazon.nova-lite-v1:0' && item === 'training' && region === 'ap-northeast-1',
    )!;
    gap[6] = b.gapNotes.push(['', '']) - 1;
    return {
      set note(v: string) {
        b.gapNotes[gap[6]]![0] = v;
      },
      set noteJa(v: string) {
        b.gapNotes[gap[6]]![1] = v;
      },
    };
  };

  it('words the Japanese note (noteJa) in Japanese and the English note in English', () => {
    const detail = lookUp((b) => {
      const gap = tokyo(b);
      gap.note = 'Offered in us-east-1 only.';
      gap.noteJa = 'us-east-1 でのみ提供されています。';
    });
    expect(word(detail, 'en')).toBe(
      'The training price of Amazon Nova Lite in ap-northeast-1 is not in the price book. AWS does not sell it: Offered in us-east-1 only. ' +
        'It is priced in: us-east-1. You can give your own price in the last argument.',
    );
    expect(word(detail, 'ja')).toBe(
      '料金表にap-northeast-1のAmazon Nova Liteの学習料金はありません。AWSでは提供されていません。us-east-1 でのみ提供されています。' +
        '料金があるリージョン: us-east-1。最終引数に単価を指定することもできます。',
    );
  });

  it('without a Japanese note, Japanese gives the reason alone, never the English note', () => {
    const detail = lookUp((b) => {
      const gap = tokyo(b);
      gap.note = 'Offered in us-east-1 only.';
      gap.noteJa = '';
    });
    expect(word(detail, 'ja')).toBe(
      '料金表にap-northeast-1のAmazon Nova Liteの学習料金はありません。AWSでは提供されていません。料金があるリージョン: us-east-1。最終引数に単価を指定することもできます。',
    );
  });

  it('functions without a price argument leave the hint out', () => {
    const e = errorOf(() => comparisons.breakEvenHours({ model: 'Llama 2 Chat 13B' }));
    expect(word(e, 'en')).toBe(
      'The Provisioned Throughput (no commitment) price of Meta Llama 2 Chat 13B in us-east-1 is not in the price book. Provisioned Throughput is priced for: 1 month, 6 months.',
    );
    expect(word(e, 'ja')).toBe(
      '料金表にus-east-1のMeta Llama 2 Chat 13Bのプロビジョンドスループット（コミットなし）料金はありません。プロビジョンドスループットの料金がある期間: 1か月、6か月。',
    );
  });
});

/** The message of the PricingError a call throws. */
function errorOf(fn: () => unknown): Message {
  try {
    fn();
  } catch (e) {
    if (isPricingError(e)) return e.detail;
    throw e;
  }
  throw new Error('expected an error');
}

describe('Japanese house style (one reading of every template, issue 10 §6)', () => {
  const J = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー]';
  // Written as AWS or the user writes them: a usage type ID, a schedule typed as "平日 9-18", the console's region name.
  const kept = [/使用タイプ \{usagetype\}/g, /「[^」]*」/g];
  const ja = [...templates('ja')].map(([code, text]) => [code, kept.reduce((t, re) => t.replace(re, '「」'), text)] as const);

  test('no space between Japanese and Latin words or numbers, none inside 「」 quoting', () => {
    const spaced = new RegExp(`${J} [A-Za-z0-9{(]|[A-Za-z0-9})] ${J}`, 'u');
    expect(ja.filter(([, t]) => spaced.test(t) || /[^:]\s「|」\s/.test(t)).map(([code]) => code)).toEqual([]);
  });

  test('full-width （）and ？ next to Japanese text', () => {
    const half = new RegExp(`${J}[()?]|[()?]${J}`, 'u');
    expect(ja.filter(([, t]) => half.test(t)).map(([code]) => code)).toEqual([]);
  });

  test('one word per concept: 料金 for a charge (never 価格), 備考 for a note column, 指定された値 for what was given', () => {
    expect(ja.filter(([, t]) => /価格|注記|指定値/.test(t)).map(([code]) => code)).toEqual([]);
  });

  test('one word per concept: ホスティング方法 for a way of hosting a model (never オプション), the same in every table header', () => {
    expect(ja.filter(([, t]) => /オプション/.test(t)).map(([code]) => code)).toEqual([]);
    // The option column of BEDROCK_COMPARE, of BEDROCK_ESTIMATE and of the sidebar's Compare table is one header.
    for (const lang of LANGS) {
      const headers = (['tables.compare-option', 'estimate.header-option', 'sidebar.col-option'] as const).map((code) =>
        word(msg(code), lang),
      );
      expect(new Set(headers).size).toBe(1);
    }
    expect(word(msg('tables.compare-option'), 'ja')).toBe('ホスティング方法');
  });
});
