/**
 * The common range call, done in one tight loop: the quantities in ranges (a column of token counts, of hours…)
 * and everything else (model, region, term, own price) in single cells. The fixed arguments are checked and
 * resolved once (src/core/totals.ts `…By`), then each row is one multiplication of integers.
 *
 * Anything unusual — a range where a name goes, text or a date among the numbers, ranges of different shapes, an
 * invalid or out-of-range value anywhere — answers undefined, and the caller takes the general path (broadcast),
 * which gives the same numbers and says what is wrong and where. So this path changes speed, never a result.
 */
import { totals } from '../core/prices';
import { num, text, textOrNumber, type CellInput } from './cells';
import { quantityRange } from './range-totals';

export const ftRange = (model: CellInput, tokens: CellInput, epochs: CellInput, region: CellInput, price: CellInput) =>
  quantityRange([model, region, price], [tokens, epochs], () =>
    totals.fineTuningBy({ model: text(model, 'model'), region: text(region, 'region'), price: num(price, 'price_per_1k') }),
  );

export const storageRange = (model: CellInput, months: CellInput, region: CellInput, price: CellInput) =>
  quantityRange([model, region, price], [months], () =>
    totals.storageBy({ model: text(model, 'model'), region: text(region, 'region'), price: num(price, 'price_per_month') }),
  );

export const ptRange = (model: CellInput, units: CellInput, term: CellInput, hours: CellInput, region: CellInput, price: CellInput) =>
  quantityRange([model, term, region, price], [units, hours], () =>
    totals.provisionedThroughputBy({
      model: text(model, 'model'),
      term: textOrNumber(term, 'term'),
      region: text(region, 'region'),
      price: num(price, 'price_per_mu_hour'),
    }),
  );

export const ondemandRange = (
  model: CellInput,
  input: CellInput,
  output: CellInput,
  region: CellInput,
  priceIn: CellInput,
  priceOut: CellInput,
) =>
  quantityRange([model, region, priceIn, priceOut], [input, output], () =>
    totals.onDemandBy({
      model: text(model, 'model'),
      region: text(region, 'region'),
      priceIn: num(priceIn, 'price_per_1k_input'),
      priceOut: num(priceOut, 'price_per_1k_output'),
    }),
  );

export const cmiRange = (modelOrCmus: CellInput, minutes: CellInput, copies: CellInput, region: CellInput, price: CellInput) =>
  quantityRange([modelOrCmus, region, price], [minutes, copies], () =>
    totals.cmiInferenceBy({
      modelOrCmus: textOrNumber(modelOrCmus, 'model_or_cmus'),
      region: text(region, 'region'),
      price: num(price, 'price_per_cmu_minute'),
    }),
  );

export const cmiStorageRange = (modelOrCmus: CellInput, months: CellInput, region: CellInput, price: CellInput) =>
  quantityRange([modelOrCmus, region, price], [months], () =>
    totals.cmiStorageBy({
      modelOrCmus: textOrNumber(modelOrCmus, 'model_or_cmus'),
      region: text(region, 'region'),
      price: num(price, 'price_per_cmu_month'),
    }),
  );

export const rftRange = (model: CellInput, hours: CellInput, region: CellInput, price: CellInput) =>
  quantityRange([model, region, price], [hours], () =>
    totals.reinforcementFineTuningBy({ model: text(model, 'model'), region: text(region, 'region'), price: num(price, 'price_per_hour') }),
  );
