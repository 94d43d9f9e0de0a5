/**
 * The cells' total-only path (src/core/totals.ts) gives exactly what the quote path gives, number for number and
 * error for error, for every function, every priced model and quantities whole, fractional, huge and invalid. Each
 * case runs twice on one Totals: the first row learns through Quotes, the second takes the integer path.
 */
import { book, quotes, toNumber, Quotes, Totals, type Quote } from '../../src/core';

type Outcome = number | string;
const outcome = (f: () => number): Outcome => {
  try {
    return f();
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
};

const QUANTITIES = [
  0,
  1,
  2,
  0.5,
  0.1,
  3.7,
  730,
  744,
  1000,
  123456789,
  1e15,
  2 ** 53 - 1,
  2 ** 53,
  1e21,
  0.000001,
  1e-30,
  1 / 3,
  -1,
  NaN,
  Infinity,
  undefined,
];
const pickQ = (n: number) => QUANTITIES[n % QUANTITIES.length];

/** Same outcome from Totals (twice: learning, then fast) as from Quotes, for each argument set. */
function sameBothWays(method: keyof Totals & keyof Quotes, argSets: Record<string, unknown>[]): number {
  const totals = new Totals(new Quotes(book));
  let fast = 0;
  for (const a of argSets) {
    const want = outcome(() => toNumber((quotes[method] as unknown as (a: unknown) => Quote)(a).total));
    const calls = jest.spyOn(totals.quotes, method);
    const first = outcome(() => (totals[method] as (a: unknown) => number)(a));
    const before = calls.mock.calls.length;
    const second = outcome(() => (totals[method] as (a: unknown) => number)(a));
    if (calls.mock.calls.length === before) fast++;
    calls.mockRestore();
    if (first !== want || second !== want)
      throw new Error(`${method}(${JSON.stringify(a)}): quotes ${want}, totals ${first} then ${second}`);
  }
  return fast;
}

const modelsWith = (item: string) => book.models.filter((m) => m.priced.includes(item as never)).map((m) => m.name);
const REGIONS = [undefined, 'us-east-1', 'us-west-2', 'Tokyo', 'nowhere'];

describe('Totals equals Quotes', () => {
  it('BEDROCK_FT_COST: every trained model, quantities and own prices', () => {
    const sets = modelsWith('training').flatMap((model, i) =>
      QUANTITIES.map((tokens, j) => ({
        model,
        tokens,
        epochs: pickQ(i + j) ?? 2,
        region: REGIONS[j % REGIONS.length],
        ...(j % 4 === 3 ? { price: pickQ(j + 3) } : {}),
      })),
    );
    expect(
      // (fractional epochs are refused since epochs became a whole number: fewer of these rows take the fast path)
      sameBothWays('fineTuning', [...sets, { model: undefined, tokens: 1 }, { model: 'No Such Model', tokens: 1, price: 0.002 }]),
    ).toBeGreaterThan(40);
  });

  it('BEDROCK_STORAGE_COST', () => {
    const sets = modelsWith('storage').flatMap((model, i) =>
      QUANTITIES.map((months, j) => ({
        model,
        months,
        region: REGIONS[(i + j) % REGIONS.length],
        ...(j % 5 === 4 ? { price: 1.95 } : {}),
      })),
    );
    expect(sameBothWays('storage', sets)).toBeGreaterThan(50);
  });

  it('BEDROCK_PT_MONTHLY: terms, base rates, units and hours', () => {
    const terms = [undefined, 'none', '1m', 6, 'six', 1];
    const sets = modelsWith('pt').flatMap((name, i) =>
      QUANTITIES.map((hours, j) => ({
        model: j % 3 === 0 ? `base:${name}` : name,
        modelUnits: [1, 2, 1.5, 0, undefined][j % 5],
        term: terms[(i + j) % terms.length],
        hours,
        region: REGIONS[(i + 2 * j) % REGIONS.length],
        ...(j % 7 === 6 ? { price: 21.18 } : {}),
      })),
    );
    expect(sameBothWays('provisionedThroughput', sets)).toBeGreaterThan(50);
  });

  it('BEDROCK_ONDEMAND_COST: two lines summed exactly', () => {
    const sets = modelsWith('ondemand-input').flatMap((model, i) =>
      QUANTITIES.map((inputTokens, j) => ({
        model,
        inputTokens,
        outputTokens: pickQ(i + 3 * j),
        region: REGIONS[j % REGIONS.length],
        ...(j % 4 === 1 ? { priceIn: 0.0003 } : {}),
        ...(j % 4 === 2 ? { priceIn: 0.0001, priceOut: 0.0004 } : {}),
      })),
    );
    expect(sameBothWays('onDemand', sets)).toBeGreaterThan(10);
  });

  it('BEDROCK_CMI_COST and BEDROCK_CMI_STORAGE: counts, presets and architectures', () => {
    const subjects = [
      1,
      2,
      '4',
      'Llama 3.1 8B 128K',
      'llama:3',
      'gpt-oss:8',
      'llama',
      0,
      'nothing',
      ...book.cmi.presets.map((p) => p.name),
    ];
    const inference = subjects.flatMap((modelOrCmus, i) =>
      QUANTITIES.map((minutes, j) => ({
        modelOrCmus,
        minutes,
        copies: [1, 2, 1.5, undefined][j % 4],
        region: REGIONS[(i + j) % 3],
        ...(j % 6 === 5 ? { price: 0.0785 } : {}),
      })),
    );
    expect(sameBothWays('cmiInference', inference)).toBeGreaterThan(50);
    const storage = subjects.flatMap((modelOrCmus, i) =>
      QUANTITIES.map((months, j) => ({ modelOrCmus, months, region: REGIONS[(i + j) % 3], ...(j % 6 === 5 ? { price: 1.95 } : {}) })),
    );
    expect(sameBothWays('cmiStorage', storage)).toBeGreaterThan(50);
  });

  it('BEDROCK_RFT_COST', () => {
    const sets = modelsWith('rft').flatMap((model, i) =>
      QUANTITIES.map((hours, j) => ({ model, hours, region: REGIONS[(i + j) % REGIONS.length], ...(j % 3 === 2 ? { price: 100 } : {}) })),
    );
    expect(sameBothWays('reinforcementFineTuning', sets)).toBeGreaterThan(3);
  });

  it('takes the integer path on repeated rows and still says 21.18 × 744 = 15757.92', () => {
    const totals = new Totals(new Quotes(book));
    const a = { model: 'Llama 2 13B', modelUnits: 1, term: '1m', hours: 744 };
    expect(totals.provisionedThroughput(a)).toBe(15757.92);
    const spy = jest.spyOn(totals.quotes, 'provisionedThroughput');
    expect(totals.provisionedThroughput(a)).toBe(15757.92);
    expect(spy).not.toHaveBeenCalled();
  });
});
