/**
 * BEDROCK_RATE_HISTORY in the built add-on, the four ways a sheet calls it: single values (a table with a header
 * row, the current price first, older readings newest first), a range (a one-cell range is its value; a larger
 * one is refused: one table answers one price), blank (every argument blank gives a blank cell) and bad input.
 * Expected readings are from rates/prices.json.
 */
import { loadBundle, type Bundle } from '../support/bundle';
import { errorMessage } from '../support/messages';

let gas: Bundle;
beforeAll(() => {
  gas = loadBundle();
});
const history = (...args: unknown[]) => gas.BEDROCK_RATE_HISTORY!(...args) as unknown[][];
const HEADER = ['Price (USD)', 'Unit', 'Valid from', 'Valid to', 'Source'];

test('single values: every reading of Llama CMI inference in us-east-1, newest first, with its validity', () => {
  // "Llama 3.1 8B 128K" is a CMU size (2 CMUs, Llama v1.0): the price is per CMU-minute.
  const t = history('Llama 3.1 8B 128K', 'cmi');
  expect(t[0]).toEqual(HEADER);
  expect(t.slice(1).map((r) => r.slice(0, 4))).toEqual([
    [0.05718, 'per CMU per minute', '2026-08-01', ''], // offer 20260911124408, terms effective 2026-08-01: current
    [0.05718, 'per CMU per minute', '2026-01-01', '2026-08-01'], // offer 20260114001225, effective 2026-01-01
    [0.05718, 'per CMU per minute', '2025-10-21', '2026-01-01'], // Price List collected 2025-10-21
    [0.0785, 'per CMU per minute', '2025-02-28', '2025-10-21'], // pricing page crawl 2025-02-28
  ]);
  expect(t[1]![4]).toMatch(/^AWS Price List, AmazonBedrock offer 20260911124408/);
  expect(t[4]![4]).toMatch(/pricing page/);
});

test('single values: a price with no older reading is one row under the header; PT takes a term', () => {
  expect(history('Llama 2 13B', 'pt', 'us-east-1', '6m')).toEqual([
    HEADER,
    [13.08, 'per model unit per hour', '2025-02-28', '', expect.stringMatching(/^Amazon Bedrock pricing page/)],
  ]);
});

test('a one-cell range is its value; a larger range is refused', () => {
  expect(history([['Llama 2 13B']], [['pt']], 'us-east-1', '6m')[1]![0]).toBe(13.08);
  expect(errorMessage(() => history([['Nova Lite'], ['Nova Pro']], 'training'))).toBe(
    'BEDROCK_RATE_HISTORY takes single values, not ranges: it returns one table for one price.',
  );
});

test('blank: every argument blank gives a blank cell; a blank model with an item is an error', () => {
  expect(gas.BEDROCK_RATE_HISTORY!('', '')).toBe('');
  expect(gas.BEDROCK_RATE_HISTORY!([['']], undefined, '', '')).toBe('');
  expect(errorMessage(() => history('', 'training'))).toMatch(/^model is missing/);
});

test('bad input: unknown model, unknown item, and a price the book does not have', () => {
  expect(errorMessage(() => history('Nova Mikro', 'training'))).toMatch(/^Unknown model "Nova Mikro"/);
  expect(errorMessage(() => history('Nova Lite', 'lunch'))).toMatch(/^Unknown item "lunch"/);
  expect(errorMessage(() => history('Nova Lite', 'training', 'Tokyo'))).toMatch(
    /training price of Amazon Nova Lite in ap-northeast-1 is not in the price book/,
  );
});

test('BEDROCK_RFT_COST of the 2026 open-weight RFT models: not published, pointing to the price argument', () => {
  const m = errorMessage(() => gas.BEDROCK_RFT_COST!('gpt-oss-20b', 5));
  expect(m).toMatch(
    /^The reinforcement fine-tuning price of OpenAI gpt-oss-20b in us-west-2 is not in the price book\. AWS has not published it/,
  );
  expect(m).toMatch(/You can give your own price in the last argument\.$/);
  // With a price given: 5 h × 12.5 = 62.5.
  expect(gas.BEDROCK_RFT_COST!('qwen3-32b', 5, 'us-west-2', 12.5)).toBe(62.5);
});

test('BEDROCK_RATE_INFO states a caveat in its last column', () => {
  const [row] = gas.BEDROCK_RATE_INFO!('Titan Image Generator G1 v2', 'pt base', 'us-east-1', 'none') as unknown[][];
  expect(row![0]).toBe(23.4);
  expect(row![6]).toMatch(/^AWS's Provisioned Throughput page says this base model has no no-commitment purchase/);
  const [plain] = gas.BEDROCK_RATE_INFO!('Nova Micro', 'training') as unknown[][];
  expect(plain![6]).toBe('');
});

test("GovCloud: a custom model's no-commitment rate, no base-model or term purchase", () => {
  expect(gas.BEDROCK_RATE!('Titan Text Express', 'pt', 'us-gov-west-1', 'none')).toBe(24.6);
  expect(errorMessage(() => gas.BEDROCK_RATE!('Titan Text Express', 'pt base', 'us-gov-west-1', 'none'))).toMatch(
    /AWS does not sell it: In AWS GovCloud .* It is priced in: us-east-1, us-west-2\./,
  );
  expect(errorMessage(() => gas.BEDROCK_RATE!('Titan Text Express', 'pt', 'us-gov-west-1', '1m'))).toMatch(
    /there is no 1-month or 6-month term\. It is priced in: us-east-1, us-west-2\./,
  );
});

test('in a Japanese spreadsheet: the header, the age of the prices and the caveat in Japanese', () => {
  const ja = loadBundle({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'ja_JP' }) } });
  expect((ja.BEDROCK_RATE_HISTORY!('Llama 2 13B', 'pt', 'us-east-1', '6m') as unknown[][])[0]).toEqual([
    '単価（USD）',
    '単位',
    '適用開始',
    '適用終了',
    '出典',
  ]);
  expect(ja.BEDROCK_PRICES_AS_OF!()).toBe('2025-02-28～2026-09-11に確認（大半は2026-01-14）');
  const [row] = ja.BEDROCK_RATE_INFO!('Titan Embeddings G1 Text', 'pt', 'sa-east-1', 'none') as unknown[][];
  expect(row![6]).toMatch(/^eu-west-2の単価と入れ替わっている可能性があります/);
});

test('Tokyo: a custom Nova model can be copied there, but no hosting or price exists there', () => {
  for (const call of [
    () => gas.BEDROCK_FT_COST!('Nova Lite', 1000, 1, 'Tokyo'),
    () => gas.BEDROCK_PT_MONTHLY!('Nova Micro', 1, '1m', 730, 'Tokyo'),
    () => gas.BEDROCK_ONDEMAND_COST!('Nova Pro', 1000, 1000, 'ap-northeast-1'),
    () => gas.BEDROCK_STORAGE_COST!('Nova Lite', 1, 'Tokyo'),
  ])
    expect(errorMessage(call)).toMatch(/in ap-northeast-1 is not in the price book\. .*copied to ap-northeast-1, but .*no hosting/);
});
