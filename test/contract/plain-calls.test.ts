/**
 * The plain path (src/sheets/plain-calls.ts) answers a plain call with exactly what the full add-on gives — the
 * number, or the grid for a column of quantities — and answers every plain call: over every model id and name, every
 * region code, the terms, quantities from 0 to past 2^53 and ranges with blanks, on the built bundle. Anything it
 * does not answer must be left to the full path (undefined).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle } from '../support/bundle';

type Fn = (...a: unknown[]) => unknown;
const gas = loadBundle();
const lib = gas.AddonLib as unknown as { coldRoom: () => Record<string, Fn>; plainCalls: Record<string, Fn> };
const full = lib.coldRoom();
const plain = lib.plainCalls;
const book = JSON.parse(readFileSync(join(__dirname, '..', '..', 'generated', 'book.json'), 'utf8')) as {
  models: { id: string; name: string; priced: string[] }[];
  regions: { code: string }[];
};

/** A seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const names = book.models.flatMap((m) => [m.id, m.name]);
const codes = book.regions.map((r) => r.code);
const validRegions: unknown[] = [undefined, ...codes];
const validTerms: unknown[] = [undefined, 'none', '1m', '6m', '1 month', '6 months', 'no commitment', 0, 1, 6];
const validCounts = [1, 2, 3, 10];
const validQuantities = [0, 1, 2, 744, 730, 720, 730.5, 0.001, 12345.678, 1e6, 5e7, 123456789];
// Values the full path refuses, reads differently, or takes the slow way with: never answered differently here.
const odd: unknown[] = [
  -1,
  -0,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e300,
  2 ** 53,
  2 ** 60,
  1e-12,
  '744',
  ' 744 ',
  '',
  '  ',
  null,
  true,
  'x',
  [[1]],
  [[1], [2]],
  new Date(0),
  'base:Llama 2 13B',
  ' Llama 2 13B ',
  'LLAMA 2 13B',
  'Ｌｌａｍａ　２　１３Ｂ',
  'Nova',
  'Llama 3',
  'US East',
  'Tokyo',
  '東京',
  'N. Virginia',
  'Mars',
  'us-east-1 region',
  'x'.repeat(201),
  2,
  '6',
  -6,
];

/** The ids and names of the models the book prices the item for. */
const pricedNames = (item: string) => book.models.filter((m) => m.priced.includes(item)).flatMap((m) => [m.id, m.name]);

/** Equal, with -0 and 0 told apart: a number's leaves compared with Object.is. */
function same(got: unknown, want: unknown): boolean {
  if (Array.isArray(got) && Array.isArray(want)) return got.length === want.length && got.every((g, i) => same(g, want[i]));
  return Object.is(got, want);
}

/** Some of the quantities as columns (1 to 4 rows, some cells blank), as a range call passes them. */
function ranged(r: () => number, args: unknown[], quantities: readonly number[], cells: readonly unknown[]): unknown[] {
  const rows = 1 + Math.floor(r() * 4);
  const out = [...args];
  for (const k of quantities)
    if (r() < 0.6) out[k] = Array.from({ length: rows }, () => [r() < 0.15 ? '' : cells[Math.floor(r() * cells.length)]]);
  return out;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** The full path's answer: the number, or the error's message. */
function fullAnswer(fn: string, args: unknown[]): unknown {
  try {
    return full[fn]!(...args);
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

interface Case {
  fn: string;
  plainFn: string;
  /** The item whose price the function uses: most draws name a model the book prices it for. */
  item: string;
  /** Which arguments are quantities (a range call may pass them as columns). */
  quantities: number[];
  /** Arguments of a plain call, and arguments that may be anything. */
  make: (r: () => number, wild: boolean, item: string) => unknown[];
}

const any = (r: () => number, xs: readonly unknown[], wild: boolean) => (wild && r() < 0.3 ? pick(r, odd) : pick(r, xs));

const CASES: Case[] = [
  {
    fn: 'bedrockFtCost',
    quantities: [1, 2],
    item: 'training',
    plainFn: 'plainFtCost',
    make: (r, w, item) => [
      any(r, r() < 0.8 ? pricedNames(item) : names, w),
      any(r, validQuantities, w),
      any(r, [undefined, ...validCounts], w),
      any(r, validRegions, w),
    ],
  },
  {
    fn: 'bedrockStorageCost',
    quantities: [1],
    item: 'storage',
    plainFn: 'plainStorageCost',
    make: (r, w, item) => [
      any(r, r() < 0.8 ? pricedNames(item) : names, w),
      any(r, [undefined, ...validQuantities], w),
      any(r, validRegions, w),
    ],
  },
  {
    fn: 'bedrockPtMonthly',
    quantities: [1, 3],
    item: 'pt',
    plainFn: 'plainPtMonthly',
    make: (r, w, item) => [
      any(r, r() < 0.8 ? pricedNames(item) : names, w),
      any(r, [undefined, ...validCounts], w),
      any(r, validTerms, w),
      any(r, [undefined, ...validQuantities], w),
      any(r, validRegions, w),
    ],
  },
  {
    fn: 'bedrockOndemandCost',
    quantities: [1, 2],
    item: 'ondemand-input',
    plainFn: 'plainOndemandCost',
    make: (r, w, item) => [
      any(r, r() < 0.8 ? pricedNames(item) : names, w),
      any(r, validQuantities, w),
      any(r, validQuantities, w),
      any(r, validRegions, w),
    ],
  },
  {
    fn: 'bedrockRftCost',
    quantities: [1],
    item: 'rft',
    plainFn: 'plainRftCost',
    make: (r, w, item) => [any(r, r() < 0.8 ? pricedNames(item) : names, w), any(r, validQuantities, w), any(r, validRegions, w)],
  },
];

describe.each(CASES)('$fn', ({ fn, plainFn, item, quantities, make }) => {
  test('every plain call the full path prices is answered here, with the same number', () => {
    const r = random(12);
    let answered = 0;
    for (let i = 0; i < 4000; i++) {
      const args = make(r, false, item);
      const want = fullAnswer(fn, args);
      const got = plain[plainFn]!(...args);
      if (typeof want === 'number') {
        expect({ args, got }).toEqual({ args, got: want });
        expect(same(got, want)).toBe(true);
        answered++;
      } else expect({ args, got }).toEqual({ args, got: undefined });
    }
    expect(answered).toBeGreaterThan(250); // the book prices enough of these for the check to mean something
  });

  test('every plain range call (columns of plain quantities and blanks) is answered with the full grid', () => {
    const r = random(78);
    let answered = 0;
    for (let i = 0; i < 2000; i++) {
      // Quantities small enough that every product stays an exact integer below 2^53 (past it the full path's big.js
      // answers, and leaving those to it is right).
      const small = make(r, false, item).map((v, k) => (quantities.includes(k) && typeof v === 'number' && v > 1e4 ? 744 : v));
      const args = ranged(r, small, quantities, [0, 1, 2, 24, 744, 730.5, 1234.5]);
      const want = fullAnswer(fn, args);
      const got = plain[plainFn]!(...args);
      const grid = Array.isArray(want) && want.every((row) => row.every((v: unknown) => typeof v === 'number' || v === ''));
      // A grid of blanks only is the full path's too without a price (it never looks one up): either answer is right.
      if (grid && want.some((row) => row.some((v: unknown) => typeof v === 'number'))) {
        expect({ args, got }).toEqual({ args, got: want });
        expect(same(got, want)).toBe(true);
        if (Array.isArray(got)) answered++; // (a draw that wrapped no quantity is a single-cell call)
      } else if (got !== undefined) expect({ args, got }).toEqual({ args, got: want });
    }
    expect(answered).toBeGreaterThan(40);
  });

  test('any other call is left to the full path, or answered with exactly its answer', () => {
    const r = random(34);
    for (let i = 0; i < 6000; i++) {
      const args = i % 2 ? make(r, true, item) : ranged(r, make(r, true, item), quantities, odd);
      const got = plain[plainFn]!(...args);
      if (got === undefined) continue;
      const want = fullAnswer(fn, args);
      expect({ args, got }).toEqual({ args, got: want });
      expect(same(got, want)).toBe(true);
    }
  });

  test('the cell function gives what the full path gives, plain or not', () => {
    const cell = `BEDROCK_${fn
      .replace(/^bedrock/, '')
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toUpperCase()}`;
    const r = random(56);
    for (let i = 0; i < 1500; i++) {
      const args = i % 2 ? make(r, true, item) : ranged(r, make(r, true, item), quantities, odd);
      let got: unknown;
      try {
        got = gas[cell]!(...args) as number;
      } catch (e) {
        got = `error: ${(e as Error).message}`;
      }
      expect({ args, got }).toEqual({ args, got: fullAnswer(fn, args) });
    }
  });
});

test('hand-worked plain calls', () => {
  // 21.18 USD per MU-hour (Llama 2 13B, 1 month) × 1 MU × 744 h = 15,757.92
  expect(plain.plainPtMonthly!('Llama 2 13B', 1, '1m', 744)).toBe(15757.92);
  // Nova Micro fine-tuning, 0.001 USD per 1,000 tokens: 1,000,000 tokens × 2 epochs ÷ 1,000 × 0.001 = 2
  expect(plain.plainFtCost!('Nova Micro', 1e6, 2)).toBe(2);
  // A quantity of -0 is a total of 0 (never -0), on the plain path, the full path and a range alike.
  expect(Object.is(gas.BEDROCK_PT_MONTHLY!('Llama 2 13B', 1, '1m', -0), 0)).toBe(true);
  expect(Object.is(full.bedrockPtMonthly!('Llama 2 13B', 1, '1m', -0), 0)).toBe(true);
  expect(Object.is((gas.BEDROCK_FT_COST!('Nova Micro', [[-0], [0]], 2) as number[][])[0]![0], 0)).toBe(true);
  // A column of token counts, with a blank row: 1,000 × 2 ÷ 1,000 × 0.001 = 0.002; 2,000 → 0.004.
  expect(plain.plainFtCost!('Nova Micro', [[1000], [2000], ['']], 2)).toEqual([[0.002], [0.004], ['']]);
  // Text among the numbers, an own price and an unknown name are for the full path.
  expect(plain.plainFtCost!('Nova Micro', [[1000], ['x']], 2)).toBeUndefined();
  expect(plain.plainPtMonthly!('Llama 2 13B', 1, '1m', 744, undefined, 20)).toBeUndefined();
  expect(plain.plainPtMonthly!('Llama 9', 1, '1m', 744)).toBeUndefined();
});
