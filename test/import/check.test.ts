/** rates:check: stale prices by age, Active/Legacy models missing prices the book should have, and the gaps. */
import type { RawBook } from '../../src/core/price-book';
import { readBook } from '../../scripts/lib/book-files';
import { planImport, writeImport } from '../../scripts/lib/importer';
import { checkBook, cutoffDate, formatCheck, parseCheckArgs } from '../../scripts/rates-check';
import { copyRates, fixture } from '../support/rates-copy';

const book = readBook();
const today = '2026-11-26';

test('ages in days, weeks, calendar months and years', () => {
  expect(cutoffDate('180d', today)).toBe('2026-05-30');
  expect(cutoffDate('26w', today)).toBe('2026-05-28');
  expect(cutoffDate('6m', today)).toBe('2026-05-26');
  expect(cutoffDate('1y', today)).toBe('2025-11-26');
  expect(cutoffDate('1m', '2026-03-31')).toBe('2026-02-28');
  expect(cutoffDate('1y', '2028-02-29')).toBe('2027-02-28');
  expect(() => cutoffDate('six months', today)).toThrow(/180d, 26w, 6m, 1y/);
  expect(() => cutoffDate('6m', '26/11/2026')).toThrow(/--today/);
});

test('prices older than the age are listed with their source; newer ones are not', () => {
  const r = checkBook(book, { olderThan: '180d', today });
  const stale = r.stale.map((s) => `${s.label} ${s.asOf} ${s.source}`);
  expect(stale).toContain('meta.llama2-70b-v1 training us-east-1 2025-02-28 aws-pricing-page-2025-02-28');
  expect(stale).toContain('amazon.nova-pro-v1:0 training us-east-1 2026-01-14 aws-pricelist-20260114');
  expect(r.stale.some((s) => s.source === 'aws-pricelist-20260911-cmi')).toBe(false);
  // A year back from 2026-11-26 the January 2026 Price List is recent enough.
  expect(checkBook(book, { olderThan: '1y', today }).stale.some((s) => s.asOf >= '2026-01-01')).toBe(false);
});

test('staleness is measured by checked: a price read long ago but confirmed since is not stale', () => {
  const old = book.prices.find((p) => p.model === 'meta.llama2-70b-v1' && p.item === 'training' && p.region === 'us-east-1')!;
  const confirmed = { ...book, prices: [{ ...old, checked: '2026-11-01' }] };
  expect(checkBook(confirmed, { olderThan: '180d', today }).stale).toEqual([]);
  expect(checkBook({ ...book, prices: [old] }, { olderThan: '180d', today }).stale.map((s) => s.checked)).toEqual(['2025-02-28']);
});

test('an import makes its prices current again', () => {
  const rates = copyRates();
  try {
    writeImport(planImport({ files: [fixture('AmazonBedrock-20261105123456-us-east-1.json')], dir: rates.dir }), rates.dir);
    const stale = checkBook(readBook(rates.dir), { olderThan: '180d', today }).stale.map((s) => s.label);
    expect(stale).not.toContain('amazon.nova-pro-v1:0 training us-east-1');
    expect(stale).toContain('amazon.nova-lite-v1:0 training us-east-1');
  } finally {
    rates.remove();
  }
});

describe('models missing prices', () => {
  test('in the book: Active/Legacy models only, gaps excuse an absence', () => {
    const r = checkBook(book, { olderThan: '180d', today });
    const missing = r.missing.map((m) => `${m.model} ${m.item}${m.term ? ` ${m.term}` : ''} ${m.region}`);
    // Every claim has a price or a gap (Cohere Embed outside us-east-1: not published).
    expect(missing).toEqual([]);
    // Not sold without commitment in us-east-1: a gap says so.
    expect(missing).not.toContain('amazon.titan-embed-text-v1 pt none us-east-1');
    // End-of-life models are not checked.
    expect(r.missing.some((m) => m.status !== 'active' && m.status !== 'legacy')).toBe(false);
  });

  test('training, storage, RFT, PT terms and on-demand pairs, per method and Region', () => {
    const model = {
      ...book.models.find((m) => m.id === 'amazon.nova-2-lite-v1:0')!,
      id: 'amazon.test-model-v1:0',
      name: 'Test Model',
      aliases: [],
      customization: [
        { method: 'fine-tuning', regions: ['us-east-1'], source: { id: 'aws-docs-fine-tuning-2026-08' } },
        { method: 'reinforcement-fine-tuning', regions: ['us-east-1'], source: { id: 'aws-docs-rft-2026' } },
        { method: 'distillation-teacher', regions: ['us-west-2'], source: { id: 'aws-docs-distillation-2026-08' } },
      ],
      provisionedThroughput: { regions: ['us-east-1'], source: { id: 'aws-docs-pt-2026-09' } },
    };
    const priced = (item: string, extra: object = {}) => ({
      model: model.id,
      item,
      region: 'us-east-1',
      unit: 'per-1k-tokens',
      usd: '1',
      asOf: '2026-11-01',
      source: { id: 'aws-pricelist-20260114' },
      ...extra,
    });
    const test: RawBook = {
      ...book,
      models: [model],
      prices: [
        priced('training'),
        priced('pt', { term: '1m', variant: 'base', unit: 'per-mu-hour' }),
        priced('pt', { term: 'none', variant: 'custom', unit: 'per-mu-hour' }),
        priced('ondemand-input'),
      ] as RawBook['prices'],
      gaps: [
        { model: model.id, item: 'rft', reason: 'not-published', note: 'test', noteJa: 'テスト', source: { id: 'aws-docs-rft-2026' } },
      ],
    };
    const r = checkBook(test, { olderThan: '180d', today });
    expect(r.missing.map((m) => `${m.item}${m.term ? ` ${m.term}` : ''} ${m.region} (${m.why})`)).toEqual([
      'ondemand-output us-east-1 (custom-model on-demand pair)',
      'pt 6m us-east-1 (Provisioned Throughput Region)',
      'storage us-east-1 (fine-tuning)',
    ]);
    const text = formatCheck(r, { olderThan: '180d', today });
    expect(text).toContain('amazon.test-model-v1:0 (active): no pt 6m in us-east-1');
    expect(text).toContain('Gaps (absent on purpose): 1');
  });
});

test('arguments', () => {
  expect(parseCheckArgs([], new Date('2026-11-26T10:00:00Z'))).toMatchObject({ olderThan: '180d', today: '2026-11-26', strict: false });
  expect(parseCheckArgs(['--older-than', '6m', '--today', '2026-01-31', '--strict'])).toMatchObject({
    olderThan: '6m',
    today: '2026-01-31',
    strict: true,
  });
  expect(() => parseCheckArgs(['--older-than'])).toThrow(/needs a value/);
  expect(() => parseCheckArgs(['--older-than', 'old'])).toThrow(/180d/);
});
