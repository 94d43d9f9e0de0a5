/**
 * What crosses google.script.run between the sidebar page and the server: plain JSON only (strings, numbers,
 * booleans, arrays, objects). Apps Script rejects a call or a result that holds a Date, a function or a class
 * instance, so money travels as exact decimal strings and dates as YYYY-MM-DD text.
 *
 * Types only: the browser bundle imports this file too, and it must pull in no prices.
 */
import type { Item, LifecycleStatus, Term, Unit, Variant } from '../core/price-book';

export type Lang = 'en' | 'ja';

/** What the sidebar can price. */
export type Kind = 'training' | 'storage' | 'pt' | 'pt-compare' | 'ondemand' | 'rft' | 'cmi' | 'cmi-storage';

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
  defaults: { provider: string; model: string; kind: Kind; epochs: number; months: number; modelUnits: number; term: Term; hours: number; copies: number };
}

/** The sidebar's inputs, as typed: the server coerces them exactly as the custom functions coerce cells. */
export interface QuoteRequest {
  kind: Kind;
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

export interface InsertResult {
  /** A1 notation of the cell written, with its sheet name. */
  cell: string;
}

/** The google.script.run targets the sidebar calls (src/ui/sidebar-server.ts; checked against it by the compiler). */
export interface SidebarServer {
  getSidebarModel(locale?: string): SidebarData;
  getQuote(request: QuoteRequest): QuoteResult;
  insertFormula(formulas: string | string[]): InsertResult;
  insertValue(values: number | number[]): InsertResult;
}
