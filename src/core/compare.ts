/**
 * The budgeting questions on top of the quotes: which way of hosting a custom model is cheapest for a usage
 * pattern, what a month costs, and where the options cross. Every price, default region and missing-price message
 * is the Catalog's, every amount an exact decimal; the cell functions and the sidebar both call this module.
 *
 * Formulas (P = price per MU-hour, D = days in the month):
 * - hosting, no commitment: P × MUs × hours_per_day × D (billed only while the throughput exists);
 * - hosting, 1- or 6-month term: P × MUs × 24 × D (a term bills every hour of the month);
 * - break-even hours a day: 24 × P(term) ÷ P(no commitment), the same for any MUs and days;
 * - break-even tokens: see breakEvenTokens;
 * - Custom Model Import month: ⌈hours × 60 ÷ 5⌉ windows a day × days × 5 × CMUs × copies × price + 1 month of storage.
 */
import { CMI_WINDOW_MINUTES, cmiWindows, cmiWindowsCost, provisionedThroughputCost, storageCost, tokenCost } from './billing';
import { caveatNote, DEFAULT_REGION, gapNote, type Catalog, type PriceInfo } from './catalog';
import { cmiPrice, cmiSize } from './cmi';
import type { CompiledModel } from './compiled-book';
import { isPricingError, PricingError } from './errors';
import * as check from './inputs';
import { msg, type BilingualText, type Message, type Param } from './message';
import { looksNumeric, normalizeNumberText } from './number-text';
import { excerpt } from './text';
import { decimal, ZERO, type Decimal } from './money';
import type { Item, Term } from './price-book';
import { BASE_PREFIX, type Quote, type Quotes } from './quotes';
import { itemLabel, termLabel, unitLabel } from './vocabulary';

type Num = number | undefined;
type Text = string | undefined;

/** The Provisioned Throughput options, in the order rows that cost the same (or are not priced) keep. */
export const PT_TERMS: Term[] = ['none', '1m', '6m'];

/** What BEDROCK_COMPARE calls each option ("1-month commitment"). */
export function optionLabel(term: Term): Message {
  return msg(`compare.option-${term}` as const);
}

export const COMPARE_DEFAULTS = {
  modelUnits: 1,
  hoursPerDay: 24,
  days: 30,
  region: DEFAULT_REGION,
  term: '1m' as Term,
  /** Input tokens as a share of all tokens: 3 input : 1 output, the usual blend for comparing token prices. */
  inputShare: '0.75',
  /** Hours in the month of a token break-even: the average month, as BEDROCK_PT_MONTHLY's default. */
  monthHours: 730,
  copies: 1,
  cmiDays: 30,
};

const ONE = decimal(1);
const DAY_HOURS = 24;

/** Why a price is absent, in parts a view can word in any language (the row's note words it already). */
export interface Missing {
  item: Item;
  term?: Term;
  region: string;
  /** Regions where the book does price it (for PT: this term, custom rate or the base rate standing in). */
  pricedIn: string[];
  /** From the book's gaps, when one covers this region. */
  reason?: 'not-sold' | 'not-published';
  /** The gap's note: English as the book writes it, Japanese when the book has one (else empty). */
  detail?: BilingualText;
}

export interface CompareRow {
  term: Term;
  option: Message;
  /** The price per MU-hour; undefined when this option is not priced in the region. */
  price?: PriceInfo;
  /** hours_per_day × days without commitment; 24 × days with a term. */
  billedHours: Decimal;
  hosting?: Decimal;
  /** One month of custom-model storage (0 for base-model hosting); undefined when storage is not priced. */
  storage?: Decimal;
  /** hosting + storage; undefined unless both are known. */
  total?: Decimal;
  /** Set when this option's PT price is absent. */
  missing?: Missing;
  /** Undefined when there is nothing to say. */
  note?: Message;
}

export interface Comparison {
  model: CompiledModel;
  /** True for "base:<model>": the base model's rate, and no custom-model storage. */
  base: boolean;
  region: string;
  modelUnits: Decimal;
  hoursPerDay: Decimal;
  days: Decimal;
  storagePrice?: PriceInfo;
  /** Set when custom-model storage is not priced in the region (never for base-model hosting). */
  storageMissing?: Missing;
  /** Cheapest first (by total, or by hosting when storage is unknown: the same order), unpriced options last. */
  rows: CompareRow[];
  /** The first row, when it is priced. */
  cheapest?: Term;
  /** For each term priced together with no commitment. */
  breakEven: Partial<Record<'1m' | '6m', BreakEvenHours>>;
}

export interface BreakEvenHours {
  model: CompiledModel;
  region: string;
  term: '1m' | '6m';
  noCommitment: PriceInfo;
  committed: PriceInfo;
  /** 24 × committed ÷ no commitment, to Big.DP places. 24 or more: the term is never cheaper. */
  hours: Decimal;
  /** True when the term is cheaper at some usage below 24 hours a day. */
  termCanWin: boolean;
  sentence: Message;
}

export interface BreakEvenTokens {
  model: CompiledModel;
  region: string;
  term: Term;
  pt: PriceInfo;
  input: PriceInfo;
  output: PriceInfo;
  inputShare: Decimal;
  monthHours: Decimal;
  tokensPerMinutePerUnit: Decimal;
  /** USD per token at the input:output mix: share × input + (1 − share) × output. */
  blendedPerToken: Decimal;
  /** One model unit for the month: P × month hours. */
  unitMonthly: Decimal;
  /** Tokens a month one unit can carry at the quoted throughput: tokens per minute × 60 × month hours. */
  capacityPerUnit: Decimal;
  /** Tokens a month each unit must carry to cost less than on demand: unitMonthly ÷ blendedPerToken. */
  perUnit: Decimal;
  /** Below this throughput per unit, Provisioned Throughput is never cheaper: P ÷ (60 × blendedPerToken). */
  minTokensPerMinute: Decimal;
  /** Units in use at the break-even volume; undefined when there is none. */
  units?: number;
  /** The monthly volume above which Provisioned Throughput is always cheaper; undefined when it never is. */
  volume?: Decimal;
  sentence: Message;
}

export interface CmiMonth extends Quote {
  cmus: Decimal;
  copies: Decimal;
  days: Decimal;
  windowsPerDay: Decimal;
  windows: Decimal;
}

/** 1234567.891 → "1,234,567.89" (dp places, half up). */
export function grouped(value: Decimal, dp = 2): string {
  const [whole, frac] = value.toFixed(dp).split('.');
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

export class Comparisons {
  readonly catalog: Catalog;

  constructor(quotes: Quotes) {
    this.catalog = quotes.catalog;
  }

  private ptModel(model: Text): { model: CompiledModel; base: boolean } {
    const text = check.required(model, 'model', msg('input.accepts-model', { example: 'Llama 2 13B' }));
    return { model: this.catalog.model(text.replace(BASE_PREFIX, '')), base: BASE_PREFIX.test(text) };
  }

  private ptPrice(m: CompiledModel, region: string | undefined, term: Term, base: boolean): PriceInfo {
    // These functions have no price argument, so a missing price does not point to one.
    return this.catalog.price({
      subject: m.id,
      label: m.name,
      item: 'pt',
      term,
      variant: base ? 'base' : 'custom',
      ownPrice: false,
      ...(region ? { region } : {}),
    });
  }

  private missing(m: CompiledModel, item: Item, region: string, term?: Term, base = false): Missing {
    const pricedIn = this.catalog.regionsFor({ subject: m.id, item, ...(term ? { term, variant: base ? 'base' : 'custom' } : {}) });
    const gap = this.catalog.gapFor(m.id, item, region, term, term ? (base ? 'base' : 'custom') : undefined);
    return { item, ...(term ? { term } : {}), region, pricedIn, ...(gap ? { reason: gap.reason, detail: gapNote(gap) } : {}) };
  }

  /** "Not priced in us-east-1: AWS does not sell it (…). Priced in: …", for an option or for the model's storage. */
  private missingNote(m: Missing, storage = false): Message {
    const where = m.pricedIn.length ? msg('compare.priced-in', { regions: m.pricedIn }) : msg('compare.priced-nowhere');
    if (!m.reason) return msg(storage ? 'compare.storage-not-priced' : 'compare.not-priced', { region: m.region, where });
    const reason = msg(m.reason === 'not-sold' ? 'lookup.reason-not-sold' : 'lookup.reason-not-published');
    return msg(storage ? 'compare.storage-not-priced-because' : 'compare.not-priced-because', {
      region: m.region,
      reason,
      note: m.detail!,
      where,
    });
  }

  /**
   * BEDROCK_COMPARE: the three Provisioned Throughput options for a month of the given usage, cheapest first.
   * The region defaults to us-east-1 (not to wherever the model happens to be priced), so a table always says
   * which region it is about; an option priced only elsewhere gets a note naming where.
   */
  hosting(a: { model: Text; modelUnits?: Num; hoursPerDay?: Num; days?: Num; region?: Text }): Comparison {
    const { model, base } = this.ptModel(a.model);
    const modelUnits = check.wholeCount(a.modelUnits ?? COMPARE_DEFAULTS.modelUnits, 'model_units');
    const hoursPerDay = check.between(
      a.hoursPerDay ?? COMPARE_DEFAULTS.hoursPerDay,
      0,
      DAY_HOURS,
      'hours_per_day',
      msg('input.what-hours'),
    );
    const days = monthDays(a.days ?? COMPARE_DEFAULTS.days, 'days');
    const region = this.catalog.region(a.region) ?? COMPARE_DEFAULTS.region;

    let storagePrice: PriceInfo | undefined;
    let storageMissing: Missing | undefined;
    let storage: Decimal | undefined;
    let rowNote: Message | undefined;
    if (base) {
      storage = ZERO;
      rowNote = msg('compare.base-hosting');
    } else {
      const row = this.catalog.row(model.id, 'storage', region);
      if (row) {
        storagePrice = this.catalog.info(row, 'storage', region);
        storage = storageCost(decimal(storagePrice.usd), ONE, ONE);
      } else {
        storageMissing = this.missing(model, 'storage', region);
        rowNote = msg('compare.no-total', {
          missing: this.missingNote(storageMissing, true),
          ...(storageMissing.pricedIn.length ? {} : { hint: msg('compare.base-hint', { model: model.name }) }),
        });
      }
    }

    const prices: Partial<Record<Term, PriceInfo>> = {};
    const rows: CompareRow[] = PT_TERMS.map((term) => {
      const billedHours = term === 'none' ? hoursPerDay.times(days) : days.times(DAY_HOURS);
      const option = optionLabel(term);
      let price: PriceInfo | undefined;
      try {
        price = this.ptPrice(model, region, term, base);
      } catch (e) {
        if (!isPricingError(e) || e.code !== 'no-price') throw e;
      }
      if (!price) {
        const missing = this.missing(model, 'pt', region, term, base);
        return { term, option, billedHours, missing, note: this.missingNote(missing) };
      }
      prices[term] = price;
      const hosting = provisionedThroughputCost(decimal(price.usd), modelUnits, billedHours);
      // A caveated price (AWS contradicts itself, the number looks wrong) is stated wherever it is used.
      const caveat = caveatNote([price, storagePrice]);
      const note = rowNote && caveat ? msg('lookup.one-then-other', { first: rowNote, second: caveat }) : (rowNote ?? caveat);
      return {
        term,
        option,
        price,
        billedHours,
        hosting,
        ...(storage !== undefined ? { storage, total: hosting.plus(storage) } : {}),
        ...(note ? { note } : {}),
      };
    });
    const key = (r: CompareRow) => r.total ?? r.hosting;
    rows.sort((x, y) => {
      const kx = key(x);
      const ky = key(y);
      if (kx && ky) return kx.cmp(ky) || PT_TERMS.indexOf(x.term) - PT_TERMS.indexOf(y.term);
      if (kx || ky) return kx ? -1 : 1;
      return PT_TERMS.indexOf(x.term) - PT_TERMS.indexOf(y.term);
    });

    const breakEven: Comparison['breakEven'] = {};
    for (const term of ['1m', '6m'] as const) {
      if (prices.none && prices[term]) breakEven[term] = this.breakEven(model, term, prices.none, prices[term]!);
    }
    return {
      model,
      base,
      region,
      modelUnits,
      hoursPerDay,
      days,
      ...(storagePrice ? { storagePrice } : {}),
      ...(storageMissing ? { storageMissing } : {}),
      rows,
      ...(rows[0]!.price ? { cheapest: rows[0]!.term } : {}),
      breakEven,
    };
  }

  /**
   * BEDROCK_BREAKEVEN_HOURS: the hours a day of no-commitment use above which the term is cheaper. A month of
   * D days costs P(none) × h × D without commitment and P(term) × 24 × D with it (storage and MUs are the same on
   * both sides), so they cross at h = 24 × P(term) ÷ P(none). The region is the term price's (the Catalog's
   * default: us-east-1, or the only region where it is priced); the no-commitment price is taken in the same region.
   */
  breakEvenHours(a: { model: Text; term?: string | number; region?: Text }): BreakEvenHours {
    const { model, base } = this.ptModel(a.model);
    const term = this.catalog.term(a.term, COMPARE_DEFAULTS.term);
    if (term === 'none') throw new PricingError('unknown-term', msg('compare.term-must-commit'));
    const region = this.catalog.region(a.region);
    const committed = this.ptPrice(model, region, term, base);
    const noCommitment = this.ptPrice(model, committed.region, 'none', base);
    return this.breakEven(model, term, noCommitment, committed);
  }

  private breakEven(model: CompiledModel, term: '1m' | '6m', noCommitment: PriceInfo, committed: PriceInfo): BreakEvenHours {
    const none = decimal(noCommitment.usd);
    if (none.lte(0))
      throw new PricingError(
        'no-price',
        msg('compare.zero-no-commitment', { model: model.name, region: noCommitment.region, usd: noCommitment.usd }),
      );
    const hours = decimal(committed.usd).times(DAY_HOURS).div(none);
    const termCanWin = hours.lt(DAY_HOURS);
    const region = noCommitment.region;
    const params = { region, term: optionLabel(term), hours: hours.toFixed(2), formula: `24 × ${committed.usd} ÷ ${noCommitment.usd}` };
    const sentence = withCaveats(
      msg(termCanWin ? 'compare.hours-wins' : hours.eq(DAY_HOURS) ? 'compare.hours-never-same' : 'compare.hours-never-less', params),
      [noCommitment, committed],
    );
    return { model, region, term, noCommitment, committed, hours, termCanWin, sentence };
  }

  /**
   * BEDROCK_BREAKEVEN_TOKENS: the monthly token volume above which Provisioned Throughput is always cheaper than
   * custom-model on-demand inference, if there is one. Storage is left out: the custom model is stored either way.
   *
   * With P the PT price per MU-hour for the term, H the month's hours (730), b the blended on-demand price per
   * token (share × input + (1 − share) × output) and c = tokens per minute × 60 × H the tokens one unit carries in
   * the month: a volume V needs n = ⌈V ÷ c⌉ units, costing n × P × H, against V × b on demand. Each unit pays for
   * itself once it carries V1 = P × H ÷ b tokens. If V1 ≥ c (b × c ≤ P × H) no unit ever can: PT is never cheaper.
   * Otherwise PT is cheaper on (n × V1, n × c] for each n, and on demand on ((n − 1) × c, n × V1]; those on-demand
   * bands stop once n × V1 ≤ (n − 1) × c. So the answer is N × V1 with N the largest n for which n × V1 > (n − 1) × c,
   * i.e. n × (b × c − P × H) < b × c. When one unit's capacity is at least twice V1 (the usual case), N = 1 and the
   * answer is simply V1. The capacity assumes tokens arrive evenly at the quoted rate: real peaks need more units,
   * so treat the result as the lowest volume at which PT can win.
   */
  breakEvenTokens(a: {
    model: Text;
    tokensPerMinutePerUnit: Num;
    term?: string | number;
    region?: Text;
    inputShare?: string | number;
    monthHours?: Num;
  }): BreakEvenTokens {
    const { model, base } = this.ptModel(a.model);
    const tpm = check.positive(
      check.required(a.tokensPerMinutePerUnit, 'tokens_per_minute_per_unit', msg('input.accepts-tokens-per-minute')),
      'tokens_per_minute_per_unit',
    );
    const term = this.catalog.term(a.term, COMPARE_DEFAULTS.term);
    const region = this.catalog.region(a.region);
    const inputShare = parseInputShare(a.inputShare ?? COMPARE_DEFAULTS.inputShare);
    const monthHours = check.positive(a.monthHours ?? COMPARE_DEFAULTS.monthHours, 'month_hours');

    const pt = this.ptPrice(model, region, term, base);
    const onDemand = (item: Item) => this.catalog.price({ subject: model.id, label: model.name, item, region: pt.region, ownPrice: false });
    const input = onDemand('ondemand-input');
    const output = onDemand('ondemand-output');

    const perToken = (p: PriceInfo) => tokenCost(ONE, decimal(p.usd), p.unit);
    const blendedPerToken = inputShare.times(perToken(input)).plus(ONE.minus(inputShare).times(perToken(output)));
    const price = decimal(pt.usd);
    const unitMonthly = price.times(monthHours);
    const capacityPerUnit = tpm.times(60).times(monthHours);
    const fullUnitOnDemand = capacityPerUnit.times(blendedPerToken);
    const margin = fullUnitOnDemand.minus(unitMonthly);
    const perUnit = blendedPerToken.gt(0) ? unitMonthly.div(blendedPerToken) : undefined;
    const minTokensPerMinute = blendedPerToken.gt(0) ? price.div(blendedPerToken.times(60)) : undefined;

    let units: number | undefined;
    let volume: Decimal | undefined;
    if (margin.gt(0)) {
      const n = largestBelow(margin, fullUnitOnDemand);
      // A unit count beyond 2^53 cannot be said exactly (and means the prices and throughput are absurd together).
      if (n.gt(Number.MAX_SAFE_INTEGER)) throw new PricingError('too-large', msg('input.too-many-units', { max: Number.MAX_SAFE_INTEGER }));
      units = Number(n.toString());
      volume = perUnit!.times(n);
    }

    const about = { model: model.name, region: pt.region, term: termLabel(term), share: grouped(inputShare.times(100), 0) };
    const answer =
      volume !== undefined
        ? units! > 1
          ? msg('compare.tokens-wins-units', { ...about, volume: grouped(volume, 0), units: units!, perUnit: grouped(perUnit!, 0) })
          : msg('compare.tokens-wins', { ...about, volume: grouped(volume, 0) })
        : msg(margin.eq(0) ? 'compare.tokens-never-same' : 'compare.tokens-never-less', {
            ...about,
            tpm: grouped(tpm, 0),
            capacity: grouped(capacityPerUnit, 0),
            hours: monthHours.toString(),
            onDemand: grouped(fullUnitOnDemand),
            unitMonthly: grouped(unitMonthly),
            ...(minTokensPerMinute ? { minimum: msg('compare.tokens-minimum', { tpm: grouped(minTokensPerMinute, 0) }) } : {}),
          });
    const sentence = withCaveats(answer, [pt, input, output]);

    return {
      model,
      region: pt.region,
      term,
      pt,
      input,
      output,
      inputShare,
      monthHours,
      tokensPerMinutePerUnit: tpm,
      blendedPerToken,
      unitMonthly,
      capacityPerUnit,
      perUnit: perUnit ?? ZERO,
      minTokensPerMinute: minTokensPerMinute ?? ZERO,
      ...(units !== undefined ? { units } : {}),
      ...(volume !== undefined ? { volume } : {}),
      sentence,
    };
  }

  /**
   * BEDROCK_CMI_MONTHLY: Custom Model Import for a month in which the model is active the same hours each day.
   * Each day's active time is one stretch of whole 5-minute windows (⌈hours × 60 ÷ 5⌉; use spread over several
   * stretches a day rounds up each one, so this is the least it can cost), on each of `days` days. Storage is one
   * month for the model's CMUs: AWS charges it per CMU of the imported model, not per running copy.
   */
  cmiMonthly(a: { modelOrCmus: string | number | undefined; activeHoursPerDay: Num; copies?: Num; days?: Num; region?: Text }): CmiMonth {
    const { subject, cmus } = cmiSize(this.catalog, a.modelOrCmus);
    const hours = check.between(
      check.required(a.activeHoursPerDay, 'active_hours_per_day', msg('input.accepts-active-hours')),
      0,
      DAY_HOURS,
      'active_hours_per_day',
      msg('input.what-hours'),
    );
    const copies = check.wholeCount(a.copies ?? COMPARE_DEFAULTS.copies, 'copies');
    const days = check.between(a.days ?? COMPARE_DEFAULTS.cmiDays, 0, 31, 'days', msg('input.what-whole-days'));
    if (!Number.isInteger(Number(days.toString())))
      throw new PricingError('bad-number', msg('compare.days-whole', { value: days.toString() }));
    const region = this.catalog.region(a.region);

    const inference = cmiPrice(this.catalog, subject, 'cmi-inference', region, false);
    const storage = cmiPrice(this.catalog, subject, 'cmi-storage', inference.region, false);
    const windowsPerDay = cmiWindows(hours.times(60));
    const windows = windowsPerDay.times(days);
    const inferenceAmount = cmiWindowsCost(windows, cmus, copies, decimal(inference.usd));
    const storageAmount = storageCost(decimal(storage.usd), ONE, cmus);
    const lines = [
      {
        item: 'cmi-inference' as const,
        quantity: msg('quote.cmi-month-windows', {
          windows: windows.toString(),
          perDay: windowsPerDay.toString(),
          days: days.toString(),
          minutes: CMI_WINDOW_MINUTES,
          cmus: cmus.toString(),
          copies: copies.toString(),
        }),
        price: inference,
        amount: inferenceAmount,
      },
      {
        item: 'cmi-storage' as const,
        quantity: msg('quote.one-month-cmus', { cmus: cmus.toString() }),
        price: storage,
        amount: storageAmount,
      },
    ];
    return { total: inferenceAmount.plus(storageAmount), lines, cmus, copies, days, windowsPerDay, windows };
  }
}

/**
 * A break-even sentence, then the caveat of each price it used that has one (AWS contradicts itself, the number
 * looks wrong, a limited offer): an answer built on such a price says so, and says which price it is.
 */
function withCaveats(sentence: Message, used: readonly PriceInfo[]): Message {
  let out = sentence;
  for (const p of used) {
    if (!p.caveat) continue;
    const about = { item: itemLabel(p.item), usd: p.usd, unit: unitLabel(p.unit), note: { en: p.caveat.note, ja: p.caveat.noteJa } };
    const caveat = p.term ? msg('compare.price-caveat-term', { ...about, term: termLabel(p.term) }) : msg('compare.price-caveat', about);
    out = msg('lookup.one-then-other', { first: out, second: caveat });
  }
  return out;
}

/** Days in the month: more than 0, at most 31; fractions allowed (30.4167 days ≈ 730 hours). */
function monthDays(value: number, name: string): Decimal {
  const d = check.between(value, 0, 31, name, msg('input.what-month-days'));
  if (d.eq(0)) throw new PricingError('bad-number', msg('compare.days-zero', { name }));
  return d;
}

/**
 * The largest whole n ≥ 0 with n × step < limit (step > 0), in exact decimals. The quotient only proposes it: big.js
 * rounds it to Big.DP places, so it is off by less than one, and one exact check each way settles it. No loop runs
 * more than once, whatever the size of n (a JavaScript number would stop counting at 2^53).
 */
function largestBelow(step: Decimal, limit: Decimal): Decimal {
  let n = limit.div(step).round(0, 0 /* down */);
  if (step.times(n).gte(limit)) n = n.minus(1);
  else if (step.times(n.plus(1)).lt(limit)) n = n.plus(1);
  return n.lt(0) ? ZERO : n;
}

/**
 * The input share of the tokens: a number from 0 to 1 (0.75), a percentage ("75%", "７５％"), a number as text
 * ("0.75", by the rules of number-text.ts), or a ratio as text ("3:1", input:output). A cell holding 3:1 is a time to
 * Sheets, so ratios belong in quotes in the formula. NaN, infinities, empty text and anything else are refused in words.
 */
export function parseInputShare(value: string | number): Decimal {
  const name = 'input_share';
  const refuse = (got: Param) => new PricingError('bad-number', msg('input.input-share', { name, got }));
  let share: Decimal;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw refuse(msg('input.got-not-finite'));
    share = decimal(value);
  } else {
    const text = normalizeNumberText(String(value));
    const got = msg('input.got-text', { text: excerpt(text) });
    if (text === '') throw refuse(got);
    const ratio = /^(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)$/.exec(text);
    if (ratio) {
      const i = decimal(ratio[1]!);
      const sum = i.plus(decimal(ratio[2]!));
      if (sum.eq(0)) throw new PricingError('bad-number', msg('input.ratio-empty', { name, got: excerpt(text) }));
      return i.div(sum);
    }
    const read = check.percentText(text, name) ?? (looksNumeric(text) ? check.numberText(text, name) : undefined);
    if (read === undefined) throw refuse(got);
    share = decimal(read);
  }
  if (share.lt(0) || share.gt(1))
    throw refuse(typeof value === 'number' ? value : msg('input.got-text', { text: excerpt(String(value).trim()) }));
  return share;
}
