/**
 * Reading AWS Price List data in the shapes it comes in, refusing anything malformed before a price is mapped:
 *
 * - the bulk offer file (https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/<offer>/<version>/<region>/index.json):
 *   { formatVersion, disclaimer, offerCode, version, publicationDate, products: { SKU: { sku, productFamily,
 *   attributes } }, terms: { OnDemand: { SKU: { "SKU.TERM": { effectiveDate, priceDimensions: { "SKU.TERM.RATE":
 *   { unit, description, pricePerUnit: { USD } } } } } } } };
 * - the Price List query API (`aws pricing get-products --service-code AmazonBedrock`): { FormatVersion, PriceList:
 *   [ "<JSON record>", … ] } as the CLI prints it, or a JSON list of the records; a record is { product, serviceCode,
 *   terms: { OnDemand: { "SKU.TERM": … } }, version, publicationDate };
 * - the flattened JSONL kept in rates/pricelist/ (one PriceListRow a line; no offer version, so --source names it).
 *
 * Offers AmazonBedrock and AmazonBedrockFoundationModels (Marketplace-style) are read; any other offer is refused.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DECIMAL, OFFER_BEDROCK, OFFER_CODES, type PriceListRow } from '../../src/book/pricelist';

export const DEFAULT_PRICING_BASE_URL = 'https://pricing.us-east-1.amazonaws.com';

/** A file that cannot be read as an offer. The message names the file and every place found wrong. */
export class OfferFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      problems.length === 1
        ? `${file}: ${problems[0]}`
        : `${file}: ${problems.length} problems:\n- ${problems.slice(0, 20).join('\n- ')}${problems.length > 20 ? `\n- … and ${problems.length - 20} more` : ''}`,
    );
  }
}

export interface ReadOffer {
  /** The path read. */
  file: string;
  /** Where the file came from when known (rates:fetch passes the URL), else undefined. */
  url?: string;
  format: 'bulk' | 'get-products' | 'jsonl';
  offerCode: string;
  version?: string;
  /** YYYY-MM-DD */
  publicationDate?: string;
  /** As AWS wrote it, e.g. 2026-09-11T12:44:08Z */
  publishedAt?: string;
  /** Region codes of the products read. */
  regions: string[];
  rows: PriceListRow[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** A JSON-path step for a data key (SKU, term or rate code): always ["KEY"], since they hold dots. */
const step = (k: string) => `[${JSON.stringify(k)}]`;

/** JSON.parse, with a message that says where the text stops making sense (a truncated download, usually). */
function parseJson(text: string, file: string, what = 'the file'): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    let where = '';
    if (pos) {
      const at = Number(pos[1]);
      const before = text.slice(0, at);
      const line = before.split('\n').length;
      where = ` at line ${line}, column ${at - before.lastIndexOf('\n')} (character ${at} of ${text.length})`;
    }
    // The parser stops at the end of the text: the JSON is incomplete, not wrong.
    const truncated = /end of JSON input/i.test(msg) || (pos !== null && Number(pos[1]) >= text.trimEnd().length - 1);
    throw new OfferFileError(file, [
      `${what} is not valid JSON${where}${truncated ? ' — it ends before the JSON is complete (truncated download?)' : ''}: ${msg}`,
    ]);
  }
}

interface RowSink {
  problems: string[];
  rows: PriceListRow[];
  regions: Set<string>;
}

/** One product and its OnDemand terms → rows, with every field checked. `where` is the product's JSON path. */
function productRows(
  sink: RowSink,
  product: unknown,
  terms: unknown,
  where: { product: string; terms: string },
  offerCode: string,
  skuKey?: string,
): void {
  const p = sink.problems;
  if (!isObject(product)) {
    p.push(`${where.product}: not an object`);
    return;
  }
  const sku = str(product.sku);
  if (!sku) p.push(`${where.product}.sku: missing`);
  else if (skuKey !== undefined && sku !== skuKey) p.push(`${where.product}.sku: "${sku}" differs from its key "${skuKey}"`);
  const attrs = product.attributes;
  if (!isObject(attrs)) {
    p.push(`${where.product}.attributes: missing`);
    return;
  }
  const usagetype = str(attrs.usagetype);
  if (!usagetype) p.push(`${where.product}.attributes.usagetype: missing`);
  const sc = attrs.servicecode;
  if (sc !== undefined && sc !== offerCode)
    p.push(`${where.product}.attributes.servicecode: "${String(sc)}" in an ${offerCode} offer — a product of another service`);
  if (!sku || !usagetype) return;
  const regionCode = str(attrs.regionCode) ?? null;
  if (regionCode) sink.regions.add(regionCode);
  if (terms === undefined) return; // a product without an on-demand price: nothing to read
  if (!isObject(terms)) {
    p.push(`${where.terms}: not an object`);
    return;
  }
  for (const [termKey, term] of Object.entries(terms)) {
    const tw = `${where.terms}${step(termKey)}`;
    if (!isObject(term)) {
      p.push(`${tw}: not an object`);
      continue;
    }
    if (term.sku !== undefined && term.sku !== sku) p.push(`${tw}.sku: "${String(term.sku)}" is not the product's SKU ${sku}`);
    const effectiveDate = str(term.effectiveDate);
    if (!effectiveDate || !ISO_DATE.test(effectiveDate)) p.push(`${tw}.effectiveDate: ${effectiveDate === undefined ? 'missing' : `"${effectiveDate}" is not a date`}`);
    if (!isObject(term.priceDimensions)) {
      p.push(`${tw}.priceDimensions: missing`);
      continue;
    }
    for (const [dimKey, dim] of Object.entries(term.priceDimensions)) {
      const dw = `${tw}.priceDimensions${step(dimKey)}`;
      if (!isObject(dim)) {
        p.push(`${dw}: not an object`);
        continue;
      }
      const unit = str(dim.unit);
      if (unit === undefined) p.push(`${dw}.unit: missing`);
      const ppu = dim.pricePerUnit;
      const usd = isObject(ppu) ? ppu.USD : undefined;
      if (typeof usd !== 'string') p.push(`${dw}.pricePerUnit.USD: ${usd === undefined ? 'missing' : `${JSON.stringify(usd)} is not a string`} (SKU ${sku}, ${usagetype})`);
      else if (!DECIMAL.test(usd)) p.push(`${dw}.pricePerUnit.USD: "${usd}" is not a decimal (SKU ${sku}, ${usagetype})`);
      if (unit === undefined || typeof usd !== 'string' || !DECIMAL.test(usd) || !effectiveDate) continue;
      sink.rows.push({
        sku,
        usagetype,
        regionCode,
        location: str(attrs.location) ?? null,
        feature: str(attrs.feature) ?? null,
        model: str(attrs.model) ?? null,
        titanModelUnit: str(attrs.titanModelUnit) ?? null,
        inferenceType: str(attrs.inferenceType) ?? null,
        unit,
        usd,
        description: str(dim.description) ?? '',
        effectiveDate,
        servicecode: offerCode,
        servicename: str(attrs.servicename) ?? null,
      });
    }
  }
}

function checkOfferCode(code: unknown, place: string): string | undefined {
  if (typeof code !== 'string' || !code) return `${place}: missing`;
  if (!OFFER_CODES.includes(code))
    return `${place}: "${code}" — this is not an Amazon Bedrock offer (the importer reads ${OFFER_CODES.join(' and ')})`;
  return undefined;
}

function checkPublication(v: unknown, place: string, problems: string[]): string | undefined {
  const s = str(v);
  if (!s) problems.push(`${place}: missing`);
  else if (!ISO_DATE.test(s)) problems.push(`${place}: "${s}" is not a date`);
  else return s;
  return undefined;
}

function readBulk(json: Json, file: string, url?: string): ReadOffer {
  const problems: string[] = [];
  const bad = checkOfferCode(json.offerCode, 'offerCode');
  if (bad) throw new OfferFileError(file, [bad]);
  const offerCode = json.offerCode as string;
  const version = str(json.version);
  if (!version) problems.push('version: missing');
  const publishedAt = checkPublication(json.publicationDate, 'publicationDate', problems);
  if (!isObject(json.products)) problems.push('products: missing');
  const terms = json.terms;
  const onDemand = isObject(terms) ? terms.OnDemand : undefined;
  if (!isObject(onDemand)) problems.push('terms.OnDemand: missing');
  if (problems.length) throw new OfferFileError(file, problems);
  const products = json.products as Json;
  const od = onDemand as Json;
  const sink: RowSink = { problems, rows: [], regions: new Set() };
  for (const sku of Object.keys(od)) if (!(sku in products)) problems.push(`terms.OnDemand${step(sku)}: a term for SKU ${sku}, which is not in products`);
  for (const [sku, product] of Object.entries(products)) {
    productRows(sink, product, od[sku], { product: `products${step(sku)}`, terms: `terms.OnDemand${step(sku)}` }, offerCode, sku);
  }
  if (problems.length) throw new OfferFileError(file, problems);
  return {
    file,
    ...(url ? { url } : {}),
    format: 'bulk',
    offerCode,
    version,
    publicationDate: publishedAt!.slice(0, 10),
    publishedAt,
    regions: [...sink.regions].sort(),
    rows: sink.rows,
  };
}

function readGetProducts(list: unknown[], file: string, url?: string): ReadOffer {
  const problems: string[] = [];
  const sink: RowSink = { problems, rows: [], regions: new Set() };
  let offerCode: string | undefined;
  let version: string | undefined;
  let publishedAt: string | undefined;
  list.forEach((item, i) => {
    const at = `PriceList[${i}]`;
    const rec = typeof item === 'string' ? parseJson(item, file, `${at} (a JSON string)`) : item;
    if (!isObject(rec)) {
      problems.push(`${at}: not a get-products record`);
      return;
    }
    const product = rec.product;
    const sku = isObject(product) ? str(product.sku) : undefined;
    const label = `${at}${sku ? ` (SKU ${sku})` : ''}`;
    const bad = checkOfferCode(rec.serviceCode, `${label}.serviceCode`);
    if (bad) {
      problems.push(bad);
      return;
    }
    if (offerCode && rec.serviceCode !== offerCode) problems.push(`${label}.serviceCode: ${String(rec.serviceCode)} in a file of ${offerCode} records`);
    offerCode ??= rec.serviceCode as string;
    const v = str(rec.version);
    if (!v) problems.push(`${label}.version: missing`);
    else if (version && v !== version) problems.push(`${label}.version: ${v}, but earlier records are version ${version} (one file, one offer version)`);
    else version = v;
    const pub = checkPublication(rec.publicationDate, `${label}.publicationDate`, problems);
    if (pub) publishedAt ??= pub;
    const t = rec.terms;
    if (!isObject(t)) {
      problems.push(`${label}.terms: missing`);
      return;
    }
    productRows(sink, product, t.OnDemand, { product: `${label}.product`, terms: `${label}.terms.OnDemand` }, offerCode);
  });
  if (!list.length) problems.push('PriceList: empty — no records to read');
  if (problems.length) throw new OfferFileError(file, problems);
  return {
    file,
    ...(url ? { url } : {}),
    format: 'get-products',
    offerCode: offerCode!,
    version,
    publicationDate: publishedAt!.slice(0, 10),
    publishedAt,
    regions: [...sink.regions].sort(),
    rows: sink.rows,
  };
}

function readJsonl(text: string, file: string): ReadOffer {
  const problems: string[] = [];
  const rows: PriceListRow[] = [];
  const regions = new Set<string>();
  text.split('\n').forEach((l, i) => {
    if (!l.trim()) return;
    const row = parseJson(l, file, `line ${i + 1}`) as PriceListRow;
    if (!isObject(row) || typeof row.usagetype !== 'string' || typeof row.sku !== 'string') problems.push(`line ${i + 1}: no sku or usagetype`);
    else if (typeof row.usd !== 'string' || !DECIMAL.test(row.usd)) problems.push(`line ${i + 1}.usd: ${JSON.stringify(row.usd)} is not a decimal (SKU ${row.sku})`);
    else {
      if (row.regionCode) regions.add(row.regionCode);
      rows.push(row);
    }
  });
  if (problems.length) throw new OfferFileError(file, problems);
  return { file, format: 'jsonl', offerCode: OFFER_BEDROCK, regions: [...regions].sort(), rows };
}

/** Parse offer text of any of the three shapes. Throws OfferFileError naming the file and the places. */
export function parseOffer(text: string, path: string, url?: string): ReadOffer {
  // A downloaded file is named by its URL in messages: the temporary copy is gone by the time anyone reads them.
  const file = url ?? path;
  if (path.endsWith('.jsonl')) return readJsonl(text, file);
  if (!text.trim()) throw new OfferFileError(file, ['the file is empty']);
  const json = parseJson(text, file);
  const at = (o: ReadOffer): ReadOffer => ({ ...o, file: path });
  if (Array.isArray(json)) return at(readGetProducts(json, file, url));
  if (!isObject(json)) throw new OfferFileError(file, ['neither an offer file ({ offerCode, products, terms }) nor get-products output']);
  if (Array.isArray(json.PriceList)) return at(readGetProducts(json.PriceList, file, url));
  if ('products' in json || 'offerCode' in json || 'terms' in json) return at(readBulk(json, file, url));
  throw new OfferFileError(file, ['neither an offer file ({ offerCode, products, terms }) nor get-products output ({ PriceList: [...] } or a list of records)']);
}

export function readOfferFile(file: string, url?: string): ReadOffer {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new OfferFileError(file, [`cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`]);
  }
  return parseOffer(text, file, url);
}

/**
 * The address of a regional bulk offer file. Versions are immutable, so a bulk file with one region names its own
 * URL even when it was downloaded by hand.
 */
export function bulkOfferUrl(offerCode: string, version: string, region: string, base = DEFAULT_PRICING_BASE_URL): string {
  return `${base.replace(/\/$/, '')}/offers/v1.0/aws/${offerCode}/${version}/${region}/index.json`;
}

/** How the offer is named in the book: its URL when known, else the file's name. */
export function offerLocation(o: ReadOffer): string {
  if (o.url) return o.url;
  if (o.format === 'bulk' && o.version && o.regions.length === 1) return bulkOfferUrl(o.offerCode, o.version, o.regions[0]!);
  return basename(o.file);
}
