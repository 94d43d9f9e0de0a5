/**
 * What crosses google.script.run between the sidebar page and the server: plain JSON only (strings, numbers,
 * booleans, arrays, objects). Apps Script rejects a call or a result that holds a Date, a function or a class
 * instance, so money travels as exact decimal strings and dates as YYYY-MM-DD text.
 *
 * Types only: the browser bundle imports this file too, and it must pull in no prices.
 */
import type { Message } from '../core/message';
import type { Item, LifecycleStatus, Term, Unit, Variant } from '../core/price-book';

export type Lang = 'en' | 'ja';
export type { Message };

/**
 * What the sidebar can price. "estimate" is the first view, "Estimate a month" (BEDROCK_ESTIMATE, answered by
 * getEstimate); "compare" is the Compare view (BEDROCK_COMPARE's table, answered by getComparison); "cmi-month" is a
 * month of Custom Model Import (BEDROCK_CMI_MONTHLY); the others are single quotes.
 */
export type Kind =
  | 'estimate'
  | 'training'
  | 'storage'
  | 'pt'
  | 'pt-compare'
  | 'compare'
  | 'ondemand'
  | 'rft'
  | 'cmi'
  | 'cmi-month'
  | 'cmi-storage';

export interface Bilingual {
  en: string;
  ja: string;
}

/**
 * Text the sidebar shows: a catalogue message it words in its language (src/messages), or — where the core still
 * words a text in both languages itself — the two wordings.
 */
export type Text = Message | Bilingual;

/** The user's exchange rate: the JPY amounts beside USD are USD × this rate, worked out on the server. */
export interface FxRate {
  /** JPY per USD, an exact decimal string. */
  rate: string;
  /** False while the user has not set a rate of their own and the default is used. */
  saved: boolean;
  /** The default rate, stated beside the field. */
  default: string;
}

/** The provider entry under which the sidebar lists Custom Model Import sizes and architectures. */
export const CMI_PROVIDER = 'cmi';

export interface SidebarModel {
  /** Model ID, or for Custom Model Import a preset name, "arch:<id>" or "cmus". */
  id: string;
  name: string;
  provider: string;
  status: LifecycleStatus;
  legacyDate?: string;
  eolDate?: string;
  replacement?: string[];
  /** Lifecycle in words, as BEDROCK_MODEL_STATUS says it. */
  statusText: Text;
  kinds: Kind[];
  trainingUnit: 'tokens' | 'images' | 'none';
  /** CMI only: CMUs of a preset; undefined when the user gives the CMU count. */
  cmus?: number;
}

export interface SidebarData {
  lang: Lang;
  locale: string;
  asOf: string;
  /** How old the prices are, as BEDROCK_PRICES_AS_OF() says it: the range of dates they were last checked. */
  checked: Message;
  providers: string[];
  models: SidebarModel[];
  regions: { code: string; name: string; nameJa: string }[];
  /** The values the fields start with (as typed text), and the request they make together. */
  defaults: { provider: string; model: string; kind: Kind; fields: Partial<Record<string, string>>; request: QuoteRequest };
  /** The user's exchange rate (remembered in their user properties), or the default. */
  fx: FxRate;
  /** The answer to defaults.request: the first render needs no second round trip. */
  first: Answer;
}

/** The sidebar's inputs, as typed: the server coerces them exactly as the custom functions coerce cells. */
export interface QuoteRequest {
  kind: Kind;
  /** A model ID ("base:<ID>" in the Compare view for base-model hosting), or a Custom Model Import size. */
  model: string;
  region?: string;
  tokens?: string | number;
  epochs?: string | number;
  months?: string | number;
  units?: string | number;
  term?: string;
  hours?: string | number;
  inputTokens?: string | number;
  outputTokens?: string | number;
  cmus?: string | number;
  copies?: string | number;
  minutes?: string | number;
  /** cmi-month: active hours a day and days in the month. */
  hoursPerDay?: string | number;
  days?: string | number;
  /** estimate and compare: when it runs ("24/7", "weekdays 9-18", "平日 9-18", …), as BEDROCK_ESTIMATE takes it. */
  schedule?: string;
  /** estimate and compare: blank for the average month of 730 hours, or a calendar month ("2026-12"). */
  month?: string;
  /** JPY per USD for the amounts in yen; the rate the sidebar holds for the user (see FxRate). */
  jpyPerUsd?: string;
}

export type Field = Exclude<keyof QuoteRequest, 'kind' | 'model' | 'region' | 'jpyPerUsd'>;

export interface RegionChoice {
  code: string;
  priced: boolean;
  /** Estimate: every region can be asked for (an option not sold there is priced in the nearest one that sells it). */
  choosable?: boolean;
  /** Why a region has no price, when the book says: AWS does not sell it there, or has not published it. */
  gap?: 'not-sold' | 'not-published';
  /** The book's note on the gap, in English (research notes are kept as written); shown in English only. */
  note?: string;
}

export interface QuoteLineView {
  item: Item;
  /** The quantity: the core's text ("744 h × 1 MU", worded for reading by the page) or a message. */
  quantity: string | Message;
  /** Unit price, an exact decimal string in USD. */
  usd: string;
  unit: Unit;
  region: string;
  term?: Term;
  variant?: Variant;
  asOf: string;
  /** The source in words (title, date, where), as BEDROCK_RATE_INFO gives it. */
  source: Message | string;
  /** The source's title, the text of its link. */
  sourceTitle: string;
  sourceUrl?: string;
  /** Exact decimal string in USD. */
  amount: string;
  /** pt-compare: the formula for this term alone. */
  formula?: string;
  /** pt-compare: why this term has no price. */
  unavailable?: Message;
  /** What AWS's own data contradicts or leaves odd about this price (BEDROCK_RATE_INFO's caveat column). */
  caveat?: Message;
  /** Older readings of this price, newest first (BEDROCK_RATE_HISTORY's rows after the current one). */
  earlier?: { usd: string; from: string; to: string }[];
}

export interface QuoteOk {
  ok: true;
  kind: Kind;
  modelName: string;
  lines: QuoteLineView[];
  /** Exact decimal string; for pt-compare, the cheapest term. */
  total: string;
  /** total × the request's jpyPerUsd, rounded to whole yen; absent without a rate. */
  totalJpy?: string;
  /** What "Insert value" writes: one number, or a row for pt-compare. */
  values: number[];
  /** What "Insert formula" writes: one formula, or a row for pt-compare. */
  formulas: string[];
  region: string;
  regions: RegionChoice[];
  /** Retired models can no longer be bought; Legacy ones stop on eolDate. */
  lifecycle?: { status: LifecycleStatus; eolDate?: string; replacement?: string[] };
}

export interface QuoteError {
  ok: false;
  kind: Kind;
  /** The input the message is about, when it is one of the sidebar's fields. */
  field?: Field;
  /** The message the custom function shows in its #ERROR! note, to be worded in the sidebar's language. */
  message: Message;
  region?: string;
  regions: RegionChoice[];
}

export type QuoteResult = QuoteOk | QuoteError;

/** One option of the Compare view: a row of BEDROCK_COMPARE. Amounts are exact decimal strings, null when unknown. */
export interface CompareRowView {
  term: Term;
  /** "No commitment", "1-month commitment", "6-month commitment". */
  option: Text;
  /** Price per MU-hour; null when the option is not priced in the region. */
  usd: string | null;
  /** "base" when the base model's rate stands in for the custom model's. */
  variant: Variant | null;
  asOf: string | null;
  billedHours: string;
  hosting: string | null;
  storage: string | null;
  total: string | null;
  /** total in whole yen at the request's rate; null without a total or a rate. */
  totalJpy: string | null;
  /** Why a price is missing, or what else to know; null when there is nothing to say. */
  note: Text | null;
}

export interface BreakEvenView {
  term: '1m' | '6m';
  /** Hours a day above which the term is cheaper than no commitment (24 or more: never), exact. */
  hours: string;
  /** The break-even in words, as the core says it. */
  sentence: Text;
}

export interface ComparisonOk {
  ok: true;
  kind: 'compare';
  modelName: string;
  region: string;
  regions: RegionChoice[];
  lifecycle?: QuoteOk['lifecycle'];
  /** Cheapest first; options not priced in the region last. */
  rows: CompareRowView[];
  cheapest: Term | null;
  /** The cheapest option's monthly total; null when no total is known. */
  total: string | null;
  totalJpy: string | null;
  /** For each term priced together with no commitment, 1 month first. */
  breakEven: BreakEvenView[];
  /** What "Insert table" writes: =BEDROCK_COMPARE(…) with every argument written out. */
  formula: string;
}

export type ComparisonResult = ComparisonOk | QuoteError;

/** One hosting option of "Estimate a month": a row of BEDROCK_ESTIMATE. Amounts are exact decimal strings. */
export interface EstimateRowView {
  /** A stable key of the option ("ondemand", "none", "1m", "6m", "cmi"). */
  option: string;
  label: Text;
  /** The region it is priced in (which may not be the one asked for: the note says so). */
  region: string | null;
  /** What is billed, in words ("744 h × 1 MU"). */
  billed: Text | null;
  hosting: string | null;
  storage: string | null;
  /** null when the option has no total (no tokens given, or not sold anywhere): its note says why. */
  total: string | null;
  totalJpy: string | null;
  note: Text | null;
}

export interface EstimateOk {
  ok: true;
  kind: 'estimate';
  modelName: string;
  region: string;
  regions: RegionChoice[];
  lifecycle?: QuoteOk['lifecycle'];
  /** Priced rows cheapest first, then the rows without a total. */
  rows: EstimateRowView[];
  /** The lowest and highest monthly totals; null when no option has a total. */
  low: string | null;
  high: string | null;
  lowJpy: string | null;
  highJpy: string | null;
  /** What "Insert table" writes: =BEDROCK_ESTIMATE(…) with every argument written out. */
  formula: string;
}

export type EstimateResult = EstimateOk | QuoteError;

/** Whatever the server answers for the inputs of one view. */
export type Answer = QuoteResult | ComparisonResult | EstimateResult;

export type FxResult = ({ ok: true } & FxRate) | { ok: false; message: Message };

export interface InsertResult {
  /** A1 notation of the cell written, with its sheet name. */
  cell: string;
}

/**
 * Nothing was written: the cells (sheet!A1 or sheet!A1:C1) hold something. The sidebar shows `message` with a
 * `replace` and a `cancel` control (worded in the language asked); Replace calls again with confirm = `cell`.
 */
export interface InsertNeedsConfirmation {
  needsConfirmation: true;
  cell: string;
  /** The non-empty cells, each with (an excerpt of) what it holds. */
  overwrite: { cell: string; content: string }[];
  message: string;
  replace: string;
  cancel: string;
}

export interface InsertOptions {
  /** The target the user agreed to overwrite (InsertNeedsConfirmation.cell); written only if it is still the target. */
  confirm?: string;
  /** The sidebar's language, for the messages; default: the user's locale. */
  lang?: Lang;
}

/** The google.script.run targets the sidebar calls (src/ui/sidebar-server.ts; checked against it by the compiler). */
export interface SidebarServer {
  getSidebarModel(locale?: string): SidebarData;
  getQuote(request: QuoteRequest): QuoteResult;
  getComparison(request: QuoteRequest): ComparisonResult;
  getEstimate(request: QuoteRequest): EstimateResult;
  /** Checks the typed rate and remembers it for the user; the answer is the rate now in force. */
  setExchangeRate(typed: string): FxResult;
  insertFormula(formulas: string | string[], options?: InsertOptions): InsertResult | InsertNeedsConfirmation;
  insertValue(values: number | number[], options?: InsertOptions): InsertResult | InsertNeedsConfirmation;
}
