/**
 * What the importer must never let into rates/ (issue 11 §6), one fixture per refusal (test/fixtures/pricelist/):
 * a unit that does not fit its item and model, a $0 where AWS never lists one, a date that is not a real day or is
 * after the run, a key twice in one offer file, a JSONL row that does not fit its schema. Each refusal names the file
 * and leaves the copy of rates/ byte-identical; an import that changes no price writes nothing; and a write that
 * fails half-way puts every file back.
 */
import { spawnSync } from 'node:child_process';
import { linkSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PriceListMapper } from '../../src/book/pricelist';
import { priceKey } from '../../src/core/price-book';
import { readBook, type WriteOps } from '../../scripts/lib/book-files';
import { dateProblem, isCalendarDay } from '../../scripts/lib/calendar-date';
import { duplicateKeys } from '../../scripts/lib/duplicate-keys';
import { ImportError, formatReport, planImport, writeImport } from '../../scripts/lib/importer';
import { OfferFileError } from '../../scripts/lib/pricelist-files';
import { runImport } from '../../scripts/rates-import';
import { copyRates, fixture, snapshot } from '../support/rates-copy';

/** The tests run as of a fixed day, so "after today" means the same thing every year. */
const TODAY = '2026-12-01';
const BULK_USE1 = fixture('AmazonBedrock-20261105123456-us-east-1.json');

let rates: ReturnType<typeof copyRates>;
beforeEach(() => {
  rates = copyRates();
});
afterEach(() => rates.remove());

/** Import with --write; the error it throws (of the class given) names the file, and rates/ is byte-identical after. */
function refused(
  files: string[],
  cls: typeof OfferFileError | typeof ImportError,
  opts: { asOf?: string; sourceId?: string } = {},
): string {
  const before = snapshot(rates.dir);
  let error: unknown;
  try {
    const r = planImport({ files, dir: rates.dir, today: TODAY, ...opts });
    writeImport(r, rates.dir);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(cls);
  expect(snapshot(rates.dir)).toEqual(before);
  return (error as Error).message;
}

describe('a unit that does not fit its item and model is refused, never written', () => {
  test('an image price for the training of a model trained on tokens (Nova Pro)', () => {
    const file = fixture('image-price-token-model-AmazonBedrock-us-east-1.json');
    const msg = refused([file], ImportError);
    expect(msg).toContain(file);
    expect(msg).toContain(
      'SKU 53H5R5ST2K32S9HM, USE1-NovaPro-Customization-Training: the unit "Images Processed" (per-image) does not fit the training of amazon.nova-pro-v1:0, which is trained on tokens',
    );
  });

  test('a per-hour unit on a custom-model token row', () => {
    const file = fixture('hourly-token-row-AmazonBedrock-us-east-1.json');
    expect(refused([file], ImportError)).toContain(
      'USE1-NovaLite-input-tokens-custom-model: the unit "hour" does not fit ondemand-input of amazon.nova-lite-v1:0',
    );
  });

  test('one bad file refuses the whole import, the good file with it', () => {
    const msg = refused([BULK_USE1, fixture('hourly-token-row-AmazonBedrock-us-east-1.json')], ImportError);
    expect(msg).toMatch(/^refused, nothing written — a row cannot be right:/);
  });
});

describe('a $0 price', () => {
  test('is refused for training, storage, RFT, Custom Model Import and input/output tokens — every such row is named', () => {
    const file = fixture('zero-prices-AmazonBedrock-us-east-1.json');
    const msg = refused([file], ImportError);
    expect(msg).toContain('6 rows cannot be right');
    for (const [usagetype, item] of [
      ['USE1-NovaPro-Customization-Training', 'training'],
      ['USE1-NovaMicro-Customization-Storage', 'storage'],
      ['USE1-Nova2.0Lite-RFT-Training-Hours', 'rft'],
      ['USE1-Llama-CustomModelImport-Inference-v1:0', 'cmi-inference'],
      ['USE1-NovaLite-input-tokens-custom-model', 'ondemand-input'],
      ['USE1-NovaLite-output-tokens-custom-model', 'ondemand-output'],
    ])
      expect(msg).toContain(`${usagetype}: a price of $0 for ${item}: AWS lists $0 on purpose only for ondemand-cache-write`);
  });

  test('is accepted for a cache write (AWS lists it at $0 on purpose), and flagged in the diff', () => {
    const r = planImport({ files: [fixture('zero-cache-write-AmazonBedrock-us-east-1.json')], dir: rates.dir, today: TODAY });
    expect(r.zeros).toEqual([
      'amazon.nova-micro-v1:0 ondemand-cache-write us-east-1: $0 per-1k-tokens (USE1-NovaMicro-cache-write-input-token-count-custom-model) — AWS lists it at $0; check it is meant',
    ]);
    expect(formatReport(r)).toContain(
      'Zero prices (AWS lists these at $0 on purpose; merged — check them) (1):\n  0 amazon.nova-micro-v1:0 ondemand-cache-write us-east-1',
    );
    const p = r.book.prices.find((x) => priceKey(x) === 'amazon.nova-micro-v1:0|ondemand-cache-write|us-east-1||')!;
    expect(p).toMatchObject({ usd: '0', source: { id: 'aws-pricelist-20261120' } });
  });

  test('on Provisioned Throughput it stays the "not sold" marker: a gap, never a price of 0', () => {
    const r = planImport({ files: [BULK_USE1], dir: rates.dir, today: TODAY });
    expect(r.book.prices.some((p) => p.item === 'pt' && p.usd === '0')).toBe(false);
    expect(r.zeros).toEqual([]);
  });
});

describe('dates must be real calendar days, not after the run', () => {
  test('calendar days: month lengths and leap years', () => {
    expect(['2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01'].map(isCalendarDay)).toEqual([true, true, true, true]);
    expect(
      ['2026-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '26-01-01', '2026-1-1'].map(
        isCalendarDay,
      ),
    ).toEqual(Array(9).fill(false));
    expect(dateProblem('2026-01-14T25:00:00Z', TODAY)).toMatch(/not a real calendar date/);
    expect(dateProblem('2026-12-01T23:59:59Z', TODAY)).toBeUndefined();
    expect(dateProblem('2026-12-02', TODAY)).toMatch(/after today \(2026-12-01\)/);
  });

  test('an impossible publication date and effective date in an offer file', () => {
    const file = fixture('impossible-dates-AmazonBedrock-us-east-1.json');
    const msg = refused([file], OfferFileError);
    expect(msg).toContain(file);
    expect(msg).toContain('publicationDate: "2026-02-30T08:00:00Z" is not a real calendar date');
    expect(msg).toContain('["DR6E7WPG8GTX32D4.JRTCKXETXF"].effectiveDate: "2026-13-01T00:00:00Z" is not a real calendar date');
  });

  test('an effective date after the run', () => {
    const msg = refused([fixture('future-date-AmazonBedrock-us-east-1.json')], OfferFileError);
    expect(msg).toContain('effectiveDate: "2026-12-15T00:00:00Z" is after today (2026-12-01)');
  });

  test.each([
    ['2026-02-30', 'is not a real calendar date'],
    ['2026-1-14', 'is not a real calendar date'],
    ['2026-12-02', 'is after today (2026-12-01)'],
  ])('--as-of %s', (asOf, why) => {
    expect(refused([BULK_USE1], ImportError, { asOf })).toContain(`--as-of "${asOf}" ${why}`);
  });
});

describe('two products or terms with one key in one offer file stop the import', () => {
  test('the scanner sees what JSON.parse hides, at any depth, and only there', () => {
    expect(duplicateKeys('{"a":1,"b":{"c":1,"c":2},"a":3}')).toEqual([
      { path: '["b"]', key: 'c' },
      { path: '(root)', key: 'a' },
    ]);
    // Equal keys in sibling objects, keys inside strings, escaped quotes and escaped key spellings.
    expect(duplicateKeys('[{"a":1},{"a":2}]')).toEqual([]);
    expect(duplicateKeys('{"x":"\\"a\\":1,\\"a\\":2","y":["a","a"]}')).toEqual([]);
    expect(duplicateKeys('{"products":{"\\u0041":1,"A":2}}')).toEqual([{ path: 'products', key: 'A' }]);
  });

  test('a SKU twice in products', () => {
    const file = fixture('duplicate-product-AmazonBedrock-us-east-1.json');
    const msg = refused([file], OfferFileError);
    expect(msg).toBe(
      `${file}: products: the key "DR6E7WPG8GTX32D4" appears twice — JSON.parse would keep only the last; a conflict, nothing is imported`,
    );
  });

  test('a term twice under one SKU (two prices for one product)', () => {
    const msg = refused([fixture('duplicate-term-AmazonBedrock-us-east-1.json')], OfferFileError);
    expect(msg).toContain('terms.OnDemand["DR6E7WPG8GTX32D4"]: the key "DR6E7WPG8GTX32D4.JRTCKXETXF" appears twice');
  });

  test('one SKU in two get-products records', () => {
    const msg = refused([fixture('get-products-duplicate-sku-AmazonBedrock.json')], OfferFileError);
    expect(msg).toContain('PriceList[2] (SKU 55ZV9VPWSDHUWN3G): SKU 55ZV9VPWSDHUWN3G is also PriceList[0] — two products with one key');
  });
});

test('JSONL rows are checked field by field against rates/schema/pricelist-row.schema.json', () => {
  const file = fixture('bad-rows-AmazonBedrock.jsonl');
  const msg = refused([file], OfferFileError, { sourceId: 'aws-pricelist-20260114', asOf: '2026-01-14' });
  expect(msg).toContain(`${file}: `);
  const problems = msg.split('\n- ').slice(1);
  expect(problems).toEqual([
    'line 2.unit: missing',
    'line 3.usd: must be string',
    'line 4.discount: not a field of a Price List row',
    'line 4.regionCode: must match pattern "^[a-z]{2}(-gov)?-[a-z]+-\\d$"',
    'line 5.effectiveDate: "2026-02-29T00:00:00Z" is not a real calendar date (YYYY-MM-DD, or an ISO timestamp such as 2026-01-14T00:12:25Z)',
    'line 6: SKU 22QFG9GV6593XE7S is also line 1 — two rows with one key, a conflict; nothing is imported',
    'line 7.sku: must be string',
  ]);
});

describe('an import that changes no price writes nothing, not even a source', () => {
  test('a newer offer version with the book’s own prices', () => {
    const before = snapshot(rates.dir);
    const lines: string[] = [];
    runImport({ files: [fixture('same-prices-AmazonBedrock-20261120080000-us-east-1.json')], dir: rates.dir, write: true }, (s) =>
      lines.push(s),
    );
    const out = lines.join('\n');
    expect(out).toMatch(/^0 added, 0 changed, 2 unchanged/m);
    expect(out).toContain('nothing to write');
    expect(out).not.toContain('Sources added');
    expect(snapshot(rates.dir)).toEqual(before);
  });
});

describe('writing is all-or-nothing across every file', () => {
  const noTemp = (dir: string) => readdirSync(dir).filter((f) => /\.(tmp|bak)-/.test(f));

  test('a failure on the second rename puts the first file back: rates/ byte-identical, no temporary files', () => {
    const r = planImport({ files: [BULK_USE1], dir: rates.dir, today: TODAY });
    expect(r.changedParts).toEqual(['prices', 'gaps', 'sources']);
    const before = snapshot(rates.dir);
    let renames = 0;
    const ops: WriteOps = {
      writeFileSync: (f, t) => writeFileSync(f, t),
      renameSync: (a, b) => {
        renames++;
        // The second staged file fails to go into place; the first (prices.json) is already replaced by then.
        if (renames === 2) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        renameSync(a, b);
      },
      linkSync: (a, b) => linkSync(a, b),
      rmSync: (f) => rmSync(f, { force: true }),
    };
    let error: unknown;
    try {
      writeImport(r, rates.dir, ops);
    } catch (e) {
      error = e;
    }
    expect(renames).toBe(3); // prices.json in, gaps.json fails, prices.json's backup back in place
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toBe(
      `failed while replacing ${join(rates.dir, 'gaps.json')} (ENOSPC); nothing was changed in ${rates.dir}`,
    );
    expect(snapshot(rates.dir)).toEqual(before);
    expect(noTemp(rates.dir)).toEqual([]);
    // And the same plan, written without the failure, lands whole.
    writeImport(r, rates.dir);
    expect(noTemp(rates.dir)).toEqual([]);
    expect(readBook(rates.dir).sources['aws-pricelist-20261105']).toBeDefined();
    expect(readFileSync(join(rates.dir, 'prices.json'), 'utf8')).toContain('"aws-pricelist-20261105"');
  });
});

test.each([
  ['staging the second file', 'writeFileSync', 2],
  ['keeping the first backup', 'linkSync', 1],
  ['replacing the first file', 'renameSync', 1],
  ['replacing the last file', 'renameSync', 3],
] as const)('a failure while %s also leaves rates/ byte-identical, with no temporary file', (_, op, failOn) => {
  const r = planImport({ files: [BULK_USE1], dir: rates.dir, today: TODAY });
  const before = snapshot(rates.dir);
  let calls = 0;
  const real: WriteOps = {
    writeFileSync: (f, t) => writeFileSync(f, t),
    renameSync: (a, b) => renameSync(a, b),
    linkSync: (a, b) => linkSync(a, b),
    rmSync: (f) => rmSync(f, { force: true }),
  };
  const ops: WriteOps = {
    ...real,
    [op]: (...args: [string, string]) => {
      if (++calls === failOn) throw Object.assign(new Error('injected'), { code: 'EIO' });
      return (real[op] as (a: string, b: string) => void)(...args);
    },
  };
  expect(() => writeImport(r, rates.dir, ops)).toThrow(/\(EIO\); nothing was changed in/);
  expect(snapshot(rates.dir)).toEqual(before);
});

test('the command prints a refusal as a message naming the file, not a stack trace', () => {
  const file = fixture('duplicate-product-AmazonBedrock-us-east-1.json');
  const run = spawnSync(
    process.execPath,
    [require.resolve('tsx/cli'), join(__dirname, '..', '..', 'scripts', 'rates-import.ts'), '--dir', rates.dir, '--write', file],
    {
      encoding: 'utf8',
    },
  );
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(`rates:import: refused, nothing written: ${file}: products: the key "DR6E7WPG8GTX32D4" appears twice`);
  expect(run.stderr).not.toMatch(/\n\s+at /);
});

test('a damaged part of rates/ is named in the message', () => {
  writeFileSync(join(rates.dir, 'gaps.json'), '{"gaps": [');
  expect(() => planImport({ files: [BULK_USE1], dir: rates.dir, today: TODAY })).toThrow(
    new RegExp(`^${join(rates.dir, 'gaps.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
  );
});

describe('properties', () => {
  /** A small seeded generator (mulberry32), so a failure can be replayed. */
  const rng = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  test('every day from 1970 to 2100 is a calendar day, and no other YYYY-MM-DD is (checked against Date)', () => {
    let days = 0;
    for (let y = 1970; y <= 2100; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 0; d <= 32; d++) {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const t = new Date(Date.UTC(y, m - 1, d)); // Date rolls 2026-02-30 over to March: the day is real only if it stays
          const real = t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
          if (isCalendarDay(s) !== real) throw new Error(`${s}: isCalendarDay says ${!real}`);
          if (real) days++;
        }
    // 131 years, 32 of them leap years (1972 … 2096; 2100 is not): 131 × 365 + 32.
    expect(days).toBe(131 * 365 + 32);
  });

  test('a duplicate key injected anywhere in random JSON is found, at its path; JSON.stringify output never has one', () => {
    const next = rng(11);
    const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!;
    const keys = ['a', 'b', 'SKU.1', 'x"y', 'ü', '\\', 'products'];
    const value = (depth: number): unknown => {
      const r = next();
      if (depth > 3 || r < 0.3) return pick([1, 'text, with "quotes" and {braces}', true, null, -0.5]);
      if (r < 0.5) return Array.from({ length: Math.floor(next() * 3) }, () => value(depth + 1));
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(next() * 4); i > 0; i--) o[pick(keys)] = value(depth + 1);
      return o;
    };
    let injected = 0;
    for (let run = 0; run < 300; run++) {
      const doc = { root: value(0) } as Record<string, unknown>;
      const text = JSON.stringify(doc, null, run % 2 ? 1 : undefined);
      expect(duplicateKeys(text)).toEqual([]);
      // Inject: give some object a second copy of one of its keys, as text.
      const objects: Record<string, unknown>[] = [];
      const walk = (v: unknown) => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          objects.push(v as Record<string, unknown>);
          Object.values(v).forEach(walk);
        }
      };
      walk(doc);
      const target = pick(objects.filter((o) => Object.keys(o).length > 0));
      const key = pick(Object.keys(target));
      const marker = '__DUPLICATE__';
      target[marker] = 0;
      const withDup = JSON.stringify(doc).replace(`"${marker}":0`, `${JSON.stringify(key)}:0`);
      delete target[marker];
      const found = duplicateKeys(withDup);
      expect(found).toHaveLength(1);
      expect(found[0]!.key).toBe(key);
      injected++;
    }
    expect(injected).toBe(300);
  });
});

test.each([
  // [usage type, AWS unit, what the mapper says]
  ['USE1-NovaPro-Customization-Training', 'Images Processed', 'refused'], // image price, token-trained model
  ['USE1-TitanImageGeneratorG1-Customization-Training', '1K tokens', 'refused'], // token price, image-trained model
  ['USE1-TitanImageGeneratorG1-Customization-Training', 'Images Processed', 'price'],
  ['USE1-NovaLite-input-tokens-custom-model', 'hour', 'refused'],
  ['USE1-NovaLite-output-tokens-custom-model', 'Model/month', 'refused'],
  ['USE1-NovaLite-Customization-Storage', 'hour', 'refused'],
  ['USE1-NovaLite-ProvisionedThroughput-NoCommit-ModelUnits', '1K tokens', 'refused'],
  ['USE1-Nova2.0Lite-RFT-Training-Hours', 'Model/month', 'refused'],
  ['USE1-Llama-CustomModelImport-Inference-v1:0', 'hour', 'refused'],
  ['USE1-NovaLite-Customization-Storage', 'Widgets', 'unknown'], // a unit never seen: a new kind of row, not merged
  ['USE1-NovaLite-Customization-Storage', 'Model/month', 'price'],
])('%s priced per %j: %s', (usagetype, unit, kind) => {
  const mapper = new PriceListMapper(readBook(rates.dir));
  const row = {
    sku: 'TESTSKU1',
    usagetype,
    regionCode: 'us-east-1',
    location: null,
    feature: null,
    model: null,
    titanModelUnit: null,
    inferenceType: null,
    unit,
    usd: '1.5',
    description: '',
    effectiveDate: '2026-11-01',
  };
  expect(mapper.map(row, { sourceId: 'test', asOf: '2026-11-05' }).kind).toBe(kind);
});
