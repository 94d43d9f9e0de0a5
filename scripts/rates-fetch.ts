/**
 * npm run rates:fetch -- [--write] [--region us-east-1,us-west-2]… [--offer AmazonBedrock]… [--base-url URL]
 *                        [--timeout SECONDS] [--keep DIR] [--dir RATES_DIR]
 *
 * Downloads the current AWS Price List offer index of each offer (AmazonBedrock and the Marketplace-style
 * AmazonBedrockFoundationModels by default) — <base>/offers/v1.0/aws/<offer>/current/region_index.json — then the
 * regional offer file of every region asked for (default: every region of the index that rates/regions.json
 * knows), and runs rates:import on them: a dry run that prints the diff, unless --write.
 * The base URL is https://pricing.us-east-1.amazonaws.com, or --base-url, or $RATES_PRICING_BASE_URL (a mirror,
 * or the tests' local server). Without a network every request fails fast with a message saying what to do instead.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OFFER_CODES } from '../src/book/pricelist';
import { RATES_DIR, readBook } from './lib/book-files';
import { ImportError, type ImportInput } from './lib/importer';
import { DEFAULT_PRICING_BASE_URL, OfferFileError } from './lib/pricelist-files';
import { runImport } from './rates-import';

export const FETCH_USAGE =
  'usage: npm run rates:fetch -- [--write] [--region CODE[,CODE…]]… [--offer AmazonBedrock|AmazonBedrockFoundationModels]… [--base-url URL] [--timeout SECONDS] [--keep DIR] [--dir RATES_DIR]';

export class FetchError extends Error {}

export interface FetchOptions {
  baseUrl: string;
  offers: string[];
  /** Region codes to download; undefined = every region of the index that the book knows. */
  regions?: string[];
  timeoutMs: number;
  /** Keep the downloads in this folder; by default they go to a temporary folder that is removed afterwards. */
  keep?: string;
  dir: string;
  write: boolean;
}

export function parseFetchArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): FetchOptions {
  const o: FetchOptions = {
    baseUrl: env.RATES_PRICING_BASE_URL || DEFAULT_PRICING_BASE_URL,
    offers: [],
    timeoutMs: 60_000,
    dir: RATES_DIR,
    write: false,
  };
  const regions: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new FetchError(`${a} needs a value\n${FETCH_USAGE}`);
      return v;
    };
    if (a === '--write') o.write = true;
    else if (a === '--base-url') o.baseUrl = value();
    else if (a === '--offer') o.offers.push(value());
    else if (a === '--region')
      regions.push(
        ...value()
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean),
      );
    else if (a === '--timeout') {
      const s = Number(value());
      if (!(s > 0)) throw new FetchError(`--timeout wants seconds > 0\n${FETCH_USAGE}`);
      o.timeoutMs = s * 1000;
    } else if (a === '--keep') o.keep = value();
    else if (a === '--dir') o.dir = value();
    else throw new FetchError(`unknown argument ${a}\n${FETCH_USAGE}`);
  }
  if (!o.offers.length) o.offers = [...OFFER_CODES];
  for (const code of o.offers)
    if (!OFFER_CODES.includes(code)) throw new FetchError(`--offer ${code}: the importer reads ${OFFER_CODES.join(' and ')}`);
  if (regions.length) o.regions = [...new Set(regions)];
  if (!/^https?:\/\//.test(o.baseUrl)) throw new FetchError(`base URL "${o.baseUrl}" is not an http(s) URL`);
  return o;
}

const OFFLINE_HINT =
  'No network here? Download the offer files elsewhere and run npm run rates:import -- FILE…, or point --base-url (or RATES_PRICING_BASE_URL) at a mirror.';

async function get(url: string, timeoutMs: number): Promise<string> {
  const signal = AbortSignal.timeout(timeoutMs);
  const timedOut = () => new FetchError(`GET ${url}: no complete answer within ${timeoutMs / 1000} s. ${OFFLINE_HINT}`);
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (e) {
    if (signal.aborted) throw timedOut();
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchError(`GET ${url}: cannot connect (${cause?.code ?? cause?.message ?? (e as Error).message}). ${OFFLINE_HINT}`);
  }
  if (!res.ok) throw new FetchError(`GET ${url}: HTTP ${res.status} ${res.statusText}`.trimEnd());
  try {
    return await res.text();
  } catch (e) {
    if (signal.aborted) throw timedOut();
    throw new FetchError(`GET ${url}: the download broke off (${(e as Error).message})`);
  }
}

interface RegionEntry {
  regionCode: string;
  currentVersionUrl: string;
}

function parseRegionIndex(text: string, url: string): RegionEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new FetchError(`${url}: not valid JSON, perhaps cut off (${(e as Error).message})`);
  }
  const regions = (json as { regions?: unknown })?.regions;
  if (typeof regions !== 'object' || regions === null || Array.isArray(regions))
    throw new FetchError(`${url}: no "regions" object — not a Price List region index`);
  return Object.entries(regions as Record<string, unknown>).map(([key, v]) => {
    const e = v as Partial<RegionEntry> | null;
    if (!e || typeof e.currentVersionUrl !== 'string') throw new FetchError(`${url}: regions["${key}"].currentVersionUrl is missing`);
    return { regionCode: typeof e.regionCode === 'string' ? e.regionCode : key, currentVersionUrl: e.currentVersionUrl };
  });
}

/** Download the region indexes and the regional offer files into `folder`. */
export async function downloadOffers(o: FetchOptions, folder: string, log: (s: string) => void = console.log): Promise<ImportInput[]> {
  const base = o.baseUrl.replace(/\/+$/, '');
  const known = new Set(readBook(o.dir).regions.map((r) => r.code));
  const files: ImportInput[] = [];
  for (const code of o.offers) {
    const indexUrl = `${base}/offers/v1.0/aws/${code}/current/region_index.json`;
    const index = parseRegionIndex(await get(indexUrl, o.timeoutMs), indexUrl);
    const byRegion = new Map(index.map((e) => [e.regionCode, e]));
    let wanted: string[];
    if (o.regions) {
      wanted = o.regions.filter((r) => byRegion.has(r));
      const absent = o.regions.filter((r) => !byRegion.has(r));
      if (absent.length) log(`${code}: the current offer has no file for ${absent.join(', ')}; skipped`);
    } else {
      wanted = [...byRegion.keys()].filter((r) => known.has(r)).sort();
      const unknown = [...byRegion.keys()].filter((r) => !known.has(r)).sort();
      if (unknown.length) log(`${code}: regions not in rates/regions.json, skipped: ${unknown.join(', ')} (add them there to price them)`);
    }
    for (const region of wanted) {
      const url = new URL(byRegion.get(region)!.currentVersionUrl, `${base}/`).toString();
      const file = join(folder, `${code}-${region}.json`);
      writeFileSync(file, await get(url, o.timeoutMs));
      log(`downloaded ${url}`);
      files.push({ file, url });
    }
  }
  return files;
}

/** Download, then import (dry run unless o.write). Returns the exit code. */
export async function runFetch(o: FetchOptions, log: (s: string) => void = console.log): Promise<number> {
  const folder = o.keep ?? mkdtempSync(join(tmpdir(), 'rates-fetch-'));
  if (o.keep) mkdirSync(o.keep, { recursive: true });
  try {
    const files = await downloadOffers(o, folder, log);
    if (!files.length) throw new FetchError('no regional offer file to import (see the messages above)');
    return runImport({ files, dir: o.dir, write: o.write }, log);
  } finally {
    if (!o.keep) rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  (async () => {
    try {
      process.exitCode = await runFetch(parseFetchArgs(process.argv.slice(2)));
    } catch (e) {
      const refused = e instanceof OfferFileError ? 'refused, nothing written: ' : '';
      // A message, never a stack trace: the maintainer needs the file and what was wrong, not our call chain.
      const known = e instanceof FetchError || e instanceof OfferFileError || e instanceof ImportError;
      console.error(
        `rates:fetch: ${refused}${known ? (e as Error).message : `unexpected failure, nothing written: ${e instanceof Error ? e.message : String(e)}`}`,
      );
      process.exitCode = 1;
    }
  })();
}
