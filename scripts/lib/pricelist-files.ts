/**
 * Reading Price List data in the shapes it comes in: the flattened JSONL kept in rates/pricelist/, and the output of
 * the Price List query API (`aws pricing get-products`: records with product, terms, version, publicationDate).
 */
import { readFileSync } from 'node:fs';
import type { PriceListRow } from '../../src/book/pricelist';

export class OfferFileError extends Error {}

interface GetProductsRecord {
  product?: { sku?: string; attributes?: Record<string, string> };
  serviceCode?: string;
  terms?: { OnDemand?: Record<string, { effectiveDate?: string; priceDimensions?: Record<string, { unit?: string; description?: string; pricePerUnit?: { USD?: string } }> }> };
  version?: string;
  publicationDate?: string;
}

export interface ReadOffer {
  rows: PriceListRow[];
  version?: string;
  publicationDate?: string;
}

function fromRecord(r: GetProductsRecord, file: string, index: number): PriceListRow[] {
  const where = `${file}, record ${index + 1}`;
  const attrs = r.product?.attributes;
  const sku = r.product?.sku;
  if (!attrs || !sku) throw new OfferFileError(`${where}: no product.attributes or product.sku`);
  if (r.serviceCode && r.serviceCode !== 'AmazonBedrock') throw new OfferFileError(`${where}: service code ${r.serviceCode}, not AmazonBedrock`);
  const rows: PriceListRow[] = [];
  for (const term of Object.values(r.terms?.OnDemand ?? {})) {
    for (const dim of Object.values(term.priceDimensions ?? {})) {
      const usd = dim.pricePerUnit?.USD;
      if (usd === undefined) throw new OfferFileError(`${where}: a price dimension has no pricePerUnit.USD`);
      rows.push({
        sku,
        usagetype: attrs.usagetype ?? '',
        regionCode: attrs.regionCode ?? null,
        location: attrs.location ?? null,
        feature: attrs.feature ?? null,
        model: attrs.model ?? null,
        titanModelUnit: attrs.titanModelUnit ?? null,
        inferenceType: attrs.inferenceType ?? null,
        unit: dim.unit ?? '',
        usd,
        description: dim.description ?? '',
        effectiveDate: term.effectiveDate ?? '',
      });
    }
  }
  return rows;
}

export function readOfferFile(file: string): ReadOffer {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.jsonl')) {
    const rows = text
      .split('\n')
      .filter((l) => l.trim())
      .map((l, i) => {
        try {
          return JSON.parse(l) as PriceListRow;
        } catch (e) {
          throw new OfferFileError(`${file}, line ${i + 1}: not JSON (${(e as Error).message})`);
        }
      });
    return { rows };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new OfferFileError(`${file}: not valid JSON, perhaps truncated (${(e as Error).message})`);
  }
  const records: unknown = Array.isArray(json) ? json : (json as { products?: unknown; PriceList?: unknown }).PriceList ?? (json as { products?: unknown }).products;
  if (!Array.isArray(records)) throw new OfferFileError(`${file}: neither a list of get-products records nor { "PriceList": [...] }`);
  const parsed = records.map((r) => (typeof r === 'string' ? JSON.parse(r) : r) as GetProductsRecord);
  const first = parsed[0];
  return {
    rows: parsed.flatMap((r, i) => fromRecord(r, file, i)),
    ...(first?.version ? { version: first.version } : {}),
    ...(first?.publicationDate ? { publicationDate: first.publicationDate.slice(0, 10) } : {}),
  };
}
