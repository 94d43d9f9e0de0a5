/**
 * rates:fetch against a local HTTP server (127.0.0.1) that serves the fixture offer files at the Price List's own
 * paths: region index, then the regional offer files, then the import. Also what happens when the network fails.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileBook } from '../../src/book/compile';
import { readBook, validateBook } from '../../scripts/lib/book-files';
import { OfferFileError } from '../../scripts/lib/pricelist-files';
import { FetchError, parseFetchArgs, runFetch, type FetchOptions } from '../../scripts/rates-fetch';
import { copyRates, fixture, snapshot } from '../support/rates-copy';

const ROUTES: Record<string, string> = {
  '/offers/v1.0/aws/AmazonBedrock/current/region_index.json': 'region_index-AmazonBedrock.json',
  '/offers/v1.0/aws/AmazonBedrock/20261105123456/us-east-1/index.json': 'AmazonBedrock-20261105123456-us-east-1.json',
  '/offers/v1.0/aws/AmazonBedrock/20261105123456/us-west-2/index.json': 'AmazonBedrock-20261105123456-us-west-2.json',
  '/offers/v1.0/aws/AmazonBedrockFoundationModels/current/region_index.json': 'region_index-AmazonBedrockFoundationModels.json',
  '/offers/v1.0/aws/AmazonBedrockFoundationModels/20261104090000/us-west-2/index.json':
    'AmazonBedrockFoundationModels-20261104090000-us-west-2.json',
};

let server: Server;
let base: string;
let requests: string[];
/** Per-path overrides: a fixture to serve instead, 'hang' (never answer) or a status code. */
let override: Record<string, string | number>;
let rates: ReturnType<typeof copyRates>;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    requests.push(path);
    const o = override[path];
    if (o === 'hang') return; // never answers; the client's timeout must fire
    if (typeof o === 'number') {
      res.writeHead(o).end();
      return;
    }
    const name = o ?? ROUTES[path];
    if (!name) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(fixture(name)));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});
beforeEach(() => {
  requests = [];
  override = {};
  rates = copyRates();
});
afterEach(() => rates.remove());

const options = (over: Partial<FetchOptions> = {}): FetchOptions => ({
  ...parseFetchArgs(['--base-url', base, '--dir', rates.dir]),
  timeoutMs: 5000,
  ...over,
});

async function run(o: FetchOptions): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runFetch(o, (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}

test('downloads each offer’s region index and the regional files the book knows, then shows the diff (dry run)', async () => {
  const before = snapshot(rates.dir);
  const { code, out } = await run(options());
  expect(code).toBe(0);
  expect(requests).toEqual([
    '/offers/v1.0/aws/AmazonBedrock/current/region_index.json',
    '/offers/v1.0/aws/AmazonBedrock/20261105123456/us-east-1/index.json',
    '/offers/v1.0/aws/AmazonBedrock/20261105123456/us-west-2/index.json',
    '/offers/v1.0/aws/AmazonBedrockFoundationModels/current/region_index.json',
    '/offers/v1.0/aws/AmazonBedrockFoundationModels/20261104090000/us-west-2/index.json',
  ]);
  expect(out).toContain('AmazonBedrock: regions not in rates/regions.json, skipped: mx-central-1');
  expect(out).toContain('~ amazon.nova-pro-v1:0 training us-east-1: 0.008 → 0.0075 per-1k-tokens (-6.25%');
  expect(out).toContain('~ anthropic.claude-3-haiku-20240307-v1:0 pt us-west-2 6m custom: 66 → 60 per-mu-hour (-9.09%');
  expect(out).toContain('(dry run: add --write');
  expect(snapshot(rates.dir)).toEqual(before);
});

test('--write records where each offer came from and leaves a valid book', async () => {
  const { code } = await run(options({ write: true }));
  expect(code).toBe(0);
  const book = readBook(rates.dir);
  expect(validateBook(book, rates.dir)).toEqual([]);
  expect(() => compileBook(book)).not.toThrow();
  expect(book.sources['aws-pricelist-20261105']).toMatchObject({
    version: '20261105123456',
    date: '2026-11-05',
    url: `${base}/offers/v1.0/aws/AmazonBedrock/20261105123456/us-east-1/index.json`,
  });
  expect(book.sources['aws-pricelist-fm-20261104']!.url).toBe(
    `${base}/offers/v1.0/aws/AmazonBedrockFoundationModels/20261104090000/us-west-2/index.json`,
  );
});

test('--region and --offer limit what is downloaded; --keep keeps the downloads', async () => {
  const keep = join(rates.dir, '..', 'downloads');
  const o = parseFetchArgs([
    '--base-url',
    base,
    '--dir',
    rates.dir,
    '--offer',
    'AmazonBedrock',
    '--region',
    'us-east-1,ap-northeast-1',
    '--keep',
    keep,
  ]);
  const { out } = await run(o);
  expect(requests).toEqual([
    '/offers/v1.0/aws/AmazonBedrock/current/region_index.json',
    '/offers/v1.0/aws/AmazonBedrock/20261105123456/us-east-1/index.json',
  ]);
  expect(out).toContain('AmazonBedrock: the current offer has no file for ap-northeast-1; skipped');
  expect(existsSync(join(keep, 'AmazonBedrock-us-east-1.json'))).toBe(true);
});

describe('when the network fails, the message says what happened and rates/ is untouched', () => {
  const fails = async (o: FetchOptions, error: new (...a: never[]) => Error, message: RegExp) => {
    const before = snapshot(rates.dir);
    await expect(run({ ...o, write: true })).rejects.toThrow(message);
    await expect(run({ ...o, write: true })).rejects.toBeInstanceOf(error);
    expect(snapshot(rates.dir)).toEqual(before);
  };

  test('no server at that address', async () => {
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((ok) => closed.close(ok));
    await fails(options({ baseUrl: `http://127.0.0.1:${port}` }), FetchError, /cannot connect \(ECONNREFUSED\)\. No network here\?/);
  });

  test('a server that does not answer', async () => {
    override['/offers/v1.0/aws/AmazonBedrock/20261105123456/us-west-2/index.json'] = 'hang';
    await fails(options({ timeoutMs: 300 }), FetchError, /us-west-2\/index\.json: no complete answer within 0\.3 s/);
  });

  test('an HTTP error', async () => {
    override['/offers/v1.0/aws/AmazonBedrockFoundationModels/current/region_index.json'] = 503;
    await fails(options(), FetchError, /AmazonBedrockFoundationModels\/current\/region_index\.json: HTTP 503/);
  });

  test('a download cut short is refused by the importer', async () => {
    override['/offers/v1.0/aws/AmazonBedrock/20261105123456/us-east-1/index.json'] = 'truncated-AmazonBedrock-us-east-1.json';
    await fails(options(), OfferFileError, /20261105123456\/us-east-1\/index\.json: the file is not valid JSON .*truncated download/);
  });

  test('a region index that is not one', async () => {
    override['/offers/v1.0/aws/AmazonBedrock/current/region_index.json'] = 'AmazonEC2-us-east-1.json';
    await fails(options(), FetchError, /region_index\.json: no "regions" object/);
  });
});

test('arguments: the base URL comes from --base-url or RATES_PRICING_BASE_URL; unknown offers are refused', () => {
  expect(parseFetchArgs([], {}).baseUrl).toBe('https://pricing.us-east-1.amazonaws.com');
  expect(parseFetchArgs([], { RATES_PRICING_BASE_URL: 'http://127.0.0.1:9' }).baseUrl).toBe('http://127.0.0.1:9');
  expect(parseFetchArgs([], {}).offers).toEqual(['AmazonBedrock', 'AmazonBedrockFoundationModels']);
  expect(parseFetchArgs(['--region', 'us-east-1', '--region', 'us-west-2,us-east-1'], {}).regions).toEqual(['us-east-1', 'us-west-2']);
  expect(() => parseFetchArgs(['--offer', 'AmazonEC2'], {})).toThrow(/reads AmazonBedrock and AmazonBedrockFoundationModels/);
  expect(() => parseFetchArgs(['--timeout', 'soon'], {})).toThrow(/seconds/);
});
