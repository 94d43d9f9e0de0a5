/**
 * The price book as it is written in rates/*.json (see rates/schema/book.schema.json, which the build and the tests
 * validate it against). Build-time and tool code reads this shape; what ships to Apps Script is the CompiledBook.
 */
export type Item =
  | 'training'
  | 'storage'
  | 'pt'
  | 'ondemand-input'
  | 'ondemand-output'
  | 'ondemand-cache-read'
  | 'ondemand-cache-write'
  | 'cmi-inference'
  | 'cmi-storage'
  | 'rft';

export type Unit =
  | 'per-1k-tokens'
  | 'per-1m-tokens'
  | 'per-image'
  | 'per-mu-hour'
  | 'per-cmu-minute'
  | 'per-model-month'
  | 'per-cmu-month'
  | 'per-hour';

export type Term = 'none' | '1m' | '6m';
export type Variant = 'base' | 'custom';
export type LifecycleStatus = 'active' | 'legacy' | 'eol' | 'preview';

export interface SourceRef {
  id: string;
  usagetype?: string;
  sku?: string;
  note?: string;
}

export interface Source {
  kind: 'price-list' | 'pricing-page' | 'docs' | 'blog' | 'transcription';
  title: string;
  firstParty: boolean;
  date: string;
  url?: string;
  repo?: string;
  path?: string;
  commit?: string;
  version?: string;
  note?: string;
}

export interface Region {
  code: string;
  name: string;
  nameJa: string;
  aliases?: string[];
  prefixes: string[];
  /** Public coordinates of the city the Region is named after: only for finding the nearest Region. */
  location?: { lat: number; lon: number; city: string; source: SourceRef };
}

export interface Model {
  id: string;
  name: string;
  provider: string;
  aliases: string[];
  trainingUnit: 'tokens' | 'images' | 'none';
  priceListSegments?: string[];
  marketplaceServiceNames?: string[];
  lifecycle: {
    status: LifecycleStatus;
    legacyDate?: string;
    eolDate?: string;
    replacement?: string[];
    source: SourceRef;
  };
  customization: { method: string; regions: string[]; source: SourceRef }[];
  provisionedThroughput: { regions: string[]; source: SourceRef };
}

export interface CmiArchitecture {
  id: string;
  name: string;
  aliases?: string[];
  cmuVersions: string[];
}

export interface CmiPreset {
  name: string;
  aliases?: string[];
  architecture: string;
  cmuVersion: string;
  cmus: number;
  source: SourceRef;
}

/** A Bedrock model whose architecture and size is a CMU-table preset: the same weights, imported. */
export interface CmiModelSize {
  model: string;
  preset: string;
  source: SourceRef;
}

export interface DatedPrice {
  usd: string;
  asOf: string;
  effective?: string;
  source: SourceRef;
}

export interface PriceEntry extends DatedPrice {
  model?: string;
  architecture?: string;
  cmuVersion?: string;
  item: Item;
  region: string;
  term?: Term;
  variant?: Variant;
  unit: Unit;
  history?: DatedPrice[];
}

export interface Gap {
  model: string;
  item: Item;
  region?: string;
  term?: Term;
  variant?: Variant;
  reason: 'not-published' | 'not-sold';
  note: string;
  /** The note in Japanese; optional so an untranslated gap still compiles (Japanese text then omits the note). */
  noteJa?: string;
  source: SourceRef;
}

export interface RawBook {
  regions: Region[];
  sources: Record<string, Source>;
  models: Model[];
  cmi: { architectures: CmiArchitecture[]; presets: CmiPreset[]; models?: CmiModelSize[] };
  prices: PriceEntry[];
  gaps: Gap[];
}

/** The identity of a price: two entries with the same key are the same price at different dates. */
export function priceKey(p: {
  model?: string;
  architecture?: string;
  cmuVersion?: string;
  item: Item;
  region?: string;
  term?: Term;
  variant?: Variant;
}): string {
  const subject = p.model ?? `cmi:${p.architecture}:${p.cmuVersion}`;
  return [subject, p.item, p.region ?? '', p.term ?? '', p.variant ?? ''].join('|');
}
