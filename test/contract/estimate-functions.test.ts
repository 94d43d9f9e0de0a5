/**
 * BEDROCK_ESTIMATE and BEDROCK_MONTHLY_RANGE in the built add-on (dist/ in a node:vm context, as Apps Script loads
 * it), called four ways: single values, ranges where they make sense, blanks, and bad input. Figures are worked out
 * by hand from rates/prices.json (see test/unit/estimate.test.ts and docs/estimate.md for the arithmetic).
 */
import { loadBundle, type Bundle } from '../support/bundle';
import { errorMessage } from '../support/messages';

const HEADER = ['Option', 'Region', 'Billed', 'Hosting (USD)', 'Storage (USD)', 'Monthly total (USD)', 'Note'];

let gas: Bundle;
let ja: Bundle;
beforeAll(() => {
  gas = loadBundle();
  ja = loadBundle({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'ja_JP' }) } });
});

const estimate = (...args: unknown[]) => gas.BEDROCK_ESTIMATE!(...args) as unknown[][];
const range = (...args: unknown[]) => gas.BEDROCK_MONTHLY_RANGE!(...args) as unknown[][];

describe('BEDROCK_ESTIMATE', () => {
  test('single values: the Tokyo Nova Lite journey, every option priced in us-east-1, cheapest first', () => {
    const t = estimate('Nova Lite', 'Tokyo', 50000000, 10000000, 'weekdays 9-18');
    expect(t[0]).toEqual(HEADER);
    expect(t.slice(1).map((r) => r.slice(0, 6))).toEqual([
      // 50,000 × 0.00006 + 10,000 × 0.00024 = 5.40; + 1.95
      ['On-demand', 'us-east-1', '50,000,000 input + 10,000,000 output tokens', 5.4, 1.95, 7.35],
      // 60.5 × 9 × 730 × 5 ÷ 168
      ['No commitment', 'us-east-1', '9 h × 21.73 days = 195.54 h × 1 MU', 11829.910714285714, 1.95, 11831.860714285714],
      ['6-month commitment', 'us-east-1', '730 h × 1 MU', 22082.5, 1.95, 22084.45], // 30.25 × 730
      ['1-month commitment', 'us-east-1', '730 h × 1 MU', 40150, 1.95, 40151.95], // 55 × 730
      ['Custom Model Import', '', '', '', '', ''],
    ]);
    expect(t[1]![6]).toMatch(/^Not offered in ap-northeast-1; priced in us-east-1, the nearest region where it is sold/);
  });

  test('the seed Llama 2 13B in December 2026 (744 h): the 1-month term is 15,757.92 + 1.95', () => {
    const t = estimate('Llama 2 13B', '', '', '', '', '', '2026-12');
    expect(t.find((r) => r[0] === '1-month commitment')!.slice(3, 6)).toEqual([15757.92, 1.95, 15759.87]);
    // A date cell in the month is the same month.
    expect(estimate('Llama 2 13B', '', '', '', '', '', new Date(2026, 11, 5))).toEqual(t);
  });

  test('blanks: every optional argument blank is the 24/7 average month in us-east-1 with 1 MU', () => {
    const blank = estimate('Llama 2 13B', '', '', '', '', '', '');
    expect(blank).toEqual(estimate('Llama 2 13B'));
    expect(blank.slice(1, 4).map((r) => [r[0], r[5]])).toEqual([
      ['6-month commitment', 9550.35], // 13.08 × 730 + 1.95
      ['1-month commitment', 15463.35], // 21.18 × 730 + 1.95
      ['No commitment', 17156.95], // 23.5 × 730 + 1.95
    ]);
    // No tokens: on-demand has no total and asks for tokens (here: the model has no on-demand price at all).
    expect(blank[4]!.slice(0, 6)).toEqual(['On-demand', '', '', '', '', '']);
  });

  test('Llama 3.1 8B fine-tuned against the same weights imported (2 CMUs)', () => {
    const t = estimate('Llama 3.1 8B');
    // 8,760 windows × 5 × 2 × 0.05718 = 5,008.968; + 2 × 1.95
    // No region given: us-west-2, the one region where Llama 3.1 8B is hosted.
    expect(t[1]!.slice(0, 6)).toEqual([
      'Custom Model Import',
      'us-west-2',
      '8,760 windows × 5 min × 2 CMU × 1 (copies)',
      5008.968,
      3.9,
      5012.868,
    ]);
    expect(t[2]!.slice(0, 6)).toEqual(['6-month commitment', 'us-west-2', '730 h × 1 MU', 9548.4, 1.95, 9550.35]);
    // Given as its CMU size, in us-east-1 (the default): the same figure.
    expect(estimate('Llama 3.1 8B 128K')[1]!.slice(0, 6)).toEqual(['Custom Model Import', 'us-east-1', ...t[1]!.slice(2, 6)]);
  });

  test('ranges: a one-cell range is its value; a taller range is refused (the result is a whole table)', () => {
    expect(estimate([['Llama 2 13B']])).toEqual(estimate('Llama 2 13B'));
    expect(errorMessage(() => estimate([['Llama 2 13B'], ['Nova Lite']]))).toBe(
      'BEDROCK_ESTIMATE returns a whole table, so it takes single values, not ranges.',
    );
  });

  test('bad input: a schedule, a month, a model, a checkbox', () => {
    expect(errorMessage(() => estimate('Nova Lite', '', '', '', 'nights'))).toMatch(/^schedule "nights" is not a schedule\. Use "24\/7"/);
    expect(errorMessage(() => estimate('Nova Lite', '', '', '', '', '', '2026-13'))).toMatch(/^month "2026-13" is not a month/);
    expect(errorMessage(() => estimate('Nova Lyte'))).toMatch(/^Unknown model "Nova Lyte"\. Closest known models: "Amazon Nova Lite"/);
    expect(errorMessage(() => estimate('Nova Lite', '', true))).toMatch(/^input_tokens must be a number; got TRUE\.$/);
    expect(errorMessage(() => estimate(''))).toMatch(/^model is missing/);
    // A typed 9-18 that Sheets turned into a date is explained, not read back as some schedule.
    expect(errorMessage(() => estimate('Nova Lite', '', '', '', new Date(2026, 8, 18)))).toMatch(
      /^schedule is a date: Sheets read what was typed/,
    );
  });

  test('in a Japanese spreadsheet the header, labels, billed text and notes are Japanese', () => {
    const t = ja.BEDROCK_ESTIMATE!('Nova Lite', 'Tokyo', 50000000, 10000000, '平日 9-18') as unknown[][];
    expect(t[0]).toEqual(['ホスティング方法', 'リージョン', '課金対象', 'ホスティング（USD）', '保管料（USD）', '月額合計（USD）', '備考']);
    expect(t[1]!.slice(0, 3)).toEqual(['オンデマンド', 'us-east-1', '入力50,000,000トークン + 出力10,000,000トークン']);
    expect(t[1]![6]).toMatch(/^ap-northeast-1では提供されていません。/);
    expect(errorMessage(() => ja.BEDROCK_ESTIMATE!('Nova Lite', '', '', '', 'nights'))).toMatch(
      /^schedule「nights」は稼働スケジュールとして読めません/,
    );
  });
});

test('BEDROCK_ESTIMATE states a caveated price in the Note of the row that uses it (issue 13 §2)', () => {
  const t = estimate('base:Titan Image Generator G1 v2', 'us-east-1');
  const none = t.find((r) => r[0] === 'No commitment')!;
  expect(none.slice(1, 6)).toEqual(['us-east-1', '730 h × 1 MU', 17082, 0, 17082]); // 23.40 × 730
  expect(none[6]).toBe(
    "Base-model hosting: no custom-model storage. Caveat: AWS's Provisioned Throughput page says this base model has no no-commitment purchase; the Price List still lists this rate.",
  );
  // The committed rows use uncaveated prices: their note has no caveat.
  expect(t.find((r) => r[0] === '6-month commitment')![6]).toBe('Base-model hosting: no custom-model storage.');
  const jt = ja.BEDROCK_ESTIMATE!('Titan Embeddings G1 Text', 'eu-west-2') as unknown[][];
  expect(jt.find((r) => r[0] === 'コミットなし')![6]).toMatch(/注意: sa-east-1の単価と入れ替わっている可能性があります。/);
  expect(jt.find((r) => r[0] === '1か月コミット')![6]).not.toMatch(/注意/);
});

describe('BEDROCK_MONTHLY_RANGE', () => {
  test('single values: one row, low, high and the options named', () => {
    expect(range('Nova Lite', 'Tokyo', 50000000, 10000000, 'weekdays 9-18')).toEqual([
      [7.35, 40151.95, 'Cheapest: On-demand (us-east-1). Dearest: 1-month commitment (us-east-1).'],
    ]);
    expect(range('Llama 3.1 8B')).toEqual([
      [5012.868, 17521.95, 'Cheapest: Custom Model Import (us-west-2). Dearest: No commitment (us-west-2).'],
    ]);
    expect(range('Llama 3.1 8B 128K')).toEqual([[5012.868, 5012.868, 'Only Custom Model Import is priced (us-east-1).']]);
  });

  test('a column of models gives one row each, and a blank row a blank row', () => {
    expect(range([['Llama 2 13B'], [''], ['Llama 3.1 8B 128K']])).toEqual([
      [9550.35, 17156.95, 'Cheapest: 6-month commitment (us-east-1). Dearest: No commitment (us-east-1).'],
      ['', '', ''],
      [5012.868, 5012.868, 'Only Custom Model Import is priced (us-east-1).'],
    ]);
    // A column of months next to one model.
    expect(range('Llama 2 13B', '', '', '', '', '', [['2026-12'], ['2026-02']]).map((r) => r[0])).toEqual([
      9733.47, // 13.08 × 744 + 1.95
      8791.71, // 13.08 × 672 + 1.95
    ]);
  });

  test('blanks: optional arguments blank are the defaults', () => {
    expect(range('Llama 2 13B', '', '', '', '', '', '')).toEqual(range('Llama 2 13B'));
  });

  test('a caveated price that is the cheapest or dearest is stated (issue 13 §2), in each language', () => {
    // base Titan Image Generator G1 v2, us-east-1, 730 h: 6 months 13 × 730 = 9,490; no commitment 23.40 × 730 = 17,082,
    // a rate AWS's Provisioned Throughput page says is not sold.
    const [[low, high, text]] = range('base:Titan Image Generator G1 v2', 'us-east-1') as [[number, number, string]];
    expect([low, high]).toEqual([9490, 17082]);
    expect(text).toBe(
      'Cheapest: 6-month commitment (us-east-1). Dearest: No commitment (us-east-1). No commitment: Caveat: ' +
        "AWS's Provisioned Throughput page says this base model has no no-commitment purchase; the Price List still lists this rate.",
    );
    // base Titan Embeddings G1 Text, eu-west-2: no commitment 10.8082 × 730 = 7,889.986 is the dearest, and looks swapped.
    const [[, jaHigh, jaText]] = ja.BEDROCK_MONTHLY_RANGE!('base:Titan Embeddings G1 Text', 'eu-west-2') as [[number, number, string]];
    expect(jaHigh).toBe(7889.986);
    expect(jaText).toMatch(
      /^最安: 6か月コミット（eu-west-2）。最高: コミットなし（eu-west-2）。コミットなしの注意: sa-east-1の単価と入れ替わっている可能性があります。/,
    );
    // Nothing caveated, nothing added.
    expect(range('Llama 2 13B')[0]![2]).toBe('Cheapest: 6-month commitment (us-east-1). Dearest: No commitment (us-east-1).');
  });

  test('bad input: the row of a range is named; wide ranges and nothing priced are errors', () => {
    expect(errorMessage(() => range([['Llama 2 13B'], ['Nova Lyte']]))).toMatch(/^Row 2 of the range: Unknown model "Nova Lyte"/);
    expect(errorMessage(() => range([['Llama 2 13B', 'Nova Lite']]))).toMatch(/takes single values, or columns of the same height/);
    expect(errorMessage(() => range('Nova Lite', '', '', '', 'weekdays 9-25'))).toMatch(/^schedule "weekdays 9-25" is not a schedule/);
    expect(errorMessage(() => range('Nova Lite', '', 1, 1, '', 0))).toMatch(/^model_units must be a whole number/);
    // Bounded work: a range taller than 5,000 rows is refused before any estimate is made.
    const tall = Array.from({ length: 5001 }, () => ['Nova Lite']);
    expect(errorMessage(() => range(tall))).toBe(
      'BEDROCK_MONTHLY_RANGE takes at most 5000 rows at a time; this range has 5001. Split it into smaller ranges.',
    );
  });
});
