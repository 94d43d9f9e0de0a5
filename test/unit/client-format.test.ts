/** The sidebar's display formatting: exact decimal strings regrouped, never rounded; the core's quantities in words. */
import { count, percentLess, quantity, usd, usdAmount } from '../../src/client/format';

test('money is shown with every digit the server sent, and at least cents', () => {
  expect(usd('40150')).toBe('$40,150.00');
  expect(usd('15757.92')).toBe('$15,757.92');
  expect(usd('0.8008')).toBe('$0.8008');
  expect(usd('0.00006')).toBe('$0.00006');
  expect(usd('1234567.123456789012345')).toBe('$1,234,567.123456789012345');
  expect(usd('-5.5')).toBe('-$5.50');
  expect(usd('not a number')).toBe('not a number');
});

test('a monthly amount with a long fraction is rounded half up to cents on its text; shorter ones are shown whole', () => {
  // No commitment, weekdays 9-18 in the average month: 60.5 × 9 × 730 ÷ 24 × 5 ÷ 7 + 1.95 = 11,831.8607142857…
  expect(usdAmount('11831.860714285714285714285714285714')).toBe('$11,831.86');
  expect(usdAmount('0.004999')).toBe('$0.00');
  expect(usdAmount('0.00500')).toBe('$0.01');
  expect(usdAmount('9.99567')).toBe('$10.00');
  expect(usdAmount('0.8008')).toBe('$0.8008');
  expect(usdAmount('40151.95')).toBe('$40,151.95');
  expect(usdAmount('7')).toBe('$7.00');
});

test('quantities in English and Japanese', () => {
  expect(quantity('10000000 tokens × 2 epochs', 'en')).toBe('10,000,000 tokens × 2 epochs');
  expect(quantity('10000000 tokens × 1 epochs', 'en')).toBe('10,000,000 tokens × 1 epoch');
  expect(quantity('10000000 tokens × 2 epochs', 'ja')).toBe('10,000,000トークン × 2エポック');
  expect(quantity('730 h × 1 MU', 'ja')).toBe('730時間 × 1 MU');
  expect(quantity('17600000 input tokens', 'ja')).toBe('17,600,000入力トークン');
  expect(quantity('13 windows × 5 min × 8 CMU × 1 copies', 'en')).toBe('13 windows × 5 min × 8 CMU × 1 copy');
  expect(quantity('13 windows × 5 min × 8 CMU × 2 copies', 'ja')).toBe('13枠 × 5分 × 8 CMU × 2コピー');
  expect(quantity('12 months × 2 CMU', 'ja')).toBe('12か月 × 2 CMU');
  // A month of Custom Model Import (BEDROCK_CMI_MONTHLY's quantity).
  const month = '2880 windows (96 a day × 30 days) × 5 min × 2 CMU × 1 copies';
  expect(quantity(month, 'en')).toBe('2,880 windows (96 a day × 30 days) × 5 min × 2 CMU × 1 copy');
  expect(quantity(month, 'ja')).toBe('2,880枠 (1日96枠 × 30日) × 5分 × 2 CMU × 1コピー');
  expect(quantity('240 h', 'ja')).toBe('240時間');
  expect(count('1000 and 12')).toBe('1,000 and 12');
});

test('savings against no commitment, as a whole percent', () => {
  expect(percentLess('9417.6', '16920')).toBe('44%');
  expect(percentLess('16920', '16920')).toBe('');
  expect(percentLess('1', '0')).toBe('');
});
