/**
 * The compact, indexed form of the price book that ships inside the Apps Script bundle. Every custom-function call
 * loads the whole script, so all indexing is done at build time (src/book/compile.ts): a lookup is a property read.
 */
import type { Gap, Item, LifecycleStatus, Source, Term, Unit, Variant } from './price-book';

/**
 * [usd, index into units, asOf ('' when it is the source's own date), index into sourceIds, packed usage type (see
 * usage-types.ts; '' when the source has none, left off when nothing follows), extra?]. Indexes, packing and the
 * empty date keep the bundle small: every custom-function call loads all of it.
 */
export type PriceRow = [string, number, string, number, string?, PriceExtra?];

/** What only some prices have; omitted (and each key omitted) when there is nothing to say. */
export interface PriceExtra {
  /** checked, when it is not the price's as-of date */
  c?: string;
  /** index into CompiledBook.caveats */
  k?: number;
  /** older readings, newest first */
  h?: HistoryRow[];
  /** effective date, when it is not the source's */
  e?: string;
}

/** An older reading: [usd, asOf ('' when it is the source's own date), index into sourceIds, effective ('' = the source's)?]. */
export type HistoryRow = [string, string, number, string?];

/** A caveat as shipped: what every answer that uses the price states. */
export interface CompiledCaveat {
  kind: 'contradicted' | 'anomaly' | 'limited';
  note: string;
  noteJa: string;
  sourceId: string;
}

/** subject (model id or "cmi:<architecture>:<version>") → item → region → "<term>|<variant>" ("" when neither) → row */
export type PriceTree = Record<string, Partial<Record<Item, Record<string, Record<string, PriceRow>>>>>;

/** A source as shipped: its parts, each once (see sources.ts for the text and link made from them). */
export type CompiledSource = Pick<Source, 'title' | 'date' | 'url' | 'repo' | 'path' | 'commit' | 'version'> & {
  /** The date the source's prices took effect (the offer's terms), when it states one. */
  effective?: string;
};

export interface CompiledModel {
  id: string;
  name: string;
  provider: string;
  trainingUnit: 'tokens' | 'images' | 'none';
  status: LifecycleStatus;
  legacyDate?: string;
  eolDate?: string;
  /** When public extended access begins (higher prices possible), when AWS states it. */
  extendedDate?: string;
  replacement?: string[];
  /** Regions whose lifecycle dates differ from the model's own; only models that have such regions carry it. */
  regional?: RegionalLifecycle[];
  /** The items the book prices for this model, in display order. */
  priced: Item[];
}

/**
 * Lifecycle dates of some Regions, each date only where it differs from the model's own (an omitted date is the
 * model's). The status is the model's everywhere: AWS's tables give one status per model.
 */
export interface RegionalLifecycle {
  regions: string[];
  legacyDate?: string;
  eolDate?: string;
  extendedDate?: string;
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
  /** The range of `checked` dates over current prices, and the date most of them share. */
  checked: { from: string; to: string; most: string };
  caveats: CompiledCaveat[];
  regions: CompiledRegion[];
  /** normalized code, name or alias → region code */
  regionNames: Record<string, string>;
  /** normalized words that begin several regions' names or codes ("us east", "asia pacific", "eu") → their codes */
  ambiguousRegions: Record<string, string[]>;
  sources: Record<string, CompiledSource>;
  models: CompiledModel[];
  /**
   * The models' ids, in the order of models: all a plain call (src/sheets/plain-calls.ts) reads of a model, so it
   * ships unpacked while models ships packed.
   */
  modelIds: string[];
  /** normalized id, name or alias → index into models */
  modelNames: Record<string, number>;
  /** normalized names that fit several models ("llama 3", "nova", "titan text") → indexes into models */
  ambiguousModels: Record<string, number[]>;
  cmi: CompiledCmi;
  /** Units, indexed by PriceRow[1]. */
  units: Unit[];
  /** Source ids, indexed by PriceRow[3]. */
  sourceIds: string[];
  /** The words of the usage types, which PriceRow[4] indexes. */
  usageWords: string[];
  /** The current prices, nested so that no key text repeats. */
  prices: PriceTree;
  /** Prices known to be absent and why; an omitted region, term or variant matches any. Read them through Catalog.gapFor. */
  gaps: CompiledGap[];
  /** [English, Japanese] gap notes, each once (many gaps share one), indexed by CompiledGap[6]. */
  gapNotes: [string, string][];
}

/**
 * A gap as shipped, as a tuple (every custom-function call loads it): [model id, item, region ('' = any), term ('' =
 * any), variant ('' = any), 1 when not sold (0 when not published), index into gapNotes].
 */
export type CompiledGap = [string, Item, string, Term | '', Variant | '', 0 | 1, number];

/** A gap as the catalog answers it: the book's gap, why a price is absent in English and Japanese, without its source. */
export type GapInfo = Omit<Gap, 'source'>;

export type { Item, Term, Unit, Variant };
