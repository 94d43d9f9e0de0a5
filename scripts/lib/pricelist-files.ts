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
 * A key twice in one object (two products with one SKU, two terms with one code) is a conflict, since JSON.parse would
 * silently keep the last; dates must be real days not after the run's; JSONL rows are checked against
 * rates/schema/pricelist-row.schema.json field by field.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DECIMAL, OFFER_BEDROCK, OFFER_CODES, type PriceListRow } from '../../src/book/pricelist';
import { RATES_DIR } from './book-files';
import { dateProblem, today } from './calendar-date';
import { describeDuplicates, duplicateKeys } from './duplicate-keys';

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

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** A JSON-path step for a data key (SKU, term or rate code): always ["KEY"], since they hold dots. */
const step = (k: string) => `[${JSON.stringify(k)}]`;

/**
 * JSON.parse, with a message that says where the text stops making sense (a truncated download, usually), and a
 * refusal of any key written twice in one object (JSON.parse keeps the last; see duplicate-keys.ts).
 */
function parseJson(text: string, file: string, what = 'the file'): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
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
  const twice = duplicateKeys(text);
  if (twice.length)
    throw new OfferFileError(
      file,
      describeDuplicates(twice).map((d) => (what === 'the file' ? d : `${what}: ${d}`)),
    );
  return value;
}

interface RowSink {
  /** The run's day (YYYY-MM-DD): no date read may be after it. */
  runDay: string;
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
    const badDate = effectiveDate === undefined ? 'missing' : dateProblem(effectiveDate, sink.runDay);
    if (badDate) p.push(`${tw}.effectiveDate: ${badDate}`);
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
      if (typeof usd !== 'string')
        p.push(
          `${dw}.pricePerUnit.USD: ${usd === undefined ? 'missing' : `${JSON.stringify(usd)} is not a string`} (SKU ${sku}, ${usagetype})`,
        );
      else if (!DECIMAL.test(usd)) p.push(`${dw}.pricePerUnit.USD: "${usd}" is not a decimal (SKU ${sku}, ${usagetype})`);
      if (unit === undefined || typeof usd !== 'string' || !DECIMAL.test(usd) || !effectiveDate || badDate) continue;
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

function checkPublication(v: unknown, place: string, problems: string[], runDay: string): string | undefined {
  const s = str(v);
  const bad = s ? dateProblem(s, runDay) : undefined;
  if (!s) problems.push(`${place}: missing`);
  else if (bad) problems.push(`${place}: ${bad}`);
  else return s;
  return undefined;
}

function readBulk(json: Json, file: string, runDay: string, url?: string): ReadOffer {
  const problems: string[] = [];
  const bad = checkOfferCode(json.offerCode, 'offerCode');
  if (bad) throw new OfferFileError(file, [bad]);
  const offerCode = json.offerCode as string;
  const version = str(json.version);
  if (!version) problems.push('version: missing');
  const publishedAt = checkPublication(json.publicationDate, 'publicationDate', problems, runDay);
  if (!isObject(json.products)) problems.push('products: missing');
  const terms = json.terms;
  const onDemand = isObject(terms) ? terms.OnDemand : undefined;
  if (!isObject(onDemand)) problems.push('terms.OnDemand: missing');
  // Without products and terms there is nothing more to check; a bad date or version alone still lets every row be checked.
  if (!isObject(json.products) || !isObject(onDemand)) throw new OfferFileError(file, problems);
  const products = json.products as Json;
  const od = onDemand as Json;
  const sink: RowSink = { runDay, problems, rows: [], regions: new Set() };
  for (const sku of Object.keys(od))
    if (!(sku in products)) problems.push(`terms.OnDemand${step(sku)}: a term for SKU ${sku}, which is not in products`);
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

function readGetProducts(list: unknown[], file: string, runDay: string, url?: string): ReadOffer {
  const problems: string[] = [];
  const sink: RowSink = { runDay, problems, rows: [], regions: new Set() };
  // One record per product: a SKU in two records is two products with one key (the last would win).
  const recordOfSku = new Map<string, number>();
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
    if (sku !== undefined) {
      const first = recordOfSku.get(sku);
      if (first !== undefined)
        problems.push(`${label}: SKU ${sku} is also PriceList[${first}] — two products with one key, a conflict; nothing is imported`);
      else recordOfSku.set(sku, i);
    }
    const bad = checkOfferCode(rec.serviceCode, `${label}.serviceCode`);
    if (bad) {
      problems.push(bad);
      return;
    }
    if (offerCode && rec.serviceCode !== offerCode)
      problems.push(`${label}.serviceCode: ${String(rec.serviceCode)} in a file of ${offerCode} records`);
    offerCode ??= rec.serviceCode as string;
    const v = str(rec.version);
    if (!v) problems.push(`${label}.version: missing`);
    else if (version && v !== version)
      problems.push(`${label}.version: ${v}, but earlier records are version ${version} (one file, one offer version)`);
    else version = v;
    const pub = checkPublication(rec.publicationDate, `${label}.publicationDate`, problems, runDay);
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

let rowSchema: ValidateFunction | undefined;

/** rates/schema/pricelist-row.schema.json, compiled once. */
function rowValidator(): ValidateFunction {
  if (!rowSchema) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    rowSchema = ajv.compile(JSON.parse(readFileSync(join(RATES_DIR, 'schema', 'pricelist-row.schema.json'), 'utf8')));
  }
  return rowSchema;
}

/** "line 3.usd: must match pattern …" for each field that does not fit the schema. */
function rowProblems(validate: ValidateFunction, at: string): string[] {
  return (validate.errors ?? []).map((e) => {
    const field = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '';
    const missing = e.keyword === 'required' ? `.${String((e.params as { missingProperty?: string }).missingProperty)}: missing` : '';
    const extra =
      e.keyword === 'additionalProperties'
        ? `.${String((e.params as { additionalProperty?: string }).additionalProperty)}: not a field of a Price List row`
        : '';
    return `${at}${field ? `.${field}` : ''}${missing || extra || `: ${e.message ?? 'does not match the schema'}`}`;
  });
}

function readJsonl(text: string, file: string, runDay: string): ReadOffer {
  const problems: string[] = [];
  const rows: PriceListRow[] = [];
  const regions = new Set<string>();
  const validate = rowValidator();
  const lineOfSku = new Map<string, number>();
  text.split('\n').forEach((l, i) => {
    if (!l.trim()) return;
    const at = `line ${i + 1}`;
    const row = parseJson(l, file, at);
    if (!validate(row)) {
      problems.push(...rowProblems(validate, at));
      return;
    }
    const r = row as unknown as PriceListRow;
    const badDate = dateProblem(r.effectiveDate, runDay);
    if (badDate) problems.push(`${at}.effectiveDate: ${badDate}`);
    const first = lineOfSku.get(r.sku);
    if (first !== undefined)
      problems.push(`${at}: SKU ${r.sku} is also line ${first} — two rows with one key, a conflict; nothing is imported`);
    else lineOfSku.set(r.sku, i + 1);
    if (badDate || first !== undefined) return;
    if (r.regionCode) regions.add(r.regionCode);
    rows.push(r);
  });
  if (problems.length) throw new OfferFileError(file, problems);
  return { file, format: 'jsonl', offerCode: OFFER_BEDROCK, regions: [...regions].sort(), rows };
}

/** Parse offer text of any of the three shapes. Throws OfferFileError naming the file and the places. */
export function parseOffer(text: string, path: string, url?: string, runDay = today()): ReadOffer {
  // A downloaded file is named by its URL in messages: the temporary copy is gone by the time anyone reads them.
  const file = url ?? path;
  if (path.endsWith('.jsonl')) return readJsonl(text, file, runDay);
  if (!text.trim()) throw new OfferFileError(file, ['the file is empty']);
  const json = parseJson(text, file);
  const at = (o: ReadOffer): ReadOffer => ({ ...o, file: path });
  if (Array.isArray(json)) return at(readGetProducts(json, file, runDay, url));
  if (!isObject(json)) throw new OfferFileError(file, ['neither an offer file ({ offerCode, products, terms }) nor get-products output']);
  if (Array.isArray(json.PriceList)) return at(readGetProducts(json.PriceList, file, runDay, url));
  if ('products' in json || 'offerCode' in json || 'terms' in json) return at(readBulk(json, file, runDay, url));
  throw new OfferFileError(file, [
    'neither an offer file ({ offerCode, products, terms }) nor get-products output ({ PriceList: [...] } or a list of records)',
  ]);
}

/** Read and check one offer file; `runDay` (YYYY-MM-DD, default today in UTC) is the latest date it may hold. */
export function readOfferFile(file: string, url?: string, runDay = today()): ReadOffer {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new OfferFileError(file, [`cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`]);
  }
  return parseOffer(text, file, url, runDay);
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
