/**
 * How Bedrock bills a custom model, one exact decimal formula per charge. Inputs are already validated; prices
 * carry their unit so a per-million price can never be multiplied as a per-thousand one.
 */
import { PricingError } from './errors';
import { msg } from './message';
import { decimal, type Decimal } from './money';
import type { Unit } from './price-book';

// Multiplying by the exact decimal 0.001 is the same as dividing by 1,000, and several times faster in big.js.
const PER_THOUSAND = decimal('0.001');
const PER_MILLION = decimal('0.000001');
/** Custom Model Import bills whole 5-minute windows: a started window is billed in full. */
export const CMI_WINDOW_MINUTES = 5;

function expectTokenUnit(unit: Unit): void {
  if (unit !== 'per-1k-tokens' && unit !== 'per-1m-tokens') throw new PricingError('no-price', msg('quote.unit-not-token', { unit }));
}

/** Training: tokens processed (tokens × epochs) per 1,000 (or 1,000,000) tokens, or images seen × price. */
export function trainingCost(units: Decimal, epochs: Decimal, price: Decimal, unit: Unit): Decimal {
  const processed = units.times(epochs);
  switch (unit) {
    case 'per-1k-tokens':
      return processed.times(PER_THOUSAND).times(price);
    case 'per-1m-tokens':
      return processed.times(PER_MILLION).times(price);
    case 'per-image':
      return processed.times(price);
    default:
      throw new PricingError('no-price', msg('quote.unit-not-training', { unit }));
  }
}

/** Token-priced on-demand inference. */
export function tokenCost(tokens: Decimal, price: Decimal, unit: Unit): Decimal {
  expectTokenUnit(unit);
  return tokens.times(unit === 'per-1k-tokens' ? PER_THOUSAND : PER_MILLION).times(price);
}

/** Provisioned Throughput: every hour the throughput exists, for every model unit. */
export function provisionedThroughputCost(price: Decimal, modelUnits: Decimal, hours: Decimal): Decimal {
  return price.times(modelUnits).times(hours);
}

/** Whole 5-minute windows covering the active minutes. */
export function cmiWindows(activeMinutes: Decimal): Decimal {
  return activeMinutes.div(CMI_WINDOW_MINUTES).round(0, 3 /* Big.roundUp */);
}

/** Custom Model Import inference for a number of whole windows: windows × 5 minutes × CMUs × copies × price. */
export function cmiWindowsCost(windows: Decimal, cmus: Decimal, copies: Decimal, price: Decimal): Decimal {
  return windows.times(CMI_WINDOW_MINUTES).times(cmus).times(copies).times(price);
}

/** Custom Model Import inference for active minutes, rounded up to whole 5-minute windows. */
export function cmiInferenceCost(activeMinutes: Decimal, cmus: Decimal, copies: Decimal, price: Decimal): Decimal {
  return cmiWindowsCost(cmiWindows(activeMinutes), cmus, copies, price);
}

/** Monthly storage: per model, or per CMU for imported models. */
export function storageCost(price: Decimal, months: Decimal, perUnits: Decimal): Decimal {
  return price.times(months).times(perUnits);
}

/** Reinforcement fine-tuning: per hour of the training workflow. */
export function hourlyCost(price: Decimal, hours: Decimal): Decimal {
  return price.times(hours);
}
