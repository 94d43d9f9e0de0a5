/**
 * npm run rates:import -- [--write] [--source ID] [--as-of YYYY-MM-DD] [--dir RATES_DIR] FILE…
 *
 * Reads AWS Price List offer files — bulk offer files (AmazonBedrock or the Marketplace-style
 * AmazonBedrockFoundationModels), `aws pricing get-products` output, or the JSONL extracts in rates/pricelist/ —
 * maps every usage type it understands to price book entries, and prints the diff: added, changed (old → new, %),
 * no longer listed, curated prices the offer does not cover (kept), and usage types it did not understand.
 * The source of each offer version is looked up in rates/sources.json by version, or added to it.
 * Only with --write are rates/prices.json, gaps.json and sources.json replaced, together, after the whole result
 * validates against the schema and compiles. A malformed file is refused and nothing is written.
 */
import { OfferFileError } from './lib/pricelist-files';
import { ImportError, formatReport, planImport, writeImport, type ImportInput } from './lib/importer';
import { RATES_DIR } from './lib/book-files';

export const IMPORT_USAGE = 'usage: npm run rates:import -- [--write] [--source ID] [--as-of YYYY-MM-DD] [--dir RATES_DIR] FILE…';

export interface ImportArgs {
  files: string[];
  sourceId?: string;
  asOf?: string;
  write: boolean;
  dir: string;
}

export function parseImportArgs(argv: string[]): ImportArgs {
  const args: ImportArgs = { files: [], write: false, dir: RATES_DIR };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new ImportError(`${a} needs a value\n${IMPORT_USAGE}`);
      return v;
    };
    if (a === '--write') args.write = true;
    else if (a === '--source') args.sourceId = value();
    else if (a === '--as-of') args.asOf = value();
    else if (a === '--dir') args.dir = value();
    else if (a.startsWith('--')) throw new ImportError(`unknown option ${a}\n${IMPORT_USAGE}`);
    else args.files.push(a);
  }
  return args;
}

/** Import, print the diff, write when asked. Returns the process exit code; log receives each output block. */
export function runImport(
  args: Omit<ImportArgs, 'files'> & { files: (string | ImportInput)[] },
  log: (s: string) => void = console.log,
): number {
  const result = planImport({
    files: args.files,
    dir: args.dir,
    ...(args.sourceId ? { sourceId: args.sourceId } : {}),
    ...(args.asOf ? { asOf: args.asOf } : {}),
  });
  log(formatReport(result));
  if (!args.write) {
    log(
      result.changedParts.length
        ? `(dry run: add --write to update ${result.changedParts.map((p) => `${p}.json`).join(', ')} in ${args.dir})`
        : '(dry run: nothing to write)',
    );
    return 0;
  }
  if (!result.changedParts.length) {
    log('nothing to write: the book already says this');
    return 0;
  }
  const written = writeImport(result, args.dir);
  log(`wrote ${written.join(', ')}\nnext: npm test, then npm run build (see docs/maintaining-prices.md)`);
  return 0;
}

function main(): void {
  const args = parseImportArgs(process.argv.slice(2));
  if (!args.files.length) {
    console.error(IMPORT_USAGE);
    process.exit(2);
  }
  process.exitCode = runImport(args);
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    const refused = e instanceof OfferFileError ? 'refused, nothing written: ' : '';
    // A message, never a stack trace: the maintainer needs the file and what was wrong, not our call chain.
    const known = e instanceof OfferFileError || e instanceof ImportError;
    console.error(
      `rates:import: ${refused}${known ? (e as Error).message : `unexpected failure, nothing written: ${e instanceof Error ? e.message : String(e)}`}`,
    );
    process.exit(1);
  }
}
