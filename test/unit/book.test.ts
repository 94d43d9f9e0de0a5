/**
 * The price book itself: it matches its schema, every reference in it resolves, and it carries what the issues
 * promise — the January 2026 Price List rows, Legacy/EOL lifecycles, the seed's Llama 2 prices.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileBook } from '../../src/book/compile';
import { sourceLinks } from '../../src/core/sources';
import { PriceListMapper, trimDecimal, type PriceListRow } from '../../src/book/pricelist';
import { priceKey } from '../../src/core/price-book';
import { RATES_DIR, readBook, validateBook } from '../../scripts/lib/book-files';

const book = readBook();

test('the book matches rates/schema/book.schema.json', () => {
  expect(validateBook(book)).toEqual([]);
});

test('every reference resolves and no name is claimed twice', () => {
  expect(() => compileBook(book)).not.toThrow();
});

test('a book with a broken reference is refused with the place named', () => {
  const broken = {
    ...book,
    prices: [...book.prices, { ...book.prices[0]!, region: 'us-east-1', model: 'amazon.nope', item: 'storage' as const }],
  };
  expect(() => compileBook(broken)).toThrow(/unknown model "amazon.nope"/);
  const bad = { ...book, prices: [{ ...book.prices[0]!, usd: '1,95' }] };
  expect(validateBook(bad).join('\n')).toMatch(/\/prices\/0\/usd/);
});

test('every gap ships with its English and Japanese note, and a gap without a Japanese note is refused', () => {
  const compiled = compileBook(book);
  const [, , , , , , n] = compiled.gaps[0]!;
  expect(compiled.gapNotes[n]).toEqual([book.gaps[0]!.note, book.gaps[0]!.noteJa]);
  // What the book says about a gap beyond its place, reason and notes (its source) stays out of the bundle.
  expect(JSON.stringify(compiled.gaps)).not.toContain(book.gaps[0]!.source.id);
  const untranslated = { ...book, gaps: book.gaps.map((g, i) => (i === 0 ? { ...g, noteJa: '' } : g)) };
  expect(() => compileBook(untranslated)).toThrow(/no Japanese note \(noteJa\)/);
});

test('every price has a source, a date and a decimal string', () => {
  for (const p of book.prices) {
    expect(book.sources[p.source.id]).toBeDefined();
    expect(p.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(p.usd).toMatch(/^\d+(\.\d+)?$/);
  }
});

describe('the January 2026 Price List file', () => {
  const dir = join(RATES_DIR, 'pricelist');
  const file = readdirSync(dir).find((f) => f.startsWith('AmazonBedrock-20260114'))!;
  const rows: PriceListRow[] = readFileSync(join(dir, file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const mapper = new PriceListMapper(book);
  const offer = { sourceId: 'aws-pricelist-20260114', asOf: '2026-01-14' };

  test('each row is a distinct SKU whose usd matches its description', () => {
    expect(new Set(rows.map((r) => r.sku)).size).toBe(rows.length);
    for (const r of rows) {
      const stated = /\$([\d.]+)/.exec(r.description)?.[1];
      expect(stated && Number(stated)).toBe(Number(r.usd));
    }
  });

  test('every row has its counterpart in the book (current or history), or is a recorded gap', () => {
    const byKey = new Map(book.prices.map((p) => [priceKey(p), p]));
    const gapKeys = new Set(book.gaps.map((g) => priceKey(g)));
    const missing: string[] = [];
    for (const r of rows) {
      const m = mapper.map(r, offer);
      if (m.kind === 'gap') {
        if (!gapKeys.has(priceKey(m.gap))) missing.push(`${r.usagetype} (gap)`);
        continue;
      }
      if (m.kind !== 'price') {
        missing.push(`${r.usagetype}: ${m.kind} (${m.why})`);
        continue;
      }
      const p = byKey.get(priceKey(m.entry));
      const readings = p ? [p, ...(p.history ?? [])] : [];
      if (!readings.some((x) => x.source.id === offer.sourceId && x.source.sku === r.sku && x.usd === trimDecimal(r.usd)))
        missing.push(r.usagetype);
    }
    expect(missing).toEqual([]);
  });

  test('every book price that cites this file is one of its rows', () => {
    const skus = new Map(rows.map((r) => [r.sku, r]));
    for (const p of book.prices) {
      for (const x of [p, ...(p.history ?? [])]) {
        if (x.source.id !== offer.sourceId) continue;
        const row = skus.get(x.source.sku ?? '');
        expect(row && `${row.usagetype} ${trimDecimal(row.usd)}`).toBe(`${x.source.usagetype} ${x.usd}`);
      }
    }
  });
});

test('lifecycles: what people customize today is Active or Legacy; Llama 2 is long retired', () => {
  const status = (id: string) => book.models.find((m) => m.id === id)?.lifecycle;
  expect(status('amazon.nova-micro-v1:0')?.status).toBe('active');
  expect(status('amazon.nova-2-lite-v1:0')?.status).toBe('active');
  expect(status('meta.llama3-1-8b-instruct-v1:0')).toMatchObject({ status: 'legacy', eolDate: '2027-03-30' });
  expect(status('meta.llama2-13b-v1')).toMatchObject({ status: 'eol', eolDate: '2024-10-30' });
});

test('the Price List extract carries its provenance, and the source entry agrees with it', () => {
  const meta = JSON.parse(readFileSync(join(RATES_DIR, 'pricelist', 'AmazonBedrock-20260114001225.provenance.json'), 'utf8'));
  const source = book.sources[meta.sourceId]!;
  expect([source.repo, source.path, source.commit, source.version]).toEqual([meta.repo, meta.path, meta.commit, meta.offerVersion]);
  expect(source.date).toBe(meta.publicationDate.slice(0, 10));
  const lines = readFileSync(join(RATES_DIR, 'pricelist', 'AmazonBedrock-20260114001225.jsonl'), 'utf8')
    .trim()
    .split('\n');
  expect(lines).toHaveLength(meta.rows);
  // Every character range of the public file has been read.
  expect(meta.charactersRead).toEqual([[0, meta.fileCharacters]]);
});

test('every source has a link a person can follow: its address, or the repository file at its commit', () => {
  const compiled = compileBook(book);
  const lacking = Object.entries(book.sources)
    .filter(([, s]) => !sourceLinks(s).url)
    .map(([id]) => id);
  expect(lacking).toEqual(['pricelist-transcription-2026-08-02']); // its repository was not recorded
  // Only the sources a cell can show ship (prices, their history, caveats, CMI sizes); the others stay in rates/.
  expect(Object.keys(compiled.sources)).toEqual(compiled.sourceIds);
  expect(compiled.sources['aws-docs-lifecycle-legacy-2026-10']).toBeUndefined();
  expect(sourceLinks(compiled.sources['aws-pricelist-20251021']!).url).toBe(
    'https://github.com/aws-samples/sample-bedrock-migration-and-modernization-tools/blob/' +
      `${book.sources['aws-pricelist-20251021']!.commit}/2025.09%20-%20Amazon%20Bedrock%20Model%20Choice/amazon-bedrock-pricing-collector/out/bedrock-pricing-20251021_191814.json`,
  );
  expect(sourceLinks(book.sources['aws-docs-hyperparameters']!).url).toBe(
    'https://docs.aws.amazon.com/bedrock/latest/userguide/cm-hp-meta-llama2.html',
  );
});
