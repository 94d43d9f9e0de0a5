/**
 * The monthly estimate as cell functions, adapters over src/core/estimate.ts:
 * - BEDROCK_ESTIMATE(model, [region], [input_tokens], [output_tokens], [schedule], [model_units], [month]) → a
 *   table, header row first, one row per hosting option (priced rows cheapest first);
 * - BEDROCK_MONTHLY_RANGE(same arguments) → one row: lowest total, highest total, a short text naming the cheapest
 *   and the dearest option and their regions. Given a column of inputs it gives one such row per input row.
 * Headers, labels and notes are worded in the spreadsheet's language; money is exact until it becomes the nearest
 * double; every problem is a message in #ERROR!.
 */
import { estimates, toNumber } from '../core';
import { caveatNote } from '../core/catalog';
import { PricingError } from '../core/errors';
import type { Estimate } from '../core/estimate';
import { msg, type Message } from '../core/message';
import type { Decimal } from '../core/money';
import { word, type Lang } from '../messages/catalogue';
import { asSheetError, type CellValue } from './broadcast';
import { isBlank, num, textOrNumber, text, type CellInput } from './cells';
import { lazyLang } from './locale';

const HEADER: Message[] = ['option', 'region', 'billed', 'hosting', 'storage', 'total', 'note'].map((k) =>
  msg(`estimate.header-${k}` as Message['code']),
);

/** The table's header row in a language (the contract's English: Option, Region, Billed, Hosting (USD), …). */
export function estimateHeader(lang: Lang): string[] {
  return HEADER.map((m) => word(m, lang));
}

const amount = (d: Decimal | undefined): CellValue => (d === undefined ? '' : toNumber(d));

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A month from a cell: blank, text, or a date (a date cell arrives as a Date). */
function monthArg(v: CellInput): string | number | Date | undefined {
  if (isBlank(v)) return undefined;
  if (isDate(v)) return v;
  return textOrNumber(v, 'month');
}

/** A schedule from a cell; a date means Sheets read a typed "9-18" or "24/7" as one, which is said, not guessed back. */
function scheduleArg(v: CellInput): string | number | undefined {
  if (isDate(v)) throw new PricingError('bad-number', msg('estimate.schedule-date'));
  return textOrNumber(v, 'schedule');
}

function run(args: CellInput[]): Estimate {
  const [model, region, inputTokens, outputTokens, schedule, modelUnits, month] = args;
  return estimates.estimate({
    model: textOrNumber(model, 'model'),
    region: text(region, 'region'),
    inputTokens: num(inputTokens, 'input_tokens'),
    outputTokens: num(outputTokens, 'output_tokens'),
    schedule: scheduleArg(schedule),
    modelUnits: num(modelUnits, 'model_units'),
    month: monthArg(month),
  });
}

/** A table-valued function takes one value per argument; a one-cell range is that value. */
function single(v: CellInput, fn: string): CellInput {
  if (!Array.isArray(v)) return v;
  if (v.length === 1 && Array.isArray(v[0]) && (v[0] as unknown[]).length === 1) return (v[0] as unknown[])[0];
  throw new PricingError('bad-range', msg('estimate.single-values', { fn }));
}

export function estimateTable(e: Estimate, lang: Lang): CellValue[][] {
  const rows = e.rows.map((r): CellValue[] => [
    word(r.label, lang),
    r.region ?? '',
    r.billed ? word(r.billed, lang) : '',
    amount(r.hosting),
    amount(r.storage),
    amount(r.total),
    r.note ? word(r.note, lang) : '',
  ]);
  return [estimateHeader(lang), ...rows];
}

export function bedrockEstimate(
  model: CellInput,
  region?: CellInput,
  inputTokens?: CellInput,
  outputTokens?: CellInput,
  schedule?: CellInput,
  modelUnits?: CellInput,
  month?: CellInput,
): CellValue[][] {
  const lang = lazyLang();
  try {
    const args = [model, region, inputTokens, outputTokens, schedule, modelUnits, month].map((v) => single(v, 'BEDROCK_ESTIMATE'));
    return estimateTable(run(args), lang());
  } catch (e) {
    throw asSheetError(e, lang);
  }
}

/** [low, high, text] for one estimate; an error when no option has a total. */
export function rangeRow(e: Estimate, lang: Lang): CellValue[] {
  if (!e.cheapest || !e.dearest) {
    const name = e.model?.name ?? e.cmi?.subject.label ?? '';
    throw new PricingError('no-price', msg('estimate.nothing-priced', { model: name }));
  }
  const summary =
    e.cheapest === e.dearest
      ? msg('estimate.range-one', { cheapest: e.cheapest.label, cheapestRegion: e.cheapest.region! })
      : msg('estimate.range-text', {
          cheapest: e.cheapest.label,
          cheapestRegion: e.cheapest.region!,
          dearest: e.dearest.label,
          dearestRegion: e.dearest.region!,
        });
  // The cheapest or dearest option priced with a caveated price says so (issue 13 §2), each caveat once.
  let text = summary;
  const stated = new Set<unknown>();
  for (const r of e.cheapest === e.dearest ? [e.cheapest] : [e.cheapest, e.dearest]) {
    const fresh = r.prices.filter((p) => p.caveat && !stated.has(p.caveat));
    for (const p of fresh) stated.add(p.caveat);
    const caveat = caveatNote(fresh);
    if (caveat) text = msg('estimate.range-caveat', { summary: text, option: r.label, caveat });
  }
  return [toNumber(e.low!), toNumber(e.high!), word(text, lang)];
}

/** An estimate takes about a millisecond: 5,000 rows stay well inside Apps Script's 30 seconds. */
const MAX_ROWS = 5000;

/**
 * One row per position. Arguments are single values, or columns of the same height (a one-cell range is a single
 * value): a column of models or token counts gives one range row each; a row where every column is blank stays blank.
 */
export function bedrockMonthlyRange(
  model: CellInput,
  region?: CellInput,
  inputTokens?: CellInput,
  outputTokens?: CellInput,
  schedule?: CellInput,
  modelUnits?: CellInput,
  month?: CellInput,
): CellValue[][] {
  const lang = lazyLang();
  const args = [model, region, inputTokens, outputTokens, schedule, modelUnits, month];
  let height = 1;
  try {
    for (const a of args) {
      if (!Array.isArray(a)) continue;
      const h = a.length;
      const w = Array.isArray(a[0]) ? (a[0] as unknown[]).length : 0;
      if (h === 0 || w !== 1 || (h !== 1 && height !== 1 && h !== height))
        throw new PricingError('bad-range', msg('estimate.range-shape', { fn: 'BEDROCK_MONTHLY_RANGE' }));
      if (h !== 1) height = h;
    }
    if (height > MAX_ROWS)
      throw new PricingError('too-large', msg('estimate.range-too-tall', { fn: 'BEDROCK_MONTHLY_RANGE', max: MAX_ROWS, rows: height }));
  } catch (e) {
    throw asSheetError(e, lang);
  }
  const ranged = args.some(Array.isArray);
  const out: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const cells = args.map((a) => (Array.isArray(a) ? (a.length === 1 ? a[0] : a[r])[0] : a) as CellInput);
    const columnsGiven = args.map((a, i) => (Array.isArray(a) ? cells[i] : undefined));
    if (ranged && height > 1 && columnsGiven.every(isBlank)) {
      out.push(['', '', '']);
      continue;
    }
    try {
      out.push(rangeRow(run(cells), lang()));
    } catch (e) {
      throw asSheetError(e, lang, height > 1 ? { row: r + 1 } : undefined);
    }
  }
  return out;
}
