/**
 * BEDROCK_RATE_HISTORY: every reading the price book keeps of one price, as a table with a header row. One table
 * answers one price, so its arguments are single values (a one-cell range counts as its value); every argument
 * blank gives a blank cell, so the formula can wait in a template row.
 */
import { quotes } from '../core';
import { unitLabel } from '../core/vocabulary';
import { PricingError } from '../core/errors';
import { rateHistory } from '../core/history';
import { msg } from '../core/message';
import { word } from '../messages/catalogue';
import { asSheetError, type CellValue } from './broadcast';
import { isBlank, text, textOrNumber, type CellInput } from './cells';
import { lazyLang } from './locale';

const HEADER = ['book.history-price', 'book.history-unit', 'book.history-from', 'book.history-to', 'book.history-source'] as const;

/** A one-cell range is its value; a larger one cannot ask for one price. */
function single(v: CellInput): CellInput {
  if (!Array.isArray(v)) return v;
  if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0];
  throw new PricingError('bad-range', msg('book.history-single'));
}

export function bedrockRateHistory(model: CellInput, item: CellInput, region?: CellInput, term?: CellInput): CellValue | CellValue[][] {
  const lang = lazyLang();
  try {
    const [m, i, r, t] = [model, item, region, term].map(single);
    if ([m, i, r, t].every(isBlank)) return '';
    const readings = rateHistory(quotes, {
      model: textOrNumber(m, 'model'),
      item: text(i, 'item'),
      region: text(r, 'region'),
      term: textOrNumber(t, 'term'),
    });
    const l = lang();
    return [
      HEADER.map((code) => word(msg(code), l)),
      ...readings.map((x): CellValue[] => [Number(x.usd), word(unitLabel(x.unit), l), x.validFrom, x.validTo, word(x.source, l)]),
    ];
  } catch (e) {
    throw asSheetError(e, lang);
  }
}
