/**
 * BEDROCK_MODEL_STATUS with regional lifecycles, on the built add-on: some models' dates differ by Region (rates/
 * models.json, lifecycle.regional, from AWS's ≈ Jul 2026 lifecycle page). With a Region that has its own dates the
 * answer states that Region's; without a Region it states the model's own and names the Regions that differ.
 *
 * The dates, from rates/models.json:
 * - Claude 3.5 Sonnet v1: end of life 2026-03-01 (replacement Claude Sonnet 4.5); in ap-northeast-1, ap-southeast-2,
 *   us-gov-east-1 and us-gov-west-1 legacy 2026-01-30, public extended access 2026-04-30, end of life 2026-07-30.
 * - Claude 3 Sonnet: end of life 2026-07-30 everywhere; ap-northeast-1, ap-northeast-2 and ap-southeast-2 add a
 *   public extended access date (2026-04-30), which an end-of-life status does not state.
 */
import { loadBundle, type Bundle } from '../support/bundle';

function inLocale(locale: string): Bundle {
  return loadBundle({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale }) } });
}

function errorOf(gas: Bundle, ...args: unknown[]): string {
  try {
    gas.BEDROCK_MODEL_STATUS!(...args);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('BEDROCK_MODEL_STATUS did not throw');
}

describe('en_US', () => {
  const gas = inLocale('en_US');
  const status = (...args: unknown[]) => gas.BEDROCK_MODEL_STATUS!(...args);

  test('without a region: the general dates, and the regions whose end of life is later', () => {
    expect(status('Claude 3.5 Sonnet v1')).toBe(
      'End of life since 2026-03-01 (replacement: Claude Sonnet 4.5); in ap-northeast-1, ap-southeast-2, us-gov-east-1, us-gov-west-1: end of life 2026-07-30',
    );
  });

  test("a region with its own dates answers with that region's, by code, AWS name or city", () => {
    const tokyo = 'End of life since 2026-07-30 (replacement: Claude Sonnet 4.5)';
    expect(status('Claude 3.5 Sonnet v1', 'ap-northeast-1')).toBe(tokyo);
    expect(status('Claude 3.5 Sonnet v1', 'Tokyo')).toBe(tokyo);
    expect(status('Claude 3.5 Sonnet v1', 'Asia Pacific (Sydney)')).toBe(tokyo);
    expect(status('anthropic.claude-3-5-sonnet-20240620-v1:0', 'us-gov-west-1')).toBe(tokyo);
  });

  test('a region without its own dates answers with the general ones, without the note on other regions', () => {
    expect(status('Claude 3.5 Sonnet v1', 'us-east-1')).toBe('End of life since 2026-03-01 (replacement: Claude Sonnet 4.5)');
    expect(status('Claude 3.5 Sonnet v1', 'Frankfurt')).toBe('End of life since 2026-03-01 (replacement: Claude Sonnet 4.5)');
  });

  test('a regional date the status does not state changes nothing said (Claude 3 Sonnet, end of life everywhere)', () => {
    expect(status('Claude 3 Sonnet')).toBe('End of life since 2026-07-30');
    expect(status('Claude 3 Sonnet', 'Seoul')).toBe('End of life since 2026-07-30');
    expect(status('Claude 3 Sonnet', 'us-east-1')).toBe('End of life since 2026-07-30');
  });

  test('models without regional dates answer as before, with or without a region', () => {
    expect(status('Llama 3.3 70B')).toBe('Legacy — end of life 2027-03-30');
    expect(status('Llama 3.3 70B', 'Tokyo')).toBe('Legacy — end of life 2027-03-30');
    expect(status('Nova Micro', 'us-east-1')).toBe('Active');
  });

  test('a blank region is no region', () => {
    expect(status('Claude 3.5 Sonnet v1', '')).toBe(status('Claude 3.5 Sonnet v1'));
  });

  test('ranges: one status per model and region', () => {
    expect(status([['Claude 3.5 Sonnet v1'], ['Claude 3.5 Sonnet v1']], [['Tokyo'], ['us-west-2']])).toEqual([
      ['End of life since 2026-07-30 (replacement: Claude Sonnet 4.5)'],
      ['End of life since 2026-03-01 (replacement: Claude Sonnet 4.5)'],
    ]);
  });

  test('an unknown region is an error naming the closest; a name of several regions is asked about', () => {
    expect(errorOf(gas, 'Claude 3.5 Sonnet v1', 'Tokio')).toMatch(/^Unknown region "Tokio"\. Closest: "ap-northeast-1", /);
    expect(errorOf(gas, 'Claude 3.5 Sonnet v1', 'US East')).toMatch(/^"US East" names several regions: .*"us-east-1".*"us-east-2"/);
    // The model is read first: an unknown model is said as such whatever the region.
    expect(errorOf(gas, 'Claude 9', 'Tokyo')).toMatch(/^Unknown model "Claude 9"/);
  });
});

describe('ja_JP', () => {
  const gas = inLocale('ja_JP');
  const status = (...args: unknown[]) => gas.BEDROCK_MODEL_STATUS!(...args);

  test('without a region: the general dates, and the regions whose end of life is later', () => {
    expect(status('Claude 3.5 Sonnet v1')).toBe(
      '2026-03-01に提供終了（後継: Claude Sonnet 4.5）。ただし、ap-northeast-1、ap-southeast-2、us-gov-east-1、us-gov-west-1では2026-07-30に提供終了',
    );
  });

  test("a region with its own dates, named in Japanese, answers with that region's", () => {
    expect(status('Claude 3.5 Sonnet v1', '東京')).toBe('2026-07-30に提供終了（後継: Claude Sonnet 4.5）');
    expect(status('Claude 3.5 Sonnet v1', '東京リージョン')).toBe('2026-07-30に提供終了（後継: Claude Sonnet 4.5）');
    expect(status('Claude 3.5 Sonnet v1', 'us-east-1')).toBe('2026-03-01に提供終了（後継: Claude Sonnet 4.5）');
    expect(status('Claude 3 Sonnet', 'ソウル')).toBe('2026-07-30に提供終了');
  });

  test('an unknown region is a Japanese error naming the closest', () => {
    expect(errorOf(gas, 'Claude 3.5 Sonnet v1', 'Tokio')).toMatch(
      /^リージョン「Tokio」は見つかりません。近いリージョン: 「ap-northeast-1」、/,
    );
  });
});
