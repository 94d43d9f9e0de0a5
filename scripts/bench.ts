/**
 * npm run bench: the figures that matter for a custom function in Google Sheets, each beside a baseline.
 *
 * Every custom-function call loads the whole script, so the cold load of dist/ in a fresh context is paid per call;
 * a 10,000-row range is one call. Baselines: the same arithmetic in a bare loop (plain doubles, no book, no checks),
 * and an empty script in a fresh context. Medians of repeated runs; targets from issue 2.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';

const DIST = join(__dirname, '..', 'dist');
const files = readdirSync(DIST).filter((f) => f.endsWith('.js')).sort();
const sources = files.map((f) => new vm.Script(readFileSync(join(DIST, f), 'utf8'), { filename: f }));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(runs: number, fn: () => void): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    t.push(performance.now() - start);
  }
  return median(t);
}

function load(): Record<string, (...a: unknown[]) => unknown> {
  const ctx = vm.createContext({});
  for (const s of sources) s.runInContext(ctx);
  return ctx as Record<string, (...a: unknown[]) => unknown>;
}

const empty = new vm.Script('function F(a){return a}');
const row = (label: string, value: string, baseline: string, target: string) =>
  console.log(`${label.padEnd(34)} ${value.padStart(12)}   baseline ${baseline.padStart(12)}   target ${target}`);
const ms = (x: number) => `${x.toFixed(3)} ms`;

const bytes = files.reduce((n, f) => n + statSync(join(DIST, f)).size, 0);
row('bundle size (dist/*.js)', `${(bytes / 1024).toFixed(1)} KB`, '-', '< 150 KB');

const cold = time(41, () => {
  const g = load();
  g.BEDROCK_PRICES_AS_OF!();
});
const coldBase = time(41, () => empty.runInContext(vm.createContext({})));
row('cold load of dist/ in a fresh vm', ms(cold), ms(coldBase), '< 20 ms');

const gas = load();
gas.BEDROCK_PT_MONTHLY!('Llama 2 13B', 1, '1m', 744); // warm
const one = time(2001, () => gas.BEDROCK_PT_MONTHLY!('Llama 2 13B', 1, '1m', 744));
let sink = 0;
const oneBase = time(2001, () => {
  sink += 21.18 * 1 * 744;
});
row('one call (BEDROCK_PT_MONTHLY)', ms(one), ms(oneBase), '-');

const tokens = Array.from({ length: 10000 }, (_, i) => [1000 * (i + 1)]);
const range = time(21, () => gas.BEDROCK_FT_COST!('Nova Micro', tokens, 2));
const rangeBase = time(21, () => {
  for (const [t] of tokens) sink += (t! * 2) / 1000 * 0.001;
});
row('10,000-row range (BEDROCK_FT_COST)', ms(range), ms(rangeBase), '< 50 ms');

const firstCall = time(21, () => {
  const g = load();
  g.BEDROCK_FT_COST!('Nova Micro', tokens, 2);
});
row('cold load + 10,000-row range', ms(firstCall), '-', '-');
if (sink === -1) console.log(sink);
