/**
 * The one mapping from Price List rows to the book's models is data (models[].priceListSegments for AmazonBedrock
 * usage types, models[].marketplaceServiceNames for the Marketplace-style offer): it must be unambiguous and must
 * cover every row of the Price List files the project keeps.
 */
import { join } from 'node:path';
import { compileBook } from '../../src/book/compile';
import { PriceListMapper, trimDecimal, type PriceListRow } from '../../src/book/pricelist';
import { RATES_DIR, readBook } from '../../scripts/lib/book-files';
import { readOfferFile } from '../../scripts/lib/pricelist-files';
import { fixture } from '../support/rates-copy';

const book = readBook();
const mapper = new PriceListMapper(book);
const offer = { sourceId: 'test', asOf: '2026-11-05' };
const modelIds = new Set(book.models.map((m) => m.id));

test('every Price List segment and Marketplace servicename names exactly one model of the book', () => {
  for (const table of ['priceListSegments', 'marketplaceServiceNames'] as const) {
    const owner = new Map<string, string[]>();
    for (const m of book.models) for (const s of m[table] ?? []) owner.set(s, [...(owner.get(s) ?? []), m.id]);
    expect([...owner].filter(([, ids]) => ids.length > 1)).toEqual([]);
    for (const [s, [id]] of owner) {
      expect(modelIds.has(id!)).toBe(true);
      expect(table === 'priceListSegments' ? mapper.modelForSegment(s) : mapper.modelForServiceName(s)).toBe(id);
    }
  }
});

test('the build refuses a segment or servicename claimed by two models', () => {
  const models = book.models.map((m) =>
    m.id === 'amazon.nova-lite-v1:0'
      ? { ...m, priceListSegments: ['NovaPro'], marketplaceServiceNames: ['Claude 3 Haiku (Amazon Bedrock Edition)'] }
      : m,
  );
  expect(() => compileBook({ ...book, models })).toThrow(
    /priceListSegments "NovaPro" is claimed by .*[\s\S]*marketplaceServiceNames "Claude 3 Haiku/,
  );
});

test('every row of the kept Price List extract and of the fixtures maps (but the deliberately unknown ones)', () => {
  const files = [
    join(RATES_DIR, 'pricelist', 'AmazonBedrock-20260114001225.jsonl'),
    fixture('AmazonBedrock-20261105123456-us-east-1.json'),
    fixture('AmazonBedrock-20261105123456-us-west-2.json'),
    fixture('AmazonBedrockFoundationModels-20261104090000-us-west-2.json'),
    fixture('get-products-AmazonBedrock-20260114001225.json'),
  ];
  const unknown: string[] = [];
  let mapped = 0;
  for (const f of files) {
    for (const row of readOfferFile(f).rows) {
      const m = mapper.map(row, offer);
      if (m.kind === 'unknown') unknown.push(`${row.usagetype} ${row.servicename ?? ''}`.trim());
      if (m.kind === 'price' || m.kind === 'gap') mapped++;
    }
  }
  expect(unknown.sort()).toEqual([
    'USE1-Nova2.0Pro-Customization-Training Amazon Bedrock',
    'USW2-MP:USW2_ProvisionedThroughput_1MonthCommit_ModelUnits_Usage-Units Claude 3.5 Sonnet v2 (Amazon Bedrock Edition)',
  ]);
  expect(mapped).toBeGreaterThan(250);
});

const row = (usagetype: string, over: Partial<PriceListRow> = {}): PriceListRow => ({
  sku: 'SKU',
  usagetype,
  regionCode: null,
  location: null,
  feature: null,
  model: null,
  titanModelUnit: null,
  inferenceType: null,
  unit: 'Units',
  usd: '1.0000000000',
  description: '',
  effectiveDate: '2026-11-01T00:00:00Z',
  ...over,
});
const mp = (usagetype: string, servicename: string, over: Partial<PriceListRow> = {}) =>
  mapper.map(row(usagetype, { servicecode: 'AmazonBedrockFoundationModels', servicename, ...over }), offer);

describe('Marketplace usage types', () => {
  const HAIKU = 'Claude 3 Haiku (Amazon Bedrock Edition)';
  test.each([
    ['USE1-MP:USE1_CustomizationTokenCount-Units', { item: 'training', region: 'us-east-1', unit: 'per-1m-tokens' }],
    ['USW2-MP:USW2_Customization_Training-Units', { item: 'training', region: 'us-west-2', unit: 'per-1m-tokens' }],
    ['USE1-MP:USE1_ModelStorage1Month-Units', { item: 'storage', unit: 'per-model-month' }],
    ['USW2-MP:USW2_Customization_Storage-Units', { item: 'storage', unit: 'per-model-month' }],
    ['USE1-MP:USE1_CustomModel_ProvisionedThroughput_NoCommit-Units', { item: 'pt', term: 'none', variant: 'custom', unit: 'per-mu-hour' }],
    ['USE1-MP:USE1_CustomModel_ProvisionedThroughput_6MonthCommit-Units', { item: 'pt', term: '6m', variant: 'custom' }],
    ['USW2-MP:USW2_ProvisionedThroughput_1MonthCommit_ModelUnits_Usage-Units', { item: 'pt', term: '1m', variant: 'base' }],
    ['USW2-MP:USW2_ProvisionedThroughput_6MonthsCommit_ModelUnits_Usage-Units', { item: 'pt', term: '6m', variant: 'base' }],
    ['EU-MP:EU_ProvisionedThroughput_NoCommit_ModelUnits_Usage-Units', { item: 'pt', region: 'eu-west-1', term: 'none', variant: 'base' }],
  ])('%s', (usagetype, expected) => {
    const m = mp(usagetype, HAIKU);
    expect(m.kind).toBe('price');
    expect(m.kind === 'price' && m.entry).toMatchObject({ model: 'anthropic.claude-3-haiku-20240307-v1:0', usd: '1', ...expected });
  });

  test('a $0 Marketplace PT row is a not-sold gap', () => {
    expect(mp('USE1-MP:USE1_ProvisionedThroughput_NoCommit_ModelUnits_Usage-Units', HAIKU, { usd: '0.0000000000' }).kind).toBe('gap');
  });

  test('what is not understood is said, base-model token rows are skipped', () => {
    expect(mp('USW2-MP:USE1_Customization_Training-Units', HAIKU)).toMatchObject({
      kind: 'unknown',
      why: expect.stringContaining('two regions'),
    });
    expect(mp('USW2-MP:USW2_Customization_Training-Units', HAIKU, { unit: '1K tokens' })).toMatchObject({
      kind: 'unknown',
      why: expect.stringContaining('unit "1K tokens"'),
    });
    expect(mp('USW2-MP:USW2_Customization_Training-Units', 'Claude 9 (Amazon Bedrock Edition)').kind).toBe('unknown');
    expect(mp('USW2-MP:USW2_CustomModel_Reserved_12MonthCommit-Units', HAIKU).kind).toBe('unknown');
    expect(mp('USW2-MP:USW2_InputTokenCount-Units', HAIKU).kind).toBe('ignored');
    expect(mp('USW2-MP:USW2_output_tokens_global_standard-Units', 'Claude 9 (Amazon Bedrock Edition)').kind).toBe('ignored');
  });
});

describe('AmazonBedrock rows that match no pattern', () => {
  test('in-scope looking rows are not understood; known out-of-scope rows and base tokens are skipped', () => {
    expect(mapper.map(row('USE1-NovaPro-Customization-Distillation'), offer).kind).toBe('unknown');
    expect(mapper.map(row('USE1-NovaPro-something-new', { feature: 'Model Customization' }), offer).kind).toBe('unknown');
    expect(mapper.map(row('USE1-TitanImageGeneratorG1-Custom-T2I-1024-Standard', { feature: 'Model Customization' }), offer)).toMatchObject(
      {
        kind: 'ignored',
        why: expect.stringContaining('custom Titan Image Generator'),
      },
    );
    expect(mapper.map(row('USE1-NovaPro-input-tokens', { feature: 'On-demand Inference' }), offer).kind).toBe('ignored');
    expect(mapper.map(row('XX9-NovaPro-Customization-Training'), offer)).toMatchObject({
      kind: 'unknown',
      why: expect.stringContaining('region prefix "XX9"'),
    });
  });
});

test('prices are kept in the schema’s canonical decimal form', () => {
  expect(['0.0571800000', '012.50', '0.0000000000', '100', '00', '0.5'].map(trimDecimal)).toEqual([
    '0.05718',
    '12.5',
    '0',
    '100',
    '0',
    '0.5',
  ]);
});
