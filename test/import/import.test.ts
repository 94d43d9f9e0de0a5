/**
 * rates:import against fixture offer files in the real formats (bulk offer file, get-products output, the
 * Marketplace-style AmazonBedrockFoundationModels offer), run on a temporary copy of rates/: the diff, the sources,
 * the written book validating and compiling, and refusals that leave every file byte-identical.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileBook } from '../../src/book/compile';
import { priceKey } from '../../src/core/price-book';
import { RATES_DIR, readBook, validateBook } from '../../scripts/lib/book-files';
import { formatReport, planImport, writeImport, type ImportResult } from '../../scripts/lib/importer';
import { OfferFileError } from '../../scripts/lib/pricelist-files';
import { parseImportArgs, runImport } from '../../scripts/rates-import';
import { copyRates, fixture, snapshot } from '../support/rates-copy';

const BULK_USE1 = fixture('AmazonBedrock-20261105123456-us-east-1.json');
const BULK_USW2 = fixture('AmazonBedrock-20261105123456-us-west-2.json');
const MARKETPLACE = fixture('AmazonBedrockFoundationModels-20261104090000-us-west-2.json');
const GET_PRODUCTS = fixture('get-products-AmazonBedrock-20260114001225.json');
const JSONL = join(RATES_DIR, 'pricelist', 'AmazonBedrock-20260114001225.jsonl');

let rates: ReturnType<typeof copyRates>;
beforeEach(() => {
  rates = copyRates();
});
afterEach(() => rates.remove());

const labels = (lines: { label: string }[]) => lines.map((l) => l.label);
const price = (dir: string, key: string) => readBook(dir).prices.find((p) => priceKey(p) === key);

function expectValidBook(dir: string) {
  const book = readBook(dir);
  expect(validateBook(book, dir)).toEqual([]);
  expect(() => compileBook(book)).not.toThrow();
}

describe('a bulk offer file (AmazonBedrock, products keyed by SKU)', () => {
  let r: ImportResult;
  beforeEach(() => {
    r = planImport({ files: [BULK_USE1], dir: rates.dir });
  });

  test('the diff: a new price, a changed one with its percentage, unchanged, not understood', () => {
    expect(r.added.map((l) => `${l.label} ${l.usd} ${l.unit}`)).toEqual([
      'amazon.nova-2-lite-v1:0 pt us-east-1 none custom 58 per-mu-hour',
    ]);
    expect(r.changed.map((l) => `${l.label} ${l.before!.usd}→${l.usd}`)).toEqual(['amazon.nova-pro-v1:0 training us-east-1 0.008→0.0075']);
    expect(labels(r.unchanged).sort()).toEqual([
      'amazon.nova-2-lite-v1:0 rft us-east-1',
      'amazon.nova-micro-v1:0 storage us-east-1',
      // The September 2026 offer's CMI prices; this offer is newer, so it becomes their source.
      'cmi:Llama:v1.0 cmi-inference us-east-1',
      'cmi:Llama:v1.0 cmi-storage us-east-1',
    ]);
    expect(r.history).toEqual([]);
    expect(r.notUnderstood).toEqual([
      'USE1-Nova2.0Pro-Customization-Training: model segment "Nova2.0Pro" is not in any model\'s priceListSegments (rates/models.json)',
    ]);
    const report = formatReport(r);
    expect(report).toContain(
      '~ amazon.nova-pro-v1:0 training us-east-1: 0.008 → 0.0075 per-1k-tokens (-6.25%; was aws-pricelist-20260114 of 2026-01-14)',
    );
    expect(report).toContain('+ amazon.nova-2-lite-v1:0 pt us-east-1 none custom: 58 per-mu-hour');
    expect(report).toContain('? USE1-Nova2.0Pro-Customization-Training');
    // Base-model on-demand tokens are not what the book prices: skipped, not reported.
    expect(report).not.toContain('USE1-NovaPro-input-tokens');
  });

  test('the offer becomes a source (version, publication date, URL) and every price cites it', () => {
    expect(r.sourcesAdded).toEqual(['aws-pricelist-20261105']);
    expect(r.book.sources['aws-pricelist-20261105']).toMatchObject({
      kind: 'price-list',
      title: 'AWS Price List, AmazonBedrock offer 20261105123456',
      firstParty: true,
      date: '2026-11-05',
      version: '20261105123456',
      url: 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonBedrock/20261105123456/us-east-1/index.json',
    });
    const p = r.book.prices.find((x) => priceKey(x) === 'amazon.nova-pro-v1:0|training|us-east-1||')!;
    expect(p).toMatchObject({
      usd: '0.0075',
      asOf: '2026-11-05',
      effective: '2026-11-01',
      source: { id: 'aws-pricelist-20261105', usagetype: 'USE1-NovaPro-Customization-Training', sku: '53H5R5ST2K32S9HM' },
    });
    expect(p.history).toEqual([
      expect.objectContaining({ usd: '0.008', asOf: '2026-01-14', source: expect.objectContaining({ id: 'aws-pricelist-20260114' }) }),
    ]);
    const cmi = r.book.prices.find((x) => priceKey(x) === 'cmi:Llama:v1.0|cmi-inference|us-east-1||')!;
    expect(cmi).toMatchObject({
      usd: '0.05718',
      unit: 'per-cmu-minute',
      asOf: '2026-11-05',
      effective: '2026-08-01',
      source: { id: 'aws-pricelist-20261105' },
    });
  });

  test('a $0 Provisioned Throughput row is a not-sold gap, never a price', () => {
    const key = 'amazon.titan-image-generator-v1|pt|us-east-1|none|base';
    expect(r.book.prices.some((p) => priceKey(p) === key)).toBe(false);
    const gap = r.book.gaps.find((g) => priceKey(g) === key)!;
    expect(gap).toMatchObject({
      reason: 'not-sold',
      source: { id: 'aws-pricelist-20261105', usagetype: 'USE1-TitanImageGeneratorG1-ProvisionedThroughput-NoCommit-ModelUnits' },
    });
    expect(r.gapsConfirmed).toContain('amazon.titan-image-generator-v1 pt us-east-1 none base');
    // Updated in place: the gaps keep their order.
    expect(r.book.gaps.map(priceKey)).toEqual(readBook(rates.dir).gaps.map(priceKey));
  });

  test('what the offer no longer lists, and curated prices it does not cover, are listed and kept', () => {
    // An earlier Price List's us-east-1 price that this (small) offer does not list.
    expect(labels(r.notListed)).toContain('amazon.nova-lite-v1:0 training us-east-1');
    // Only the regions the offer covers: us-west-2 was not read.
    expect(labels(r.notListed).some((l) => l.includes('us-west-2'))).toBe(false);
    // A pricing-page price in us-east-1.
    expect(labels(r.curated)).toContain('meta.llama2-70b-v1 training us-east-1');
    for (const l of [...r.notListed, ...r.curated]) expect(r.book.prices.some((p) => priceKey(p) === l.key && p.usd === l.usd)).toBe(true);
  });

  test('--write: the book validates against the schema, compiles, and a second import changes nothing', () => {
    const before = readBook(rates.dir);
    const written = writeImport(r, rates.dir);
    expect(written.map((f) => f.slice(rates.dir.length + 1)).sort()).toEqual(['gaps.json', 'prices.json', 'sources.json']);
    expectValidBook(rates.dir);
    const after = readBook(rates.dir);
    expect(after.prices.length).toBe(before.prices.length + 1);
    // Nothing curated was dropped.
    for (const p of before.prices) expect(after.prices.some((q) => priceKey(q) === priceKey(p))).toBe(true);
    expect(price(rates.dir, 'meta.llama2-70b-v1|training|us-east-1||')).toEqual(
      before.prices.find((p) => priceKey(p) === 'meta.llama2-70b-v1|training|us-east-1||'),
    );
    const again = planImport({ files: [BULK_USE1], dir: rates.dir });
    expect([again.added.length, again.changed.length, again.sourcesAdded.length, again.changedParts.length]).toEqual([0, 0, 0, 0]);
  });

  test('regional files of one offer version share one source', () => {
    const both = planImport({ files: [BULK_USE1, BULK_USW2], dir: rates.dir });
    expect(both.sourcesAdded).toEqual(['aws-pricelist-20261105']);
    expect(both.offers).toHaveLength(1);
    expect(both.offers[0]!.regions).toEqual(['us-east-1', 'us-west-2']);
    expect(both.book.sources['aws-pricelist-20261105']!.note).toContain('/us-west-2/index.json');
    expect(labels(both.unchanged)).toContain('meta.llama3-1-8b-instruct-v1:0 training us-west-2');
  });
});

describe('get-products output (aws pricing get-products --service-code AmazonBedrock)', () => {
  test('the CLI shape ({ PriceList: ["…"] }) maps to the existing source of its offer version', () => {
    const r = planImport({ files: [GET_PRODUCTS], dir: rates.dir });
    expect(r.offers[0]).toMatchObject({
      offerCode: 'AmazonBedrock',
      version: '20260114001225',
      sourceId: 'aws-pricelist-20260114',
      sourceAdded: false,
      asOf: '2026-01-14',
    });
    expect(r.sourcesAdded).toEqual([]);
    expect([r.added.length, r.changed.length, r.unchanged.length]).toEqual([0, 0, 3]);
    expect(r.changedParts).toEqual([]);
  });

  test('a plain JSON list of records (a saved dump) reads the same', () => {
    const cli = JSON.parse(readFileSync(GET_PRODUCTS, 'utf8')) as { PriceList: string[] };
    const file = join(rates.dir, '..', 'dump.json');
    writeFileSync(file, JSON.stringify(cli.PriceList.map((s) => JSON.parse(s))));
    const r = planImport({ files: [file], dir: rates.dir });
    expect(labels(r.unchanged).sort()).toEqual([
      'amazon.nova-2-lite-v1:0 ondemand-input us-east-1',
      'amazon.nova-lite-v1:0 training us-east-1',
      'meta.llama3-1-8b-instruct-v1:0 training us-west-2',
    ]);
  });
});

describe('the Marketplace-style offer (AmazonBedrockFoundationModels, MP: usage types)', () => {
  let r: ImportResult;
  beforeEach(() => {
    r = planImport({ files: [MARKETPLACE], dir: rates.dir });
  });

  test('servicename names the model; token-priced training stays per million tokens', () => {
    expect(r.sourcesAdded).toEqual(['aws-pricelist-fm-20261104']);
    expect(r.book.sources['aws-pricelist-fm-20261104']!.title).toBe('AWS Price List, AmazonBedrockFoundationModels offer 20261104090000');
    const training = r.book.prices.find((p) => priceKey(p) === 'anthropic.claude-3-haiku-20240307-v1:0|training|us-west-2||')!;
    expect(training).toMatchObject({
      usd: '12',
      unit: 'per-1m-tokens',
      asOf: '2026-11-04',
      source: { usagetype: 'USW2-MP:USW2_Customization_Training-Units' },
    });
    const llama = r.book.prices.find((p) => priceKey(p) === 'meta.llama2-70b-chat-v1|training|us-west-2||')!;
    expect(llama).toMatchObject({ usd: '7.99', unit: 'per-1m-tokens' });
    expect(r.changed.map((l) => `${l.label} ${l.before!.usd}→${l.usd}`)).toEqual([
      'anthropic.claude-3-haiku-20240307-v1:0 pt us-west-2 6m custom 66→60',
    ]);
    expect(labels(r.unchanged)).toEqual(
      expect.arrayContaining([
        'anthropic.claude-3-haiku-20240307-v1:0 pt us-west-2 none custom',
        'anthropic.claude-3-haiku-20240307-v1:0 pt us-west-2 1m base',
        'anthropic.claude-3-haiku-20240307-v1:0 storage us-west-2',
        'meta.llama2-70b-chat-v1 pt us-west-2 none base',
      ]),
    );
  });

  test('an unknown servicename is listed, base-model token rows are skipped', () => {
    expect(r.notUnderstood).toHaveLength(1);
    expect(r.notUnderstood[0]).toContain('Claude 3.5 Sonnet v2 (Amazon Bedrock Edition)');
    expect(formatReport(r)).not.toContain('InputTokenCount');
    // No longer listed: only the Marketplace models this us-west-2 file prices.
    for (const l of r.notListed)
      expect(l.label).toMatch(/^(anthropic\.claude-3-haiku-20240307-v1:0|meta\.llama2-70b-chat-v1) .* us-west-2/);
  });

  test('--write gives a valid book', () => {
    writeImport(r, rates.dir);
    expectValidBook(rates.dir);
  });

  test('a price in another unit than the book’s is a conflict, not merged', () => {
    // Pretend the pretrained Llama 2 70B (priced per 1,000 tokens from the pricing page) had a Marketplace listing.
    const modelsFile = join(rates.dir, 'models.json');
    const models = JSON.parse(readFileSync(modelsFile, 'utf8'));
    const m = models.models.find((x: { id: string }) => x.id === 'meta.llama2-70b-v1');
    m.marketplaceServiceNames = ['Meta Llama 2 Chat 70B (Amazon Bedrock Edition)'];
    models.models.find((x: { id: string }) => x.id === 'meta.llama2-70b-chat-v1').marketplaceServiceNames = [];
    writeFileSync(modelsFile, JSON.stringify(models, null, 1));
    const c = planImport({ files: [MARKETPLACE], dir: rates.dir });
    expect(c.conflicts.join('\n')).toContain(
      'meta.llama2-70b-v1 training us-west-2: the book has it per-1k-tokens, the offer per-1m-tokens',
    );
    expect(c.book.prices.find((p) => priceKey(p) === 'meta.llama2-70b-v1|training|us-west-2||')!.usd).toBe('0.00799');
  });
});

describe('the January 2026 JSONL extract (existing behaviour)', () => {
  test('re-importing it adds and changes nothing, and writes nothing', () => {
    const before = snapshot(rates.dir);
    const lines: string[] = [];
    const code = runImport(
      { ...parseImportArgs([JSONL, '--source', 'aws-pricelist-20260114', '--as-of', '2026-01-14', '--write']), dir: rates.dir },
      (s) => lines.push(s),
    );
    expect(code).toBe(0);
    expect(lines.join('\n')).toMatch(/^0 added, 0 changed, 223 unchanged/m);
    expect(lines.join('\n')).toContain('nothing to write');
    expect(snapshot(rates.dir)).toEqual(before);
  });

  test('without --source it says how to name one', () => {
    expect(() => planImport({ files: [JSONL], dir: rates.dir })).toThrow(/--source/);
  });

  test('--source naming a source of another offer version is refused', () => {
    expect(() => planImport({ files: [BULK_USE1], dir: rates.dir, sourceId: 'aws-pricelist-20260114' })).toThrow(
      /is offer version 20260114001225, but .* is version 20261105123456/,
    );
  });
});

describe('refusals: the file and the place are named, and rates/ is left byte-identical', () => {
  const refuse = (file: string, message: RegExp) => {
    const before = snapshot(rates.dir);
    let error: unknown;
    try {
      runImport({ files: [BULK_USE1, file], dir: rates.dir, write: true }, () => undefined);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OfferFileError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(message);
    expect(snapshot(rates.dir)).toEqual(before);
  };
  // biome-ignore lint/suspicious/noExplicitAny: an AWS offer file is untyped JSON; the test edits it at known deep paths
  const variant = (name: string, edit: (offer: any) => void) => {
    const offer = JSON.parse(readFileSync(BULK_USE1, 'utf8'));
    edit(offer);
    const file = join(rates.dir, '..', name);
    writeFileSync(file, JSON.stringify(offer, null, 2));
    return file;
  };
  // biome-ignore lint/suspicious/noExplicitAny: as above
  const dim = (offer: any) =>
    offer.terms.OnDemand['53H5R5ST2K32S9HM']['53H5R5ST2K32S9HM.JRTCKXETXF'].priceDimensions['53H5R5ST2K32S9HM.JRTCKXETXF.6YS6EN2CT7'];

  test('a truncated file', () =>
    refuse(fixture('truncated-AmazonBedrock-us-east-1.json'), /not valid JSON at line \d+, column \d+ .*truncated/));
  test('a file of another service (AmazonEC2)', () =>
    refuse(fixture('AmazonEC2-us-east-1.json'), /offerCode: "AmazonEC2" — this is not an Amazon Bedrock offer/));
  test('a price with an exponent', () =>
    refuse(
      fixture('non-decimal-price-AmazonBedrock-us-east-1.json'),
      /terms\.OnDemand\["53H5R5ST2K32S9HM"\]\["53H5R5ST2K32S9HM\.JRTCKXETXF"\]\.priceDimensions\["53H5R5ST2K32S9HM\.JRTCKXETXF\.6YS6EN2CT7"\]\.pricePerUnit\.USD: "7\.5e-3" is not a decimal \(SKU 53H5R5ST2K32S9HM, USE1-NovaPro-Customization-Training\)/,
    ));
  test.each([['abc'], [''], ['1,5'], ['-1'], [' 1']])('a price of %j', (usd) =>
    refuse(
      variant('bad-price.json', (o) => (dim(o).pricePerUnit.USD = usd)),
      new RegExp(`pricePerUnit\\.USD: ${JSON.stringify(JSON.stringify(usd)).slice(1, -1)} is not a decimal`),
    ),
  );
  test('a price that is a number, not a string', () =>
    refuse(
      variant('number.json', (o) => (dim(o).pricePerUnit.USD = 0.0075)),
      /pricePerUnit\.USD: 0\.0075 is not a string/,
    ));
  test('missing fields', () => {
    refuse(
      variant('no-usagetype.json', (o) => delete o.products.DR6E7WPG8GTX32D4.attributes.usagetype),
      /products\["DR6E7WPG8GTX32D4"\]\.attributes\.usagetype: missing/,
    );
    refuse(
      variant('no-date.json', (o) => delete o.publicationDate),
      /publicationDate: missing/,
    );
    refuse(
      variant('no-terms.json', (o) => delete o.terms),
      /terms\.OnDemand: missing/,
    );
    refuse(
      variant('stray-term.json', (o) => (o.terms.OnDemand.NOSUCHSKU = {})),
      /a term for SKU NOSUCHSKU, which is not in products/,
    );
  });
  test('a product of another service inside a Bedrock offer', () =>
    refuse(
      variant('mixed.json', (o) => (o.products.DR6E7WPG8GTX32D4.attributes.servicecode = 'AmazonSageMaker')),
      /attributes\.servicecode: "AmazonSageMaker"/,
    ));
  test('get-products records of another service, or a damaged record', () => {
    const cli = JSON.parse(readFileSync(GET_PRODUCTS, 'utf8')) as { PriceList: string[] };
    const ec2 = join(rates.dir, '..', 'gp-ec2.json');
    const rec = JSON.parse(cli.PriceList[1]!);
    rec.serviceCode = 'AmazonEC2';
    writeFileSync(ec2, JSON.stringify({ ...cli, PriceList: [cli.PriceList[0], JSON.stringify(rec)] }));
    refuse(ec2, /PriceList\[1\] \(SKU X8TV5PP6VQ7EV9RZ\)\.serviceCode: "AmazonEC2"/);
    const cut = join(rates.dir, '..', 'gp-cut.json');
    writeFileSync(cut, JSON.stringify({ ...cli, PriceList: [cli.PriceList[0], cli.PriceList[1]!.slice(0, 200)] }));
    refuse(cut, /PriceList\[1\] \(a JSON string\) is not valid JSON/);
  });
  test('an empty file, and a file that is not an offer', () => {
    const empty = join(rates.dir, '..', 'empty.json');
    writeFileSync(empty, '');
    refuse(empty, /the file is empty/);
    const other = join(rates.dir, '..', 'other.json');
    writeFileSync(other, '{"hello": 1}');
    refuse(other, /neither an offer file/);
  });
});
