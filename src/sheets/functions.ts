/**
 * The custom functions, one adapter each: coerce cell values, call the pricing core, return the double nearest the
 * exact answer. Names and argument order are the public contract (see src/gas/entry.js for the JSDoc users see).
 */
import { catalog, quotes, totals, book } from '../core/prices';
import { statusMessage } from '../core/lifecycle';
import { PricingError } from '../core/errors';
import { msg, type MessageCode } from '../core/message';
import { excerpt, nameKey } from '../core/text';
import { itemShort, termLabel, unitLabel } from '../core/vocabulary';
import { word, type Lang } from '../messages/catalogue';
import { asSheetError, broadcast, type CellValue } from './broadcast';
import { cmiRange, cmiStorageRange, ftRange, ondemandRange, ptRange, rftRange, storageRange } from './fast-range';
import { num, text, textOrNumber, type CellInput } from './cells';
import { lazyLang } from './locale';
import { pricesChecked } from '../core/history';

type Result = CellValue | CellValue[][];

export function bedrockFtCost(
  model: CellInput,
  trainingTokens: CellInput,
  epochs?: CellInput,
  region?: CellInput,
  pricePer1k?: CellInput,
): Result {
  const range = ftRange(model, trainingTokens, epochs, region, pricePer1k);
  if (range) return range;
  return broadcast([model, trainingTokens, epochs, region, pricePer1k], ([m, t, e, r, p]) =>
    totals.fineTuning({
      model: text(m, 'model'),
      tokens: num(t, 'training_tokens'),
      epochs: num(e, 'epochs'),
      region: text(r, 'region'),
      price: num(p, 'price_per_1k'),
    }),
  );
}

export function bedrockStorageCost(model: CellInput, months?: CellInput, region?: CellInput, pricePerMonth?: CellInput): Result {
  const range = storageRange(model, months, region, pricePerMonth);
  if (range) return range;
  return broadcast([model, months, region, pricePerMonth], ([m, n, r, p]) =>
    totals.storage({ model: text(m, 'model'), months: num(n, 'months'), region: text(r, 'region'), price: num(p, 'price_per_month') }),
  );
}

export function bedrockPtMonthly(
  model: CellInput,
  modelUnits?: CellInput,
  term?: CellInput,
  hours?: CellInput,
  region?: CellInput,
  pricePerMuHour?: CellInput,
): Result {
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

export function bedrockOndemandCost(
  model: CellInput,
  inputTokens: CellInput,
  outputTokens: CellInput,
  region?: CellInput,
  pricePer1kInput?: CellInput,
  pricePer1kOutput?: CellInput,
): Result {
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

export function bedrockCmiCost(
  modelOrCmus: CellInput,
  activeMinutes: CellInput,
  copies?: CellInput,
  region?: CellInput,
  pricePerCmuMinute?: CellInput,
): Result {
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
    totals.cmiStorage({
      modelOrCmus: textOrNumber(m, 'model_or_cmus'),
      months: num(n, 'months'),
      region: text(r, 'region'),
      price: num(p, 'price_per_cmu_month'),
    }),
  );
}

export function bedrockRftCost(model: CellInput, hours: CellInput, region?: CellInput, pricePerHour?: CellInput): Result {
  const range = rftRange(model, hours, region, pricePerHour);
  if (range) return range;
  return broadcast([model, hours, region, pricePerHour], ([m, h, r, p]) =>
    totals.reinforcementFineTuning({
      model: text(m, 'model'),
      hours: num(h, 'hours'),
      region: text(r, 'region'),
      price: num(p, 'price_per_hour'),
    }),
  );
}

function rateInfo(model: CellInput, item: CellInput, region: CellInput, term: CellInput) {
  return quotes.rate({
    model: textOrNumber(model, 'model'),
    item: text(item, 'item'),
    region: text(region, 'region'),
    term: textOrNumber(term, 'term'),
  });
}

export function bedrockRate(model: CellInput, item: CellInput, region?: CellInput, term?: CellInput): Result {
  return broadcast([model, item, region, term], ([m, i, r, t]) => Number(rateInfo(m, i, r, t).usd));
}

/** A header row in the spreadsheet's language. */
export function header(columns: readonly MessageCode[], lang: Lang): string[] {
  return columns.map((c) => word(msg(c), lang));
}

/**
 * The columns of a BEDROCK_RATE_INFO row. The function returns no header row (one row per input position, so a
 * range of inputs lines up with its answers); a sheet that wants one can label its columns with these.
 */
export const RATE_INFO_COLUMNS: readonly MessageCode[] = [
  'tables.rate-price',
  'tables.rate-unit',
  'tables.rate-region',
  'tables.rate-term',
  'tables.rate-as-of',
  'tables.rate-source',
  'tables.rate-caveat',
];

/** One row per input position: price, unit, region, term, as-of date, source and a caveat where AWS's data needs one, worded in the spreadsheet's language. */
export function bedrockRateInfo(model: CellInput, item: CellInput, region?: CellInput, term?: CellInput): CellValue[][] {
  const lang = lazyLang();
  const rows: CellValue[][] = [];
  const result = broadcast(
    [model, item, region, term],
    ([m, i, r, t]) => {
      const p = rateInfo(m, i, r, t);
      const term = p.term && (p.variant === 'base' ? msg('tables.rate-base-term', { term: termLabel(p.term) }) : termLabel(p.term));
      const l = lang();
      const caveat = p.caveat ? (l === 'ja' ? p.caveat.noteJa : p.caveat.note) : '';
      rows.push([Number(p.usd), word(unitLabel(p.unit), l), p.region, term ? word(term, l) : '', p.asOf, word(p.source, l), caveat]);
      return rows.length - 1;
    },
    lang,
  );
  if (!Array.isArray(result)) return [rows[0]!];
  if (result.some((row) => row.length > 1)) throw asSheetError(new PricingError('bad-range', msg('tables.rate-info-columns')), lang);
  return result.map(([i]) => (i === '' ? ['', '', '', '', '', '', ''] : rows[i as number]!));
}

export const MODELS_COLUMNS: readonly MessageCode[] = [
  'tables.models-id',
  'tables.models-name',
  'tables.models-provider',
  'tables.models-priced',
  'tables.models-regions',
];

export function bedrockModels(search?: CellInput, region?: CellInput): CellValue[][] {
  const lang = lazyLang();
  try {
    if (Array.isArray(search) || Array.isArray(region))
      throw new PricingError('bad-range', msg('tables.single-values', { fn: 'BEDROCK_MODELS' }));
    const wanted = text(search, 'search');
    const regionCode = catalog.region(text(region, 'region'));
    const key = wanted ? nameKey(wanted) : '';
    const rows: CellValue[][] = [header(MODELS_COLUMNS, lang())];
    // Every name each model answers to, gathered in one pass over the name index.
    const namesOf = book.models.map((): string[] => []);
    for (const [name, i] of Object.entries(book.modelNames)) namesOf[i]!.push(name);
    book.models.forEach((m, i) => {
      const names = namesOf[i]!;
      if (key && !names.some((n) => n.includes(key)) && !nameKey(m.provider).includes(key)) return;
      const regions = [...new Set(m.priced.flatMap((item) => catalog.pricedRegions(m.id, item)))].sort();
      if (regionCode && !regions.includes(regionCode)) return;
      // One name per kind of price, in the language's list style ("fine-tuning, storage" / 「ファインチューニング、保管」).
      const priced = [...new Set(m.priced.map((it) => itemShort(it).code))].map((code) => msg(code));
      const what = priced.length ? msg('tables.list', { items: priced }) : msg('tables.models-nothing-priced');
      rows.push([m.id, m.name, m.provider, word(what, lang()), regions.join(', ')]);
    });
    if (rows.length === 1)
      throw new PricingError(
        'unknown-model',
        regionCode
          ? msg('lookup.no-model-matches-in', { search: excerpt(wanted ?? ''), region: regionCode })
          : msg('lookup.no-model-matches', { search: excerpt(wanted ?? '') }),
      );
    return rows;
  } catch (e) {
    throw asSheetError(e, lang);
  }
}

/** With a region, its own lifecycle dates where it has some; without, the model's, naming the regions that differ. */
export function bedrockModelStatus(model: CellInput, region?: CellInput): Result {
  const lang = lazyLang();
  return broadcast(
    [model, region],
    ([m, r]) => {
      const name = text(m, 'model');
      if (name === undefined) throw new PricingError('missing-argument', msg('lookup.model-missing'));
      return word(statusMessage(catalog.model(name), catalog.region(text(r, 'region'))), lang());
    },
    lang,
  );
}

/** "checked 2025-02-28 – 2026-09-11 (most 2026-01-14)": when a first-party source last confirmed the current prices. */
export function bedrockPricesAsOf(): string {
  return word(pricesChecked(book), lazyLang()());
}
