/**
 * Cells follow the spreadsheet's locale (issue 10, section 2): the built add-on in a vm context with a fake
 * SpreadsheetApp whose spreadsheet is ja_JP or en_US. Errors, statuses, table headers and labels are worded in its
 * language; the locale is read only when text is produced, at most once per call, and never for a number.
 */
import { loadBundle, type Bundle } from '../support/bundle';

/** A SpreadsheetApp that answers one locale and counts how often the spreadsheet is asked for. */
function spreadsheetIn(locale: string) {
  const counter = { reads: 0 };
  const SpreadsheetApp = {
    getActiveSpreadsheet: () => {
      counter.reads++;
      return { getSpreadsheetLocale: () => locale };
    },
  };
  return { SpreadsheetApp, counter };
}

function load(locale: string): { gas: Bundle; counter: { reads: number } } {
  const { SpreadsheetApp, counter } = spreadsheetIn(locale);
  return { gas: loadBundle({ SpreadsheetApp }), counter };
}

/** The #ERROR! text of a call (the message of what it throws). */
function errorOf(gas: Bundle, name: string, ...args: unknown[]): string {
  try {
    gas[name]!(...args);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`${name} did not throw`);
}

const NOVA_LITE_TOKYO = ['BEDROCK_FT_COST', 'Nova Lite', 1000000, 1, 'Tokyo'] as const;

describe('en_US spreadsheet', () => {
  const { gas } = load('en_US');

  test('a model search that matches nothing', () => {
    expect(errorOf(gas, 'BEDROCK_MODELS', 'zzz')).toBe('No model matches "zzz". Leave the arguments blank to list every model.');
  });

  test('an unknown model in a pricing function', () => {
    // Worded by the model lookup (English-only until that lookup moves to the catalogue too).
    expect(errorOf(gas, 'BEDROCK_MODEL_STATUS', 'Nova Lyte')).toMatch(
      /^Unknown model "Nova Lyte"\. Closest known models: .*"Amazon Nova Lite"/,
    );
  });

  test('a missing price: Nova Lite fine-tuning in Tokyo, with the reason from the book and the price-argument hint', () => {
    const m = errorOf(gas, ...NOVA_LITE_TOKYO);
    expect(m).toMatch(
      /^The training price of Amazon Nova Lite in ap-northeast-1 is not in the price book\. AWS does not sell it: Fine-tuning of this model is offered in us-east-1 only, so there is no price in other Regions such as Tokyo \(ap-northeast-1\)\. A custom model can be copied to ap-northeast-1, but no hosting or price exists there\./,
    );
    expect(m).toMatch(/It is priced in: us-east-1\. You can give your own price in the last argument\.$/);
  });

  test('an error in a range names its row', () => {
    expect(errorOf(gas, 'BEDROCK_PT_MONTHLY', [['Llama 2 13B'], ['Llama 2 13B']], 1, [['1m'], ['forever']])).toBe(
      'Row 2 of the range: Unknown term "forever". Use "none" (no commitment, or 0), "1 month" ("1m", 1) or "6 months" ("6m", 6).',
    );
  });

  test('BEDROCK_MODEL_STATUS', () => {
    expect(gas.BEDROCK_MODEL_STATUS!('Llama 3.3 70B')).toBe('Legacy — end of life 2027-03-30');
    expect(gas.BEDROCK_MODEL_STATUS!('Llama 2 13B')).toMatch(/^End of life since \d{4}-\d{2}-\d{2} \(replacement: .+\)$/);
  });

  test('table headers and labels', () => {
    const compare = gas.BEDROCK_COMPARE!('Llama 2 13B') as unknown[][];
    expect(compare[0]).toEqual([
      'Option',
      'Price per MU-hour (USD)',
      'Billed hours',
      'Hosting (USD)',
      'Storage (USD)',
      'Monthly total (USD)',
      'Note',
    ]);
    expect(compare.slice(1).map((r) => r[0])).toEqual(['6-month commitment', '1-month commitment', 'No commitment']);
    const models = gas.BEDROCK_MODELS!('nova 2') as unknown[][];
    expect(models[0]).toEqual(['ID', 'Name', 'Provider', 'What is priced', 'Regions']);
    expect(models[1]![3]).toMatch(/^fine-tuning, /);
    // Llama 2 13B's 1-month rate is its base model's (no custom-model rate listed): 21.18 per MU-hour.
    const [info] = gas.BEDROCK_RATE_INFO!('Llama 2 13B', 'pt', 'us-east-1', '1 month') as unknown[][];
    expect(info!.slice(0, 4)).toEqual([21.18, 'per model unit per hour', 'us-east-1', '1 month (base model rate)']);
    expect(info![5]).toMatch(/^.+ \(\d{4}-\d{2}-\d{2}\) — https:\/\/\S+ \(read from a copy: github\.com\/.+\)$/);
    const [training] = gas.BEDROCK_RATE_INFO!('Nova Micro', 'training') as unknown[][];
    expect(training![5]).toMatch(/^.+ \(\d{4}-\d{2}-\d{2}\) — .+, usage type USE1-NovaMicro-Customization-Training$/);
  });
});

describe('ja_JP spreadsheet', () => {
  const { gas } = load('ja_JP');

  test('a model search that matches nothing', () => {
    expect(errorOf(gas, 'BEDROCK_MODELS', 'zzz')).toBe(
      '「zzz」に一致するモデルはありません。引数を空欄にするとすべてのモデルを一覧表示します。',
    );
  });

  test('a missing price: Nova Lite fine-tuning in Tokyo, with the reason in Japanese and never the English note', () => {
    const m = errorOf(gas, ...NOVA_LITE_TOKYO);
    expect(m).toMatch(/^料金表にap-northeast-1のAmazon Nova Liteの学習料金はありません。AWSでは提供されていません。/);
    expect(m).toMatch(/料金があるリージョン: us-east-1。最終引数に単価を指定することもできます。$/);
    expect(m).not.toContain('fine-tuning is offered');
  });

  test('an error in a range names its row', () => {
    expect(errorOf(gas, 'BEDROCK_PT_MONTHLY', [['Llama 2 13B'], ['Llama 2 13B']], 1, [['1m'], ['forever']])).toBe(
      '範囲の2行目: 期間「forever」は指定できません。「コミットなし」（none、0）、「1か月」（1 month、1m、1）、「6か月」（6 months、6m、6）のいずれかを指定してください。',
    );
  });

  test('an unknown model, alone and in a row of a range, in Japanese with what is accepted', () => {
    const unknown =
      'モデル「Nova Mikro」は見つかりません。近いモデル: 「Amazon Nova Micro」、「Amazon Nova Pro」、「Amazon Nova 2 Pro」。' +
      'BedrockのモデルID・モデル名・別名で指定してください（「=BEDROCK_MODELS()」で一覧できます）。最終引数に単価を指定することもできます。';
    expect(errorOf(gas, 'BEDROCK_FT_COST', 'Nova Mikro', 1000)).toBe(unknown);
    expect(errorOf(gas, 'BEDROCK_FT_COST', [['Nova Lite'], ['Nova Mikro']], 1000)).toBe(`範囲の2行目: ${unknown}`);
    expect(errorOf(gas, 'BEDROCK_MONTHLY_RANGE', [['Nova Lite'], ['Nova Mikro']])).toMatch(
      /^範囲の2行目: モデル「Nova Mikro」は見つかりません。/,
    );
  });

  test('a missing argument says what it takes in Japanese, never in English', () => {
    expect(errorOf(gas, 'BEDROCK_RATE', 'Nova Lite', '')).toBe(
      'itemが指定されていません。「training」「storage」「pt」「pt base」「input」「output」「cmi」「cmi storage」「rft」のいずれかを指定してください。',
    );
    expect(errorOf(gas, 'BEDROCK_CMI_COST', '', 5)).toBe(
      'model_or_cmusが指定されていません。CMU数、または既知のアーキテクチャとサイズを指定してください。',
    );
    for (const [name, ...args] of [
      ['BEDROCK_RATE', '', 'pt'],
      ['BEDROCK_ESTIMATE', ''],
      ['BEDROCK_COMPARE', ''],
      ['BEDROCK_FT_COST', 'Nova Lite', ''],
      ['BEDROCK_ONDEMAND_COST', 'Nova Lite', '', 1],
      ['BEDROCK_RFT_COST', 'Nova 2 Lite', ''],
      ['BEDROCK_CMI_MONTHLY', 2, ''],
      ['BEDROCK_BREAKEVEN_TOKENS', 'Llama 2 13B', ''],
    ] as [string, ...unknown[]][]) {
      const m = errorOf(gas, name, ...args);
      expect([name, m]).toEqual([name, expect.stringMatching(/^[a-z_]+が指定されていません。.+を指定してください。$/)]);
      // Beyond the argument's name, only the names AWS writes in Latin letters (and the example model).
      expect([name, m.replace(/^[a-z_]+/, '').replace(/Bedrock|AWS|ID|CMU|Nova Lite|Llama 2 13B/g, '')]).not.toEqual([
        name,
        expect.stringMatching(/[A-Za-z]{2,}/),
      ]);
    }
  });

  test('a quantity out of range and an invalid date say what they are in Japanese', () => {
    expect(errorOf(gas, 'BEDROCK_COMPARE', 'Llama 2 13B', 1, 25)).toBe(
      'hours_per_dayには0から24までの時間数を指定してください（指定された値: 25）。',
    );
    expect(errorOf(gas, 'BEDROCK_CMI_MONTHLY', 2, 8, 1, 40)).toBe(
      'daysには0から31までの日数（整数）を指定してください（指定された値: 40）。',
    );
    expect(errorOf(gas, 'BEDROCK_ESTIMATE', 'Nova Lite', '', '', '', '', '', new Date(Number.NaN))).toMatch(
      /^monthが有効な日付ではありません。/,
    );
  });

  test('BEDROCK_MODEL_STATUS', () => {
    expect(gas.BEDROCK_MODEL_STATUS!('Llama 3.3 70B')).toBe('レガシー — 2027-03-30に提供終了予定');
    expect(gas.BEDROCK_MODEL_STATUS!('Llama 2 13B')).toMatch(/^\d{4}-\d{2}-\d{2}に提供終了（後継: .+）$/);
  });

  test('table headers and labels', () => {
    const compare = gas.BEDROCK_COMPARE!('Llama 2 13B') as unknown[][];
    expect(compare[0]).toEqual([
      'ホスティング方法',
      'MU・時間あたり単価（USD）',
      '課金時間',
      'ホスティング（USD）',
      '保管料（USD）',
      '月額合計（USD）',
      '備考',
    ]);
    expect(compare.slice(1).map((r) => r[0])).toEqual(['6か月コミット', '1か月コミット', 'コミットなし']);
    // The numbers are the same whatever the language: 13.08 × 720 = 9,417.60 for the 6-month row.
    expect(compare[1]![3]).toBe(9417.6);
    const models = gas.BEDROCK_MODELS!('nova 2') as unknown[][];
    expect(models[0]).toEqual(['ID', 'モデル名', 'プロバイダー', '料金のある項目', 'リージョン']);
    expect(models[1]![3]).toMatch(/^ファインチューニング、/);
    const [info] = gas.BEDROCK_RATE_INFO!('Llama 2 13B', 'pt', 'us-east-1', '1 month') as unknown[][];
    expect(info!.slice(0, 4)).toEqual([21.18, 'MU・時間あたり', 'us-east-1', '1か月（ベースモデルの料金）']);
    expect(info![5]).toMatch(/^.+（\d{4}-\d{2}-\d{2}）— https:\/\/\S+（コピーから取得: github\.com\/.+）$/);
    const [training] = gas.BEDROCK_RATE_INFO!('Nova Micro', 'training') as unknown[][];
    expect(training!.slice(0, 2)).toEqual([0.001, '1,000トークンあたり']);
    expect(training![5]).toMatch(/^.+（\d{4}-\d{2}-\d{2}）— .+、使用タイプ USE1-NovaMicro-Customization-Training$/);
  });

  test('a BEDROCK_COMPARE note for an option without a price is Japanese', () => {
    const rows = gas.BEDROCK_COMPARE!('Nova Micro', 1, 24, 30, 'Tokyo') as unknown[][];
    const note = String(rows[1]![6]);
    expect(note).toMatch(/^ap-northeast-1では料金がありません（AWSでは提供されていません）。/);
    expect(note.replace(/\b[a-z]{2}-[a-z]+-\d\b/g, '')).not.toMatch(/[A-Za-z]{4,}/);
  });
});

describe('the locale is read only for text, at most once per call', () => {
  test('numeric calls with good input never ask the spreadsheet', () => {
    const { gas, counter } = load('ja_JP');
    expect(gas.BEDROCK_FT_COST!('Nova Micro', 10000000, 2)).toBe(20); // 10,000,000 × 2 ÷ 1,000 × 0.001
    expect(gas.BEDROCK_PT_MONTHLY!('Llama 2 13B', 1, '1 month', 744)).toBe(15757.92); // 21.18 × 744
    expect(gas.BEDROCK_PT_MONTHLY!([['Llama 2 13B'], ['Llama 2 70B']], 1, '6m', 730)).toEqual([[9548.4], [9548.4]]); // 13.08 × 730
    expect(gas.BEDROCK_RATE!('Nova Micro', 'training')).toBe(0.001);
    expect(gas.BEDROCK_BREAKEVEN_HOURS!('Llama 2 13B', '1m')).toBeCloseTo(21.6306383, 7); // 24 × 21.18 ÷ 23.5
    expect(gas.BEDROCK_CMI_MONTHLY!('Llama 3.1 8B 128K', 8)).toBe(1650.684);
    expect(counter.reads).toBe(0);
  });

  test('an error, a status and a table each read it once', () => {
    const { gas, counter } = load('ja_JP');
    errorOf(gas, 'BEDROCK_PT_MONTHLY', [['Llama 2 13B'], ['Llama 2 13B']], 1, [['1m'], ['forever']]);
    expect(counter.reads).toBe(1);
    gas.BEDROCK_MODEL_STATUS!([['Llama 3.3 70B'], ['Llama 2 13B'], ['Nova Lite']]);
    expect(counter.reads).toBe(2);
    gas.BEDROCK_COMPARE!('Llama 2 13B');
    expect(counter.reads).toBe(3);
    gas.BEDROCK_RATE_INFO!([['Nova Micro'], ['Nova Lite']], 'training');
    expect(counter.reads).toBe(4);
  });
});
