/** The pricing core against the real price book: names, regions, terms, defaults and quote lines. */
import { catalog, quotes, toNumber, PricingError } from '../../src/core';
import { en, errorMessage } from '../support/messages';

describe('names people type', () => {
  test.each([
    ['Llama 2 13B', 'meta.llama2-13b-v1'],
    ['META.LLAMA2-13B-V1', 'meta.llama2-13b-v1'],
    ['meta.llama2-13b-v1:0:4k', 'meta.llama2-13b-v1'],
    ['Meta Llama 3.1 8B Instruct', 'meta.llama3-1-8b-instruct-v1:0'],
    ['llama 3.1 8b', 'meta.llama3-1-8b-instruct-v1:0'],
    ['Nova Lite', 'amazon.nova-lite-v1:0'],
    ['amazon.nova-lite-v1:0:300k', 'amazon.nova-lite-v1:0'],
    ['Nova 2 Lite', 'amazon.nova-2-lite-v1:0'],
  ])('%s → %s', (typed, id) => {
    expect(catalog.model(typed).id).toBe(id);
  });

  test.each([
    ['us-east-1', 'us-east-1'],
    ['US East (N. Virginia)', 'us-east-1'],
    ['Asia Pacific (Tokyo)', 'ap-northeast-1'],
    ['Tokyo', 'ap-northeast-1'],
    ['東京', 'ap-northeast-1'],
    ['アジアパシフィック (東京)', 'ap-northeast-1'],
    ['EU (Frankfurt)', 'eu-central-1'],
    ['oregon', 'us-west-2'],
  ])('region %s → %s', (typed, code) => {
    expect(catalog.region(typed)).toBe(code);
  });

  test.each([
    ['none', 'none'],
    ['No commitment', 'none'],
    [0, 'none'],
    ['1 month', '1m'],
    ['1m', '1m'],
    [1, '1m'],
    ['6 months', '6m'],
    ['6m', '6m'],
    [6, '6m'],
    ['6か月', '6m'],
  ])('term %s → %s', (typed, term) => {
    expect(catalog.term(typed, '1m')).toBe(term);
  });

  test('an unknown name is a PricingError with suggestions', () => {
    expect(() => catalog.model('Lama 3.3 70')).toThrow(PricingError);
    expect(errorMessage(() => catalog.model('Lama 3.3 70'))).toMatch(/Meta Llama 3\.3 70B Instruct/);
  });
});

describe('defaults and the region the book chooses', () => {
  test('an omitted region is us-east-1 where the item is priced there', () => {
    expect(quotes.fineTuning({ model: 'Nova Pro', tokens: 1000000 }).lines[0]!.price.region).toBe('us-east-1');
  });

  test('an omitted region is the only region where the item is priced (Llama 3.x customization: us-west-2)', () => {
    const q = quotes.fineTuning({ model: 'Llama 3.3 70B', tokens: 1000000, epochs: 2 });
    expect(q.lines[0]!.price.region).toBe('us-west-2');
    expect(toNumber(q.total)).toBe(6.6); // 2,000 × 0.0033
  });

  test('PT defaults: 1 MU, 1-month term, 730 hours', () => {
    const q = quotes.provisionedThroughput({ model: 'Llama 2 13B' });
    expect(en(q.lines[0]!.quantity)).toBe('730 h × 1 MU');
    expect(toNumber(q.total)).toBe(15461.4); // 21.18 × 730
  });

  test("a custom model's PT price is its own rate where AWS lists one, the base model's with base:", () => {
    const custom = quotes.rate({ model: 'Titan Image Generator G1 v2', item: 'pt', term: '6m' });
    const base = quotes.rate({ model: 'base:Titan Image Generator G1 v2', item: 'pt', term: '6m' });
    expect([custom.usd, custom.variant]).toEqual(['16.85', 'custom']);
    expect([base.usd, base.variant]).toEqual(['13', 'base']);
    expect(quotes.rate({ model: 'Titan Image Generator G1 v2', item: 'pt base', term: '6m' }).usd).toBe('13');
  });

  test('the base model of Titan Image Generator G1 has no no-commitment PT: not sold, and said so', () => {
    expect(
      errorMessage(() => quotes.rate({ model: 'base:amazon.titan-image-generator-v1', item: 'pt', term: 'none', region: 'us-east-1' })),
    ).toMatch(/does not sell/);
    expect(quotes.rate({ model: 'amazon.titan-image-generator-v1', item: 'pt', term: 'none', region: 'us-east-1' }).usd).toBe('23.4');
  });
});

describe('quote lines carry their unit price, unit, date and source', () => {
  test('Custom Model Import line', () => {
    const q = quotes.cmiInference({ modelOrCmus: 'Llama 3.1 70B 128K', minutes: 61, copies: 2 });
    const [line] = q.lines;
    expect(en(line!.quantity)).toBe('13 windows × 5 min × 8 CMU × 2 copies');
    expect(line!.price).toMatchObject({ usd: '0.05718', unit: 'per-cmu-minute', region: 'us-east-1' });
    expect(line!.price.asOf >= '2026-01-14').toBe(true);
    expect(toNumber(q.total)).toBe(59.4672); // 13 × 5 × 8 × 2 × 0.05718
  });

  test('gpt-oss is priced at CMU v2.0', () => {
    expect(quotes.rate({ model: 'gpt-oss:4', item: 'cmi' }).usd).toBe('0.1433');
    expect(toNumber(quotes.cmiInference({ modelOrCmus: 'gpt-oss:4', minutes: 5 }).total)).toBe(2.866);
  });

  test('an architecture without a size cannot be costed', () => {
    expect(errorMessage(() => quotes.cmiInference({ modelOrCmus: 'Llama', minutes: 5 }))).toMatch(/names an architecture but not its size/);
  });
});
