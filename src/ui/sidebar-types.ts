/**
 * What crosses google.script.run between the sidebar page and the server: plain JSON only (strings, numbers,
 * booleans, arrays, objects). Apps Script rejects a call or a result that holds a Date, a function or a class
 * instance, so money travels as exact decimal strings and dates as YYYY-MM-DD text.
 *
 * Types only: the browser bundle imports this file too, and it must pull in no prices.
 */
import type { Item, LifecycleStatus, Term, Unit, Variant } from '../core/price-book';

export type Lang = 'en' | 'ja';

/**
 * What the sidebar can price. "compare" is the Compare view (BEDROCK_COMPARE's table, answered by getComparison);
 * "cmi-month" is a month of Custom Model Import (BEDROCK_CMI_MONTHLY); the others are single quotes.
 */
export type Kind = 'training' | 'storage' | 'pt' | 'pt-compare' | 'compare' | 'ondemand' | 'rft' | 'cmi' | 'cmi-month' | 'cmi-storage';

export interface Bilingual {
  en: string;
  ja: string;
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
  statusText: { en: string; ja: string };
  kinds: Kind[];
  trainingUnit: 'tokens' | 'images' | 'none';
  /** CMI only: CMUs of a preset; undefined when the user gives the CMU count. */
  cmus?: number;
}

export interface SidebarData {
  lang: Lang;
  locale: string;
  asOf: string;
  providers: string[];
  models: SidebarModel[];
  regions: { code: string; name: string; nameJa: string }[];
  defaults: { provider: string; model: string; kind: Kind; epochs: number; months: number; modelUnits: number; term: Term; hours: number; copies: number; hoursPerDay: number; days: number };
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
  /** compare and cmi-month: hours a day (active hours for Custom Model Import) and days in the month. */
  hoursPerDay?: string | number;
  days?: string | number;
}

export type Field = Exclude<keyof QuoteRequest, 'kind' | 'model' | 'region'>;

export interface RegionChoice {
  code: string;
  priced: boolean;
  /** Why a region has no price, when the book says: AWS does not sell it there, or has not published it. */
  gap?: 'not-sold' | 'not-published';
  note?: string;
}

export interface QuoteLineView {
  item: Item;
  /** The quantity in words, as the core writes it ("744 h × 1 MU"). */
  quantity: string;
  /** Unit price, an exact decimal string in USD. */
  usd: string;
  unit: Unit;
  region: string;
  term?: Term;
  variant?: Variant;
  asOf: string;
  source: string;
  sourceUrl?: string;
  /** Exact decimal string in USD. */
  amount: string;
  /** pt-compare: the formula for this term alone. */
  formula?: string;
  /** pt-compare: why this term has no price. */
  unavailable?: string;
}

export interface QuoteOk {
  ok: true;
  kind: Kind;
  modelName: string;
  lines: QuoteLineView[];
  /** Exact decimal string; for pt-compare, the cheapest term. */
  total: string;
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
  /** The same text the custom function shows in its #ERROR! note. */
  message: string;
  region?: string;
  regions: RegionChoice[];
}

export type QuoteResult = QuoteOk | QuoteError;

/** One option of the Compare view: a row of BEDROCK_COMPARE. Amounts are exact decimal strings, null when unknown. */
export interface CompareRowView {
  term: Term;
  /** "No commitment", "1-month commitment", "6-month commitment". */
  option: Bilingual;
  /** Price per MU-hour; null when the option is not priced in the region. */
  usd: string | null;
  /** "base" when the base model's rate stands in for the custom model's. */
  variant: Variant | null;
  asOf: string | null;
  billedHours: string;
  hosting: string | null;
  storage: string | null;
  total: string | null;
  /** Why a price is missing, or what else to know; empty strings when there is nothing to say. */
  note: Bilingual;
}

export interface BreakEvenView {
  term: '1m' | '6m';
  /** Hours a day above which the term is cheaper than no commitment (24 or more: never), exact. */
  hours: string;
  /** The break-even in words, as the core says it. */
  sentence: Bilingual;
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
  /** For each term priced together with no commitment, 1 month first. */
  breakEven: BreakEvenView[];
  /** What "Insert table" writes: =BEDROCK_COMPARE(…) with every argument written out. */
  formula: string;
}

export type ComparisonResult = ComparisonOk | QuoteError;

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
  insertFormula(formulas: string | string[], options?: InsertOptions): InsertResult | InsertNeedsConfirmation;
  insertValue(values: number | number[], options?: InsertOptions): InsertResult | InsertNeedsConfirmation;
}
