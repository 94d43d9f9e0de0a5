/**
 * Every cell function of the built add-on, called the four ways a sheet calls it: with single values, with a range
 * (one result per row), with a range whose row is blank (a blank result), and with bad input (an Error whose
 * message names the argument). Expected values are worked out by hand from rates/prices.json.
 */
import { loadBundle, type Bundle } from '../support/bundle';
import { errorMessage } from '../support/messages';

let gas: Bundle;
beforeAll(() => {
  gas = loadBundle();
});

interface Case {
  name: string;
  /** Single values and the result. */
  args: unknown[];
  result: unknown;
  /** Which argument becomes a 3-row column [value, blank, second]. */
  ranged: number;
  second: unknown;
  secondResult: unknown;
  /** Arguments that are wrong, and a pattern of the message. */
  bad: unknown[];
  message: RegExp;
}

const CASES: Case[] = [
  // Nova Micro: 0.001 per 1K tokens (us-east-1, AWS Price List 2026-01-14).
  {
    name: 'BEDROCK_FT_COST',
    args: ['Nova Micro', 10000000, 2],
    result: 20,
    ranged: 1,
    second: 3000000,
    secondResult: 6,
    bad: ['Nova Micro', 1000, 1.5],
    message: /^epochs must be a whole number of 1 or more; got 1\.5\.$/,
  },
  // Nova Lite storage: 1.95 per custom model per month.
  {
    name: 'BEDROCK_STORAGE_COST',
    args: ['Nova Lite', 12],
    result: 23.4,
    ranged: 1,
    second: 3,
    secondResult: 5.85,
    bad: ['Nova Lite', -1],
    message: /^months must be zero or more; got -1\.$/,
  },
  // Llama 2 13B, 1-month term: 21.18 per MU-hour.
  {
    name: 'BEDROCK_PT_MONTHLY',
    args: ['Llama 2 13B', 1, '1m', 744],
    result: 15757.92,
    ranged: 3,
    second: 720,
    secondResult: 15249.6,
    bad: ['Llama 2 13B', 0],
    message: /^model_units must be a whole number of 1 or more; got 0\.$/,
  },
  // Nova Micro custom model on demand: 0.000035 in, 0.00014 out per 1K tokens.
  {
    name: 'BEDROCK_ONDEMAND_COST',
    args: ['Nova Micro', 17600000, 1320000],
    result: 0.8008,
    ranged: 1,
    second: 1000000,
    secondResult: 0.2198 /* 1,000 × 0.000035 + 1,320 × 0.00014 per 1K */,
    bad: ['Nova Micro', 1000],
    message: /^output_tokens is missing/,
  },
  // 2 CMUs at 0.05718 per CMU-minute: 7 minutes are 2 windows = 10 minutes.
  {
    name: 'BEDROCK_CMI_COST',
    args: ['Llama 3.1 8B 128K', 7],
    result: 1.1436,
    ranged: 1,
    second: 60,
    secondResult: 6.8616,
    bad: ['Llama 3.1 8B 128K', 7, 1.5],
    message: /^copies must be a whole number of 1 or more; got 1\.5\.$/,
  },
  // 8 CMUs × 1.95 per CMU-month.
  {
    name: 'BEDROCK_CMI_STORAGE',
    args: ['Llama 3.1 70B 128K', 1],
    result: 15.6,
    ranged: 1,
    second: 2,
    secondResult: 31.2,
    bad: ['Llama 9 1B 1K'],
    message: /^Unknown Custom Model Import model "Llama 9 1B 1K"/,
  },
  // Nova 2 Lite reinforcement fine-tuning: 80 per hour.
  {
    name: 'BEDROCK_RFT_COST',
    args: ['Nova 2 Lite', 5],
    result: 400,
    ranged: 1,
    second: 0.5,
    secondResult: 40,
    bad: ['Nova Micro', 5],
    message: /reinforcement fine-tuning price of Amazon Nova Micro .* not in the price book/,
  },
  {
    name: 'BEDROCK_RATE',
    args: ['Nova 2 Lite', 'training'],
    result: 0.00378,
    ranged: 1,
    second: 'storage',
    secondResult: 1.95,
    bad: ['Nova 2 Lite', 'lunch'],
    message: /^Unknown item "lunch"\. Use "training"/,
  },
  {
    name: 'BEDROCK_MODEL_STATUS',
    args: ['Nova Micro'],
    result: 'Active',
    ranged: 0,
    second: 'Llama 3.3 70B',
    secondResult: 'Legacy — end of life 2027-03-30',
    bad: ['GPT-9'],
    message: /^Unknown model "GPT-9"/,
  },
  // 24 × 21.18 ÷ 23.5 hours a day.
  {
    name: 'BEDROCK_BREAKEVEN_HOURS',
    args: ['Llama 2 13B', '1m'],
    result: 21.63063829787234,
    ranged: 1,
    second: '6m',
    secondResult: 13.358297872340426 /* 313.92 ÷ 23.5 = 13.35829787234042553… */,
    bad: ['Llama 2 13B', 'none'],
    message: /term/,
  },
  // (96 windows × 30) × 5 × 2 CMU × 0.05718 + 2 × 1.95
  {
    name: 'BEDROCK_CMI_MONTHLY',
    args: ['Llama 3.1 8B 128K', 8],
    result: 1650.684,
    ranged: 1,
    second: 24,
    secondResult: 4944.252 /* 8,640 windows × 5 × 2 × 0.05718 + 3.90 */,
    bad: ['Llama 3.1 8B 128K', 25],
    message: /^active_hours_per_day must be/,
  },
];

describe.each(CASES)('$name', (c) => {
  const call = (...args: unknown[]) => gas[c.name]!(...args);

  test('single values', () => {
    expect(call(...c.args)).toBe(c.result);
  });

  test('a range gives one result per row, and a blank row a blank', () => {
    const args = [...c.args];
    args[c.ranged] = [[c.args[c.ranged]], [''], [c.second]];
    const out = call(...args) as unknown[][];
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual([c.result]);
    expect(out[1]).toEqual(['']);
    expect(out[2]).toEqual([c.secondResult]);
  });

  test('bad input is an Error that says what was wrong', () => {
    expect(errorMessage(() => call(...c.bad))).toMatch(c.message);
  });

  test('a date or a checkbox where a value belongs is refused, not guessed', () => {
    const args = [...c.args];
    args[c.ranged] = typeof c.args[c.ranged] === 'number' ? true : new Date(2026, 0, 1);
    expect(errorMessage(() => call(...args))).toMatch(/must be .*; got (TRUE|a date)\./);
  });
});

test('table functions: RATE_INFO, MODELS and COMPARE return a header or one row per input', () => {
  expect((gas.BEDROCK_RATE_INFO!('Nova Micro', 'training') as unknown[][])[0]![0]).toBe(0.001);
  expect((gas.BEDROCK_MODELS!('llama 3.3') as unknown[][]).map((r) => r[0])).toEqual(['ID', 'meta.llama3-3-70b-instruct-v1:0']);
  expect((gas.BEDROCK_COMPARE!('Llama 2 13B') as unknown[][])[1]!.slice(0, 6)).toEqual([
    '6-month commitment',
    13.08,
    720,
    9417.6,
    1.95,
    9419.55,
  ]);
  expect(errorMessage(() => gas.BEDROCK_MODELS!([['a'], ['b']]))).toMatch(/single values/);
});
