/**
 * Regional lifecycles: what the compiled book ships (only the dates that differ, only for models that have some) and
 * how a status states them. The bundle's answers with the real dates are in test/contract/regional-lifecycle.test.ts;
 * here the cases the book has no model for yet (a Legacy model with regional and extended-access dates).
 */
import { compileBook } from '../../src/book/compile';
import type { CompiledModel } from '../../src/core/compiled-book';
import { statusMessage } from '../../src/core/lifecycle';
import { word } from '../../src/messages/catalogue';
import { readBook } from '../../scripts/lib/book-files';

const book = readBook();

test('the compiled book ships regional dates only where they differ from the model’s own', () => {
  const compiled = compileBook(book);
  const model = (id: string) => compiled.models.find((m) => m.id === id)!;
  // Claude 3.5 Sonnet: all three dates differ (2025-08-25 / none / 2026-03-01 elsewhere).
  expect(model('anthropic.claude-3-5-sonnet-20240620-v1:0').regional).toEqual([
    {
      regions: ['ap-northeast-1', 'ap-southeast-2', 'us-gov-east-1', 'us-gov-west-1'],
      legacyDate: '2026-01-30',
      eolDate: '2026-07-30',
      extendedDate: '2026-04-30',
    },
  ]);
  // Claude 3 Sonnet: the same legacy and end-of-life dates as elsewhere; only extended access is its own.
  expect(model('anthropic.claude-3-sonnet-20240229-v1:0').regional).toEqual([
    { regions: ['ap-northeast-1', 'ap-northeast-2', 'ap-southeast-2'], extendedDate: '2026-04-30' },
  ]);
  expect(model('anthropic.claude-3-haiku-20240307-v1:0').extendedDate).toBe('2026-06-10');
  expect(compiled.models.filter((m) => 'regional' in m).map((m) => m.id)).toEqual([
    'anthropic.claude-3-sonnet-20240229-v1:0',
    'anthropic.claude-3-5-sonnet-20240620-v1:0',
  ]);
});

test('a regional entry that repeats the model’s dates, names an unknown region or a region twice is refused', () => {
  const withRegional = (regional: object[]) => ({
    ...book,
    models: book.models.map((m) => (m.id === 'meta.llama3-1-8b-instruct-v1:0' ? { ...m, lifecycle: { ...m.lifecycle, regional } } : m)),
  });
  const source = { id: 'aws-docs-lifecycle-2026-07' };
  expect(() => compileBook(withRegional([{ regions: ['us-west-2'], eolDate: '2027-03-30', source }]) as typeof book)).toThrow(
    /meta\.llama3-1-8b-instruct-v1:0 regional lifecycle of us-west-2: no date differs/,
  );
  expect(() => compileBook(withRegional([{ regions: ['mars-1'], eolDate: '2027-06-30', source }]) as typeof book)).toThrow(
    /regional lifecycle: unknown region "mars-1"/,
  );
  expect(() =>
    compileBook(
      withRegional([
        { regions: ['us-west-2'], eolDate: '2027-06-30', source },
        { regions: ['us-west-2'], eolDate: '2027-09-30', source },
      ]) as typeof book,
    ),
  ).toThrow(/us-west-2 is given dates twice/);
});

describe('a Legacy model with regional dates (made up: the book has none yet)', () => {
  const legacy: CompiledModel = {
    id: 'x.model-v1',
    name: 'X Model',
    provider: 'X',
    trainingUnit: 'tokens',
    status: 'legacy',
    legacyDate: '2026-10-01',
    eolDate: '2027-04-01',
    regional: [
      { regions: ['ap-northeast-1', 'ap-northeast-3'], eolDate: '2027-07-01', extendedDate: '2027-01-01' },
      { regions: ['eu-west-1'], legacyDate: '2026-11-01' },
    ],
    priced: [],
  };

  test('without a region: the model’s dates, then each region whose stated dates differ', () => {
    // eu-west-1 differs only in its legacy date, which a Legacy status does not state.
    expect(word(statusMessage(legacy), 'en')).toBe(
      'Legacy — end of life 2027-04-01; in ap-northeast-1, ap-northeast-3: public extended access from 2027-01-01, end of life 2027-07-01',
    );
    expect(word(statusMessage(legacy), 'ja')).toBe(
      'レガシー — 2027-04-01に提供終了予定。ただし、ap-northeast-1、ap-northeast-3では2027-01-01からパブリック延長アクセス、2027-07-01に提供終了予定',
    );
  });

  test('with a region: that region’s dates, the model’s where it has none of its own', () => {
    expect(word(statusMessage(legacy, 'ap-northeast-3'), 'en')).toBe(
      'Legacy — public extended access from 2027-01-01, end of life 2027-07-01',
    );
    expect(word(statusMessage(legacy, 'ap-northeast-3'), 'ja')).toBe(
      'レガシー — 2027-01-01からパブリック延長アクセス、2027-07-01に提供終了予定',
    );
    expect(word(statusMessage(legacy, 'eu-west-1'), 'en')).toBe('Legacy — end of life 2027-04-01');
    expect(word(statusMessage(legacy, 'us-east-1'), 'en')).toBe('Legacy — end of life 2027-04-01');
  });

  test('the status is the book’s, never the dates against today: an Active model states no dates in any region', () => {
    const active: CompiledModel = { ...legacy, status: 'active' };
    expect(word(statusMessage(active), 'en')).toBe('Active');
    expect(word(statusMessage(active, 'ap-northeast-1'), 'ja')).toBe('提供中');
  });
});
