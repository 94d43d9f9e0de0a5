/** npm run bench runs against the built dist/ (two samples here; no times are asserted, only that it measures). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { report, runBench } from '../../scripts/bench';
import { DIST } from '../support/bundle';

it('measures both calls against the bare script and reports the three targets', () => {
  const r = runBench(2);
  const bytes = readdirSync(DIST)
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + statSync(join(DIST, f)).size, 0);
  expect(r.bundleKB).toBe(bytes / 1024);
  expect(r.figures.map((f) => [f.label, f.target])).toEqual([
    ['fresh + 10,000-row BEDROCK_FT_COST', 6],
    ['fresh + one BEDROCK_PT_MONTHLY', 10],
  ]);
  for (const f of r.figures) {
    expect(f.addonMs).toBeGreaterThan(0);
    expect(f.bareMs).toBeGreaterThan(0);
    expect(f.ratio).toBe(f.addonMs / f.bareMs);
  }
  const text = report(r);
  expect(text).toMatch(/ratio +[\d.]+× +target ≤ 6× +(pass|FAIL)/);
  expect(text).toMatch(/target ≤ 150 KB +(pass|FAIL)/);
});
