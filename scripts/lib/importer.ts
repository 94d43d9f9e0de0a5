/**
 * The price-book side of rates:import and rates:fetch: read offer files, map their rows, merge them into the book,
 * and describe the difference. Nothing here writes until writeImport() is called, and planImport() throws — naming
 * the file and the place — before any mapping when a file is malformed, truncated, of another service, holds a key
 * twice, a date that is not a real day or is after today, or a price that is not a decimal; and after mapping when a
 * row's unit does not fit its item and model or a price is $0 where AWS never lists one. So a refused import leaves
 * rates/ untouched. An import that changes no price writes nothing at all, not even its source.
 */
import Big from 'big.js';
import { compileBook } from '../../src/book/compile';
import { mergePrices } from '../../src/book/merge';
import { OFFER_BEDROCK, OFFER_MARKETPLACE, PriceListMapper, isMarketplaceRow } from '../../src/book/pricelist';
import { priceKey, type Gap, type PriceEntry, type RawBook, type Source } from '../../src/core/price-book';
import { RATES_DIR, WriteError, readBook, validateBook, writeParts, type WriteOps } from './book-files';
import { dateProblem, today } from './calendar-date';
import { offerLocation, readOfferFile, type ReadOffer } from './pricelist-files';

export interface ImportInput {
  file: string;
  /** Where the file was downloaded from (rates:fetch), recorded in the source. */
  url?: string;
}

export interface ImportOptions {
  files: (string | ImportInput)[];
  /** The rates folder (tests use a copy). */
  dir?: string;
  /** Name the source instead of deriving it from the offer version (required for the JSONL extracts). */
  sourceId?: string;
  /** Override the as-of date (default: the offer's publication date). */
  asOf?: string;
  /** The run's day, YYYY-MM-DD (default: today in UTC): no date read or given may be after it. Tests fix it. */
  today?: string;
}

export interface OfferSummary {
  offerCode: string;
  version?: string;
  publishedAt?: string;
  asOf: string;
  sourceId: string;
  sourceAdded: boolean;
  files: string[];
  regions: string[];
  rows: number;
}

export interface PriceLine {
  key: string;
  label: string;
  usd: string;
  unit: string;
  asOf: string;
  source: string;
  before?: { usd: string; asOf: string; source: string };
}

export interface ImportResult {
  /** The book as it would be written. */
  book: RawBook;
  offers: OfferSummary[];
  added: PriceLine[];
  changed: PriceLine[];
  /** Read again at the same price (the offer becomes the current source). */
  unchanged: PriceLine[];
  /** Read, but the book has a newer first-party price: kept as history. */
  history: PriceLine[];
  /** Current prices from an earlier Price List, in a region (and Marketplace model) the offer covers, that it no longer lists. Kept. */
  notListed: PriceLine[];
  /** Current prices curated from other sources (pricing page, docs, transcriptions) in what the offer covers, that it does not price. Kept. */
  curated: PriceLine[];
  gapsAdded: string[];
  gapsConfirmed: string[];
  /** "usage type: why", one per usage type and reason. */
  notUnderstood: string[];
  /** Rows that contradict each other or the book (same price twice with different values, another unit); not merged. */
  conflicts: string[];
  /** Prices of $0 read from the offer, on items where AWS lists a deliberate zero (cache writes): merged, and flagged. */
  zeros: string[];
  sourcesAdded: string[];
  /** The parts of rates/ that --write would replace. */
  changedParts: ('prices' | 'gaps' | 'sources')[];
}

export class ImportError extends Error {}

type Service = typeof OFFER_BEDROCK | typeof OFFER_MARKETPLACE;

/** "amazon.nova-pro-v1:0 training us-east-1", "cmi:Llama:v1.0 cmi-inference us-east-1", "… pt us-east-1 none custom" */
export function keyLabel(key: string): string {
  return key.split('|').filter(Boolean).join(' ');
}

function offerCodeOfSource(s: Source): string {
  return s.title.includes(OFFER_MARKETPLACE) ? OFFER_MARKETPLACE : OFFER_BEDROCK;
}

function describeFormat(o: ReadOffer): string {
  return o.format === 'bulk'
    ? 'bulk offer file'
    : o.format === 'get-products'
      ? 'Price List query API output (get-products)'
      : 'flattened JSONL extract';
}

/** The source a group of files of one offer version is recorded under: an existing one, or a new one to add. */
function resolveSource(group: ReadOffer[], sources: Record<string, Source>, sourceId: string | undefined): { id: string; source?: Source } {
  const first = group[0]!;
  const { offerCode, version } = first;
  const make = (id: string): { id: string; source: Source } => {
    if (!version || !first.publicationDate)
      throw new ImportError(
        `${first.file}: the file names no offer version or publication date, so its source cannot be described; name an existing source with --source ID`,
      );
    const locations = [...new Set(group.map(offerLocation))].sort();
    const regions = [...new Set(group.flatMap((o) => o.regions))].sort();
    return {
      id,
      source: {
        kind: 'price-list',
        title: `AWS Price List, ${offerCode} offer ${version}`,
        firstParty: true,
        date: first.publicationDate,
        url: locations[0]!,
        version,
        note:
          `Imported by npm run rates:import from the ${describeFormat(first)}${locations.length > 1 ? `s ${locations.join(', ')}` : ''}; ` +
          `published ${first.publishedAt ?? first.publicationDate}; regions read: ${regions.join(', ') || 'none'}.`,
      },
    };
  };
  if (sourceId) {
    const named = sources[sourceId];
    if (!named) return make(sourceId);
    if (named.version && version && named.version !== version)
      throw new ImportError(
        `--source ${sourceId} is offer version ${named.version}, but ${first.file} is version ${version}; leave --source out to record the new version`,
      );
    return { id: sourceId };
  }
  if (!version)
    throw new ImportError(`${first.file}: the file names no offer version; name its source with --source ID (an id in rates/sources.json)`);
  const known = Object.entries(sources).find(
    ([, s]) => s.kind === 'price-list' && s.version === version && offerCodeOfSource(s) === offerCode,
  );
  if (known) return { id: known[0] };
  const stem = `aws-pricelist-${offerCode === OFFER_MARKETPLACE ? 'fm-' : ''}`;
  const short = `${stem}${version.slice(0, 8)}`;
  return make(sources[short] ? `${stem}${version}` : short);
}

function percent(before: string, after: string): string {
  const b = new Big(before);
  if (b.eq(0)) return 'from 0';
  const p = new Big(after).minus(b).div(b).times(100).round(2);
  return `${p.gt(0) ? '+' : ''}${p.toString()}%`;
}

export function planImport(opts: ImportOptions): ImportResult {
  const dir = opts.dir ?? RATES_DIR;
  const book = readBook(dir);
  const inputs = opts.files.map((f) => (typeof f === 'string' ? { file: f } : f));
  if (!inputs.length) throw new ImportError('no offer files given');
  const runDay = opts.today ?? today();
  if (opts.asOf !== undefined) {
    const bad = dateProblem(opts.asOf, runDay, false);
    if (bad) throw new ImportError(`--as-of ${bad}; give the day the prices were known true, YYYY-MM-DD`);
  }
  // Read (and so check) every file before anything is mapped or merged.
  const offers = inputs.map((i) => readOfferFile(i.file, i.url, runDay));

  const groups = new Map<string, ReadOffer[]>();
  for (const o of offers) {
    const k = `${o.offerCode}|${o.version ?? ''}`;
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  if (opts.sourceId && groups.size > 1)
    throw new ImportError(
      `--source ${opts.sourceId} names one source, but the files hold ${groups.size} offers (${[...groups.keys()].join(', ')}); import them separately`,
    );

  const sources: Record<string, Source> = { ...book.sources };
  const sourcesAdded: string[] = [];
  const summaries: OfferSummary[] = [];
  const mapper = new PriceListMapper(book);
  const incoming: PriceEntry[] = [];
  const incomingGaps: Gap[] = [];
  const notUnderstood = new Set<string>();
  const conflicts: string[] = [];
  /** Rows whose unit or value cannot be right, by file: the whole import is refused. */
  const refused: string[] = [];
  // What the offers cover: service|region|model ('*' for AmazonBedrock, which a regional file covers whole).
  const covered = new Set<string>();
  const coveredAsOf: Partial<Record<Service, string>> = {};

  for (const group of groups.values()) {
    const { id, source } = resolveSource(group, sources, opts.sourceId);
    if (source) {
      sources[id] = source;
      sourcesAdded.push(id);
    }
    const first = group[0]!;
    const asOf = opts.asOf ?? first.publicationDate ?? sources[id]!.date;
    const service = first.offerCode as Service;
    if (!coveredAsOf[service] || asOf > coveredAsOf[service]!) coveredAsOf[service] = asOf;
    let rows = 0;
    for (const o of group) {
      for (const row of o.rows) {
        rows++;
        const marketplace = isMarketplaceRow(row);
        if (row.regionCode) {
          const model = marketplace ? mapper.modelForServiceName(row.servicename ?? '') : '*';
          if (model) covered.add(`${marketplace ? OFFER_MARKETPLACE : OFFER_BEDROCK}|${row.regionCode}|${model}`);
        }
        const m = mapper.map(row, { sourceId: id, asOf });
        if (m.kind === 'price') incoming.push(m.entry);
        else if (m.kind === 'gap') incomingGaps.push(m.gap);
        else if (m.kind === 'unknown')
          notUnderstood.add(`${row.usagetype}${marketplace && row.servicename ? ` [${row.servicename}]` : ''}: ${m.why}`);
        else if (m.kind === 'refused') refused.push(`${o.url ?? o.file}: SKU ${row.sku}, ${row.usagetype}: ${m.why}`);
      }
    }
    summaries.push({
      offerCode: first.offerCode,
      ...(first.version ? { version: first.version } : {}),
      ...(first.publishedAt ? { publishedAt: first.publishedAt } : {}),
      asOf,
      sourceId: id,
      sourceAdded: !!source,
      files: group.map(offerLocation),
      regions: [...new Set(group.flatMap((o) => o.regions))].sort(),
      rows,
    });
  }

  if (refused.length)
    throw new ImportError(
      `refused, nothing written — ${refused.length === 1 ? 'a row' : `${refused.length} rows`} cannot be right:\n- ${refused.slice(0, 20).join('\n- ')}` +
        `${refused.length > 20 ? `\n- … and ${refused.length - 20} more` : ''}`,
    );

  const before = new Map(book.prices.map((p) => [priceKey(p), p]));

  // One price per key and source; a key read twice with different values, or in another unit than the book's, is a conflict.
  const byKeySource = new Map<string, PriceEntry>();
  const dropped = new Set<string>();
  for (const inc of incoming) {
    const key = priceKey(inc);
    const ks = `${key}#${inc.source.id}`;
    const seen = byKeySource.get(ks);
    if (seen) {
      if (seen.usd !== inc.usd || seen.unit !== inc.unit) {
        conflicts.push(
          `${keyLabel(key)}: the offer prices it twice (${seen.source.usagetype} ${seen.usd} ${seen.unit}, ${inc.source.usagetype} ${inc.usd} ${inc.unit}); not merged`,
        );
        dropped.add(ks);
      }
      continue;
    }
    const old = before.get(key);
    if (old && old.unit !== inc.unit) {
      conflicts.push(
        `${keyLabel(key)}: the book has it ${old.unit}, the offer ${inc.unit} (${inc.source.usagetype}); not merged — convert one of them by hand`,
      );
      dropped.add(ks);
      continue;
    }
    byKeySource.set(ks, inc);
  }
  const accepted = [...byKeySource.entries()].filter(([ks]) => !dropped.has(ks)).map(([, p]) => p);
  const mergedPrices = mergePrices(book.prices, accepted, sources);
  const after = new Map(mergedPrices.map((p) => [priceKey(p), p]));

  const line = (key: string, p: PriceEntry, old?: PriceEntry): PriceLine => ({
    key,
    label: keyLabel(key),
    usd: p.usd,
    unit: p.unit,
    asOf: p.asOf,
    source: p.source.id,
    ...(old ? { before: { usd: old.usd, asOf: old.asOf, source: old.source.id } } : {}),
  });
  const result: Pick<ImportResult, 'added' | 'changed' | 'unchanged' | 'history' | 'notListed' | 'curated'> = {
    added: [],
    changed: [],
    unchanged: [],
    history: [],
    notListed: [],
    curated: [],
  };
  const incomingKeys = [...new Set(accepted.map(priceKey))].sort();
  /** An older offer's value the book does not hold yet (as current or history) is new information, though not current. */
  let newHistory = false;
  for (const key of incomingKeys) {
    const old = before.get(key);
    const now = after.get(key)!;
    if (!old) result.added.push(line(key, now));
    else if (old.usd !== now.usd) result.changed.push(line(key, now, old));
    else if (accepted.some((a) => priceKey(a) === key && a.source.id === now.source.id)) result.unchanged.push(line(key, now, old));
    else {
      result.history.push(line(key, now, old));
      const known = new Set([old.usd, ...(old.history ?? []).map((h) => h.usd)]);
      if (accepted.some((a) => priceKey(a) === key && !known.has(a.usd))) newHistory = true;
    }
  }
  const zeros = accepted
    .filter((a) => /^0+(\.0+)?$/.test(a.usd))
    .map((a) => `${keyLabel(priceKey(a))}: $0 ${a.unit} (${a.source.usagetype}) — AWS lists it at $0; check it is meant`);

  // Gaps: a $0 Provisioned Throughput row says "not sold". Re-read gaps are updated in place, new ones appended.
  const gaps = [...book.gaps];
  const gapsAdded: string[] = [];
  const gapsConfirmed: string[] = [];
  const gapIndex = new Map(gaps.map((g, i) => [priceKey(g), i]));
  const seenGaps = new Set<string>();
  for (const g of incomingGaps) {
    const key = priceKey(g);
    if (seenGaps.has(key)) continue;
    seenGaps.add(key);
    const priced = after.get(key);
    if (priced) {
      conflicts.push(
        `${keyLabel(key)}: the offer lists ${g.source.usagetype} at $0 (not sold), but the book prices it at ${priced.usd} (${priced.source.id}); gap not recorded`,
      );
      continue;
    }
    const i = gapIndex.get(key);
    if (i === undefined) {
      gapIndex.set(key, gaps.length);
      gaps.push(g);
      gapsAdded.push(keyLabel(key));
    } else {
      const old = gaps[i]!;
      const oldSource = sources[old.source.id];
      const offerDate = sources[g.source.id]!.date;
      // Only a Price List gap is refreshed, and only by an offer at least as new; curated gaps keep their source.
      if (oldSource?.kind === 'price-list' && oldSource.date <= offerDate) gaps[i] = g;
      gapsConfirmed.push(keyLabel(key));
    }
  }

  // What the offers cover but no longer list, and curated prices they do not reach. Both are kept.
  const marketplaceModels = new Set(book.models.filter((m) => m.marketplaceServiceNames?.length).map((m) => m.id));
  const touched = new Set([...incomingKeys, ...seenGaps]);
  for (const [key, p] of before) {
    if (touched.has(key)) continue;
    const service: Service =
      p.source.usagetype?.includes('-MP:') || (!p.source.usagetype && p.model && marketplaceModels.has(p.model))
        ? OFFER_MARKETPLACE
        : OFFER_BEDROCK;
    const model = service === OFFER_MARKETPLACE ? (p.model ?? '') : '*';
    if (!covered.has(`${service}|${p.region}|${model}`)) continue;
    if (sources[p.source.id]?.kind === 'price-list') {
      // An offer older than the book's reading cannot say that AWS stopped listing it.
      if (p.asOf <= coveredAsOf[service]!) result.notListed.push(line(key, p));
    } else result.curated.push(line(key, p));
  }

  // No price changed (none added, none changed, no new gap, no new value kept as history): nothing is written, not
  // even the offer's source, so re-reading an offer leaves rates/ as it was.
  const priceChanged = result.added.length > 0 || result.changed.length > 0 || gapsAdded.length > 0 || newHistory;
  // A source is recorded only when something in the book cites it.
  const cited = new Set<string>();
  for (const p of mergedPrices) for (const d of [p, ...(p.history ?? [])]) cited.add(d.source.id);
  for (const g of gaps) cited.add(g.source.id);
  const recorded = priceChanged ? sourcesAdded.filter((id) => cited.has(id)) : [];
  for (const id of sourcesAdded) if (!recorded.includes(id)) delete sources[id];
  for (const o of summaries) o.sourceAdded = recorded.includes(o.sourceId);
  sourcesAdded.splice(0, sourcesAdded.length, ...recorded);

  const next: RawBook = priceChanged ? { ...book, sources, prices: mergedPrices, gaps } : book;
  const problems = validateBook(next, dir);
  if (problems.length)
    throw new ImportError(`the imported book does not match rates/schema/book.schema.json; nothing written:\n- ${problems.join('\n- ')}`);
  try {
    compileBook(next);
  } catch (e) {
    throw new ImportError(`the imported book does not compile; nothing written:\n${(e as Error).message}`);
  }
  const changedParts: ImportResult['changedParts'] = [];
  if (JSON.stringify(next.prices) !== JSON.stringify(book.prices)) changedParts.push('prices');
  if (JSON.stringify(next.gaps) !== JSON.stringify(book.gaps)) changedParts.push('gaps');
  if (sourcesAdded.length) changedParts.push('sources');

  return {
    book: next,
    offers: summaries,
    ...result,
    gapsAdded: gapsAdded.sort(),
    gapsConfirmed: gapsConfirmed.sort(),
    notUnderstood: [...notUnderstood].sort(),
    conflicts: conflicts.sort(),
    zeros: zeros.sort(),
    sourcesAdded,
    changedParts,
  };
}

/**
 * Replace the changed parts of rates/ (prices.json, gaps.json, sources.json), all or none (see writeParts). A failure
 * is an ImportError naming the file, after every part has been put back as it was. `ops` lets tests inject a failure.
 */
export function writeImport(r: ImportResult, dir = RATES_DIR, ops?: WriteOps): string[] {
  const parts: Partial<Record<'prices' | 'gaps' | 'sources', unknown>> = {};
  for (const p of r.changedParts) parts[p] = r.book[p];
  try {
    return writeParts(parts, dir, ops);
  } catch (e) {
    if (e instanceof WriteError) throw new ImportError(e.message);
    throw e;
  }
}

/** The diff a maintainer reviews: stable (sorted) and readable. */
export function formatReport(r: ImportResult): string {
  const out: string[] = [];
  for (const o of r.offers) {
    out.push(
      `Offer ${o.offerCode}${o.version ? ` ${o.version}` : ''}${o.publishedAt ? `, published ${o.publishedAt}` : ''} → source ${o.sourceId}${o.sourceAdded ? ' (new, added to rates/sources.json)' : ''}, as of ${o.asOf}`,
    );
    out.push(`  ${o.rows} price rows from ${o.files.join(', ')}; regions ${o.regions.join(', ') || '(none)'}`);
  }
  const section = (title: string, lines: string[]) => {
    if (!lines.length) return;
    out.push('', `${title} (${lines.length}):`, ...lines.map((l) => `  ${l}`));
  };
  section(
    'Added',
    r.added.map((l) => `+ ${l.label}: ${l.usd} ${l.unit}`),
  );
  section(
    'Changed',
    r.changed.map(
      (l) =>
        `~ ${l.label}: ${l.before!.usd} → ${l.usd} ${l.unit} (${percent(l.before!.usd, l.usd)}; was ${l.before!.source} of ${l.before!.asOf})`,
    ),
  );
  section(
    'No longer listed by this offer (kept; check whether AWS withdrew them)',
    r.notListed.map((l) => `- ${l.label}: ${l.usd} ${l.unit} (${l.source} of ${l.asOf})`),
  );
  section(
    'Curated from other sources, not covered by this offer (kept)',
    r.curated.map((l) => `= ${l.label}: ${l.usd} ${l.unit} (${l.source} of ${l.asOf})`),
  );
  section(
    'Older than the book’s current price (kept as history)',
    r.history.map((l) => `< ${l.label}: current ${l.usd} (${l.source} of ${l.asOf})`),
  );
  section(
    'Not sold (gaps added)',
    r.gapsAdded.map((g) => `+ ${g}`),
  );
  section(
    'Conflicts (not merged)',
    r.conflicts.map((c) => `! ${c}`),
  );
  section(
    'Zero prices (AWS lists these at $0 on purpose; merged — check them)',
    r.zeros.map((z) => `0 ${z}`),
  );
  section(
    'Usage types not understood (not imported)',
    r.notUnderstood.map((u) => `? ${u}`),
  );
  if (r.sourcesAdded.length)
    section(
      'Sources added',
      r.sourcesAdded.map((s) => `+ ${s}: ${r.book.sources[s]!.title}`),
    );
  out.push(
    '',
    `${r.added.length} added, ${r.changed.length} changed, ${r.unchanged.length} unchanged, ${r.history.length} kept as history, ` +
      `${r.notListed.length} no longer listed, ${r.curated.length} curated kept, ${r.gapsAdded.length} gaps added, ` +
      `${r.conflicts.length} conflicts, ${r.notUnderstood.length} not understood`,
  );
  return out.join('\n');
}
