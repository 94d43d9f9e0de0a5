/**
 * The custom functions, one adapter each: coerce cell values, call the pricing core, return the double nearest the
 * exact answer. Names and argument order are the public contract (see src/gas/entry.js for the JSDoc users see).
 */
import { catalog, quotes, totals, book, statusText, UNIT_LABELS, TERM_LABELS } from '../core';
import { PricingError } from '../core/errors';
import { nameKey } from '../core/text';
import { ITEM_SHORT } from '../core/vocabulary';
import { asSheetError, broadcast, type CellValue } from './broadcast';
import { cmiRange, cmiStorageRange, ftRange, ondemandRange, ptRange, rftRange, storageRange } from './fast-range';
import { num, text, textOrNumber, type CellInput } from './cells';
import { lazyLang } from './locale';

type Result = CellValue | CellValue[][];

export function bedrockFtCost(model: CellInput, trainingTokens: CellInput, epochs?: CellInput, region?: CellInput, pricePer1k?: CellInput): Result {
  const range = ftRange(model, trainingTokens, epochs, region, pricePer1k);
  if (range) return range;
  return broadcast([model, trainingTokens, epochs, region, pricePer1k], ([m, t, e, r, p]) =>
    totals.fineTuning({ model: text(m, 'model'), tokens: num(t, 'training_tokens'), epochs: num(e, 'epochs'), region: text(r, 'region'), price: num(p, 'price_per_1k') }),
  );
}

export function bedrockStorageCost(model: CellInput, months?: CellInput, region?: CellInput, pricePerMonth?: CellInput): Result {
  const range = storageRange(model, months, region, pricePerMonth);
  if (range) return range;
  return broadcast([model, months, region, pricePerMonth], ([m, n, r, p]) =>
    totals.storage({ model: text(m, 'model'), months: num(n, 'months'), region: text(r, 'region'), price: num(p, 'price_per_month') }),
  );
}

export function bedrockPtMonthly(model: CellInput, modelUnits?: CellInput, term?: CellInput, hours?: CellInput, region?: CellInput, pricePerMuHour?: CellInput): Result {
  const range = ptRange(model, modelUnits, term, hours, region, pricePerMuHour);
  if (range) return range;
  return broadcast([model, modelUnits, term, hours, region, pricePerMuHour], ([m, u, t, h, r, p]) =>
    totals.provisionedThroughput({
      model: text(m, 'model'),
      modelUnits: num(u, 'model_units'),
      term: textOrNumber(t, 'term'),
      hours: num(h, 'hours'),
      region: text(r, 'region'),
      price: num(p, 'price_per_mu_hour'),
    }),
  );
}

export function bedrockOndemandCost(model: CellInput, inputTokens: CellInput, outputTokens: CellInput, region?: CellInput, pricePer1kInput?: CellInput, pricePer1kOutput?: CellInput): Result {
  const range = ondemandRange(model, inputTokens, outputTokens, region, pricePer1kInput, pricePer1kOutput);
  if (range) return range;
  return broadcast([model, inputTokens, outputTokens, region, pricePer1kInput, pricePer1kOutput], ([m, i, o, r, pi, po]) =>
    totals.onDemand({
      model: text(m, 'model'),
      inputTokens: num(i, 'input_tokens'),
      outputTokens: num(o, 'output_tokens'),
      region: text(r, 'region'),
      priceIn: num(pi, 'price_per_1k_input'),
      priceOut: num(po, 'price_per_1k_output'),
    }),
  );
}

export function bedrockCmiCost(modelOrCmus: CellInput, activeMinutes: CellInput, copies?: CellInput, region?: CellInput, pricePerCmuMinute?: CellInput): Result {
  const range = cmiRange(modelOrCmus, activeMinutes, copies, region, pricePerCmuMinute);
  if (range) return range;
  return broadcast([modelOrCmus, activeMinutes, copies, region, pricePerCmuMinute], ([m, a, c, r, p]) =>
    totals.cmiInference({
      modelOrCmus: textOrNumber(m, 'model_or_cmus'),
      minutes: num(a, 'active_minutes'),
      copies: num(c, 'copies'),
      region: text(r, 'region'),
      price: num(p, 'price_per_cmu_minute'),
    }),
  );
}

export function bedrockCmiStorage(modelOrCmus: CellInput, months?: CellInput, region?: CellInput, pricePerCmuMonth?: CellInput): Result {
  const range = cmiStorageRange(modelOrCmus, months, region, pricePerCmuMonth);
  if (range) return range;
  return broadcast([modelOrCmus, months, region, pricePerCmuMonth], ([m, n, r, p]) =>
    totals.cmiStorage({ modelOrCmus: textOrNumber(m, 'model_or_cmus'), months: num(n, 'months'), region: text(r, 'region'), price: num(p, 'price_per_cmu_month') }),
  );
}

export function bedrockRftCost(model: CellInput, hours: CellInput, region?: CellInput, pricePerHour?: CellInput): Result {
  const range = rftRange(model, hours, region, pricePerHour);
  if (range) return range;
  return broadcast([model, hours, region, pricePerHour], ([m, h, r, p]) =>
    totals.reinforcementFineTuning({ model: text(m, 'model'), hours: num(h, 'hours'), region: text(r, 'region'), price: num(p, 'price_per_hour') }),
  );
}

function rateInfo(model: CellInput, item: CellInput, region: CellInput, term: CellInput) {
  return quotes.rate({ model: textOrNumber(model, 'model'), item: text(item, 'item'), region: text(region, 'region'), term: textOrNumber(term, 'term') });
}

export function bedrockRate(model: CellInput, item: CellInput, region?: CellInput, term?: CellInput): Result {
  return broadcast([model, item, region, term], ([m, i, r, t]) => Number(rateInfo(m, i, r, t).usd));
}

export const RATE_INFO_HEADER = ['Price (USD)', 'Unit', 'Region', 'Term', 'As of', 'Source'];

/** One row per input position: price, unit, region, term, as-of date, source. */
export function bedrockRateInfo(model: CellInput, item: CellInput, region?: CellInput, term?: CellInput): CellValue[][] {
  const rows: CellValue[][] = [];
  const result = broadcast([model, item, region, term], ([m, i, r, t]) => {
    const p = rateInfo(m, i, r, t);
    rows.push([
      Number(p.usd),
      UNIT_LABELS[p.unit].en,
      p.region,
      p.term ? `${TERM_LABELS[p.term].en}${p.variant === 'base' ? ' (base model rate)' : ''}` : '',
      p.asOf,
      p.source,
    ]);
    return rows.length - 1;
  });
  if (!Array.isArray(result)) return [rows[0]!];
  if (result.some((row) => row.length > 1))
    throw new Error('BEDROCK_RATE_INFO returns one row per input: give its ranges as single columns.');
  return result.map(([i]) => (i === '' ? ['', '', '', '', '', ''] : rows[i as number]!));
}

export const MODELS_HEADER = ['ID', 'Name', 'Provider', 'What is priced', 'Regions'];

export function bedrockModels(search?: CellInput, region?: CellInput): CellValue[][] {
  try {
    if (Array.isArray(search) || Array.isArray(region)) throw new PricingError('bad-range', 'BEDROCK_MODELS takes single values, not ranges.');
    const wanted = text(search, 'search');
    const regionCode = catalog.region(text(region, 'region'));
    const key = wanted ? nameKey(wanted) : '';
    const rows: CellValue[][] = [MODELS_HEADER];
    // Every name each model answers to, gathered in one pass over the name index.
    const namesOf = book.models.map((): string[] => []);
    for (const [name, i] of Object.entries(book.modelNames)) namesOf[i]!.push(name);
    book.models.forEach((m, i) => {
      const names = namesOf[i]!;
      if (key && !names.some((n) => n.includes(key)) && !nameKey(m.provider).includes(key)) return;
      const regions = [...new Set(m.priced.flatMap((item) => catalog.pricedRegions(m.id, item)))].sort();
      if (regionCode && !regions.includes(regionCode)) return;
      rows.push([m.id, m.name, m.provider, [...new Set(m.priced.map((it) => ITEM_SHORT[it]))].join(', ') || 'no published prices', regions.join(', ')]);
    });
    if (rows.length === 1)
      throw new PricingError('unknown-model', `No model matches "${wanted ?? ''}"${regionCode ? ` in ${regionCode}` : ''}. Leave the arguments blank to list every model.`);
    return rows;
  } catch (e) {
    throw asSheetError(e, lazyLang());
  }
}

export function bedrockModelStatus(model: CellInput): Result {
  return broadcast([model], ([m]) => {
    const name = text(m, 'model');
    if (name === undefined) throw new PricingError('missing-argument', 'model is missing: give a Bedrock model ID, name or alias.');
    return statusText(catalog.model(name));
  });
}

export function bedrockPricesAsOf(): string {
  return book.asOf;
}
