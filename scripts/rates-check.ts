/**
 * npm run rates:check -- [--older-than 180d|26w|6m|1y] [--today YYYY-MM-DD] [--strict] [--dir RATES_DIR]
 *
 * What a maintainer should look at before a release:
 * - current prices last checked (the last date a first-party source showed them) before the given age (default
 *   180 days before today), by source;
 * - models that are Active or Legacy but lack a price the book should have: training and storage in each
 *   customization Region, RFT hours, Provisioned Throughput (no commitment, 1 month, 6 months) in each PT Region,
 *   and custom-model on-demand input/output in pairs — unless a gap says why it is absent;
 * - the gaps themselves (prices known not to be published, options not sold).
 * Prints a report; exits 1 with --strict when anything is stale or missing, else 0.
 */
import type { Item, RawBook, Term } from '../src/core/price-book';
import { priceKey } from '../src/core/price-book';
import { RATES_DIR, readBook } from './lib/book-files';
import { keyLabel } from './lib/importer';

export const CHECK_USAGE = 'usage: npm run rates:check -- [--older-than 180d|26w|6m|1y] [--today YYYY-MM-DD] [--strict] [--dir RATES_DIR]';

export class CheckError extends Error {}

export interface CheckOptions {
  olderThan: string;
  today: string;
}

export interface StalePrice {
  label: string;
  usd: string;
  unit: string;
  asOf: string;
  checked: string;
  source: string;
}

export interface MissingItem {
  model: string;
  status: string;
  item: Item;
  region: string;
  term?: Term;
  why: string;
}

export interface CheckResult {
  cutoff: string;
  stale: StalePrice[];
  missing: MissingItem[];
  gaps: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** today minus an age such as 180d, 26w, 6m or 1y, as YYYY-MM-DD (calendar months and years; UTC). */
export function cutoffDate(age: string, today: string): string {
  const m = /^(\d+)\s*(d|w|m|y)$/i.exec(age.trim());
  if (!m) throw new CheckError(`--older-than ${age}: write a number of days, weeks, months or years, e.g. 180d, 26w, 6m, 1y`);
  if (!DATE.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) throw new CheckError(`--today ${today}: not a YYYY-MM-DD date`);
  const n = Number(m[1]);
  const d = new Date(`${today}T00:00:00Z`);
  const unit = m[2]!.toLowerCase();
  if (unit === 'd') d.setUTCDate(d.getUTCDate() - n);
  else if (unit === 'w') d.setUTCDate(d.getUTCDate() - 7 * n);
  else {
    // Calendar months, clamped to the month's last day (31 March minus 1 month is 28/29 February, not 3 March).
    const months = unit === 'm' ? n : 12 * n;
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() - months);
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    d.setUTCDate(Math.min(day, last));
  }
  return d.toISOString().slice(0, 10);
}

const PT_TERMS: Term[] = ['none', '1m', '6m'];

export function checkBook(book: RawBook, o: CheckOptions): CheckResult {
  const cutoff = cutoffDate(o.olderThan, o.today);
  const stale = book.prices
    .filter((p) => (p.checked ?? p.asOf) < cutoff)
    .map((p) => ({
      label: keyLabel(priceKey(p)),
      usd: p.usd,
      unit: p.unit,
      asOf: p.asOf,
      checked: p.checked ?? p.asOf,
      source: p.source.id,
    }))
    .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.label < b.label ? -1 : 1));

  const priced = new Set(book.prices.filter((p) => p.model).map((p) => `${p.model}|${p.item}|${p.region}|${p.term ?? ''}`));
  const has = (model: string, item: Item, region: string, term?: Term) =>
    term ? priced.has(`${model}|${item}|${region}|${term}`) : [...priced].some((k) => k.startsWith(`${model}|${item}|${region}|`));
  const excused = (model: string, item: Item, region: string, term?: Term) =>
    book.gaps.some(
      (g) => g.model === model && g.item === item && (!g.region || g.region === region) && (!g.term || !term || g.term === term),
    );

  const missing: MissingItem[] = [];
  for (const m of book.models) {
    if (m.lifecycle.status !== 'active' && m.lifecycle.status !== 'legacy') continue;
    const expected = new Map<string, { item: Item; region: string; term?: Term; why: string }>();
    const expect = (item: Item, region: string, why: string, term?: Term) => {
      const k = `${item}|${region}|${term ?? ''}`;
      if (!expected.has(k)) expected.set(k, { item, region, ...(term ? { term } : {}), why });
    };
    for (const c of m.customization) {
      // A distillation teacher is only invoked; the student is what is trained and stored.
      const items: Item[] =
        c.method === 'distillation-teacher'
          ? []
          : c.method === 'reinforcement-fine-tuning'
            ? ['rft', 'storage']
            : [...(m.trainingUnit !== 'none' ? (['training'] as Item[]) : []), 'storage'];
      for (const region of c.regions) for (const item of items) expect(item, region, c.method);
    }
    for (const region of m.provisionedThroughput.regions)
      for (const term of PT_TERMS) expect('pt', region, 'Provisioned Throughput Region', term);
    // Custom-model on-demand inference is priced as a pair: input with output.
    for (const p of book.prices) {
      if (p.model !== m.id || (p.item !== 'ondemand-input' && p.item !== 'ondemand-output')) continue;
      expect('ondemand-input', p.region, 'custom-model on-demand pair');
      expect('ondemand-output', p.region, 'custom-model on-demand pair');
    }
    for (const e of expected.values()) {
      if (!has(m.id, e.item, e.region, e.term) && !excused(m.id, e.item, e.region, e.term))
        missing.push({ model: m.id, status: m.lifecycle.status, ...e });
    }
  }
  missing.sort((a, b) => {
    const ka = `${a.model}|${a.item}|${a.region}|${a.term ?? ''}`;
    const kb = `${b.model}|${b.item}|${b.region}|${b.term ?? ''}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });

  const gaps = book.gaps.map((g) => `${keyLabel(priceKey(g)) || g.model}: ${g.reason} — ${g.note} (${g.source.id})`).sort();
  return { cutoff, stale, missing, gaps };
}

export function formatCheck(r: CheckResult, o: CheckOptions): string {
  const out: string[] = [];
  out.push(`Prices last checked more than ${o.olderThan} ago (before ${r.cutoff}, today ${o.today}): ${r.stale.length}`);
  let source = '';
  for (const s of r.stale) {
    if (s.source !== source) {
      source = s.source;
      const n = r.stale.filter((x) => x.source === source).length;
      out.push(`  ${source} (${n}):`);
    }
    out.push(`    ${s.label}: ${s.usd} ${s.unit}, as of ${s.asOf}, checked ${s.checked}`);
  }
  out.push('', `Active or Legacy models missing prices: ${r.missing.length}`);
  for (const m of r.missing) out.push(`  ${m.model} (${m.status}): no ${m.item}${m.term ? ` ${m.term}` : ''} in ${m.region} (${m.why})`);
  out.push('', `Gaps (absent on purpose): ${r.gaps.length}`);
  for (const g of r.gaps) out.push(`  ${g}`);
  out.push(
    '',
    r.stale.length || r.missing.length
      ? 'To refresh: npm run rates:fetch (or rates:import -- FILE…), review the diff, add --write; see docs/maintaining-prices.md.'
      : 'Nothing stale or missing.',
  );
  return out.join('\n');
}

export function parseCheckArgs(argv: string[], now = new Date()): CheckOptions & { strict: boolean; dir: string } {
  const o = { olderThan: '180d', today: now.toISOString().slice(0, 10), strict: false, dir: RATES_DIR };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new CheckError(`${a} needs a value\n${CHECK_USAGE}`);
      return v;
    };
    if (a === '--older-than') o.olderThan = value();
    else if (a === '--today') o.today = value();
    else if (a === '--strict') o.strict = true;
    else if (a === '--dir') o.dir = value();
    else throw new CheckError(`unknown argument ${a}\n${CHECK_USAGE}`);
  }
  cutoffDate(o.olderThan, o.today); // refuse bad input before reading anything
  return o;
}

if (require.main === module) {
  try {
    const o = parseCheckArgs(process.argv.slice(2));
    const r = checkBook(readBook(o.dir), o);
    console.log(formatCheck(r, o));
    process.exitCode = o.strict && (r.stale.length || r.missing.length) ? 1 : 0;
  } catch (e) {
    console.error(`rates:check: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  }
}
