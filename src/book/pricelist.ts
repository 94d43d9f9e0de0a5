/**
 * AWS Price List rows → price book entries.
 *
 * Two offers price Bedrock model customization:
 * - AmazonBedrock: a usage type reads <REGION PREFIX>-<model segment>-<what>, e.g. USW2-Llama3-1-8B-Customization-Training.
 *   The prefix maps to a region and the model segment to a Bedrock model through the book's own tables
 *   (regions[].prefixes, models[].priceListSegments, cmi.architectures[].id).
 * - AmazonBedrockFoundationModels (Marketplace-style, how Anthropic and Llama 2 are sold): usage types read
 *   <PREFIX>-MP:<PREFIX>_<what>-Units and say nothing about the model; the product's `servicename` attribute
 *   ("Claude 3 Haiku (Amazon Bedrock Edition)") names it, mapped through models[].marketplaceServiceNames.
 * So there is one mapping, kept as data, and the tests check it against the book's models.
 */
import type { Gap, Item, Model, PriceEntry, RawBook, Term, Unit, Variant } from '../core/price-book';

export const OFFER_BEDROCK = 'AmazonBedrock';
export const OFFER_MARKETPLACE = 'AmazonBedrockFoundationModels';
/** The offers (service codes) whose rows this mapper reads. Any other offer is refused by the readers. */
export const OFFER_CODES: readonly string[] = [OFFER_BEDROCK, OFFER_MARKETPLACE];

/** One Price List row, flattened (the shape of rates/pricelist/*.jsonl, plus the offer it came from). */
export interface PriceListRow {
  sku: string;
  usagetype: string;
  regionCode: string | null;
  location: string | null;
  feature: string | null;
  model: string | null;
  titanModelUnit: string | null;
  inferenceType: string | null;
  unit: string;
  usd: string;
  description: string;
  effectiveDate: string;
  /** The offer (service code) of the row; absent in the JSONL extracts, which are all AmazonBedrock. */
  servicecode?: string;
  /** The product's servicename attribute: names the model in Marketplace-style rows. */
  servicename?: string | null;
}

export type Mapped =
  | { kind: 'price'; entry: PriceEntry }
  | { kind: 'gap'; gap: Gap }
  | { kind: 'ignored'; why: string }
  | { kind: 'unknown'; why: string }
  /** A row the mapper understands (model, item) but whose unit or value cannot be right: the import stops. */
  | { kind: 'refused'; why: string };

export interface Offer {
  sourceId: string;
  /** The offer's publication date: the day these prices were known true. */
  asOf: string;
}

const TERMS: Record<string, Term> = { NoCommit: 'none', '1month': '1m', '6months': '6m' };
const MP_TERMS: Record<string, Term> = { NoCommit: 'none', '1MonthCommit': '1m', '6MonthsCommit': '6m', '6MonthCommit': '6m' };

const PATTERNS: { re: RegExp; item: (m: RegExpExecArray) => Item }[] = [
  { re: /^(.+)-Customization-Training$/, item: () => 'training' },
  { re: /^(.+)-Customization-Storage$/, item: () => 'storage' },
  { re: /^(.+)-RFT-Training-Hours$/, item: () => 'rft' },
  { re: /^(.+)-ProvisionedThroughput-(Custom-)?(NoCommit|1month|6months)-ModelUnits$/, item: () => 'pt' },
  { re: /^(.+)-(input|output)-tokens-custom-model$/, item: (m) => (m[2] === 'input' ? 'ondemand-input' : 'ondemand-output') },
  {
    re: /^(.+)-cache-(read|write)-input-token-count-custom-model$/,
    item: (m) => (m[2] === 'read' ? 'ondemand-cache-read' : 'ondemand-cache-write'),
  },
];

const CMI = /^(.+)-CustomModelImport-(Inference|Storage)-v(\d+):(\d+)$/;

/** Marketplace usage types after "<PREFIX>-MP:<PREFIX>_" (llama-claude-cmi-rates.md, PL25). */
const MP_PATTERNS: { re: RegExp; item: Item; variant?: Variant }[] = [
  { re: /^(?:Customization_Training|CustomizationTokenCount)-Units$/, item: 'training' },
  { re: /^(?:Customization_Storage|ModelStorage1Month)-Units$/, item: 'storage' },
  { re: /^CustomModel_ProvisionedThroughput_(NoCommit|1MonthCommit|6MonthsCommit|6MonthCommit)-Units$/, item: 'pt', variant: 'custom' },
  { re: /^ProvisionedThroughput_(NoCommit|1MonthCommit|6MonthsCommit|6MonthCommit)_ModelUnits_Usage-Units$/, item: 'pt', variant: 'base' },
];
const MP = /^([A-Z0-9]+)-MP:([A-Z0-9]+)_(.+)$/;

/**
 * Rows that look like what the book prices (customization, Provisioned Throughput, custom models, CMI, commitments)
 * but match no pattern are reported as not understood instead of being skipped: a new kind of row must be seen.
 */
const IN_SCOPE_USAGE = /Customi[sz]ation|ProvisionedThroughput|CustomModel|custom-model|RFT|Reserved|Commit|ModelStorage/i;
const IN_SCOPE_FEATURE = /customi[sz]ation|provisioned throughput|custom model|reserved/i;

/** Rows that look in scope but are known to be something else, so they are skipped on purpose (rates/pricelist README). */
const OUT_OF_SCOPE: { re: RegExp; why: string }[] = [
  {
    re: /-Custom-(T2I|I2I)\b/,
    why: 'on-demand image generation with a custom Titan Image Generator model (priced per image; not in the book)',
  },
  { re: /DataAutomation|\bBDA\b/i, why: 'Bedrock Data Automation, not model customization' },
];

/** The Price List's unit strings, by item. */
function unitFor(item: Item, awsUnit: string): Unit | undefined {
  const u = awsUnit.trim().toLowerCase();
  switch (item) {
    case 'training':
      if (u === '1k tokens') return 'per-1k-tokens';
      if (u === 'images processed' || u === 'image' || u === 'images') return 'per-image';
      return undefined;
    case 'storage':
      return u === 'model/month' ? 'per-model-month' : undefined;
    case 'pt':
      return u === 'hour' || u === 'hours' ? 'per-mu-hour' : undefined;
    case 'rft':
      return u === 'hour' || u === 'hours' ? 'per-hour' : undefined;
    case 'cmi-inference':
      return u === 'custom model unit per min' ? 'per-cmu-minute' : undefined;
    case 'cmi-storage':
      return u === 'model/month' ? 'per-cmu-month' : undefined;
    default:
      return u === '1k tokens' ? 'per-1k-tokens' : u === '1m tokens' ? 'per-1m-tokens' : undefined;
  }
}

/**
 * Marketplace rows mostly say "Units". Their token rows are priced per MILLION tokens although the description says
 * "thousand" (Claude 3 Haiku input 0.25 is the known $0.25 per million; Llama 2 70B training 7.99 is the pricing
 * page's $0.00799 per 1,000), so a token-priced customization row becomes per-1m-tokens, the number kept as AWS
 * wrote it. Hourly Provisioned Throughput and monthly storage are not scaled (their values match the pricing page).
 */
function marketplaceUnitFor(item: Item, awsUnit: string): Unit | undefined {
  const u = awsUnit.trim().toLowerCase();
  switch (item) {
    case 'training':
      return u === 'units' || u === '1m tokens' ? 'per-1m-tokens' : undefined;
    case 'storage':
      return u === 'units' || u === 'model/month' || u === 'month' ? 'per-model-month' : undefined;
    case 'pt':
      return u === 'units' || u === 'hour' || u === 'hours' ? 'per-mu-hour' : undefined;
    default:
      return undefined;
  }
}

/**
 * Items where AWS lists $0 on purpose: custom-model prompt-cache writes (USE1-NovaLite-cache-write-input-token-count-
 * custom-model and its siblings, all $0 in the January 2026 offer). Everywhere else a zero is a mistake in the data —
 * a free fine-tuning job or a free hour of Provisioned Throughput would be a number that looks right and is wrong —
 * so it is refused (a $0 Provisioned Throughput row is AWS's "not sold" marker and becomes a gap, never a price).
 */
export const DELIBERATE_ZERO_ITEMS: ReadonlySet<Item> = new Set<Item>(['ondemand-cache-write']);

/** The training units that fit a model's trainingUnit (rates/models.json): images are never a token model's price. */
const TRAINING_UNITS: Record<Model['trainingUnit'], readonly Unit[]> = {
  tokens: ['per-1k-tokens', 'per-1m-tokens'],
  images: ['per-image'],
  none: [],
};

/** Every unit an AWS unit string can mean for any item: a unit that means something, but not for this row, is refused. */
function anyUnit(awsUnit: string): boolean {
  const items: Item[] = ['training', 'storage', 'pt', 'rft', 'cmi-inference', 'cmi-storage', 'ondemand-input'];
  return items.some((i) => unitFor(i, awsUnit) !== undefined);
}

/** A price as the Price List writes it: digits, optionally a point and more digits. No sign, no exponent. */
export const DECIMAL = /^\d+(\.\d+)?$/;

/** "0.0571800000" → "0.05718", "012.50" → "12.5": the same decimal in the book's canonical form. */
export function trimDecimal(usd: string): string {
  let s = usd.includes('.') ? usd.replace(/0+$/, '').replace(/\.$/, '') : usd;
  s = s.replace(/^0+(?=\d)/, '');
  return s;
}

export function isMarketplaceRow(row: PriceListRow): boolean {
  return row.servicecode === OFFER_MARKETPLACE || row.usagetype.includes('-MP:');
}

export class PriceListMapper {
  private readonly regionByPrefix = new Map<string, string>();
  private readonly modelBySegment = new Map<string, string>();
  private readonly modelByServiceName = new Map<string, string>();
  private readonly archs: Set<string>;
  private readonly trainingUnit = new Map<string, Model['trainingUnit']>();

  constructor(book: Pick<RawBook, 'regions' | 'models' | 'cmi'>) {
    for (const r of book.regions) for (const p of r.prefixes) this.regionByPrefix.set(p, r.code);
    for (const m of book.models) {
      this.trainingUnit.set(m.id, m.trainingUnit);
      for (const s of m.priceListSegments ?? []) this.modelBySegment.set(s, m.id);
      for (const s of m.marketplaceServiceNames ?? []) this.modelByServiceName.set(s, m.id);
    }
    this.archs = new Set(book.cmi.architectures.map((a) => a.id));
  }

  /** The model a Marketplace servicename names, if the book knows it. */
  modelForServiceName(name: string): string | undefined {
    return this.modelByServiceName.get(name);
  }

  /** The model an AmazonBedrock usage-type segment names, if the book knows it. */
  modelForSegment(segment: string): string | undefined {
    return this.modelBySegment.get(segment);
  }

  map(row: PriceListRow, offer: Offer): Mapped {
    const dash = row.usagetype.indexOf('-');
    if (dash < 1) return this.outOfPattern(row, `usage type "${row.usagetype}" has no region prefix`);
    const prefix = row.usagetype.slice(0, dash);
    const rest = row.usagetype.slice(dash + 1);
    const region = this.regionByPrefix.get(prefix);
    if (!region) return this.outOfPattern(row, `region prefix "${prefix}" is not in rates/regions.json`);
    if (row.regionCode && row.regionCode !== region)
      return { kind: 'unknown', why: `prefix ${prefix} means ${region} but the row says ${row.regionCode}` };
    if (!DECIMAL.test(row.usd)) return { kind: 'unknown', why: `price "${row.usd}" is not a decimal` };
    const source = { id: offer.sourceId, usagetype: row.usagetype, sku: row.sku };
    const dated = {
      usd: trimDecimal(row.usd),
      asOf: offer.asOf,
      checked: offer.asOf,
      ...(row.effectiveDate ? { effective: row.effectiveDate.slice(0, 10) } : {}),
      source,
    };

    if (isMarketplaceRow(row)) return this.mapMarketplace(row, prefix, region, dated);

    for (const o of OUT_OF_SCOPE) if (o.re.test(rest)) return { kind: 'ignored', why: o.why };

    const cmi = CMI.exec(rest);
    if (cmi) {
      const architecture = cmi[1]!;
      if (!this.archs.has(architecture)) return { kind: 'unknown', why: `CMI architecture "${architecture}" is not in rates/cmi.json` };
      const item: Item = cmi[2] === 'Inference' ? 'cmi-inference' : 'cmi-storage';
      const unit = unitFor(item, row.unit);
      if (!unit) return this.badUnit(row, item, `CMI architecture ${architecture}`);
      return this.priceOrGap(row, { architecture, cmuVersion: `v${cmi[3]}.${cmi[4]}`, item, region, unit, ...dated });
    }

    for (const p of PATTERNS) {
      const m = p.re.exec(rest);
      if (!m) continue;
      const segment = m[1]!;
      const model = this.modelBySegment.get(segment);
      if (!model) return { kind: 'unknown', why: `model segment "${segment}" is not in any model's priceListSegments (rates/models.json)` };
      const item = p.item(m);
      const unit = unitFor(item, row.unit);
      if (!unit) return this.badUnit(row, item, model);
      let term: Term | undefined;
      let variant: Variant | undefined;
      if (item === 'pt') {
        term = TERMS[m[3]!];
        variant = m[2] ? 'custom' : 'base';
      }
      return this.priceOrGap(row, { model, item, region, ...(term ? { term, variant } : {}), unit, ...dated });
    }
    return this.outOfPattern(row, 'matches no customization, Provisioned Throughput, Custom Model Import or custom-model token pattern');
  }

  private mapMarketplace(row: PriceListRow, prefix: string, region: string, dated: Omit<PriceEntry, 'item' | 'region' | 'unit'>): Mapped {
    const mp = MP.exec(row.usagetype);
    if (!mp) return this.outOfPattern(row, 'a Marketplace row whose usage type is not <PREFIX>-MP:<PREFIX>_<what>');
    if (mp[2] !== prefix) return { kind: 'unknown', why: `Marketplace usage type names two regions (${prefix} and ${mp[2]})` };
    const what = mp[3]!;
    for (const p of MP_PATTERNS) {
      const m = p.re.exec(what);
      if (!m) continue;
      const name = row.servicename ?? '';
      const model = this.modelByServiceName.get(name);
      if (!model)
        return {
          kind: 'unknown',
          why: `Marketplace servicename "${name}" is not in any model's marketplaceServiceNames (rates/models.json)`,
        };
      const unit = marketplaceUnitFor(p.item, row.unit);
      if (!unit) {
        // "1K tokens" on a token row is the right kind but an unsure scale (Marketplace rows say thousand, mean million): not understood.
        if (!unitFor(p.item, row.unit)) return this.badUnit(row, p.item, model);
        return { kind: 'unknown', why: `unit "${row.unit}" is not understood for a Marketplace ${p.item} row` };
      }
      const term = p.item === 'pt' ? MP_TERMS[m[1]!] : undefined;
      return this.priceOrGap(row, { model, item: p.item, region, ...(term ? { term, variant: p.variant } : {}), unit, ...dated });
    }
    return this.outOfPattern(row, 'a Marketplace usage type matching no training, storage or Provisioned Throughput pattern');
  }

  /**
   * A unit AWS uses elsewhere (hours, tokens, images, model-months) on a row of another item is a wrong unit, refused;
   * a unit string never seen is a new kind of row, reported as not understood.
   */
  private badUnit(row: PriceListRow, item: Item, what: string): Mapped {
    if (!anyUnit(row.unit)) return { kind: 'unknown', why: `unit "${row.unit}" is not understood for ${item}` };
    return { kind: 'refused', why: `the unit "${row.unit}" does not fit ${item} of ${what}` };
  }

  private priceOrGap(row: PriceListRow, entry: PriceEntry): Mapped {
    if (entry.item === 'training' && entry.model) {
      const trained = this.trainingUnit.get(entry.model) ?? 'none';
      if (!TRAINING_UNITS[trained].includes(entry.unit))
        return {
          kind: 'refused',
          why:
            trained === 'none'
              ? `a training price (${row.unit}) for ${entry.model}, which rates/models.json says cannot be trained (trainingUnit "none")`
              : `the unit "${row.unit}" (${entry.unit}) does not fit the training of ${entry.model}, which is trained on ${trained}`,
        };
    }
    const zero = /^0+(\.0+)?$/.test(entry.usd);
    // A zero hourly rate marks an option AWS does not sell (Titan Image Generator G1 base, no commitment).
    if (zero && entry.item !== 'pt' && !DELIBERATE_ZERO_ITEMS.has(entry.item))
      return {
        kind: 'refused',
        why: `a price of $0 for ${entry.item}: AWS lists $0 on purpose only for ${[...DELIBERATE_ZERO_ITEMS].join(', ')}`,
      };
    if (entry.item === 'pt' && zero) {
      const { model, item, region, term, variant, source } = entry;
      return {
        kind: 'gap',
        gap: {
          model: model!,
          item,
          region,
          term,
          variant,
          reason: 'not-sold',
          note: `the Price List lists ${row.usagetype} at $0, i.e. not sold`,
          noteJa: `料金表では${row.usagetype}が0ドルで掲載されており、販売されていないことを示しています。`,
          source,
        },
      };
    }
    return { kind: 'price', entry };
  }

  /** A row no pattern takes: not understood when it looks like something the book prices, otherwise out of scope. */
  private outOfPattern(row: PriceListRow, why: string): Mapped {
    const inScope = IN_SCOPE_USAGE.test(row.usagetype) || IN_SCOPE_FEATURE.test(row.feature ?? '');
    return inScope
      ? { kind: 'unknown', why }
      : { kind: 'ignored', why: 'not a customization, Provisioned Throughput, Custom Model Import or custom-model token row' };
  }
}
