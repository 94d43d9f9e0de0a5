/**
 * npm run bench: what a custom-function call costs a user, as a ratio to a bare script doing the same arithmetic.
 *
 * Apps Script evaluates the whole script in a fresh global context for every custom-function call. So each sample
 * here compiles dist/*.js afresh (a unique trailing comment defeats V8's compile cache, which is keyed by source
 * text), runs it in a new vm context, then makes the call. The baseline is a bare script that does the same
 * arithmetic on plain doubles (no book, no checks), compiled and run the same way; add-on and baseline samples are
 * interleaved in one run so that machine load affects both alike. Medians; ratios are median ÷ median.
 *
 * Usage: npm run bench [-- --samples N] [--dist DIR] [--wall]   (default 61 samples of each, dist/, CPU time)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';

const DIST = join(__dirname, '..', 'dist');

type Fn = (...a: unknown[]) => unknown;

/** A script compiled as if for the first time and run in a new context; returns the global it defined. */
let unique = 0;
function freshGlobal(sources: { file: string; text: string }[]): Record<string, Fn> {
  const ctx = vm.createContext({});
  const tag = `\n// sample ${process.pid}.${++unique}.${Math.random()}\n`;
  for (const s of sources) new vm.Script(s.text + tag, { filename: s.file }).runInContext(ctx);
  return ctx as Record<string, Fn>;
}

/**
 * The baselines: the arithmetic of the two measured calls on doubles, written the plain way a user would without the
 * add-on (21.18 USD per model unit-hour for Llama 2 13B, 1 month; Nova Micro fine-tuning at 0.001 USD per 1,000 tokens).
 */
const BARE = `
function PT(units, hours) { return 21.18 * units * hours; }
function FT(tokens, epochs) {
  var out = [];
  for (var i = 0; i < tokens.length; i++) out.push([(tokens[i][0] * epochs) / 1000 * 0.001]);
  return out;
}`;

export interface Figure {
  label: string;
  addonMs: number;
  bareMs: number;
  ratio: number;
  target: number;
}

export interface BenchResult {
  bundleKB: number;
  bundleTargetKB: number;
  figures: Figure[];
  samples: number;
  clock: 'cpu' | 'wall';
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * CPU time of this process (user + system), by default: on a shared machine wall-clock time mostly measures the
 * scheduler, while CPU time is the work the call does. --wall measures elapsed time instead.
 */
let clock: 'cpu' | 'wall' = 'cpu';

function timed(fn: () => void): number {
  if (clock === 'wall') {
    const start = performance.now();
    fn();
    return performance.now() - start;
  }
  const start = process.cpuUsage();
  fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/** Runs add-on and baseline alternately, `samples` times each, and returns the two medians. */
function compare(samples: number, addon: () => void, bare: () => void): [number, number] {
  const a: number[] = [];
  const b: number[] = [];
  addon();
  bare(); // one unmeasured round of each: the bench's own code gets compiled, not the measured scripts (fresh each time)
  for (let i = 0; i < samples; i++) {
    if (i % 2) {
      a.push(timed(addon));
      b.push(timed(bare));
    } else {
      b.push(timed(bare));
      a.push(timed(addon));
    }
  }
  return [median(a), median(b)];
}

export function runBench(samples = 61, dist = DIST, use: 'cpu' | 'wall' = 'cpu'): BenchResult {
  clock = use;
  const files = readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .sort();
  const addon = files.map((file) => ({ file, text: readFileSync(join(dist, file), 'utf8') }));
  const bare = [{ file: 'bare.js', text: BARE }];
  const bytes = files.reduce((n, f) => n + statSync(join(dist, f)).size, 0);

  const tokens = Array.from({ length: 10000 }, (_, i) => [1000 * (i + 1)]);
  let sink = 0;
  const keep = (v: unknown) => {
    sink += Array.isArray(v) ? v.length : Number(v);
  };

  const [rangeA, rangeB] = compare(
    samples,
    () => keep(freshGlobal(addon).BEDROCK_FT_COST!('Nova Micro', tokens, 2)),
    () => keep(freshGlobal(bare).FT!(tokens, 2)),
  );
  const [oneA, oneB] = compare(
    samples,
    () => keep(freshGlobal(addon).BEDROCK_PT_MONTHLY!('Llama 2 13B', 1, '1m', 744)),
    () => keep(freshGlobal(bare).PT!(1, 744)),
  );
  if (sink === -1) console.log(sink);
  return {
    bundleKB: bytes / 1024,
    bundleTargetKB: 150,
    samples,
    clock,
    figures: [
      { label: 'fresh + 10,000-row BEDROCK_FT_COST', addonMs: rangeA, bareMs: rangeB, ratio: rangeA / rangeB, target: 6 },
      { label: 'fresh + one BEDROCK_PT_MONTHLY', addonMs: oneA, bareMs: oneB, ratio: oneA / oneB, target: 10 },
    ],
  };
}

export function report(r: BenchResult): string {
  const verdict = (ok: boolean) => (ok ? 'pass' : 'FAIL');
  const lines = [
    `medians of ${r.samples} samples each (${r.clock === 'cpu' ? 'CPU time' : 'wall-clock time'}), add-on and bare script interleaved; every sample compiles afresh in a new context`,
  ];
  for (const f of r.figures)
    lines.push(
      `${f.label.padEnd(36)} ${f.addonMs.toFixed(3).padStart(8)} ms   bare ${f.bareMs.toFixed(3).padStart(7)} ms   ` +
        `ratio ${f.ratio.toFixed(1).padStart(5)}×   target ≤ ${f.target}×   ${verdict(f.ratio <= f.target)}`,
    );
  lines.push(
    `${'bundle size (dist/*.js)'.padEnd(36)} ${r.bundleKB.toFixed(1).padStart(8)} KB${' '.repeat(42)}target ≤ ${r.bundleTargetKB} KB   ${verdict(r.bundleKB <= r.bundleTargetKB)}`,
  );
  return lines.join('\n');
}

if (require.main === module) {
  const arg = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const samples = Number(arg('--samples') ?? 61);
  if (!Number.isInteger(samples) || samples < 1) throw new Error('--samples takes a whole number ≥ 1.');
  // --dist DIR measures another build (e.g. an older commit's dist/) the same way, for before/after figures.
  console.log(report(runBench(samples, arg('--dist') ?? DIST, process.argv.includes('--wall') ? 'wall' : 'cpu')));
}
