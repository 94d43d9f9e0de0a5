/**
 * A break-even said in words states the caveat of a price it used (issue 5's sentences, the book's caveats): the
 * built bundle, with a real caveated price from the book. AWS's Provisioned Throughput page says base-model Titan
 * Image Generator G1 v2 has no no-commitment purchase, while the Price List still lists 23.4 USD per MU-hour for it
 * in us-east-1; the book keeps that rate with a "contradicted" caveat.
 */
import { FakeSpreadsheet, gasFakes } from '../../scripts/lib/gas-fakes';
import type { ComparisonResult } from '../../src/ui/sidebar-types';
import { DIST, loadBundle } from '../support/bundle';
import { say } from '../support/messages';

const gas = loadBundle(gasFakes(new FakeSpreadsheet(['Sheet1']), { dist: DIST }).globals);

/** The break-evens of the Compare view as the sidebar words them, in each language. */
function breakEven(model: string, region: string): { term: string; hours: string; sentence: { en: string; ja: string } }[] {
  const r = gas.getComparison!({ kind: 'compare', model, region }) as ComparisonResult;
  if (!r.ok) throw new Error(`expected a comparison: ${JSON.stringify(r)}`);
  return r.breakEven.map((b) => ({ term: b.term, hours: b.hours, sentence: { en: say(b.sentence, 'en'), ja: say(b.sentence, 'ja') } }));
}

const CAVEAT_EN =
  "AWS's Provisioned Throughput page says this base model has no no-commitment purchase; the Price List still lists this rate.";
const CAVEAT_JA =
  'AWSのプロビジョンドスループットのページでは、このベースモデルはコミットなしで購入できないとされていますが、料金表（Price List）にはこの単価が掲載されています。';

describe('the break-even hours in words (the sidebar’s Compare view, from the bundle)', () => {
  test('base-model Titan Image Generator G1 v2 in us-east-1: each sentence says the no-commitment price is contradicted', () => {
    const [oneMonth, sixMonths] = breakEven('base:amazon.titan-image-generator-v2:0', 'us-east-1');
    // 24 × 16.2 ÷ 23.4 = 388.8 ÷ 23.4 = 16.615…, said as 16.62.
    expect(oneMonth!.term).toBe('1m');
    expect(oneMonth!.hours.slice(0, 8)).toBe('16.61538');
    expect(oneMonth!.sentence.en).toBe(
      'In us-east-1, the 1-month commitment is cheaper than no commitment above 16.62 hours a day (24 × 16.2 ÷ 23.4 USD per MU-hour); ' +
        'below that, no commitment is cheaper. ' +
        `Caveat on the Provisioned Throughput (no commitment) price used, 23.4 USD per model unit per hour: ${CAVEAT_EN}`,
    );
    expect(oneMonth!.sentence.ja).toBe(
      'us-east-1では、1日16.62時間を超えて使うなら1か月コミットのほうがコミットなしより安くなります（24 × 16.2 ÷ 23.4 USD/MU・時間）。' +
        'それ以下ならコミットなしが安くなります。' +
        `ここで使ったプロビジョンドスループット（コミットなし）の単価（MU・時間あたり 23.4 USD）には注意が必要です: ${CAVEAT_JA}`,
    );
    // 24 × 13 ÷ 23.4 = 312 ÷ 23.4 = 13.33…: the same caveat, since the same no-commitment price is used.
    expect(sixMonths!.sentence.en).toMatch(/above 13\.33 hours a day \(24 × 13 ÷ 23\.4 USD per MU-hour\)/);
    expect(sixMonths!.sentence.en.endsWith(`23.4 USD per model unit per hour: ${CAVEAT_EN}`)).toBe(true);
    expect(sixMonths!.sentence.ja.endsWith(`（MU・時間あたり 23.4 USD）には注意が必要です: ${CAVEAT_JA}`)).toBe(true);
  });

  test('the same caveat in another region, on that region’s rate (Titan Image Generator G1 v1, eu-west-2: 22.7115)', () => {
    const [oneMonth] = breakEven('base:amazon.titan-image-generator-v1', 'eu-west-2');
    // 24 × 20.4404 ÷ 22.7115 = 490.5696 ÷ 22.7115 = 21.600…
    expect(oneMonth!.sentence.en).toContain('above 21.60 hours a day (24 × 20.4404 ÷ 22.7115 USD per MU-hour)');
    expect(oneMonth!.sentence.en).toContain(`price used, 22.7115 USD per model unit per hour: ${CAVEAT_EN}`);
    expect(oneMonth!.sentence.ja).toContain(`（MU・時間あたり 22.7115 USD）には注意が必要です: ${CAVEAT_JA}`);
  });

  test('a sentence on prices without a caveat says none (Llama 2 13B in us-east-1)', () => {
    const [oneMonth] = breakEven('meta.llama2-13b-v1', 'us-east-1');
    expect(oneMonth!.sentence.en).toBe(
      'In us-east-1, the 1-month commitment is cheaper than no commitment above 21.63 hours a day (24 × 21.18 ÷ 23.5 USD per MU-hour); below that, no commitment is cheaper.',
    );
    expect(oneMonth!.sentence.ja).not.toContain('注意');
  });
});
