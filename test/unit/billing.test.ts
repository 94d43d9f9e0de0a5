import { cmiInferenceCost, cmiWindows, provisionedThroughputCost, storageCost, tokenCost, trainingCost } from '../../src/core/billing';
import { decimal, toNumber } from '../../src/core/money';

const d = decimal;

describe('billing rules, exact to the cent', () => {
  test("the seed's Llama 2 example: 21.18 USD/MU-h × 1 MU × 720 h and × 744 h", () => {
    expect(toNumber(provisionedThroughputCost(d('21.18'), d(1), d(720)))).toBe(15249.6);
    expect(toNumber(provisionedThroughputCost(d('21.18'), d(1), d(744)))).toBe(15757.92);
    // Naive floating point is off for some hours; the core is not: 21.18 × 33 h = 698.94, not 698.9399999999999.
    expect(21.18 * 33).not.toBe(698.94);
    expect(toNumber(provisionedThroughputCost(d('21.18'), d(1), d(33)))).toBe(698.94);
    expect(toNumber(provisionedThroughputCost(d('13.08'), d(1), d(57)))).toBe(745.56);
  });

  test('training is tokens × epochs ÷ 1,000 × price', () => {
    // Llama 2 13B at 0.00149 per 1K tokens: 1,000,000 tokens × 3 epochs = 3,000 × 0.00149 = 4.47
    expect(toNumber(trainingCost(d(1000000), d(3), d('0.00149'), 'per-1k-tokens'))).toBe(4.47);
    // 0.1 + 0.2 style trap: 700 tokens × 0.0003 per 1K (3 × 0.07 ≠ 0.21 in binary) → 0.00021
    expect(toNumber(trainingCost(d(700), d(1), d('0.0003'), 'per-1k-tokens'))).toBe(0.00021);
    expect((700 / 1000) * 0.0003).not.toBe(0.00021);
  });

  test('per-million and per-image training units', () => {
    // Claude 3 Haiku Marketplace row: 12 USD per 1M tokens; 2.5M tokens × 2 epochs = 60
    expect(toNumber(trainingCost(d(2500000), d(2), d('12'), 'per-1m-tokens'))).toBe(60);
    // Titan Image Generator: 0.005 per image seen; 500 images × 10 epochs = 25
    expect(toNumber(trainingCost(d(500), d(10), d('0.005'), 'per-image'))).toBe(25);
  });

  test('Custom Model Import bills whole 5-minute windows', () => {
    expect(cmiWindows(d(0)).toString()).toBe('0');
    expect(cmiWindows(d(1)).toString()).toBe('1');
    expect(cmiWindows(d(5)).toString()).toBe('1');
    expect(cmiWindows(d('5.01')).toString()).toBe('2');
    // Llama 3.1 8B 128K = 2 CMU at 0.05718 per CMU-minute, active 7 minutes → 2 windows = 10 min × 2 × 0.05718
    expect(toNumber(cmiInferenceCost(d(7), d(2), d(1), d('0.05718')))).toBe(1.1436);
    // 3 windows × 5 × 2 CMU at 0.05718: naive floating point gives 1.7153999999999998
    expect(0.05718 * 5 * 3 * 2).not.toBe(1.7154);
    expect(toNumber(cmiInferenceCost(d(11), d(2), d(1), d('0.05718')))).toBe(1.7154);
    // one hour, 8 CMU, 3 copies: 12 windows × 5 × 8 × 3 × 0.05718 = 82.3392
    expect(toNumber(cmiInferenceCost(d(60), d(8), d(3), d('0.05718')))).toBe(82.3392);
  });

  test('storage and tokens', () => {
    expect(toNumber(storageCost(d('1.95'), d(12), d(1)))).toBe(23.4);
    expect(toNumber(storageCost(d('1.95'), d(3), d(8)))).toBe(46.8);
    // Nova Micro custom model, 0.000035 per 1K input tokens: 17,600,000 tokens → 0.616
    expect(toNumber(tokenCost(d(17600000), d('0.000035'), 'per-1k-tokens'))).toBe(0.616);
  });
});
