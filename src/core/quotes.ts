/**
 * The pricing core's public operations: each takes what a user gave (already coerced to numbers and strings, with
 * undefined for "omitted") and returns an exact Quote with one line per charge. The cell functions, the sidebar and
 * the tools all call these, so a number means the same thing everywhere.
 */
import {
  cmiInferenceCost,
  cmiWindows,
  hourlyCost,
  provisionedThroughputCost,
  storageCost,
  tokenCost,
  trainingCost,
  CMI_WINDOW_MINUTES,
} from './billing';
import { Catalog, type PriceInfo } from './catalog';
import { cmiPrice, cmiSize, resolveCmi } from './cmi';
import type { CompiledBook, CompiledModel } from './compiled-book';
import { PricingError } from './errors';
import * as check from './inputs';
import { msg, type Message } from './message';
import { decimal, ZERO, type Decimal } from './money';
import type { Item, Term, Unit } from './price-book';
import { excerpt } from './text';
import { ACCEPTED_ITEMS, itemFromText } from './vocabulary';

export interface QuoteLine {
  item: Item;
  /** The quantity the unit price was multiplied by, as a message ("744 h × 1 MU"). */
  quantity: Message;
  price: PriceInfo;
  amount: Decimal;
}

export interface Quote {
  total: Decimal;
  lines: QuoteLine[];
  model?: CompiledModel;
}

type Num = number | undefined;
type Text = string | undefined;

export { BASE_PREFIX, DEFAULTS } from './defaults';
import { BASE_PREFIX, DEFAULTS } from './defaults';

function userPrice(value: number, name: string, item: Item, unit: Unit, region: string | undefined): PriceInfo {
  return {
    usd: check.price(value, name).toString(),
    unit,
    item,
    region: region ?? '',
    asOf: '',
    sourceId: 'user',
    source: msg('quote.price-given'),
    overridden: true,
  };
}

function one(item: Item, quantity: Message, price: PriceInfo, amount: Decimal, model?: CompiledModel): Quote {
  return { total: amount, lines: [{ item, quantity, price, amount }], ...(model ? { model } : {}) };
}

export class Quotes {
  readonly catalog: Catalog;

  constructor(book: CompiledBook) {
    this.catalog = new Catalog(book);
  }

  private modelArg(model: Text): string {
    return check.required(model, 'model', msg('input.accepts-model', { example: 'Nova Lite' }));
  }

  /** The model, or — when the caller supplies the price — possibly a model the book does not know. */
  private modelFor(model: Text, priceGiven: boolean): CompiledModel | undefined {
    const text = this.modelArg(model);
    return priceGiven ? this.catalog.findModel(text) : this.catalog.model(text);
  }

  private bookPrice(m: CompiledModel, item: Item, region: string | undefined, term?: Term, base = false): PriceInfo {
    return this.catalog.price({
      subject: m.id,
      label: m.name,
      item,
      ...(region ? { region } : {}),
      ...(term ? { term } : {}),
      ...(item === 'pt' ? { variant: base ? 'base' : 'custom' } : {}),
    });
  }

  fineTuning(a: { model: Text; tokens: Num; epochs?: Num; region?: Text; price?: Num }): Quote {
    const units = check.nonNegative(check.required(a.tokens, 'training_tokens', msg('input.accepts-training-tokens')), 'training_tokens');
    // Bedrock's epoch count is a whole number: 1.5 epochs is refused, not billed as 1.5.
    const epochs = check.wholeCount(a.epochs ?? DEFAULTS.epochs, 'epochs');
    const region = this.catalog.region(a.region);
    const m = this.modelFor(a.model, a.price !== undefined);
    const images = m?.trainingUnit === 'images';
    const p =
      a.price !== undefined
        ? userPrice(a.price, 'price_per_1k', 'training', images ? 'per-image' : 'per-1k-tokens', region)
        : this.bookPrice(m!, 'training', region);
    const amount = trainingCost(units, epochs, decimal(p.usd), p.unit);
    const quantity =
      p.unit === 'per-image'
        ? msg('quote.images-epochs', { images: units.toString(), epochs: epochs.toString() })
        : msg('quote.tokens-epochs', { tokens: units.toString(), epochs: epochs.toString() });
    return one('training', quantity, p, amount, m);
  }

  storage(a: { model: Text; months?: Num; region?: Text; price?: Num }): Quote {
    const months = check.nonNegative(a.months ?? DEFAULTS.months, 'months');
    const region = this.catalog.region(a.region);
    const m = this.modelFor(a.model, a.price !== undefined);
    const p =
      a.price !== undefined
        ? userPrice(a.price, 'price_per_month', 'storage', 'per-model-month', region)
        : this.bookPrice(m!, 'storage', region);
    return one('storage', msg('quote.months', { months: months.toString() }), p, storageCost(decimal(p.usd), months, decimal(1)), m);
  }

  provisionedThroughput(a: { model: Text; modelUnits?: Num; term?: string | number; hours?: Num; region?: Text; price?: Num }): Quote {
    const modelUnits = check.wholeCount(a.modelUnits ?? DEFAULTS.modelUnits, 'model_units');
    const term = this.catalog.term(a.term, DEFAULTS.term);
    const hours = check.nonNegative(a.hours ?? DEFAULTS.hours, 'hours');
    const region = this.catalog.region(a.region);
    const text = this.modelArg(a.model);
    const base = BASE_PREFIX.test(text);
    const m = this.modelFor(text.replace(BASE_PREFIX, ''), a.price !== undefined);
    const p =
      a.price !== undefined
        ? { ...userPrice(a.price, 'price_per_mu_hour', 'pt', 'per-mu-hour', region), term }
        : this.bookPrice(m!, 'pt', region, term, base);
    const amount = provisionedThroughputCost(decimal(p.usd), modelUnits, hours);
    return one('pt', msg('quote.hours-units', { hours: hours.toString(), units: modelUnits.toString() }), p, amount, m);
  }

  onDemand(a: { model: Text; inputTokens: Num; outputTokens: Num; region?: Text; priceIn?: Num; priceOut?: Num }): Quote {
    const inTokens = check.nonNegative(check.required(a.inputTokens, 'input_tokens', msg('input.accepts-input-tokens')), 'input_tokens');
    const outTokens = check.nonNegative(
      check.required(a.outputTokens, 'output_tokens', msg('input.accepts-output-tokens')),
      'output_tokens',
    );
    const region = this.catalog.region(a.region);
    const bothGiven = a.priceIn !== undefined && a.priceOut !== undefined;
    const m = this.modelFor(a.model, bothGiven);
    const pIn =
      a.priceIn !== undefined
        ? userPrice(a.priceIn, 'price_per_1k_input', 'ondemand-input', 'per-1k-tokens', region)
        : this.bookPrice(m!, 'ondemand-input', region);
    const pOut =
      a.priceOut !== undefined
        ? userPrice(a.priceOut, 'price_per_1k_output', 'ondemand-output', 'per-1k-tokens', region)
        : this.bookPrice(m!, 'ondemand-output', region ?? (pIn.overridden ? undefined : pIn.region));
    const lines: QuoteLine[] = [
      {
        item: 'ondemand-input',
        quantity: msg('quote.input-tokens', { tokens: inTokens.toString() }),
        price: pIn,
        amount: tokenCost(inTokens, decimal(pIn.usd), pIn.unit),
      },
      {
        item: 'ondemand-output',
        quantity: msg('quote.output-tokens', { tokens: outTokens.toString() }),
        price: pOut,
        amount: tokenCost(outTokens, decimal(pOut.usd), pOut.unit),
      },
    ];
    return { total: lines.reduce((s, l) => s.plus(l.amount), ZERO), lines, ...(m ? { model: m } : {}) };
  }

  cmiInference(a: { modelOrCmus: string | number | undefined; minutes: Num; copies?: Num; region?: Text; price?: Num }): Quote {
    const { subject, cmus } = cmiSize(this.catalog, a.modelOrCmus);
    const minutes = check.nonNegative(check.required(a.minutes, 'active_minutes', msg('input.accepts-active-minutes')), 'active_minutes');
    const copies = check.wholeCount(a.copies ?? DEFAULTS.copies, 'copies');
    const region = this.catalog.region(a.region);
    const p =
      a.price !== undefined
        ? userPrice(a.price, 'price_per_cmu_minute', 'cmi-inference', 'per-cmu-minute', region)
        : cmiPrice(this.catalog, subject, 'cmi-inference', region);
    const windows = cmiWindows(minutes);
    const amount = cmiInferenceCost(minutes, cmus, copies, decimal(p.usd));
    const quantity = msg('quote.cmi-windows', {
      windows: windows.toString(),
      minutes: CMI_WINDOW_MINUTES,
      cmus: cmus.toString(),
      copies: copies.toString(),
    });
    return one('cmi-inference', quantity, p, amount);
  }

  cmiStorage(a: { modelOrCmus: string | number | undefined; months?: Num; region?: Text; price?: Num }): Quote {
    const { subject, cmus } = cmiSize(this.catalog, a.modelOrCmus);
    const months = check.nonNegative(a.months ?? DEFAULTS.months, 'months');
    const region = this.catalog.region(a.region);
    const p =
      a.price !== undefined
        ? userPrice(a.price, 'price_per_cmu_month', 'cmi-storage', 'per-cmu-month', region)
        : cmiPrice(this.catalog, subject, 'cmi-storage', region);
    return one(
      'cmi-storage',
      msg('quote.months-cmus', { months: months.toString(), cmus: cmus.toString() }),
      p,
      storageCost(decimal(p.usd), months, cmus),
    );
  }

  reinforcementFineTuning(a: { model: Text; hours: Num; region?: Text; price?: Num }): Quote {
    const hours = check.nonNegative(check.required(a.hours, 'hours', msg('input.accepts-rft-hours')), 'hours');
    const region = this.catalog.region(a.region);
    const m = this.modelFor(a.model, a.price !== undefined);
    const p = a.price !== undefined ? userPrice(a.price, 'price_per_hour', 'rft', 'per-hour', region) : this.bookPrice(m!, 'rft', region);
    return one('rft', msg('quote.hours', { hours: hours.toString() }), p, hourlyCost(decimal(p.usd), hours), m);
  }

  /** The unit price of one item, as BEDROCK_RATE / BEDROCK_RATE_INFO return it. */
  rate(a: { model: string | number | undefined; item: Text; region?: Text; term?: string | number }): PriceInfo {
    const itemText = check.required(a.item, 'item', ACCEPTED_ITEMS);
    const parsed = itemFromText(itemText);
    if (!parsed) throw new PricingError('unknown-item', msg('lookup.unknown-item', { value: excerpt(String(itemText)) }));
    const region = this.catalog.region(a.region);
    const modelValue = check.required(a.model, 'model', msg('input.accepts-model', { example: 'Nova Lite' }));
    if (parsed.item === 'cmi-inference' || parsed.item === 'cmi-storage') {
      return cmiPrice(this.catalog, resolveCmi(this.catalog, modelValue, 'model'), parsed.item, region);
    }
    const text = String(modelValue);
    const base = parsed.base || BASE_PREFIX.test(text);
    const m = this.catalog.model(text.replace(BASE_PREFIX, ''));
    const term = parsed.item === 'pt' ? this.catalog.term(a.term, DEFAULTS.term) : undefined;
    return this.bookPrice(m, parsed.item, region, term, base);
  }
}
