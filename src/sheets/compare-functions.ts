/**
 * The budgeting functions of issue 5: the hosting comparison table and the break-evens, as cell adapters over
 * src/core/compare.ts. Same conventions as functions.ts: ranges broadcast (except the table), blanks stay blank,
 * money is exact until it becomes the nearest double, and every problem is a message in #ERROR!.
 */
import { comparisons, toNumber } from '../core';
import { PricingError } from '../core/errors';
import { msg, type MessageCode } from '../core/message';
import type { Decimal } from '../core/money';
import { word } from '../messages/catalogue';
import { asSheetError, broadcast, type CellValue } from './broadcast';
import { num, text, textOrNumber, type CellInput } from './cells';
import { header } from './functions';
import { lazyLang } from './locale';

type Result = CellValue | CellValue[][];

export const COMPARE_COLUMNS: readonly MessageCode[] = [
  'tables.compare-option',
  'tables.compare-price',
  'tables.compare-billed-hours',
  'tables.compare-hosting',
  'tables.compare-storage',
  'tables.compare-total',
  'tables.compare-note',
];

/** A table-valued function takes one value per argument; a one-cell range is that value. */
function single(v: CellInput, fn: string): CellInput {
  if (!Array.isArray(v)) return v;
  if (v.length === 1 && Array.isArray(v[0]) && (v[0] as unknown[]).length === 1) return (v[0] as unknown[])[0];
  throw new PricingError('bad-range', msg('tables.whole-table', { fn }));
}

const amount = (d: Decimal | undefined): CellValue => (d === undefined ? '' : toNumber(d));

/** Header row, then one row per Provisioned Throughput option, cheapest first; unpriced options last with a note. */
export function bedrockCompare(
  model: CellInput,
  modelUnits?: CellInput,
  hoursPerDay?: CellInput,
  days?: CellInput,
  region?: CellInput,
): CellValue[][] {
  const lang = lazyLang();
  try {
    const [m, u, h, d, r] = [model, modelUnits, hoursPerDay, days, region].map((v) => single(v, 'BEDROCK_COMPARE'));
    const c = comparisons.hosting({
      model: text(m, 'model'),
      modelUnits: num(u, 'model_units'),
      hoursPerDay: num(h, 'hours_per_day'),
      days: num(d, 'days'),
      region: text(r, 'region'),
    });
    const rows = c.rows.map((row): CellValue[] => [
      word(row.option, lang()),
      row.price ? Number(row.price.usd) : '',
      toNumber(row.billedHours),
      amount(row.hosting),
      amount(row.storage),
      amount(row.total),
      row.note ? word(row.note, lang()) : '',
    ]);
    return [header(COMPARE_COLUMNS, lang()), ...rows];
  } catch (e) {
    throw asSheetError(e, lang);
  }
}

export function bedrockBreakevenHours(model: CellInput, term?: CellInput, region?: CellInput): Result {
  return broadcast([model, term, region], ([m, t, r]) =>
    toNumber(comparisons.breakEvenHours({ model: text(m, 'model'), term: textOrNumber(t, 'term'), region: text(r, 'region') }).hours),
  );
}

export function bedrockCmiMonthly(
  modelOrCmus: CellInput,
  activeHoursPerDay: CellInput,
  copies?: CellInput,
  days?: CellInput,
  region?: CellInput,
): Result {
  return broadcast([modelOrCmus, activeHoursPerDay, copies, days, region], ([m, h, c, d, r]) =>
    toNumber(
      comparisons.cmiMonthly({
        modelOrCmus: textOrNumber(m, 'model_or_cmus'),
        activeHoursPerDay: num(h, 'active_hours_per_day'),
        copies: num(c, 'copies'),
        days: num(d, 'days'),
        region: text(r, 'region'),
      }).total,
    ),
  );
}

export function bedrockBreakevenTokens(
  model: CellInput,
  tokensPerMinutePerUnit: CellInput,
  term?: CellInput,
  region?: CellInput,
  inputShare?: CellInput,
): Result {
  return broadcast([model, tokensPerMinutePerUnit, term, region, inputShare], ([m, tpm, t, r, s]) => {
    const b = comparisons.breakEvenTokens({
      model: text(m, 'model'),
      tokensPerMinutePerUnit: num(tpm, 'tokens_per_minute_per_unit'),
      term: textOrNumber(t, 'term'),
      region: text(r, 'region'),
      inputShare: textOrNumber(s, 'input_share'),
    });
    if (b.volume === undefined) throw new PricingError('no-break-even', b.sentence);
    return toNumber(b.volume);
  });
}
