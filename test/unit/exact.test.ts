/**
 * The exact integer path (src/core/exact.ts) against big.js: whenever it answers, it gives the double nearest the exact
 * decimal, i.e. Number(big.toString()); it declines (undefined) only outside the safe range.
 */
import Big from 'big.js';
import { book } from '../../src/core';
import { ceilDiv, exactProduct, exactSum, scaledNumber, scaledText, type Scaled } from '../../src/core/exact';

const bigOf = (s: Scaled) => new Big(s.int).div(new Big(10).pow(s.scale));
const viaBig = (factors: Scaled[], extra = 0) =>
  Number(
    factors
      .reduce((p, f) => p.times(bigOf(f)), new Big(1))
      .div(new Big(10).pow(extra))
      .toString(),
  );

// A seeded generator, so a failure names a case that can be run again.
let seed = 12345;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;

const bookPrices: string[] = [];
for (const byItem of Object.values(book.prices))
  for (const byRegion of Object.values(byItem))
    for (const byTerm of Object.values(byRegion!)) for (const row of Object.values(byTerm)) bookPrices.push(row[0]);

describe('scaledText / scaledNumber', () => {
  it('holds decimals as an integer and a power of ten', () => {
    expect(scaledText('21.18')).toEqual({ int: 2118, scale: 2 });
    expect(scaledText('0.0010')).toEqual({ int: 10, scale: 4 });
    expect(scaledText('55')).toEqual({ int: 55, scale: 0 });
    expect(scaledText('1.5e-7')).toEqual({ int: 15, scale: 8 });
    expect(scaledText('1e+21')).toBeUndefined(); // 10^21 > 2^53 − 1
    expect(scaledText('9007199254740991')).toEqual({ int: 9007199254740991, scale: 0 });
    expect(scaledText('9007199254740992')).toBeUndefined();
    expect(scaledNumber(0.1)).toEqual({ int: 1, scale: 1 });
    expect(scaledNumber(-1)).toBeUndefined();
    expect(scaledNumber(Infinity)).toBeUndefined();
    expect(scaledNumber(NaN)).toBeUndefined();
  });

  it('reads every price in the book as exactly the decimal big.js reads', () => {
    expect(bookPrices.length).toBeGreaterThan(300);
    for (const usd of bookPrices) {
      const s = scaledText(usd);
      expect(s).toBeDefined();
      expect(bigOf(s!).eq(new Big(usd))).toBe(true);
    }
  });
});

describe('exactProduct equals big.js', () => {
  it('21.18 × 744 = 15757.92; 0.1 × 3 = 0.3 where doubles say 0.30000000000000004', () => {
    expect(exactProduct([scaledText('21.18')!, scaledNumber(744)!])).toBe(15757.92);
    expect(exactProduct([scaledNumber(0.1)!, scaledNumber(3)!])).toBe(0.3);
    expect(0.1 * 3).toBe(0.30000000000000004);
    // Nova Micro training, 0.001 USD per 1,000 tokens: 3,000 tokens × 2 epochs ÷ 1,000 × 0.001 = 0.006
    expect(exactProduct([scaledText('0.001')!, scaledNumber(3000)!, scaledNumber(2)!], 3)).toBe(0.006);
  });

  it('at the 2^53 boundary: answers up to 2^53 − 1 and declines beyond', () => {
    const max = { int: Number.MAX_SAFE_INTEGER, scale: 0 };
    expect(exactProduct([max, { int: 1, scale: 0 }], 3)).toBe(viaBig([max], 3));
    expect(
      exactProduct([
        { int: 2 ** 52, scale: 0 },
        { int: 2, scale: 0 },
      ]),
    ).toBeUndefined(); // 2^53
    expect(
      exactProduct([
        { int: 3, scale: 0 },
        { int: 3002399751580331, scale: 0 },
      ]),
    ).toBeUndefined(); // 2^53 + 2
    expect(
      exactProduct([
        { int: 3, scale: 0 },
        { int: 3002399751580330, scale: 2 },
      ]),
    ).toBe(
      viaBig([
        { int: 3, scale: 0 },
        { int: 3002399751580330, scale: 2 },
      ]),
    );
    expect(
      exactProduct([
        { int: 1, scale: 20 },
        { int: 1, scale: 3 },
      ]),
    ).toBeUndefined(); // 10^23 is not a double
    expect(
      exactProduct([
        { int: 0, scale: 20 },
        { int: 1, scale: 3 },
      ]),
    ).toBe(0);
  });

  it('on 200,000 random cases: book prices × quantities, whole and fractional, ÷ 1,000 or 1,000,000', () => {
    const quantities = () => {
      const kind = rand();
      if (kind < 0.3) return Math.floor(rand() * 10 ** Math.floor(rand() * 16)); // whole, up to 10^15
      if (kind < 0.6) return Number((rand() * 10 ** Math.floor(rand() * 8)).toFixed(Math.floor(rand() * 8))); // fractional
      if (kind < 0.8) return rand() * 1000; // a full-precision double (17 digits: mostly declined)
      return pick([0, 1, 0.1, 0.5, 730, 744, 720, 1e6, 1e9, 2 ** 53 - 1, 2 ** 26]);
    };
    let answered = 0;
    for (let n = 0; n < 200000; n++) {
      const factors = [scaledText(pick(bookPrices))!];
      for (let k = Math.floor(rand() * 3) + 1; k > 0; k--) {
        const q = scaledNumber(quantities());
        if (q) factors.push(q);
      }
      const extra = pick([0, 0, 3, 6]);
      const v = exactProduct(factors, extra);
      if (v === undefined) continue;
      answered++;
      if (v !== viaBig(factors, extra))
        throw new Error(`mismatch for ${JSON.stringify(factors)} ÷ 10^${extra}: ${v} vs ${viaBig(factors, extra)}`);
    }
    expect(answered).toBeGreaterThan(100000);
  });

  it('sums two lines exactly (on-demand input + output)', () => {
    for (let n = 0; n < 50000; n++) {
      const a = { int: Math.floor(rand() * 1e12), scale: Math.floor(rand() * 12) };
      const b = { int: Math.floor(rand() * 1e12), scale: Math.floor(rand() * 12) };
      const v = exactSum(a.int, a.scale, b.int, b.scale);
      if (v !== undefined && v !== Number(bigOf(a).plus(bigOf(b)).toString())) throw new Error(`mismatch for ${JSON.stringify([a, b])}`);
    }
    expect(exactSum(1, 1, 2, 2)).toBe(0.12); // 0.1 + 0.02, where 0.1 + 0.02 in doubles is 0.12000000000000001
    expect(exactSum(Number.MAX_SAFE_INTEGER, 0, 1, 0)).toBeUndefined();
  });

  it('counts whole 5-minute windows as the ceiling big.js gives', () => {
    expect(ceilDiv({ int: 0, scale: 0 }, 5)).toEqual({ int: 0, scale: 0 });
    expect(ceilDiv({ int: 5, scale: 0 }, 5)).toEqual({ int: 1, scale: 0 });
    expect(ceilDiv({ int: 51, scale: 1 }, 5)).toEqual({ int: 2, scale: 0 }); // 5.1 min → 2 windows
    for (let n = 0; n < 20000; n++) {
      const m = { int: Math.floor(rand() * 10 ** Math.floor(rand() * 15)), scale: Math.floor(rand() * 6) };
      if (ceilDiv(m, 5)!.int !== Number(bigOf(m).div(5).round(0, 3).toString())) throw new Error(`mismatch for ${JSON.stringify(m)}`);
    }
  });
});
