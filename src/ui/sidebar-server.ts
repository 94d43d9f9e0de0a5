/**
 * The sidebar's server side: the google.script.run targets. Thin on purpose — inputs are coerced by the same cell
 * adapters the custom functions use, prices come from the one pricing core, and the answer is plain JSON with
 * money as exact decimal strings. Nothing here computes a price.
 */
import {
  book,
  catalog,
  comparisons,
  decimal,
  estimates,
  parseMonth,
  parseSchedule,
  quotes,
  statusMessage,
  toNumber,
  COMPARE_DEFAULTS,
  DEFAULT_REGION,
  isPricingError,
} from '../core';
import type { CompiledModel, Quote } from '../core';
import { isMessage, msg, type Message } from '../core/message';
import { word } from '../messages/catalogue';
import { resolveCmi, type CmiSubject } from '../core/cmi';
import { PricingError } from '../core/errors';
import type { Item, Term } from '../core/price-book';
import { BASE_PREFIX, DEFAULTS } from '../core/quotes';
import { num, text, textOrNumber } from '../sheets/cells';
import { caveatNote } from '../core/catalog';
import { pricesChecked, readingsOf } from '../core/history';
import { checkFormula } from './formula-check';
import { requestFor, type InputId } from './sidebar-request';

import {
  CMI_PROVIDER,
  type Answer,
  type Bilingual,
  type ComparisonResult,
  type EstimateResult,
  type FxRate,
  type FxResult,
  type Text,
  type Field,
  type InsertNeedsConfirmation,
  type InsertOptions,
  type InsertResult,
  type Kind,
  type Lang,
  type QuoteError,
  type QuoteLineView,
  type QuoteOk,
  type QuoteRequest,
  type QuoteResult,
  type RegionChoice,
  type SidebarData,
  type SidebarModel,
  type SidebarServer,
} from './sidebar-types';

import { langOf, userLocale } from './user-locale';

export { langOf, userLocale };

const NUMERIC = /^\s*\d+(\.\d+)?\s*$/;

export const TERMS: Term[] = ['none', '1m', '6m'];
const TERM_ARG: Record<Term, string> = { none: 'none', '1m': '1 month', '6m': '6 months' };

function kindsOf(m: CompiledModel): Kind[] {
  const has = (i: Item) => m.priced.includes(i);
  const kinds: Kind[] = [];
  // "Estimate a month" first: every hosting option for one usage.
  if (has('pt') || (has('ondemand-input') && has('ondemand-output'))) kinds.push('estimate');
  if (has('training')) kinds.push('training');
  if (has('storage')) kinds.push('storage');
  if (has('pt')) kinds.push('pt', 'pt-compare', 'compare');
  if (has('ondemand-input') && has('ondemand-output')) kinds.push('ondemand');
  if (has('rft')) kinds.push('rft');
  return kinds;
}

function cmiModels(): SidebarModel[] {
  const base = {
    provider: CMI_PROVIDER,
    status: 'active' as const,
    statusText: msg('lifecycle.active'),
    kinds: ['cmi', 'cmi-month', 'cmi-storage'] as Kind[],
    trainingUnit: 'none' as const,
  };
  return [
    ...book.cmi.presets.map((p) => ({ ...base, id: p.name, name: p.name, cmus: p.cmus })),
    ...book.cmi.architectures.map((a) => ({ ...base, id: `arch:${a.id}`, name: a.name })),
    { ...base, id: 'cmus', name: 'CMUs' },
  ];
}

/** What the fields hold when the sidebar opens, by input id (rftHours is sent as `hours`). */
const FIELD_DEFAULTS: Partial<Record<InputId, string>> = {
  tokens: '10000000',
  epochs: String(DEFAULTS.epochs),
  months: String(DEFAULTS.months),
  units: String(DEFAULTS.modelUnits),
  hours: String(DEFAULTS.hours),
  term: DEFAULTS.term,
  rftHours: '10',
  inputTokens: '1000000',
  outputTokens: '1000000',
  cmus: '2',
  copies: String(DEFAULTS.copies),
  minutes: '480',
  hoursPerDay: String(COMPARE_DEFAULTS.hoursPerDay),
  days: String(COMPARE_DEFAULTS.days),
  schedule: '24/7',
  month: '',
};

/**
 * Everything the sidebar needs to draw its choices, and the answer for the default choices, so that the first
 * render takes this one round trip. Called once when it opens.
 */
export function getSidebarModel(locale?: string): SidebarData {
  const loc = locale || userLocale();
  const models: SidebarModel[] = book.models.map((m) => ({
    id: m.id,
    name: m.name,
    provider: m.provider,
    status: m.status,
    ...(m.legacyDate ? { legacyDate: m.legacyDate } : {}),
    ...(m.eolDate ? { eolDate: m.eolDate } : {}),
    ...(m.replacement ? { replacement: [...m.replacement] } : {}),
    statusText: statusMessage(m),
    kinds: kindsOf(m),
    trainingUnit: m.trainingUnit,
  }));
  const providers = [...new Set(book.models.map((m) => m.provider)), CMI_PROVIDER];
  const start = catalog.findModel('Nova Lite') ?? book.models[0]!;
  const kind = kindsOf(start)[0] ?? 'pt';
  const fx = exchangeRate();
  const request = requestFor(kind, start.id, FIELD_DEFAULTS, { jpyPerUsd: fx.rate });
  return {
    lang: langOf(loc),
    locale: loc,
    asOf: book.asOf,
    checked: pricesChecked(book),
    providers,
    models: [...models, ...cmiModels()],
    regions: book.regions.map((r) => ({ code: r.code, name: r.name, nameJa: r.nameJa })),
    defaults: { provider: start.provider, model: start.id, kind, fields: { ...FIELD_DEFAULTS }, request },
    fx,
    first: answer(request),
  };
}

/** Answers a request of any view. */
export function answer(req: QuoteRequest): Answer {
  if (req.kind === 'estimate') return getEstimate(req);
  if (req.kind === 'compare') return getComparison(req);
  return getQuote(req);
}

// ---------------------------------------------------------------------------------------------------------------
// The exchange rate

/**
 * The rate the sidebar starts with until the user sets one: a round figure near the 2025–2026 USD/JPY level, not a
 * market price. The sidebar says it is a default and asks for the user's own rate.
 */
export const DEFAULT_JPY_PER_USD = '150';
const FX_PROPERTY = 'jpyPerUsd';

function userProperties(): GoogleAppsScript.Properties.Properties | undefined {
  try {
    return PropertiesService.getUserProperties();
  } catch {
    return undefined;
  }
}

/** The user's remembered rate, or the default. */
export function exchangeRate(): FxRate {
  const saved = userProperties()?.getProperty(FX_PROPERTY);
  return saved
    ? { rate: saved, saved: true, default: DEFAULT_JPY_PER_USD }
    : { rate: DEFAULT_JPY_PER_USD, saved: false, default: DEFAULT_JPY_PER_USD };
}

/** A rate as typed (full-width digits included): a number above zero, or the function-style message saying so. */
function parseRate(typed: unknown): string {
  const bad = () => new PricingError('bad-number', msg('sidebar.fx-bad', { got: String(typed).trim().slice(0, 40) }));
  let n: number | undefined;
  try {
    n = num(typed, 'jpy_per_usd');
  } catch {
    throw bad();
  }
  if (n === undefined) throw new PricingError('missing-argument', msg('sidebar.fx-missing'));
  if (!(n > 0) || n > 1e6) throw bad();
  return decimal(n).toFixed();
}

/** Checks the typed rate and remembers it in the user's properties (per user, across spreadsheets and browsers). */
export function setExchangeRate(typed: string): FxResult {
  try {
    const rate = parseRate(typed);
    userProperties()?.setProperty(FX_PROPERTY, rate);
    return { ok: true, rate, saved: true, default: DEFAULT_JPY_PER_USD };
  } catch (e) {
    if (!isPricingError(e)) throw e;
    return { ok: false, message: messageOf(e) };
  }
}

/** The rate a request carries, or undefined when there is none or it is not a rate (then no yen are shown). */
function rateOf(req: QuoteRequest): string | undefined {
  if (req.jpyPerUsd === undefined || req.jpyPerUsd === '') return undefined;
  try {
    return parseRate(req.jpyPerUsd);
  } catch {
    return undefined;
  }
}

/** USD × JPY per USD in exact decimals, rounded half up to whole yen for display. */
export function yen(usd: string | null | undefined, rate: string | undefined): string | null {
  if (usd === null || usd === undefined || rate === undefined) return null;
  return decimal(usd).times(decimal(rate)).round(0, 1).toFixed();
}

// ---------------------------------------------------------------------------------------------------------------
// Quotes

/** The argument names of the custom functions, as their messages start, → the sidebar field they came from. */
const FIELD_BY_ARG: Record<string, Field> = {
  training_tokens: 'tokens',
  epochs: 'epochs',
  months: 'months',
  model_units: 'units',
  hours: 'hours',
  input_tokens: 'inputTokens',
  output_tokens: 'outputTokens',
  model_or_cmus: 'cmus',
  copies: 'copies',
  active_minutes: 'minutes',
  hours_per_day: 'hoursPerDay',
  active_hours_per_day: 'hoursPerDay',
  days: 'days',
  schedule: 'schedule',
  month: 'month',
};

/** What an error tells the user, as a message: a pricing error's own, anything else as unexpected. */
export function messageOf(e: unknown): Message {
  if (isPricingError(e)) return e.detail;
  return msg('common.unexpected', { detail: e instanceof Error ? e.message : String(e) });
}

/** The sidebar field a message is about: its English wording starts with the argument's name, as in the cells. */
export function fieldOf(message: Message | string): Field | undefined {
  // The sidebar's own messages are worded only in the page; they name their argument as a parameter.
  const own = typeof message !== 'string' && message.code.startsWith('sidebar.');
  const text =
    typeof message === 'string' ? message : own ? String(message.params?.text ?? message.params?.arg ?? '') : word(message, 'en');
  const arg = /^(\w+)/.exec(text)?.[1];
  return arg ? FIELD_BY_ARG[arg] : undefined;
}

/** A text of the core's for the page: a message as it is, the core's own two wordings as they are. */
function textOf(t: Message | Bilingual | undefined): Text | null {
  if (!t) return null;
  if (isMessage(t)) return t;
  return t.en || t.ja ? { en: t.en, ja: t.ja } : null;
}

const str = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** What is being priced: a book model, or a Custom Model Import size. */
interface Subject {
  model?: CompiledModel;
  cmi?: CmiSubject;
  /** The first argument of the formula. */
  arg: string | number;
  name: string;
}

const isCmi = (kind: Kind) => kind === 'cmi' || kind === 'cmi-month' || kind === 'cmi-storage';

function subjectOf(req: QuoteRequest): Subject {
  if (!isCmi(req.kind)) {
    const model = catalog.model(text(req.model, 'model') ?? '');
    return { model, arg: model.name, name: model.name };
  }
  // model_or_cmus exactly as a cell would pass it, so a mistake gets the function's own message.
  const { cmi } = book;
  let value: string | number | undefined;
  const typed = textOrNumber(req.cmus, 'model_or_cmus');
  if (req.model === 'cmus') value = typeof typed === 'string' && NUMERIC.test(typed) ? Number(typed) : typed;
  else if (req.model.startsWith('arch:')) {
    const arch = cmi.architectures.find((a) => `arch:${a.id}` === req.model);
    if (!arch)
      throw new PricingError(
        'unknown-architecture',
        msg('sidebar.unknown-architecture', { arg: 'model_or_cmus', name: req.model.slice(5) }),
      );
    value = typed === undefined ? arch.name : `${arch.name}:${typed}`;
  } else value = req.model;
  if (value === undefined) throw new PricingError('missing-argument', msg('sidebar.cmus-missing', { arg: 'model_or_cmus' }));
  const subject = resolveCmi(catalog, value, 'model_or_cmus');
  return { cmi: subject, arg: value, name: subject.label };
}

function cmiSubjects(s: CmiSubject): string[] {
  if (s.architecture) return [`cmi:${s.architecture}:${s.cmuVersion}`];
  return book.cmi.architectures.filter((a) => a.versions.includes(s.cmuVersion)).map((a) => `cmi:${a.id}:${s.cmuVersion}`);
}

/** Where the chosen item is priced, and for the other regions why not (when the book knows). */
function regionChoices(kind: Kind, s: Subject, term: Term): RegionChoice[] {
  const priced = new Set<string>();
  // What to ask the book's gaps about, for the regions without a price.
  let gapItem: Item | undefined;
  let gapTerm: Term | undefined;
  const add = (codes: string[]) => {
    for (const c of codes) priced.add(c);
  };
  if (s.cmi) {
    const item = kind === 'cmi-storage' ? 'cmi-storage' : 'cmi-inference';
    for (const subject of cmiSubjects(s.cmi)) add(catalog.regionsFor({ subject, item }));
  } else {
    const id = s.model!.id;
    switch (kind) {
      case 'pt':
        add(catalog.regionsFor({ subject: id, item: 'pt', term, variant: 'custom' }));
        gapItem = 'pt';
        gapTerm = term;
        break;
      case 'pt-compare':
      case 'compare':
        for (const t of TERMS) add(catalog.regionsFor({ subject: id, item: 'pt', term: t, variant: 'custom' }));
        gapItem = 'pt';
        break;
      case 'ondemand': {
        const output = catalog.regionsFor({ subject: id, item: 'ondemand-output' });
        add(catalog.regionsFor({ subject: id, item: 'ondemand-input' }).filter((r) => output.includes(r)));
        gapItem = 'ondemand-input';
        break;
      }
      default:
        add(catalog.regionsFor({ subject: id, item: kind as Item }));
        gapItem = kind as Item;
    }
  }
  return book.regions.map(({ code }) => {
    if (priced.has(code)) return { code, priced: true };
    const gap =
      s.model && gapItem ? catalog.gapFor(s.model.id, gapItem, code, gapTerm, gapItem === 'pt' ? 'custom' : undefined) : undefined;
    return gap ? { code, priced: false, gap: gap.reason, note: gap.note } : { code, priced: false };
  });
}

function pickRegion(wanted: string | undefined, choices: RegionChoice[]): string | undefined {
  const priced = choices.filter((c) => c.priced).map((c) => c.code);
  if (wanted && priced.includes(wanted)) return wanted;
  if (priced.includes(DEFAULT_REGION)) return DEFAULT_REGION;
  return priced[0];
}

function lineViews(q: Quote): QuoteLineView[] {
  return q.lines.map((l) => {
    const caveat = caveatNote([l.price]);
    const earlier = l.price.overridden ? [] : readingsOf(catalog, l.price).filter((r) => !r.current);
    return {
      item: l.item,
      quantity: l.quantity,
      usd: l.price.usd,
      unit: l.price.unit,
      region: l.price.region,
      ...(l.price.term ? { term: l.price.term } : {}),
      ...(l.price.variant ? { variant: l.price.variant } : {}),
      asOf: l.price.asOf,
      source: l.price.source,
      sourceTitle: book.sources[l.price.sourceId]?.title ?? '',
      ...(l.price.sourceUrl ? { sourceUrl: l.price.sourceUrl } : {}),
      amount: l.amount.toFixed(),
      ...(caveat ? { caveat } : {}),
      ...(earlier.length ? { earlier: earlier.map((r) => ({ usd: r.usd, from: r.validFrom, to: r.validTo })) } : {}),
    };
  });
}

function priceOne(req: QuoteRequest, s: Subject, region: string | undefined): { quote: Quote; formula: string } {
  const r = region ? `, ${str(region)}` : '';
  const first = typeof s.arg === 'number' ? String(s.arg) : str(s.arg);
  const model = s.model?.id ?? '';
  switch (req.kind) {
    case 'training': {
      const tokens = num(req.tokens, 'training_tokens');
      const epochs = num(req.epochs, 'epochs') ?? DEFAULTS.epochs;
      const quote = quotes.fineTuning({ model, tokens, epochs, region });
      return { quote, formula: `=BEDROCK_FT_COST(${first}, ${tokens}, ${epochs}${r})` };
    }
    case 'storage': {
      const months = num(req.months, 'months') ?? DEFAULTS.months;
      return { quote: quotes.storage({ model, months, region }), formula: `=BEDROCK_STORAGE_COST(${first}, ${months}${r})` };
    }
    case 'pt': {
      const units = num(req.units, 'model_units') ?? DEFAULTS.modelUnits;
      const term = catalog.term(req.term, DEFAULTS.term);
      const hours = num(req.hours, 'hours') ?? DEFAULTS.hours;
      const quote = quotes.provisionedThroughput({ model, modelUnits: units, term, hours, region });
      return { quote, formula: `=BEDROCK_PT_MONTHLY(${first}, ${units}, ${str(TERM_ARG[term])}, ${hours}${r})` };
    }
    case 'ondemand': {
      const inputTokens = num(req.inputTokens, 'input_tokens');
      const outputTokens = num(req.outputTokens, 'output_tokens');
      const quote = quotes.onDemand({ model, inputTokens, outputTokens, region });
      return { quote, formula: `=BEDROCK_ONDEMAND_COST(${first}, ${inputTokens}, ${outputTokens}${r})` };
    }
    case 'rft': {
      const hours = num(req.hours, 'hours');
      return { quote: quotes.reinforcementFineTuning({ model, hours, region }), formula: `=BEDROCK_RFT_COST(${first}, ${hours}${r})` };
    }
    case 'cmi': {
      const minutes = num(req.minutes, 'active_minutes');
      const copies = num(req.copies, 'copies') ?? DEFAULTS.copies;
      const quote = quotes.cmiInference({ modelOrCmus: s.arg, minutes, copies, region });
      return { quote, formula: `=BEDROCK_CMI_COST(${first}, ${minutes}, ${copies}${r})` };
    }
    case 'cmi-month': {
      const hours = num(req.hoursPerDay, 'active_hours_per_day');
      const copies = num(req.copies, 'copies') ?? DEFAULTS.copies;
      const days = num(req.days, 'days') ?? COMPARE_DEFAULTS.cmiDays;
      const quote = comparisons.cmiMonthly({ modelOrCmus: s.arg, activeHoursPerDay: hours, copies, days, region });
      return { quote, formula: `=BEDROCK_CMI_MONTHLY(${first}, ${hours}, ${copies}, ${days}${r})` };
    }
    case 'cmi-storage': {
      const months = num(req.months, 'months') ?? DEFAULTS.months;
      return { quote: quotes.cmiStorage({ modelOrCmus: s.arg, months, region }), formula: `=BEDROCK_CMI_STORAGE(${first}, ${months}${r})` };
    }
    default:
      throw new PricingError('unknown-item', msg('sidebar.unknown-kind', { kind: String(req.kind) }));
  }
}

/** Provisioned Throughput for every term side by side; a term without a price says why instead. */
function compareTerms(
  req: QuoteRequest,
  s: Subject,
  region: string | undefined,
): { lines: QuoteLineView[]; values: number[]; formulas: string[]; total: string } {
  const lines: QuoteLineView[] = [];
  const values: number[] = [];
  const formulas: string[] = [];
  let best: Quote | undefined;
  for (const term of TERMS) {
    try {
      const { quote, formula } = priceOne({ ...req, kind: 'pt', term }, s, region);
      lines.push({ ...lineViews(quote)[0]!, formula });
      values.push(toNumber(quote.total));
      formulas.push(formula);
      if (!best || quote.total.lt(best.total)) best = quote;
    } catch (e) {
      // A bad input is wrong for every term: report it once, against its field.
      if (!isPricingError(e) || e.code === 'bad-number' || e.code === 'missing-argument') throw e;
      lines.push({
        item: 'pt',
        term,
        quantity: '',
        usd: '',
        unit: 'per-mu-hour',
        region: region ?? '',
        asOf: '',
        source: '',
        sourceTitle: '',
        amount: '',
        unavailable: messageOf(e),
      });
    }
  }
  if (!best) throw new PricingError('no-price', msg('sidebar.no-term-priced', { reasons: lines[0]!.unavailable! }));
  return { lines, values, formulas, total: best.total.toFixed() };
}

function lifecycleOf(m: CompiledModel | undefined): QuoteOk['lifecycle'] {
  if (!m || m.status === 'active') return undefined;
  return { status: m.status, ...(m.eolDate ? { eolDate: m.eolDate } : {}), ...(m.replacement ? { replacement: [...m.replacement] } : {}) };
}

/** A pricing error as an answer: the function's own message, tied to the field it is about. */
function failed(e: unknown, req: QuoteRequest, regions: RegionChoice[], region: string | undefined): QuoteError {
  if (!isPricingError(e)) throw e;
  const { kind } = req;
  const typedCmus = isCmi(kind) && (req.model === 'cmus' || req.model.startsWith('arch:'));
  const message = messageOf(e);
  const field = fieldOf(message) ?? (typedCmus && e.code === 'unknown-architecture' ? 'cmus' : undefined);
  return { ok: false, kind, message, regions, ...(field ? { field } : {}), ...(region ? { region } : {}) };
}

/** The live breakdown: called on every change of an input. Bad input is an answer, not a failure. */
export function getQuote(req: QuoteRequest): QuoteResult {
  const kind = req.kind;
  let regions: RegionChoice[] = [];
  let region: string | undefined;
  try {
    const s = subjectOf(req);
    regions = regionChoices(kind, s, catalog.term(req.term, DEFAULTS.term));
    region = pickRegion(req.region, regions);
    const lifecycle = lifecycleOf(s.model);
    const base = { ok: true as const, kind, modelName: s.name, regions, ...(lifecycle ? { lifecycle } : {}) };
    if (kind === 'pt-compare') {
      const c = compareTerms(req, s, region);
      const jpy = yen(c.total, rateOf(req));
      return {
        ...base,
        lines: c.lines,
        total: c.total,
        ...(jpy ? { totalJpy: jpy } : {}),
        values: c.values,
        formulas: c.formulas,
        region: region ?? c.lines.find((l) => l.region)?.region ?? '',
      };
    }
    const { quote, formula } = priceOne(req, s, region);
    const lines = lineViews(quote);
    const jpy = yen(quote.total.toFixed(), rateOf(req));
    return {
      ...base,
      lines,
      total: quote.total.toFixed(),
      ...(jpy ? { totalJpy: jpy } : {}),
      values: [toNumber(quote.total)],
      formulas: [formula],
      region: lines[0]!.region,
    };
  } catch (e) {
    return failed(e, req, regions, region);
  }
}

const exact = (d: { toFixed(): string } | undefined) => (d ? d.toFixed() : null);

/**
 * The Compare view: BEDROCK_COMPARE's table for the model, region and usage (model units, hours a day, days), the
 * break-evens in words, and the formula "Insert table" writes. `model` may start with "base:" for base-model hosting.
 */
export function getComparison(req: QuoteRequest): ComparisonResult {
  const request = { ...req, kind: 'compare' as const };
  let regions: RegionChoice[] = [];
  let region: string | undefined;
  try {
    const model = text(req.model, 'model') ?? '';
    const s = subjectOf({ ...request, model: model.replace(BASE_PREFIX, '') });
    regions = regionChoices('compare', s, DEFAULTS.term);
    region = pickRegion(req.region, regions);
    // Coerced in the order BEDROCK_COMPARE coerces its cells, so a mistake gets the same message.
    const modelUnits = num(req.units, 'model_units');
    const { hoursPerDay, days } =
      req.schedule === undefined ? { hoursPerDay: num(req.hoursPerDay, 'hours_per_day'), days: num(req.days, 'days') } : compareUsage(req);
    const c = comparisons.hosting({ model, modelUnits, hoursPerDay, days, region });
    const lifecycle = lifecycleOf(c.model);
    const name = `${c.base ? 'base:' : ''}${c.model.name}`;
    const rate = rateOf(req);
    return {
      ok: true,
      kind: 'compare',
      modelName: c.model.name,
      region: c.region,
      regions,
      ...(lifecycle ? { lifecycle } : {}),
      rows: c.rows.map((r) => ({
        term: r.term,
        option: textOf(r.option)!,
        usd: r.price?.usd ?? null,
        variant: r.price?.variant ?? null,
        asOf: r.price?.asOf ?? null,
        billedHours: r.billedHours.toFixed(),
        hosting: exact(r.hosting),
        storage: exact(r.storage),
        total: exact(r.total),
        totalJpy: yen(exact(r.total), rate),
        note: textOf(r.note),
      })),
      cheapest: c.cheapest ?? null,
      total: exact(c.rows[0]!.total),
      totalJpy: yen(exact(c.rows[0]!.total), rate),
      breakEven: (['1m', '6m'] as const).flatMap((term) => {
        const b = c.breakEven[term];
        return b ? [{ term, hours: b.hours.toFixed(), sentence: textOf(b.sentence)! }] : [];
      }),
      formula: `=BEDROCK_COMPARE(${str(name)}, ${c.modelUnits}, ${c.hoursPerDay}, ${c.days}, ${str(c.region)})`,
    };
  } catch (e) {
    return failed(e, request, regions, region);
  }
}

/**
 * The Compare view's schedule and month as BEDROCK_COMPARE's hours a day and days: the same hours every day, for the
 * calendar month's days or BEDROCK_COMPARE's 30. A weekday schedule cannot be written as hours a day × days without
 * billing the terms for the weekdays only, so it is refused here and priced by Estimate a month, which bills a term
 * every hour of the month.
 */
function compareUsage(req: QuoteRequest): { hoursPerDay: number; days: number } {
  const schedule = parseSchedule(textOrNumber(req.schedule, 'schedule'));
  const month = parseMonth(text(req.month, 'month'));
  if (schedule.days === 'weekdays')
    throw new PricingError('bad-number', msg('sidebar.compare-weekdays', { arg: 'schedule', schedule: schedule.text }));
  return { hoursPerDay: toNumber(schedule.hoursPerDay), days: month.kind === 'calendar' ? toNumber(month.days) : COMPARE_DEFAULTS.days };
}

/**
 * "Estimate a month": BEDROCK_ESTIMATE's rows for the model, region and usage, the range, the yen beside each
 * amount, and the formula "Insert table" writes. Every region can be asked for: an option not sold there is priced
 * where it is, and its note says so.
 */
export function getEstimate(req: QuoteRequest): EstimateResult {
  const kind = 'estimate' as const;
  let regions: RegionChoice[] = [];
  let region: string | undefined;
  try {
    const model = text(req.model, 'model') ?? '';
    const s = subjectOf({ ...req, kind: 'compare', model: model.replace(BASE_PREFIX, '') });
    regions = estimateRegions(s);
    region = req.region && book.regions.some((r) => r.code === req.region) ? req.region : DEFAULT_REGION;
    // Coerced in the order BEDROCK_ESTIMATE coerces its cells, so a mistake gets the same message.
    const inputTokens = num(req.inputTokens, 'input_tokens');
    const outputTokens = num(req.outputTokens, 'output_tokens');
    const schedule = textOrNumber(req.schedule, 'schedule');
    const modelUnits = num(req.units, 'model_units');
    const month = text(req.month, 'month');
    const e = estimates.estimate({ model, region, inputTokens, outputTokens, schedule, modelUnits, month });
    const rate = rateOf(req);
    const lifecycle = lifecycleOf(e.model);
    const args = [
      str(`${e.base ? 'base:' : ''}${e.model?.name ?? model}`),
      str(e.region),
      String(inputTokens ?? 0),
      String(outputTokens ?? 0),
      typeof schedule === 'number' ? String(schedule) : str(schedule ?? '24/7'),
      e.modelUnits.toFixed(),
      ...(month ? [str(month)] : []),
    ];
    return {
      ok: true,
      kind,
      modelName: e.model?.name ?? s.name,
      region: e.region,
      regions,
      ...(lifecycle ? { lifecycle } : {}),
      rows: e.rows.map((r) => ({
        option: r.option,
        label: r.label,
        region: r.region ?? null,
        billed: r.billed ?? null,
        hosting: exact(r.hosting),
        storage: exact(r.storage),
        total: exact(r.total),
        totalJpy: yen(exact(r.total), rate),
        note: r.note ?? null,
      })),
      low: exact(e.low),
      high: exact(e.high),
      lowJpy: yen(exact(e.low), rate),
      highJpy: yen(exact(e.high), rate),
      formula: `=BEDROCK_ESTIMATE(${args.join(', ')})`,
    };
  } catch (e) {
    return failed(e, { ...req, kind }, regions, region) as EstimateResult;
  }
}

/** Every region can be asked for; those where some hosting option of the model is sold are marked priced. */
function estimateRegions(s: Subject): RegionChoice[] {
  const sold = new Set<string>();
  const add = (codes: string[]) => {
    for (const c of codes) sold.add(c);
  };
  if (s.cmi) for (const subject of cmiSubjects(s.cmi)) add(catalog.regionsFor({ subject, item: 'cmi-inference' }));
  else {
    const id = s.model!.id;
    for (const t of TERMS) add(catalog.regionsFor({ subject: id, item: 'pt', term: t, variant: 'custom' }));
    const output = catalog.regionsFor({ subject: id, item: 'ondemand-output' });
    add(catalog.regionsFor({ subject: id, item: 'ondemand-input' }).filter((r) => output.includes(r)));
  }
  return book.regions.map(({ code }) => ({ code, priced: sold.has(code), choosable: true }));
}

// ---------------------------------------------------------------------------------------------------------------
// Writing to the sheet

/** At most this many cells per insert: the sidebar writes one formula, or one row of a few (a term per cell). */
export const MAX_INSERT_CELLS = 12;
/** The largest magnitude insertValue writes: past 10^15 a double no longer holds every cent of an amount exactly. */
export const MAX_INSERT_VALUE = 1e15;
/** How much of a cell's content the confirmation quotes. */
const EXCERPT = 40;

/** The language of the messages: the sidebar's when it says, else the user's locale (asked only when words are needed). */
function insertLang(options: InsertOptions | undefined): () => Lang {
  let lang: Lang | undefined = options?.lang === 'en' || options?.lang === 'ja' ? options.lang : undefined;
  return () => (lang ??= langOf(userLocale()));
}

function refuse(m: Message, lang: () => Lang): never {
  throw new Error(word(m, lang()));
}

function nameOf(range: GoogleAppsScript.Spreadsheet.Range): string {
  return `${range.getSheet().getName()}!${range.getA1Notation()}`;
}

function excerpt(s: string): string {
  return s.length > EXCERPT ? `${s.slice(0, EXCERPT)}…` : s;
}

/** The cells of a one-row range that hold a formula or a value, with what they hold. */
function occupied(range: GoogleAppsScript.Spreadsheet.Range): { cell: string; content: string }[] {
  const formulas = range.getFormulas()[0] ?? [];
  const values = range.getValues()[0] ?? [];
  const out: { cell: string; content: string }[] = [];
  for (let c = 0; c < range.getNumColumns(); c++) {
    const f = formulas[c] ?? '';
    const v: unknown = values[c];
    if (f === '' && (v === '' || v === null || v === undefined)) continue;
    out.push({ cell: range.offset(0, c, 1, 1).getA1Notation(), content: excerpt(f !== '' ? f : String(v)) });
  }
  return out;
}

/**
 * Write `count` cells from the current cell rightwards — unless some hold something and the user has not agreed to
 * replace exactly these cells (options.confirm = the target named in the question): then nothing is written and the
 * answer says what would be overwritten, worded for the sidebar's confirm control.
 */
function writeRow(
  count: number,
  options: InsertOptions | undefined,
  lang: () => Lang,
  write: (range: GoogleAppsScript.Spreadsheet.Range) => void,
): InsertResult | InsertNeedsConfirmation {
  const cell = SpreadsheetApp.getCurrentCell();
  if (!cell) refuse(msg('insert.no-cell'), lang);
  const range = count === 1 ? cell : cell.offset(0, 0, 1, count);
  const where = nameOf(range);
  const busy = occupied(range);
  if (busy.length && options?.confirm !== where) {
    const l = lang();
    return {
      needsConfirmation: true,
      cell: where,
      overwrite: busy,
      message: word(
        msg('insert.confirm-overwrite', { count: busy.length, cell: where, cells: busy.map((b) => msg('insert.overwritten-cell', b)) }),
        l,
      ),
      replace: word(msg('insert.replace'), l),
      cancel: word(msg('insert.cancel'), l),
    };
  }
  write(range);
  return { cell: where };
}

function checkCount(count: number, lang: () => Lang): void {
  if (count === 0) refuse(msg('insert.nothing-to-insert'), lang);
  if (count > MAX_INSERT_CELLS) refuse(msg('insert.too-many', { max: MAX_INSERT_CELLS, count }), lang);
}

/**
 * Writes one formula into the current cell, or a row of formulas starting there: only a call of one of the add-on's
 * own functions with literal arguments (src/ui/formula-check.ts), and never over a non-empty cell unless confirmed.
 */
export function insertFormula(formulas: string | string[], options?: InsertOptions): InsertResult | InsertNeedsConfirmation {
  const lang = insertLang(options);
  const list: unknown[] = Array.isArray(formulas) ? formulas : [formulas];
  checkCount(list.length, lang);
  for (const f of list) {
    const check = checkFormula(f);
    if (!check.ok) refuse(msg('insert.formula-refused', { reason: check.reason }), lang);
  }
  const row = list as string[];
  return writeRow(row.length, options, lang, (range) => (row.length === 1 ? range.setFormula(row[0]!) : range.setFormulas([row])));
}

/** Writes a number into the current cell, or a row of numbers starting there: finite numbers of a bounded size only. */
export function insertValue(values: number | number[], options?: InsertOptions): InsertResult | InsertNeedsConfirmation {
  const lang = insertLang(options);
  const list: unknown[] = Array.isArray(values) ? values : [values];
  checkCount(list.length, lang);
  for (const v of list)
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > MAX_INSERT_VALUE)
      refuse(
        msg('insert.value-refused', {
          max: '10^15',
          got: typeof v === 'number' ? String(v) : excerpt(typeof v === 'string' ? JSON.stringify(v) : typeof v),
        }),
        lang,
      );
  const row = list as number[];
  return writeRow(row.length, options, lang, (range) => (row.length === 1 ? range.setValue(row[0]!) : range.setValues([row])));
}

// The browser side types its google.script.run calls with SidebarServer; this line keeps the two in step (the
// object is never used and esbuild drops it).
export const sidebarServer: SidebarServer = {
  getSidebarModel,
  getQuote,
  getComparison,
  getEstimate,
  setExchangeRate,
  insertFormula,
  insertValue,
};
