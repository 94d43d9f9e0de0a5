/**
 * Input discipline (issue 11 §1-3, issue 10 §3): what a numeric argument may be as text, the values that must not
 * pass (negative terms, overflow, bad shares, ambiguous names, JavaScript's built-in names), bounded work, and the
 * Japanese forms accepted. Hand-written cases; test/fuzz/ throws random ones at the built bundle.
 */
import Big from 'big.js';
import { compileBook, BookError } from '../../src/book/compile';
import { catalog, comparisons, quotes, toNumber, decimal } from '../../src/core';
import { cmiWindows } from '../../src/core/billing';
import { parseInputShare } from '../../src/core/compare';
import { readNumberText } from '../../src/core/number-text';
import { closest, excerpt, nameKey, own } from '../../src/core/text';
import { itemFromText, termFromText } from '../../src/core/vocabulary';
import { MAX_TEXT_LENGTH, num, percentOrFraction, share, text, textOrNumber } from '../../src/sheets/cells';
import { readBook } from '../../scripts/lib/book-files';
import { loadBundle } from '../support/bundle';
import { errorMessage } from '../support/messages';

describe('a number typed as text is well formed or refused', () => {
  test.each([
    ['12000', 12000],
    ['12,000', 12000],
    ['1,234,567.5', 1234567.5],
    ['-3', -3],
    ['+5', 5],
    ['$21.18', 21.18],
    ['-$21.18', -21.18],
    ['2.5e6', 2500000],
    ['1E-3', 0.001],
    ['.5', 0.5],
    ['5.', 5],
    ['  7  ', 7],
    // Full-width forms from a Japanese IME: digits, comma, point, minus, plus, and the ideographic space.
    ['１２，０００', 12000],
    ['－３', -3],
    ['＋５', 5],
    ['０．２５', 0.25],
    ['\u3000４２\u3000', 42],
    ['＄２１．１８', 21.18],
    // The minus sign U+2212, as pasted from documents.
    ['\u22123', -3],
  ])('%j is %d', (typed, value) => {
    expect(num(typed, 'x')).toBe(value);
  });

  test.each(['0,5', '1,5', '1,00', '12,00', '1,0000', ',5', '1,,000', '12,000,0'])(
    '%j is refused: commas only between groups of three',
    (typed) => {
      const m = errorMessage(() => num(typed, 'months'));
      expect(m).toBe(
        `months: "${typed}" is not a well-formed number: a decimal takes a point (0.5), not a comma. ` +
          'Write digits with an optional sign and "$", commas only between groups of three digits, one decimal point and an optional exponent: 12000, 12,000.5, -3, $21.18, 2.5e6.',
      );
    },
  );

  test.each(['1 000', '1_000', '--1', '1..2', '1.2.3', '1e', '0x10', '1e5.5', '5-', '12$', '-.5.', 'e5'])(
    '%j is refused as malformed',
    (typed) => {
      expect(errorMessage(() => num(typed, 'hours'))).toMatch(/^hours: ".*" is not a well-formed number\. Write digits/);
    },
  );

  test('words with no digits say that a number belongs here; "NaN" and "Infinity" typed as text are words', () => {
    expect(errorMessage(() => num('lots', 'training_tokens'))).toBe('training_tokens must be a number; got "lots".');
    expect(errorMessage(() => num('Infinity', 'hours'))).toBe('hours must be a number; got "Infinity".');
    expect(errorMessage(() => num('NaN', 'hours'))).toBe('hours must be a number; got "NaN".');
    for (const typed of ['$', '.', '-', '+'])
      expect(errorMessage(() => num(typed, 'hours'))).toBe(`hours must be a number; got "${typed}".`);
  });

  test('a text number beyond the largest double is too large, not Infinity', () => {
    expect(errorMessage(() => num('1e400', 'hours'))).toBe('hours: "1e400" is too large to be a number.');
    expect(readNumberText('-1e400')).toEqual({ ok: false, problem: 'too-large' });
  });

  test('numbers that are not finite, booleans, dates and ranges are refused in words', () => {
    expect(errorMessage(() => num(NaN, 'hours'))).toBe('hours must be a number; got a value that is not a finite number.');
    expect(errorMessage(() => num(-Infinity, 'hours'))).toBe('hours must be a number; got a value that is not a finite number.');
    expect(errorMessage(() => num(true, 'model_units'))).toBe('model_units must be a number; got TRUE.');
    expect(errorMessage(() => num(new Date(2026, 0, 1), 'hours'))).toBe('hours must be a number; got a date.');
    expect(errorMessage(() => num({}, 'hours'))).toBe('hours must be a number; got a value of another kind.');
    expect(errorMessage(() => text([['a']], 'model'))).toBe('model must be text; got a range.');
  });

  test('the refusal is worded in Japanese for a Japanese spreadsheet', () => {
    expect(errorMessage(() => num('0,5', 'months'), 'ja')).toMatch(
      /^months: 「0,5」は正しい数値の形式ではありません。小数にはカンマではなく小数点を使ってください（0\.5）。数字に/,
    );
    expect(errorMessage(() => num('たくさん', 'months'), 'ja')).toBe('monthsには数値を指定してください（指定された値: 「たくさん」）。');
    expect(errorMessage(() => num(NaN, 'hours'), 'ja')).toBe('hoursには数値を指定してください（指定された値: 有限の数値ではない値）。');
  });

  test('whole-number arguments refuse fractions: model units, copies, epochs, CMU counts', () => {
    expect(errorMessage(() => quotes.provisionedThroughput({ model: 'Llama 2 13B', modelUnits: 1.5 }))).toBe(
      'model_units must be a whole number of 1 or more; got 1.5.',
    );
    expect(errorMessage(() => quotes.cmiInference({ modelOrCmus: 2, minutes: 5, copies: 2.5 }))).toBe(
      'copies must be a whole number of 1 or more; got 2.5.',
    );
    expect(errorMessage(() => quotes.fineTuning({ model: 'Nova Micro', tokens: 1000, epochs: 1.5 }))).toBe(
      'epochs must be a whole number of 1 or more; got 1.5.',
    );
    expect(errorMessage(() => quotes.cmiStorage({ modelOrCmus: 2.5 }))).toBe(
      'model_or_cmus (a CMU count) must be a whole number of 1 or more; got 2.5.',
    );
    // Nova Micro 0.001 per 1K tokens: 1,000,000 tokens × 2 epochs ÷ 1,000 × 0.001 = 2.
    expect(
      toNumber(quotes.fineTuning({ model: 'Nova Micro', tokens: num('1,000,000', 'training_tokens'), epochs: num('２', 'epochs') }).total),
    ).toBe(2);
  });

  test('text or number: number-shaped text is read as a number by the same rules, other text stays text', () => {
    expect(textOrNumber('２', 'model_or_cmus')).toBe(2);
    expect(textOrNumber(' 6 ', 'term')).toBe(6);
    expect(textOrNumber('gpt-oss:8', 'model_or_cmus')).toBe('gpt-oss:8');
    expect(textOrNumber('75%', 'input_share')).toBe('75%');
    expect(errorMessage(() => textOrNumber('1,5', 'model_or_cmus'))).toMatch(/^model_or_cmus: "1,5" is not a well-formed number/);
  });
});

describe('shares and rates', () => {
  test.each([
    [0.08, 0.08],
    ['0.08', 0.08],
    ['8%', 0.08],
    ['８％', 0.08],
    ['7.5 %', 0.075],
    ['１０％', 0.1],
    ['150%', 1.5],
  ])('percentOrFraction(%j) is %d', (typed, value) => {
    expect(percentOrFraction(typed, 'tax_rate')).toBe(value);
  });

  test('share() is a fraction of a whole: 0 to 1', () => {
    expect(share('75%', 'input_share')).toBe(0.75);
    expect(share(1, 'input_share')).toBe(1);
    expect(errorMessage(() => share('150%', 'input_share'))).toBe(
      'input_share must be a share from 0 to 1 (0.75) or a percentage ("75%"); got "150%".',
    );
    expect(errorMessage(() => share(8, 'tax_rate'))).toBe('tax_rate must be a share from 0 to 1 (0.75) or a percentage ("75%"); got 8.');
    expect(errorMessage(() => share('x%', 'tax_rate'))).toBe('tax_rate must be a number; got "x".');
  });

  test('the input share of a break-even: ratios, percentages and numbers, full-width too; NaN, infinities and empty text in words', () => {
    expect(parseInputShare('３：１').toString()).toBe('0.75');
    expect(parseInputShare('５０％').toString()).toBe('0.5');
    expect(parseInputShare('0.25').toString()).toBe('0.25');
    const refusal = (got: string) =>
      `input_share must be the share of input tokens from 0 to 1 (0.75), a percentage ("75%") or an input:output ratio ("3:1"); got ${got}.`;
    expect(errorMessage(() => parseInputShare(NaN))).toBe(refusal('a value that is not a finite number'));
    expect(errorMessage(() => parseInputShare(Infinity))).toBe(refusal('a value that is not a finite number'));
    expect(errorMessage(() => parseInputShare(-Infinity))).toBe(refusal('a value that is not a finite number'));
    expect(errorMessage(() => parseInputShare(''))).toBe(refusal('""'));
    expect(errorMessage(() => parseInputShare('   '))).toBe(refusal('""'));
    expect(errorMessage(() => parseInputShare('1,5'))).toMatch(/^input_share: "1,5" is not a well-formed number/);
    expect(errorMessage(() => parseInputShare('x'.repeat(500)))).toBe(refusal(`"${'x'.repeat(39)}…"`));
  });
});

describe('values that must not pass', () => {
  test.each(['-6', '-1', '-0', '－６', '\u22126', '-6 months', '-1m', '6.5', '1,5', '1e400'])('term %j is not a term', (typed) => {
    expect(termFromText(typed)).toBeUndefined();
  });

  test.each([
    [-1, /^Unknown term "-1"/],
    [-6, /^Unknown term "-6"/],
  ])('term %d is an unknown term, not the positive one', (typed, message) => {
    expect(errorMessage(() => catalog.term(typed, '1m'))).toMatch(message);
  });

  test.each([
    ['6', '6m'],
    ['６', '6m'],
    ['6.0', '6m'],
    ['0', 'none'],
    ['1', '1m'],
    ['６か月', '6m'],
    ['1-month', '1m'],
  ])('term %j → %s', (typed, term) => {
    expect(termFromText(typed)).toBe(term);
  });

  test('a result beyond the largest double is too large, never Infinity', () => {
    expect(errorMessage(() => toNumber(new Big('1e309')))).toBe('The input is too large: the result does not fit in a number.');
    // 1e308 hours × 1e308 USD per MU-hour is 1e616.
    expect(errorMessage(() => toNumber(quotes.provisionedThroughput({ model: 'Llama 2 13B', hours: 1e308, price: 1e308 }).total))).toMatch(
      /too large/,
    );
    expect(errorMessage(() => toNumber(new Big('1e309')), 'ja')).toBe('入力値が大きすぎます。結果を数値で表せません。');
  });

  test('any active time above zero bills one whole 5-minute window, however small', () => {
    expect(cmiWindows(decimal(1e-300)).toString()).toBe('1');
    expect(cmiWindows(decimal(5e-324)).toString()).toBe('1');
    expect(cmiWindows(decimal('5.000000000000000000000000000000000001')).toString()).toBe('2');
    expect(cmiWindows(decimal(0)).toString()).toBe('0');
    // 1 window × 5 min × 2 CMU × 1 copy × 0.05718 = 0.5718.
    expect(toNumber(quotes.cmiInference({ modelOrCmus: 2, minutes: 1e-300 }).total)).toBe(0.5718);
  });

  test('an ambiguous region is asked about, with every region it could mean', () => {
    expect(errorMessage(() => catalog.region('US East'))).toBe(
      '"US East" names several regions: "us-east-1", "us-east-2". Say which one by its code.',
    );
    expect(errorMessage(() => catalog.region('us west'))).toBe(
      '"us west" names several regions: "us-west-1", "us-west-2". Say which one by its code.',
    );
    expect(errorMessage(() => catalog.region('US East'), 'ja')).toBe(
      '「US East」に当てはまるリージョンが複数あります: 「us-east-1」、「us-east-2」。リージョンコードでどれか1つを指定してください。',
    );
    expect(errorMessage(() => catalog.region('米国東部'))).toMatch(/"us-east-1", "us-east-2"/);
    expect(errorMessage(() => catalog.region('Asia Pacific'))).toMatch(
      /^"Asia Pacific" names several regions: "ap-northeast-1", .*"ap-southeast-3"\./,
    );
    expect(errorMessage(() => catalog.region('EU'))).toMatch(/^"EU" names several regions: "eu-central-1", .*"eu-west-3"\./);
    expect(errorMessage(() => catalog.region('Europe'))).toMatch(
      /"eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3"/,
    );
    expect(errorMessage(() => catalog.region('アジアパシフィック'))).toMatch(/several regions/);
    expect(errorMessage(() => catalog.region('ap-northeast'))).toBe(
      '"ap-northeast" names several regions: "ap-northeast-1", "ap-northeast-2", "ap-northeast-3". Say which one by its code.',
    );
    // A region's own full name is never ambiguous.
    expect(catalog.region('US East (Ohio)')).toBe('us-east-2');
    expect(catalog.region('EU (Frankfurt)')).toBe('eu-central-1');
  });

  test('an ambiguous model name is asked about, even when a price is given', () => {
    expect(errorMessage(() => catalog.model('Llama 3'))).toBe(
      '"Llama 3" names several models: "Meta Llama 3.1 8B Instruct", "Meta Llama 3.1 70B Instruct", "Meta Llama 3.2 1B Instruct", ' +
        '"Meta Llama 3.2 3B Instruct", "Meta Llama 3.2 11B Instruct", "Meta Llama 3.2 90B Instruct", "Meta Llama 3.3 70B Instruct". Say which one by its ID or full name.',
    );
    expect(errorMessage(() => catalog.model('Amazon'))).toMatch(
      /^"Amazon" names several models: (".*", ){7}".*" and 7 more\. Say which one/,
    );
    expect(errorMessage(() => quotes.storage({ model: 'Titan Text', price: 2 }))).toMatch(
      /^"Titan Text" names several models: "Amazon Titan Text G1 - Lite"/,
    );
    expect(errorMessage(() => catalog.model('Claude 3'))).toMatch(
      /"Anthropic Claude 3 Haiku", "Anthropic Claude 3 Sonnet", "Anthropic Claude 3.5 Sonnet"/,
    );
    // An exact name or alias wins over a longer name that starts with it.
    expect(catalog.model('Nova Lite').id).toBe('amazon.nova-lite-v1:0');
    // Words that begin one model's name only are not made an alias of it: unknown, with that model suggested first.
    expect(errorMessage(() => catalog.model('Llama 3.3'))).toMatch(
      /^Unknown model "Llama 3.3"\. Closest known models: "Meta Llama 3.3 70B Instruct"/,
    );
  });

  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'])(
    '%j reaches no built-in: unknown model, region, item, term and CMI name, and an own price still needs a real region',
    (name) => {
      expect(errorMessage(() => catalog.model(name))).toMatch(/^Unknown model /);
      expect(catalog.findModel(name)).toBeUndefined();
      expect(errorMessage(() => catalog.region(name))).toMatch(/^Unknown region /);
      expect(itemFromText(name)).toBeUndefined();
      expect(termFromText(name)).toBeUndefined();
      expect(errorMessage(() => quotes.cmiInference({ modelOrCmus: name, minutes: 5 }))).toMatch(/^Unknown Custom Model Import model /);
      expect(errorMessage(() => quotes.storage({ model: 'Nova Lite', region: name, price: 2 }))).toMatch(/^Unknown region /);
      // A model the book does not know, with its own price: 2 USD × 3 months.
      expect(toNumber(quotes.storage({ model: name, months: 3, price: 2 }).total)).toBe(6);
      expect(own({ a: 1 }, name)).toBeUndefined();
      // The price tree, at every level.
      expect(catalog.row(name, 'storage', 'us-east-1')).toBeUndefined();
      expect(catalog.row('amazon.nova-lite-v1:0', name as 'storage', 'us-east-1')).toBeUndefined();
      expect(catalog.row('amazon.nova-lite-v1:0', 'storage', name)).toBeUndefined();
      expect(catalog.row('meta.llama2-13b-v1', 'pt', 'us-east-1', name as '1m', 'custom')).toBeUndefined();
      expect(catalog.pricedRegions(name, 'storage')).toEqual([]);
      expect(catalog.regionsFor({ subject: name, item: 'storage' })).toEqual([]);
    },
  );
});

describe('bounded work', () => {
  test('text arguments are capped, and the refusal repeats only a short excerpt', () => {
    const long = 'Nova Micro '.repeat(2000);
    const m = errorMessage(() => text(long, 'model'));
    expect(m).toBe(
      `model is too long (${long.trim().length} characters; at most ${MAX_TEXT_LENGTH}): "${'Nova Micro '.repeat(4).slice(0, 39)}…".`,
    );
    expect(text('x'.repeat(MAX_TEXT_LENGTH), 'model')).toHaveLength(MAX_TEXT_LENGTH);
    expect(errorMessage(() => num('9'.repeat(5000), 'hours'))).toMatch(/^hours is too long \(5000 characters; at most 200\): "9{39}…"\.$/);
  });

  test('an unknown name echoes an excerpt, and the closest-name search compares only the first 64 characters', () => {
    const typed = `zzz${'q'.repeat(150)}`;
    expect(errorMessage(() => catalog.model(typed))).toMatch(/^Unknown model "zzzq{36}…"\. Closest known models:/);
    const keys = Object.entries(catalog.book.modelNames).map(([key, i]) => ({ key, label: catalog.book.models[i]!.name }));
    // 100,000 characters are searched as their first 64: the same answer, in the same order.
    expect(closest('nova mikro'.padEnd(100_000, 'x'), keys)).toEqual(closest('nova mikro'.padEnd(64, 'x'), keys));
    // The bounded search gives what comparing every candidate in full gave (the algorithm before the bound).
    const unbounded = (typed: string): string[] => {
      const t = nameKey(typed);
      const distance = (a: string, b: string): number => {
        const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
        for (let j = 1; j <= b.length; j++) d[0]![j] = j;
        for (let i = 1; i <= a.length; i++)
          for (let j = 1; j <= b.length; j++)
            d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        return d[a.length]![b.length]!;
      };
      const scored = keys.map((c) => ({
        label: c.label,
        score:
          (t.length > 0 && (c.key.includes(t) || t.includes(c.key)) ? 0 : 1) + distance(t, c.key) / Math.max(t.length, c.key.length, 1),
      }));
      scored.sort((a, b) => a.score - b.score);
      return [...new Set(scored.map((s) => s.label))].slice(0, 3);
    };
    for (const typed of [
      'Nova Mikro',
      'Lama 3.3 70',
      'titan',
      'claud 3 haiku',
      'x',
      '',
      'llama2-13',
      'cohere embed englsh',
      'GPT-9',
      '東京',
    ])
      expect([typed, closest(typed, keys)]).toEqual([typed, unbounded(typed)]);
    expect(excerpt('東京'.repeat(100))).toBe(`${'東京'.repeat(19)}東…`);
  });

  test('the break-even unit count is exact beyond 2^53, and refused as too large where it cannot be said', () => {
    const at = (tpm: number) => comparisons.breakEvenTokens({ model: 'Nova Micro', tokensPerMinutePerUnit: tpm });
    // Nova Micro, 1 month: P = 55 USD per MU-hour; blended = 0.75 × 0.000035/1K + 0.25 × 0.00014/1K = 6.125e-8 USD a
    // token; PT can win above P ÷ (60 × 6.125e-8) = 14,965,986.3945578231… tokens a minute. Just above it, one unit's
    // margin is tiny and the break-even needs a huge number of units (the old loop never ended past 2^53).
    expect(at(1e6).minTokensPerMinute.toString()).toBe('14965986.394557823129251700680272108844');
    expect(errorMessage(() => at(14965986.394557824))).toBe(
      'The input is too large: the break-even would need more than 9007199254740991 model units.',
    );
    const b = at(14965986.394557826);
    const full = b.capacityPerUnit.times(b.blendedPerToken);
    const margin = full.minus(b.unitMonthly);
    // n is the largest whole number with n × margin < one full unit on demand, checked in exact decimals.
    expect(margin.times(b.units!).lt(full)).toBe(true);
    expect(margin.times(b.units! + 1).gte(full)).toBe(true);
    expect(b.units).toBe(5213270142180095);
  });
});

describe('Japanese input', () => {
  test.each([
    ['東京', 'ap-northeast-1'],
    ['大阪', 'ap-northeast-3'],
    ['バージニア北部', 'us-east-1'],
    ['北バージニア', 'us-east-1'],
    ['オハイオ', 'us-east-2'],
    ['オレゴン', 'us-west-2'],
    ['北カリフォルニア', 'us-west-1'],
    ['フランクフルト', 'eu-central-1'],
    ['シンガポール', 'ap-southeast-1'],
    ['ソウル', 'ap-northeast-2'],
    ['シドニー', 'ap-southeast-2'],
    ['ムンバイ', 'ap-south-1'],
    ['ジャカルタ', 'ap-southeast-3'],
    ['アイルランド', 'eu-west-1'],
    ['ロンドン', 'eu-west-2'],
    ['パリ', 'eu-west-3'],
    ['ストックホルム', 'eu-north-1'],
    ['ミラノ', 'eu-south-1'],
    ['チューリッヒ', 'eu-central-2'],
    ['サンパウロ', 'sa-east-1'],
    ['カナダ中部', 'ca-central-1'],
    ['アラブ首長国連邦', 'me-central-1'],
    ['バーレーン', 'me-south-1'],
    ['アジアパシフィック (東京)', 'ap-northeast-1'],
    ['アジアパシフィック（東京）', 'ap-northeast-1'],
    ['東京リージョン', 'ap-northeast-1'],
    ['Tokyo region', 'ap-northeast-1'],
    ['ＡＰ－ＮＯＲＴＨＥＡＳＴ－１', 'ap-northeast-1'],
  ])('region %s → %s', (typed, code) => {
    expect(catalog.region(typed)).toBe(code);
  });

  test.each([
    ['ｌｌａｍａ　３．１　８Ｂ', 'meta.llama3-1-8b-instruct-v1:0'],
    ['Nova\u3000Lite', 'amazon.nova-lite-v1:0'],
    ['ＮＯＶＡ ＭＩＣＲＯ', 'amazon.nova-micro-v1:0'],
    ['Ｌｌａｍａ２　１３Ｂ', 'meta.llama2-13b-v1'],
    ['  nova　2　lite  ', 'amazon.nova-2-lite-v1:0'],
  ])('model %j → %s', (typed, id) => {
    expect(catalog.model(typed).id).toBe(id);
  });

  test('an unknown Japanese name is worded in Japanese, quoting what was typed', () => {
    expect(errorMessage(() => catalog.region('名古屋'), 'ja')).toMatch(/^リージョン「名古屋」は見つかりません。近いリージョン: /);
    expect(nameKey('ｌｌａｍａ　３．１　８Ｂ')).toBe('llama318b');
  });
});

describe('the build finds ambiguous names', () => {
  const raw = readBook();

  test("a region alias that also begins another region's name is refused as a guess", () => {
    const guessing = {
      ...raw,
      regions: raw.regions.map((r) => (r.code === 'us-east-1' ? { ...r, aliases: [...(r.aliases ?? []), 'us east'] } : r)),
    };
    expect(() => compileBook(guessing)).toThrow(BookError);
    expect(() => compileBook(guessing)).toThrow(/region name key "useast" of us-east-1 also names us-east-2/);
  });

  test('every ambiguous key of the shipped book is asked about with all its candidates, and none is also a name', () => {
    const { ambiguousRegions, ambiguousModels, regionNames, modelNames, models } = catalog.book;
    expect(Object.keys(ambiguousRegions).length).toBeGreaterThan(10);
    for (const [key, codes] of Object.entries(ambiguousRegions)) {
      expect([key, codes.length >= 2, own(regionNames, key)]).toEqual([key, true, undefined]);
      expect(errorMessage(() => catalog.region(key))).toBe(
        `"${key}" names several regions: ${codes.map((c) => `"${c}"`).join(', ')}. Say which one by its code.`,
      );
    }
    for (const [key, owners] of Object.entries(ambiguousModels)) {
      expect([key, owners.length >= 2, own(modelNames, key)]).toEqual([key, true, undefined]);
      const m = errorMessage(() => catalog.model(key));
      for (const i of owners.slice(0, 8)) expect(m).toContain(`"${models[i]!.name}"`);
    }
  });

  test("a short form shared by two models is ambiguous, not the first one's", () => {
    const clone = raw.models.find((m) => m.id === 'amazon.nova-micro-v1:0')!;
    const twin = {
      ...clone,
      id: 'meta.nova-micro-twin',
      name: 'Meta Nova Micro',
      aliases: [],
      priceListSegments: [],
      marketplaceServiceNames: [],
    };
    const compiled = compileBook({ ...raw, models: [...raw.models, twin] });
    // "Nova Micro" is an alias of Amazon's; the twin's short form "Nova Micro" does not take it over.
    expect(compiled.models[compiled.modelNames[nameKey('Nova Micro')]!]!.id).toBe('amazon.nova-micro-v1:0');
    expect(compiled.ambiguousModels[nameKey('Nova')]).toContain(compiled.models.length - 1);
  });
});

describe('a message never echoes more than a short excerpt of the input (issue 11 §3)', () => {
  // 200 characters: the most a cell's text argument may hold (MAX_TEXT_LENGTH), so it reaches the core unrefused.
  const long = 'q'.repeat(MAX_TEXT_LENGTH);
  const longestRun = (m: string) => Math.max(0, ...(m.match(/q+/g) ?? []).map((r) => r.length));

  test.each([
    ['unknown term', () => quotes.rate({ model: 'Nova Lite', item: 'pt', term: long })],
    ['unknown item', () => quotes.rate({ model: 'Nova Lite', item: long })],
    ['unknown Custom Model Import model', () => quotes.cmiInference({ modelOrCmus: long, minutes: 5 })],
  ])('%s: at most 40 characters of a 200-character argument', (_, call) => {
    for (const lang of ['en', 'ja'] as const) {
      const m = errorMessage(call, lang);
      expect(longestRun(m)).toBeGreaterThan(0);
      expect(longestRun(m)).toBeLessThanOrEqual(40);
    }
  });

  test('every cell function, every argument: a 200-character text is echoed as at most 40 characters', () => {
    const gas = loadBundle();
    const fns = Object.keys(gas).filter((k) => k.startsWith('BEDROCK_'));
    // Valid values elsewhere, so the long text is the one thing wrong (or the only thing a message can repeat).
    const fill = ['Nova Lite', 1, 1, 1, 'us-east-1', 1, 1];
    let echoed = 0;
    for (const name of fns) {
      const arity = (gas[name] as (...a: unknown[]) => unknown).length;
      for (let at = 0; at < arity; at++) {
        const args = fill.slice(0, arity).map((v, i) => (i === at ? long : v));
        let out: string;
        try {
          out = JSON.stringify(gas[name]!(...args));
        } catch (e) {
          out = (e as Error).message;
        }
        if (/q/.test(out)) echoed++;
        expect([name, at, longestRun(out)]).toEqual([name, at, Math.min(longestRun(out), 40)]);
      }
    }
    expect(echoed).toBeGreaterThan(20); // the excerpts are there, only short
  });
});
