/**
 * The price book is complete in its own terms: every model/region/item that models.json claims (a customization
 * Region, a Provisioned Throughput Region) has a price in prices.json or a gap in gaps.json saying why there is
 * none — for every model, end-of-life ones included, since their budgets are still made. Plus what issue 13 adds:
 * caveats, checked dates, Japanese gap notes, the 2026 RFT models and model copy.
 */
import { compileBook } from '../../src/book/compile';
import { checkedDate, mergePrices } from '../../src/book/merge';
import type { Item, RawBook } from '../../src/core/price-book';
import { readBook } from '../../scripts/lib/book-files';

const book = readBook();

/** Every claim of models.json that has neither a price nor a gap, as "model item region". */
function unaccounted(b: RawBook): string[] {
  const out: string[] = [];
  for (const m of b.models) {
    const claims: [Item, string][] = [];
    for (const c of m.customization) {
      if (c.method === 'distillation-teacher') continue; // only invoked, never trained or stored
      const items: Item[] =
        c.method === 'reinforcement-fine-tuning'
          ? ['rft', 'storage']
          : [...(m.trainingUnit !== 'none' ? (['training'] as Item[]) : []), 'storage'];
      for (const r of c.regions) for (const i of items) claims.push([i, r]);
    }
    for (const r of m.provisionedThroughput.regions) claims.push(['pt', r]);
    for (const [item, region] of claims) {
      const priced = b.prices.some((p) => p.model === m.id && p.item === item && p.region === region);
      const gap = b.gaps.some((g) => g.model === m.id && g.item === item && (g.region === undefined || g.region === region));
      if (!priced && !gap) out.push(`${m.id} ${item} ${region}`);
    }
  }
  return [...new Set(out)];
}

test('every claimed region has a price or a recorded gap', () => {
  expect(unaccounted(book)).toEqual([]);
});

test('the check fails when a claim has neither', () => {
  const cohere = book.models.find((m) => m.id === 'cohere.embed-english-v3')!;
  const claimed = { ...book, models: [{ ...cohere, provisionedThroughput: { ...cohere.provisionedThroughput, regions: ['eu-north-1'] } }] };
  expect(unaccounted(claimed)).toEqual(['cohere.embed-english-v3 pt eu-north-1']);
  const ungapped = { ...book, gaps: book.gaps.filter((g) => !(g.model === 'cohere.embed-english-v3' && g.region === 'sa-east-1')) };
  expect(unaccounted(ungapped)).toEqual(['cohere.embed-english-v3 pt sa-east-1']);
});

test('every gap has a Japanese note, and the compiled gaps ship it', () => {
  for (const g of book.gaps) expect(g.noteJa).toMatch(/[ぁ-んァ-ン一-龯]/);
  const compiled = compileBook(book);
  expect(compiled.gaps).toHaveLength(book.gaps.length);
  const n = compiled.gaps.find(([model, item]) => model === 'qwen.qwen3-32b' && item === 'rft')![6];
  expect(compiled.gapNotes[n]![1]).toMatch(/^このモデルの強化ファインチューニングはus-west-2で提供されていますが/);
});

test('checked: on every price, never before its as-of date, and the newest first-party reading of the same value', () => {
  for (const p of book.prices) {
    expect(p.checked >= p.asOf).toBe(true);
    expect(p.checked).toBe(checkedDate(p, book.sources, p.checked));
  }
  const cmi = book.prices.find((p) => p.architecture === 'Llama' && p.item === 'cmi-inference' && p.region === 'us-east-1')!;
  // The September 2026 offer confirms the January 0.05718.
  expect([cmi.usd, cmi.checked]).toEqual(['0.05718', '2026-09-11']);
  // A later first-party reading of the same number moves checked; a secondary one does not.
  const entry = {
    ...cmi,
    asOf: '2026-01-14',
    history: [{ usd: '0.05718', asOf: '2026-09-11', source: { id: 'aws-pricelist-20260911-cmi' } }],
  };
  expect(checkedDate(entry, book.sources)).toBe('2026-09-11');
  const secondary = {
    ...cmi,
    asOf: '2026-01-14',
    history: [{ usd: '0.05718', asOf: '2026-10-01', source: { id: 'pricelist-transcription-2026-08-02' } }],
  };
  expect(checkedDate(secondary, book.sources)).toBe('2026-01-14');
  expect(compileBook(book).checked).toEqual({ from: '2025-02-28', to: '2026-09-11', most: '2026-01-14' });
});

test('contradicted and anomalous prices carry a caveat with its source; the values stay as AWS wrote them', () => {
  const caveated = book.prices
    .filter((p) => p.caveat)
    .map((p) => `${p.model} ${p.region} ${p.term} ${p.variant} ${p.usd} ${p.caveat!.kind} ${p.caveat!.source.id}`)
    .sort();
  expect(caveated).toEqual([
    'amazon.titan-embed-text-v1 eu-west-2 none base 10.8082 anomaly aws-pricelist-20260114',
    'amazon.titan-embed-text-v1 sa-east-1 none base 9.1178 anomaly aws-pricelist-20260114',
    'amazon.titan-image-generator-v1 ca-central-1 none base 19.2834 contradicted aws-docs-pt-2026-09',
    'amazon.titan-image-generator-v1 eu-west-2 none base 22.7115 contradicted aws-docs-pt-2026-09',
    'amazon.titan-image-generator-v1 sa-east-1 none base 26.9967 contradicted aws-docs-pt-2026-09',
    'amazon.titan-image-generator-v2:0 us-east-1 none base 23.4 contradicted aws-docs-pt-2026-09',
    'amazon.titan-image-generator-v2:0 us-west-2 none base 23.4 contradicted aws-docs-pt-2026-09',
    'amazon.titan-text-express-v1 us-gov-west-1 none base 24.6 limited aws-docs-pt-2026-09',
  ]);
});

test('GovCloud Provisioned Throughput: custom models, no commitment only', () => {
  const gov = book.gaps
    .filter((g) => g.region === 'us-gov-west-1')
    .map((g) => `${g.item} ${g.term ?? '*'} ${g.variant ?? '*'} ${g.reason}`);
  expect(gov.sort()).toEqual(['pt 1m * not-sold', 'pt 6m * not-sold', 'pt none base not-sold']);
});

test('the 2026 RFT models are known, in us-west-2, with the price recorded as not published', () => {
  for (const id of ['openai.gpt-oss-20b', 'qwen.qwen3-32b']) {
    const m = book.models.find((x) => x.id === id)!;
    expect(m.customization).toEqual([expect.objectContaining({ method: 'reinforcement-fine-tuning', regions: ['us-west-2'] })]);
    expect(m.lifecycle.status).toBe('active');
    expect(book.gaps.find((g) => g.model === id && g.item === 'rft')).toMatchObject({ region: 'us-west-2', reason: 'not-published' });
  }
});

test('model copy regions and the lifecycle facts of the 2026 pages', () => {
  const model = (id: string) => book.models.find((m) => m.id === id)!;
  expect(model('amazon.nova-lite-v1:0').copyRegions!.regions).toContain('ap-northeast-1');
  expect(model('amazon.nova-canvas-v1:0').copyRegions!.regions).toEqual(['ap-northeast-2', 'eu-west-1', 'us-east-1']);
  const sonnet3 = model('anthropic.claude-3-sonnet-20240229-v1:0').lifecycle;
  expect([sonnet3.legacyDate, sonnet3.eolDate]).toEqual(['2026-01-30', '2026-07-30']);
  const sonnet35 = model('anthropic.claude-3-5-sonnet-20240620-v1:0').lifecycle;
  expect(sonnet35.eolDate).toBe('2026-03-01');
  expect(sonnet35.regional).toEqual([
    expect.objectContaining({ regions: ['ap-northeast-1', 'ap-southeast-2', 'us-gov-east-1', 'us-gov-west-1'], eolDate: '2026-07-30' }),
  ]);
  expect(model('anthropic.claude-3-haiku-20240307-v1:0').lifecycle.publicExtendedAccessDate).toBe('2026-06-10');
  const canvas = model('amazon.nova-canvas-v1:0').lifecycle;
  expect([canvas.status, canvas.legacyDate, canvas.eolDate]).toEqual(['eol', '2026-03-30', '2026-09-30']);
});

test('merging a newer offer: the same number moves checked; a new number drops an anomaly caveat but keeps a limit', () => {
  const entry = book.prices.find((p) => p.model === 'amazon.titan-embed-text-v1' && p.region === 'sa-east-1' && p.term === 'none')!;
  const newer = { ...entry, asOf: '2026-11-05', checked: '2026-11-05', source: { id: 'aws-pricelist-20260911-cmi' } };
  delete (newer as { caveat?: unknown }).caveat;
  const same = mergePrices([entry], [newer], book.sources)[0]!;
  expect([same.usd, same.asOf, same.checked, same.caveat?.kind]).toEqual(['9.1178', '2026-11-05', '2026-11-05', 'anomaly']);
  const fixed = mergePrices([entry], [{ ...newer, usd: '10.8082' }], book.sources)[0]!;
  expect([fixed.usd, fixed.checked, fixed.caveat]).toEqual(['10.8082', '2026-11-05', undefined]);
  expect(fixed.history![0]).toMatchObject({ usd: '9.1178', asOf: '2026-01-14' });
  const gov = book.prices.find((p) => p.region === 'us-gov-west-1' && p.item === 'pt')!;
  expect(mergePrices([gov], [{ ...newer, ...{ model: gov.model, region: gov.region, usd: '25' } }], book.sources)[0]!.caveat?.kind).toBe(
    'limited',
  );
});
