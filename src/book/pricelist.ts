/**
 * AWS Price List rows (service code AmazonBedrock) → price book entries. A usage type reads
 * <REGION PREFIX>-<model segment>-<what>, e.g. USW2-Llama3-1-8B-Customization-Training; the prefix maps to a region
 * and the model segment to a Bedrock model through the book's own tables (regions[].prefixes,
 * models[].priceListSegments, cmi.architectures[].id), so there is one mapping and the tests check it.
 */
import type { Gap, Item, PriceEntry, RawBook, Term, Unit, Variant } from '../core/price-book';

/** One Price List row, flattened (the shape of rates/pricelist/*.jsonl). */
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
}

export type Mapped =
  | { kind: 'price'; entry: PriceEntry }
  | { kind: 'gap'; gap: Gap }
  | { kind: 'ignored'; why: string }
  | { kind: 'unknown'; why: string };

export interface Offer {
  sourceId: string;
  /** The offer's publication date: the day these prices were known true. */
  asOf: string;
}

const TERMS: Record<string, Term> = { NoCommit: 'none', '1month': '1m', '6months': '6m' };

const PATTERNS: { re: RegExp; item: (m: RegExpExecArray) => Item }[] = [
  { re: /^(.+)-Customization-Training$/, item: () => 'training' },
  { re: /^(.+)-Customization-Storage$/, item: () => 'storage' },
  { re: /^(.+)-RFT-Training-Hours$/, item: () => 'rft' },
  { re: /^(.+)-ProvisionedThroughput-(Custom-)?(NoCommit|1month|6months)-ModelUnits$/, item: () => 'pt' },
  { re: /^(.+)-(input|output)-tokens-custom-model$/, item: (m) => (m[2] === 'input' ? 'ondemand-input' : 'ondemand-output') },
  { re: /^(.+)-cache-(read|write)-input-token-count-custom-model$/, item: (m) => (m[2] === 'read' ? 'ondemand-cache-read' : 'ondemand-cache-write') },
];

const CMI = /^(.+)-CustomModelImport-(Inference|Storage)-v(\d+):(\d+)$/;

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

export const DECIMAL = /^\d+(\.\d+)?$/;

/** "0.0571800000" → "0.05718": the same decimal, written as AWS would print it. */
export function trimDecimal(usd: string): string {
  return usd.includes('.') ? usd.replace(/0+$/, '').replace(/\.$/, '') : usd;
}

export class PriceListMapper {
  private readonly regionByPrefix = new Map<string, string>();
  private readonly modelBySegment = new Map<string, string>();
  private readonly archs: Set<string>;

  constructor(book: Pick<RawBook, 'regions' | 'models' | 'cmi'>) {
    for (const r of book.regions) for (const p of r.prefixes) this.regionByPrefix.set(p, r.code);
    for (const m of book.models) for (const s of m.priceListSegments ?? []) this.modelBySegment.set(s, m.id);
    this.archs = new Set(book.cmi.architectures.map((a) => a.id));
  }

  map(row: PriceListRow, offer: Offer): Mapped {
    const dash = row.usagetype.indexOf('-');
    const prefix = row.usagetype.slice(0, dash);
    const rest = row.usagetype.slice(dash + 1);
    const region = this.regionByPrefix.get(prefix);
    if (!region) return { kind: 'unknown', why: `region prefix "${prefix}" is not in rates/regions.json` };
    if (row.regionCode && row.regionCode !== region)
      return { kind: 'unknown', why: `prefix ${prefix} means ${region} but the row says ${row.regionCode}` };
    if (!DECIMAL.test(row.usd)) return { kind: 'unknown', why: `price "${row.usd}" is not a decimal` };
    const source = { id: offer.sourceId, usagetype: row.usagetype, sku: row.sku };
    const dated = {
      usd: trimDecimal(row.usd),
      asOf: offer.asOf,
      ...(row.effectiveDate ? { effective: row.effectiveDate.slice(0, 10) } : {}),
      source,
    };

    const cmi = CMI.exec(rest);
    if (cmi) {
      const architecture = cmi[1]!;
      if (!this.archs.has(architecture)) return { kind: 'unknown', why: `CMI architecture "${architecture}" is not in rates/cmi.json` };
      const item: Item = cmi[2] === 'Inference' ? 'cmi-inference' : 'cmi-storage';
      const unit = unitFor(item, row.unit);
      if (!unit) return { kind: 'unknown', why: `unit "${row.unit}" is not understood for ${item}` };
      return { kind: 'price', entry: { architecture, cmuVersion: `v${cmi[3]}.${cmi[4]}`, item, region, unit, ...dated } };
    }

    for (const p of PATTERNS) {
      const m = p.re.exec(rest);
      if (!m) continue;
      const segment = m[1]!;
      const model = this.modelBySegment.get(segment);
      if (!model) return { kind: 'unknown', why: `model segment "${segment}" is not in any model's priceListSegments` };
      const item = p.item(m);
      const unit = unitFor(item, row.unit);
      if (!unit) return { kind: 'unknown', why: `unit "${row.unit}" is not understood for ${item}` };
      let term: Term | undefined;
      let variant: Variant | undefined;
      if (item === 'pt') {
        term = TERMS[m[3]!];
        variant = m[2] ? 'custom' : 'base';
        // A zero hourly rate marks an option AWS does not sell (Titan Image Generator G1 base, no commitment).
        if (Number(row.usd) === 0)
          return {
            kind: 'gap',
            gap: { model, item, region, term, variant, reason: 'not-sold', note: `the Price List lists ${row.usagetype} at $0, i.e. not sold`, source },
          };
      }
      return { kind: 'price', entry: { model, item, region, ...(term ? { term, variant } : {}), unit, ...dated } };
    }
    return { kind: 'ignored', why: 'not a customization, Provisioned Throughput, Custom Model Import or custom-model token row' };
  }
}
