/**
 * npm run rates:import -- [--source ID] [--as-of YYYY-MM-DD] [--write] FILE…
 *
 * Reads Price List data, maps every usage type it understands to price book entries, and prints a diff (added,
 * changed, no longer listed) plus the usage types it did not understand. Writes rates/prices.json and
 * rates/gaps.json only with --write, atomically, after the whole result validates.
 */
import { compileBook } from '../src/book/compile';
import { mergePrices } from '../src/book/merge';
import { PriceListMapper, type Mapped } from '../src/book/pricelist';
import { priceKey, type Gap, type PriceEntry } from '../src/core/price-book';
import { readBook, validateBook, writePart } from './lib/book-files';
import { readOfferFile } from './lib/pricelist-files';

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let sourceId: string | undefined;
  let asOf: string | undefined;
  let write = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--write') write = true;
    else if (a === '--source') sourceId = argv[++i];
    else if (a === '--as-of') asOf = argv[++i];
    else files.push(a);
  }
  return { files, sourceId, asOf, write };
}

export function importFiles(opts: { files: string[]; sourceId?: string; asOf?: string }) {
  const book = readBook();
  const mapper = new PriceListMapper(book);
  const incoming: PriceEntry[] = [];
  const gaps: Gap[] = [];
  const unknown: string[] = [];
  for (const file of opts.files) {
    const offer = readOfferFile(file);
    const sourceId = opts.sourceId ?? (offer.version ? `aws-pricelist-${offer.version.slice(0, 8)}` : undefined);
    if (!sourceId || !book.sources[sourceId])
      throw new Error(`${file}: add its source to rates/sources.json and name it with --source (looked for "${sourceId ?? '?'}")`);
    const asOf = opts.asOf ?? offer.publicationDate ?? book.sources[sourceId]!.date;
    for (const row of offer.rows) {
      const m: Mapped = mapper.map(row, { sourceId, asOf });
      if (m.kind === 'price') incoming.push(m.entry);
      else if (m.kind === 'gap') gaps.push(m.gap);
      else if (m.kind === 'unknown') unknown.push(`${row.usagetype}: ${m.why}`);
    }
  }
  const merged = mergePrices(book.prices, incoming, book.sources);
  const gapKey = (g: Gap) => priceKey(g);
  const allGaps = [...book.gaps.filter((g) => !gaps.some((n) => gapKey(n) === gapKey(g))), ...gaps];
  const next = { ...book, prices: merged.prices, gaps: allGaps };
  return { book: next, merged, unknown, gapsAdded: gaps.length };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!args.files.length) {
    console.error('usage: npm run rates:import -- [--source ID] [--as-of YYYY-MM-DD] [--write] FILE…');
    process.exit(2);
  }
  const { book, merged, unknown } = importFiles(args);
  for (const a of merged.added) console.log(`+ ${a.key}  ${a.after}`);
  for (const c of merged.changed) {
    const pct = Number(c.before) ? (((Number(c.after) - Number(c.before)) / Number(c.before)) * 100).toFixed(1) : '∞';
    console.log(`~ ${c.key}  ${c.before} → ${c.after} (${pct}%)`);
  }
  for (const k of merged.notListed) console.log(`? ${k}  (no longer listed by this source; kept)`);
  for (const u of unknown) console.log(`! not understood: ${u}`);
  console.log(`${merged.added.length} added, ${merged.changed.length} changed, ${merged.unchanged} unchanged, ${merged.notListed.length} not listed, ${unknown.length} not understood`);
  const problems = validateBook(book);
  if (problems.length) throw new Error(`the result does not validate:\n- ${problems.join('\n- ')}`);
  compileBook(book);
  if (args.write) {
    writePart('prices', book.prices);
    writePart('gaps', book.gaps);
    console.log('wrote rates/prices.json and rates/gaps.json');
  } else console.log('(dry run: add --write to update rates/)');
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
