/**
 * The compact, indexed form of the price book that ships inside the Apps Script bundle. Every custom-function call
 * loads the whole script, so all indexing is done at build time (src/book/compile.ts): a lookup is a property read.
 */
import type { Item, LifecycleStatus, Source, Term, Unit, Variant } from './price-book';

/**
 * [usd, index into units, asOf ('' when it is the source's own date), index into sourceIds, usagetype or ''].
 * Indexes and the empty date keep the bundle small: every custom-function call loads all of it.
 */
export type PriceRow = [string, number, string, number, string];

/** subject (model id or "cmi:<architecture>:<version>") → item → region → "<term>|<variant>" ("" when neither) → row */
export type PriceTree = Record<string, Partial<Record<Item, Record<string, Record<string, PriceRow>>>>>;

/** A source as shipped: its parts, each once (see sources.ts for the text and link made from them). */
export type CompiledSource = Pick<Source, 'title' | 'date' | 'url' | 'repo' | 'path' | 'commit' | 'version'>;

export interface CompiledModel {
  id: string;
  name: string;
  provider: string;
  trainingUnit: 'tokens' | 'images' | 'none';
  status: LifecycleStatus;
  legacyDate?: string;
  eolDate?: string;
  replacement?: string[];
  customization: { method: string; regions: string[] }[];
  ptRegions: string[];
  /** The items the book prices for this model, in display order. */
  priced: Item[];
}

export interface CompiledRegion {
  code: string;
  name: string;
  nameJa: string;
  /** [latitude, longitude] of the city the Region is named after; ranks regions by distance, never prices. */
  location?: [number, number];
}

export interface CompiledCmi {
  architectures: { id: string; name: string; versions: string[] }[];
  presets: { name: string; architecture: string; cmuVersion: string; cmus: number; sourceId: string }[];
  /** normalized name → "a<index>" (architecture) or "p<index>" (preset) */
  names: Record<string, string>;
  /** Bedrock model id → index into presets: the CMU-table size of the same architecture and size. */
  models?: Record<string, number>;
}

export interface CompiledBook {
  /** The newest as-of date among current prices. */
  asOf: string;
  regions: CompiledRegion[];
  /** normalized code, name or alias → region code */
  regionNames: Record<string, string>;
  sources: Record<string, CompiledSource>;
  models: CompiledModel[];
  /** normalized id, name or alias → index into models */
  modelNames: Record<string, number>;
  cmi: CompiledCmi;
  /** Units, indexed by PriceRow[1]. */
  units: Unit[];
  /** Source ids, indexed by PriceRow[3]. */
  sourceIds: string[];
  /** The current prices, nested so that no key text repeats. */
  prices: PriceTree;
  /**
   * Prices known to be absent and why; an omitted region, term or variant matches any. `note` is English,
   * `noteJa` its Japanese (absent until translated: Japanese text then gives the reason without the note).
   */
  gaps: {
    model: string;
    item: Item;
    region?: string;
    term?: Term;
    variant?: Variant;
    reason: 'not-published' | 'not-sold';
    note: string;
    noteJa?: string;
  }[];
}

export type { Item, Term, Unit, Variant };
