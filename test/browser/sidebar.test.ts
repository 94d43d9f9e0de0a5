/**
 * The local preview driven in headless Chromium (found by scripts/lib/chromium.ts: $CHROMIUM_PATH, the system's, or the
 * one inside the @sparticuz/chromium devDependency; through playwright-core, nothing is downloaded and every request
 * outside the preview server is aborted). The sidebar is the built dist/Sidebar.html;
 * its google.script.run calls run the built bundle; the grid is evaluated by the formula engine with the bundle's
 * functions. The numbers it shows are checked against the custom functions themselves.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { startPreview, type Preview } from '../../scripts/lib/preview-server';
import { answeredAfter, launchChromium, openPreviewPage } from '../support/browser';
import type { ComparisonResult, QuoteResult, SidebarData } from '../../src/ui/sidebar-types';
import { loadBundle } from '../support/bundle';

const OUT = join(__dirname, '..', '..', 'test-output');

const gas = loadBundle();
const fn = (name: string, ...args: unknown[]) => gas[name]!(...args);
const errorOf = (name: string, ...args: unknown[]) => {
  try {
    fn(name, ...args);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

let preview: Preview;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let sidebar: FrameLocator;
let pageErrors: string[];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  preview = await startPreview({ port: 0 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

/** A fresh page on the preview, with everything off-host (the add-ons CSS on gstatic) aborted. */
async function openPreview(routes?: (page: Page) => Promise<void>): Promise<void> {
  ({ context, page, sidebar, pageErrors } = await openPreviewPage(browser, preview.url, 900, routes));
}

afterEach(async () => {
  expect(pageErrors).toEqual([]);
  await context?.close();
});

function sidebarFrame(): Frame {
  const frame = page.frames().find((f) => f.url().endsWith('/Sidebar.html'));
  if (!frame) throw new Error('no sidebar frame');
  return frame;
}

/** Does something in the sidebar and waits until the breakdown for the resulting inputs is shown. */
const answered = (action: () => Promise<unknown>) => answeredAfter(page, sidebar, action);

/** …and returns the total it shows, as the exact decimal string the server sent. */
async function totalAfter(action: () => Promise<unknown>): Promise<string> {
  await answered(action);
  return (await sidebar.locator('#total').getAttribute('data-value'))!;
}

const count = (selector: string) => sidebar.locator(selector).count();

/** The grid re-renders after each server round trip: wait for what should be there. */
async function gridShows(a1: string, text: string): Promise<void> {
  await page.waitForFunction(([cell, want]) => document.querySelector(`#grid td[data-cell="${cell}"]`)?.textContent === want, [
    a1,
    text,
  ] as const);
}

async function selectCell(a1: string, sheet: string): Promise<void> {
  await page.locator(`#grid td[data-cell="${a1}"]`).click();
  await page.waitForFunction((want) => document.querySelector('#cell-ref')?.textContent === want, `${sheet}!${a1}`);
}

async function choose(id: string, value: string): Promise<void> {
  await sidebar.locator(`#${id}`).selectOption(value);
}

const gridCell = (a1: string) => page.locator(`#grid td[data-cell="${a1}"]`);

/** The sidebar's scroll width and the ids of any inputs or selects without a label. */
function layoutOf(frame: Frame): Promise<{ width: number; unlabelled: string[] }> {
  return frame.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    unlabelled: Array.from(document.querySelectorAll('input, select'))
      .filter((e) => (e as HTMLInputElement).labels?.length === 0)
      .map((e) => e.id),
  }));
}

/**
 * The real book has no markup, so markup tests change the server's real answers on their way to the sidebar:
 * `edit` gets each google.script.run answer (by function name) and may change it in place.
 */
async function rewriteAnswers(target: Page, edit: (fn: string, answer: { ok: boolean; value: unknown }) => void): Promise<void> {
  await target.route('**/api/rpc', async (route) => {
    const call = route.request().postDataJSON() as { fn: string };
    const response = await route.fetch();
    const answer = (await response.json()) as { ok: boolean; value: unknown };
    edit(call.fn, answer);
    await route.fulfill({ response, json: answer });
  });
}

test('opens with the budget template, evaluated with the add-on functions', async () => {
  await openPreview();
  const hosting = fn('BEDROCK_PT_MONTHLY', 'Amazon Nova Lite', 1, '1 month', 730, 'us-east-1');
  expect(hosting).toBe(40150);
  await gridShows('B30', '$40,150.00');
  await expect(page.locator('#tabs [aria-selected="true"]').textContent()).resolves.toBe('Bedrock budget');
  await expect(gridCell('B28').textContent()).resolves.toBe('$40.00');
  await expect(gridCell('D28').textContent()).resolves.toBe('¥6,600'); // 40 × 1.1 × the preview's fixed ¥150
  await expect(gridCell('B2').textContent()).resolves.toBe(fn('BEDROCK_PRICES_AS_OF'));
  // Every hosting option side by side: the BEDROCK_ESTIMATE table spills from A19, cheapest first.
  await expect(gridCell('A20').textContent()).resolves.toBe('On-demand');
  await expect(gridCell('F20').textContent()).resolves.toMatch(/^\$?7\.35$/); // spilled cells show the value
});

test('pick a model: the breakdown matches the functions, line by line', async () => {
  await openPreview();
  // Nova Micro fine-tuning: 10,000,000 tokens × 2 epochs.
  await answered(() => choose('model', 'amazon.nova-micro-v1:0'));
  await answered(() => choose('kind', 'training'));
  await sidebar.locator('#f-tokens').fill('10,000,000');
  let total = await totalAfter(() => sidebar.locator('#f-epochs').fill('2'));
  expect(Number(total)).toBe(fn('BEDROCK_FT_COST', 'Nova Micro', 10000000, 2));
  await expect(sidebar.locator('#total').textContent()).resolves.toBe('$20.00');
  const line = sidebar.locator('#lines li').first();
  await expect(line.textContent()).resolves.toContain('10,000,000 tokens × 2 epochs');
  await expect(line.textContent()).resolves.toContain('$0.001 per 1,000 tokens · us-east-1');
  await expect(line.textContent()).resolves.toContain('as of 2026-01-14');
  await expect(line.locator('a.source').getAttribute('href')).resolves.toMatch(
    /^https:\/\/github\.com\/aws-samples\/.+\/AmazonBedrock\.json$/,
  );
  await expect(line.locator('a.source').getAttribute('title')).resolves.toMatch(/USE1-NovaMicro-Customization-Training/);

  // On-demand for the same model.
  await answered(() => choose('kind', 'ondemand'));
  await sidebar.locator('#f-inputTokens').fill('17600000');
  total = await totalAfter(() => sidebar.locator('#f-outputTokens').fill('1320000'));
  expect(Number(total)).toBe(fn('BEDROCK_ONDEMAND_COST', 'Nova Micro', 17600000, 1320000));
  expect(await count('#lines li')).toBe(2);

  // Custom Model Import: a known size.
  await answered(() => choose('provider', 'cmi'));
  await expect(sidebar.locator('#model').inputValue()).resolves.toBe('Llama 3.1 8B 128K');
  await sidebar.locator('#f-copies').fill('2');
  total = await totalAfter(() => sidebar.locator('#f-minutes').fill('61'));
  expect(Number(total)).toBe(fn('BEDROCK_CMI_COST', 'Llama 3.1 8B 128K', 61, 2));
  await expect(sidebar.locator('#lines li').first().textContent()).resolves.toContain('13 windows × 5 min × 2 CMU × 2 copies');
});

test('a late answer to an earlier request never replaces the answer to the newer one', async () => {
  // The answer for 3 epochs is held back until the one for 2 epochs, asked for after it, has been shown.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let heldSent: () => void = () => undefined;
  const sent = new Promise<void>((resolve) => {
    heldSent = resolve;
  });
  await openPreview(async (p) => {
    await p.route('**/api/rpc', async (route) => {
      const call = route.request().postDataJSON() as { fn: string; args: [{ epochs?: string }] };
      const response = await route.fetch();
      if (call.fn === 'getQuote' && call.args[0].epochs === '3') {
        heldSent();
        await held;
      }
      await route.fulfill({ response });
    });
  });
  await answered(() => choose('model', 'amazon.nova-micro-v1:0'));
  await answered(() => choose('kind', 'training'));
  await answered(() => sidebar.locator('#f-tokens').fill('10000000'));
  await sidebar.locator('#f-epochs').fill('3');
  await sent;
  await expect(sidebar.locator('body').getAttribute('data-quote')).resolves.toBe('pending');
  // 10,000,000 tokens × 2 epochs × $0.001 per 1,000 tokens = $20.
  expect(await totalAfter(() => sidebar.locator('#f-epochs').fill('2'))).toBe('20');
  const shown = await sidebar.locator('body').getAttribute('data-answered');

  // Now the answer for 3 epochs ($30) arrives; the shim tells the page after the sidebar has had it.
  await page.evaluate(() => {
    const w = window as unknown as { lateAnswers: number };
    w.lateAnswers = 0;
    window.addEventListener('message', (e) => {
      if ((e.data as { type?: string })?.type === 'preview-refresh') w.lateAnswers++;
    });
  });
  release();
  await page.waitForFunction(() => (window as unknown as { lateAnswers: number }).lateAnswers > 0);
  await expect(sidebar.locator('#total').getAttribute('data-value')).resolves.toBe('20');
  await expect(sidebar.locator('#formula').textContent()).resolves.toBe('=BEDROCK_FT_COST("Amazon Nova Micro", 10000000, 2, "us-east-1")');
  await expect(sidebar.locator('body').getAttribute('data-answered')).resolves.toBe(shown);
  await expect(sidebar.locator('body').getAttribute('data-quote')).resolves.toBe('shown');
});

test('lifecycle: a Legacy badge, retired models hidden until asked for, and a retired breakdown that says so', async () => {
  await openPreview();
  await answered(() => choose('kind', 'training'));
  await answered(() => choose('provider', 'Meta'));
  const options = await sidebar.locator('#model option').allTextContents();
  expect(options).toContain('Meta Llama 3.1 8B Instruct (Legacy)');
  expect(options.some((o) => o.includes('Llama 2'))).toBe(false);
  await expect(sidebar.locator('#model').inputValue()).resolves.toBe('meta.llama3-1-8b-instruct-v1:0');
  await expect(sidebar.locator('#model-status').textContent()).resolves.toBe('Legacy end of life 2027-03-30');
  await expect(sidebar.locator('#model-status').getAttribute('title')).resolves.toBe(fn('BEDROCK_MODEL_STATUS', 'Llama 3.1 8B'));
  await expect(sidebar.locator('#notice').textContent()).resolves.toContain('end of life on 2027-03-30');
  // Regions: only us-west-2 prices Llama 3.1 fine-tuning; the rest are there but greyed.
  await expect(sidebar.locator('#region').inputValue()).resolves.toBe('us-west-2');
  expect(await count('#region option:not([disabled])')).toBe(1);
  await expect(sidebar.locator('#region option[value="us-east-1"]').isDisabled()).resolves.toBe(true);

  await answered(() => sidebar.locator('#retired').check());
  await answered(() => choose('model', 'meta.llama2-13b-v1'));
  await answered(() => choose('kind', 'pt'));
  const total = await totalAfter(() => sidebar.locator('#f-hours').fill('744'));
  expect(Number(total)).toBe(fn('BEDROCK_PT_MONTHLY', 'Llama 2 13B', 1, '1 month', 744));
  await expect(sidebar.locator('#notice').textContent()).resolves.toMatch(/reached end of life on 2024-10-30: it can no longer be bought/);

  await answered(() => choose('kind', 'pt-compare'));
  expect(await count('#lines li')).toBe(3);
  await expect(sidebar.locator('#formula').textContent()).resolves.toContain('"6 months"');

  // A model the book lists but prices nothing for says so, and offers nothing to insert.
  await answered(() => choose('provider', 'Amazon'));
  await answered(() => choose('model', 'amazon.nova-2-pro-preview-20251202-v1:0'));
  await expect(sidebar.locator('#model-status').textContent()).resolves.toMatch(/^Preview/);
  await expect(sidebar.locator('#general-error').textContent()).resolves.toBe('The price book has no custom-model prices for this model.');
  await expect(sidebar.locator('#insert-formula').isDisabled()).resolves.toBe(true);
  expect(await count('#region option')).toBe(0);
});

test('Insert formula lands in the selected grid cell and computes; Insert value writes the number', async () => {
  await openPreview();
  await page.locator('#tabs button', { hasText: 'Sheet1' }).click();
  await page.waitForFunction(() => document.querySelector('#cell-ref')?.textContent === 'Sheet1!A1');
  await selectCell('B2', 'Sheet1');
  await answered(() => choose('model', 'amazon.nova-micro-v1:0'));
  await answered(() => choose('kind', 'training'));
  await answered(() => sidebar.locator('#f-tokens').fill('10000000'));
  const total = await totalAfter(() => sidebar.locator('#f-epochs').fill('2'));
  expect(Number(total)).toBe(20);
  await sidebar.locator('#insert-formula').click();
  await gridShows('B2', String(fn('BEDROCK_FT_COST', 'Nova Micro', 10000000, 2)));
  await expect(page.locator('#grid td[data-cell="B2"]').getAttribute('data-input')).resolves.toBe(
    '=BEDROCK_FT_COST("Amazon Nova Micro", 10000000, 2, "us-east-1")',
  );
  await expect(sidebar.locator('#message').textContent()).resolves.toBe('Inserted in Sheet1!B2.');
  expect(preview.spreadsheet.getSheetByName('Sheet1')!.getRange('B2').getValue()).toMatch(/^=BEDROCK_FT_COST\(/);

  // B2 is no longer empty: inserting there again asks first, writes nothing until Replace, and Cancel writes nothing.
  await answered(() => sidebar.locator('#f-epochs').fill('3'));
  await sidebar.locator('#insert-formula').click();
  await sidebar.locator('#confirm-replace').waitFor();
  await expect(sidebar.locator('#message').textContent()).resolves.toBe(
    '1 of the cells Sheet1!B2 would be written over are not empty: B2 ("=BEDROCK_FT_COST("Amazon Nova Micro", 10…"). Replace them? Replace Cancel',
  );
  expect(preview.spreadsheet.getSheetByName('Sheet1')!.getRange('B2').getValue()).toBe(
    '=BEDROCK_FT_COST("Amazon Nova Micro", 10000000, 2, "us-east-1")',
  );
  await sidebar.locator('#confirm-cancel').click();
  await expect(sidebar.locator('#message').textContent()).resolves.toBe('');
  await sidebar.locator('#insert-formula').click();
  await sidebar.locator('#confirm-replace').click();
  await expect(sidebar.locator('#message').textContent()).resolves.toBe('Inserted in Sheet1!B2.');
  await gridShows('B2', '30');
  await answered(() => sidebar.locator('#f-epochs').fill('2'));

  await selectCell('C4', 'Sheet1');
  await sidebar.locator('#insert-value').click();
  await gridShows('C4', '20');
  await expect(page.locator('#grid td[data-cell="C4"]').getAttribute('data-input')).resolves.toBe('20');

  // A formula that depends on it recomputes: the grid is a real spreadsheet.
  await selectCell('D4', 'Sheet1');
  await page.locator('#formula-input').fill('=B2*3+C4');
  await page.locator('#formula-input').press('Enter');
  await gridShows('D4', '110'); // B2 is now the 3-epoch cost, 30: 30 × 3 + 20
});

test('Insert clicked right after typing inserts the formula for the new inputs, never the answer still shown', async () => {
  // Answers for 3 epochs are held until the test lets them go: Insert is clicked while the sidebar still shows the
  // answer for 2 epochs (its 250 ms wait may not even have sent the request yet). It must insert 3 epochs. The cells
  // are ones no other test writes (column A, left of the Compare test's table): the preview's spreadsheet lives as
  // long as this file's tests.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const calls: string[] = [];
  let watching = false;
  let firstWatched: (call: string) => void = () => undefined;
  const first = new Promise<string>((resolve) => {
    firstWatched = resolve;
  });
  await openPreview(async (p) => {
    await p.route('**/api/rpc', async (route) => {
      const call = route.request().postDataJSON() as { fn: string; args: [{ epochs?: string }] };
      const name = call.fn === 'getQuote' ? `getQuote ${call.args[0].epochs}` : call.fn;
      calls.push(name);
      if (watching && (name === 'getQuote 3' || name === 'insertFormula')) firstWatched(name);
      const response = await route.fetch();
      if (name === 'getQuote 3') await held;
      await route.fulfill({ response });
    });
  });
  await page.locator('#tabs button', { hasText: 'Sheet1' }).click();
  await selectCell('A16', 'Sheet1');
  await answered(() => choose('model', 'amazon.nova-micro-v1:0'));
  await answered(() => choose('kind', 'training'));
  await answered(() => sidebar.locator('#f-tokens').fill('10000000'));
  expect(await totalAfter(() => sidebar.locator('#f-epochs').fill('2'))).toBe('20');

  watching = true;
  await sidebar.locator('#f-epochs').fill('3');
  await sidebar.locator('#insert-formula').click();
  // The click asks for the answer to 3 epochs first; nothing is inserted while it is on its way.
  await expect(first).resolves.toBe('getQuote 3');
  await expect(sidebar.locator('#message').textContent()).resolves.toBe('Inserting…');
  release();
  await sidebar.locator('#message', { hasText: 'Inserted in Sheet1!A16.' }).waitFor();
  // 10,000,000 tokens × 3 epochs × $0.001 per 1,000 tokens = $30, and the sidebar shows the inputs it inserted.
  expect(preview.spreadsheet.getSheetByName('Sheet1')!.getRange('A16').getValue()).toBe(
    '=BEDROCK_FT_COST("Amazon Nova Micro", 10000000, 3, "us-east-1")',
  );
  await gridShows('A16', '30');
  await expect(sidebar.locator('#total').getAttribute('data-value')).resolves.toBe('30');
  await expect(sidebar.locator('#formula').textContent()).resolves.toBe('=BEDROCK_FT_COST("Amazon Nova Micro", 10000000, 3, "us-east-1")');
  expect(calls.filter((c) => c === 'insertFormula')).toHaveLength(1);

  // Typed into a mistake and clicked at once: the answer for the new inputs is an error, so nothing is written.
  await selectCell('A18', 'Sheet1');
  await sidebar.locator('#f-epochs').fill('lots');
  await sidebar.locator('#insert-value').click();
  await sidebar.locator('#e-epochs', { hasText: errorOf('BEDROCK_FT_COST', 'Nova Micro', 10000000, 'lots') }).waitFor();
  await expect(sidebar.locator('body').getAttribute('data-quote')).resolves.toBe('shown');
  await expect(sidebar.locator('#message').textContent()).resolves.toBe('');
  expect(calls.filter((c) => c === 'insertFormula' || c === 'insertValue')).toHaveLength(1);
  expect(preview.spreadsheet.getSheetByName('Sheet1')!.getRange('A18').getValue()).toBe('');
});

test('switch to Japanese', async () => {
  await openPreview();
  await answered(() => choose('kind', 'training'));
  await sidebar.locator('#lang').click();
  await expect(sidebar.locator('html').getAttribute('lang')).resolves.toBe('ja');
  await expect(sidebar.locator('label[for="model"]').textContent()).resolves.toBe('モデル');
  await expect(sidebar.locator('label[for="kind"]').textContent()).resolves.toBe('見積もる項目');
  await expect(sidebar.locator('#kind option:checked').textContent()).resolves.toBe('ファインチューニング（学習）');
  await expect(sidebar.locator('#total-label').textContent()).resolves.toBe('合計');
  await expect(sidebar.locator('#insert-formula').textContent()).resolves.toBe('数式を挿入');
  await expect(sidebar.locator('#lines li .item').first().textContent()).resolves.toBe('学習');
  await expect(sidebar.locator('#lines li').first().textContent()).resolves.toContain('1,000トークンあたり $0.002');
  await expect(sidebar.locator('#region option:checked').textContent()).resolves.toBe('us-east-1 · 米国東部 (バージニア北部)');
  await answered(() => choose('kind', 'storage'));
  await expect(sidebar.locator('#quote-title').textContent()).resolves.toBe('Amazon Nova Lite — カスタムモデルの保管');
  await answered(() => choose('provider', 'Meta'));
  await expect(sidebar.locator('#model option:checked').textContent()).resolves.toBe('Meta Llama 3.1 8B Instruct（レガシー）');
  await expect(sidebar.locator('#model-status').textContent()).resolves.toBe('レガシー 2027-03-30提供終了予定');
  await expect(sidebar.locator('#notice').textContent()).resolves.toBe('レガシーモデルです。2027-03-30に提供終了予定です。');
  await sidebar.locator('#lang').click();
  await expect(sidebar.locator('label[for="model"]').textContent()).resolves.toBe('Model');
});

test('bad input shows the same message as the function, next to its field', async () => {
  await openPreview();
  await answered(() => choose('kind', 'training'));
  await answered(() => sidebar.locator('#f-tokens').fill('-5'));
  await expect(sidebar.locator('#e-tokens').textContent()).resolves.toBe(errorOf('BEDROCK_FT_COST', 'Nova Lite', -5));
  await expect(sidebar.locator('#f-tokens').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(sidebar.locator('#insert-formula').isDisabled()).resolves.toBe(true);
  await answered(() => sidebar.locator('#f-tokens').fill('lots'));
  await expect(sidebar.locator('#e-tokens').textContent()).resolves.toBe(errorOf('BEDROCK_FT_COST', 'Nova Lite', 'lots'));
  expect(await sidebar.locator('.total').isHidden()).toBe(true);
  // Custom Model Import with CMUs that are not a number: the same message as BEDROCK_CMI_COST, and the regions stay.
  await answered(() => choose('provider', 'cmi'));
  await answered(() => choose('model', 'arch:OSS'));
  const regions = await count('#region option');
  await answered(() => sidebar.locator('#f-cmus').fill('abc'));
  await expect(sidebar.locator('#e-cmus').textContent()).resolves.toBe(errorOf('BEDROCK_CMI_COST', 'gpt-oss:abc', 480));
  expect(await count('#region option')).toBe(regions);
  await answered(() => choose('provider', 'Amazon'));
  await answered(() => choose('kind', 'training'));
  await totalAfter(() => sidebar.locator('#f-tokens').fill('1000'));
  await expect(sidebar.locator('#e-tokens').textContent()).resolves.toBe('');
  await expect(sidebar.locator('#f-tokens').getAttribute('aria-invalid')).resolves.toBeNull();
});

test('a model name and a source containing markup are shown as text', async () => {
  const EVIL = '<img src=x onerror="window.__pwned=1">Nova <b>Lite</b>';
  await openPreview(async (p) => {
    await rewriteAnswers(p, (fn, answer) => {
      const poison = (q: QuoteResult) => {
        if (!q.ok || !q.lines) return;
        q.modelName = EVIL;
        q.lines.forEach((l) => {
          l.source = `${EVIL} — <script>window.__pwned=2</script>`;
          l.sourceTitle = EVIL;
        });
      };
      if (fn === 'getSidebarModel') {
        const data = answer.value as SidebarData;
        data.models.find((m) => m.id === 'amazon.nova-lite-v1:0')!.name = EVIL;
        // The first answer comes with the model list.
        poison(data.first as QuoteResult);
      }
      if (fn === 'getQuote' && answer.ok) poison(answer.value as QuoteResult);
    });
  });
  await expect(sidebar.locator('#model option:checked').textContent()).resolves.toBe(EVIL);
  await answered(() => choose('kind', 'training'));
  await expect(sidebar.locator('#quote-title').textContent()).resolves.toBe(`${EVIL} — Fine-tuning (training)`);
  await expect(sidebar.locator('a.source').first().textContent()).resolves.toBe(EVIL);
  expect(await count('img')).toBe(0);
  expect(await count('#breakdown b, #breakdown script')).toBe(0);
  expect(await sidebarFrame().evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('fits 300 px, every control is labelled, and a screenshot is saved', async () => {
  await openPreview();
  const frame = sidebarFrame();
  const layout = await layoutOf(frame);
  expect(layout.width).toBeLessThanOrEqual(300);
  expect(layout.unlabelled).toEqual([]);
  await expect(sidebar.locator('#lang').getAttribute('aria-label')).resolves.toBe('Switch the sidebar to Japanese');
  // Keyboard: Tab reaches the language switch first, then the selects, in reading order.
  await sidebar.locator('#lang').focus();
  await page.keyboard.press('Tab');
  expect(await frame.evaluate(() => document.activeElement?.id)).toBe('provider');
  await page.keyboard.press('Tab');
  expect(await frame.evaluate(() => document.activeElement?.id)).toBe('model');
  await page.locator('#tabs button', { hasText: /^Bedrock budget$/ }).click();
  await gridShows('B30', '$40,150.00');
  await page.locator('#sidebar').screenshot({ path: join(OUT, 'sidebar.png') });
  await expect(page.locator('#sidebar-title').textContent()).resolves.toBe('Bedrock prices');
  await page.screenshot({ path: join(OUT, 'preview.png') });
});

test("a Japanese user: the pane title is the add-on's Japanese sidebar title, and the sidebar and the template are Japanese", async () => {
  const ja = await startPreview({ port: 0, locale: 'ja' });
  try {
    ({ context, page, sidebar, pageErrors } = await openPreviewPage(browser, ja.url, 900));
    await expect(page.locator('#sidebar-title').textContent()).resolves.toBe('Bedrock料金');
    await expect(page.locator('#sidebar').getAttribute('title')).resolves.toBe('Bedrock料金');
    await expect(sidebar.locator('html').getAttribute('lang')).resolves.toBe('ja');
    await expect(page.locator('#tabs [aria-selected="true"]').textContent()).resolves.toBe('Bedrock予算');
    // The page around the add-on is Japanese too: Sheets' 拡張機能 menu, the tag, the title and <html lang>.
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja');
    await expect(page.locator('#menu-button').textContent()).resolves.toBe('拡張機能 ▸ Bedrock Cost');
    await expect(page.locator('header .tag').textContent()).resolves.toBe('ローカルプレビュー');
    await expect(page.title()).resolves.toBe('Bedrock Cost for Sheets — ローカルプレビュー');
    await page.screenshot({ path: join(OUT, 'preview-ja.png') });
    await page.locator('#menu-button').click();
    await expect(page.locator('#menu button').allTextContents()).resolves.toEqual([
      'モデルピッカーを開く',
      '予算テンプレートを挿入',
      '料金について',
    ]);
  } finally {
    await ja.close();
  }
});

test('the menu: About prices opens its dialog, and a second template gets a new sheet', async () => {
  await openPreview();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await expect(page.locator('#menu-button').textContent()).resolves.toBe('Extensions ▸ Bedrock Cost');
  await expect(page.locator('header .tag').textContent()).resolves.toBe('local preview');
  await expect(page.title()).resolves.toBe('Bedrock Cost for Sheets — local preview');
  await page.locator('#menu-button').click();
  await page.locator('#menu button', { hasText: 'About prices' }).click();
  await page.locator('#dialog[open] #dialog-title', { hasText: 'About prices' }).waitFor();
  const dialog = page.frameLocator('#dialog-frame');
  await dialog.locator('body', { hasText: `Prices ${fn('BEDROCK_PRICES_AS_OF')}` }).waitFor();
  expect(await dialog.locator('a[href^="https://"]').count()).toBeGreaterThan(3);
  await page.locator('#dialog-close').click();
  await page.locator('#menu-button').click();
  await page.locator('#menu button', { hasText: 'Insert budget template' }).click();
  await page.locator('#tabs button[aria-selected="true"]', { hasText: 'Bedrock budget (2)' }).waitFor();
  await gridShows('B30', '$40,150.00');
});

describe('the Compare view', () => {
  const usdText = (n: number) => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 20 })}`;
  const terms = () => sidebar.locator('#compare-rows tr.option').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.term));

  async function openLlama2Compare(): Promise<void> {
    await answered(() => sidebar.locator('#retired').check());
    await answered(() => choose('provider', 'Meta'));
    await answered(() => choose('model', 'meta.llama2-13b-v1'));
    await answered(() => choose('kind', 'compare'));
  }

  test('Llama 2 13B at 8 hours a day: the table, the bars and the break-even match BEDROCK_COMPARE; then Insert table', async () => {
    await openPreview();
    await page.locator('#tabs button', { hasText: 'Sheet1' }).click();
    // Below what the other tests write into Sheet1 (the preview is shared), with room for the table to spill.
    await selectCell('B8', 'Sheet1');
    await openLlama2Compare();
    await expect(sidebar.locator('#kind option:checked').textContent()).resolves.toBe('Compare Provisioned Throughput terms for a month');
    await expect(sidebar.locator('#insert-formula').textContent()).resolves.toBe('Insert table');
    expect(await sidebar.locator('#insert-value').isHidden()).toBe(true);
    // 24 hours a day by default: the 6-month term is the cheapest.
    expect(await terms()).toEqual(['6m', '1m', 'none']);

    // A schedule of 8 hours every day (typed as the estimate takes it); the blank month is BEDROCK_COMPARE's 30 days.
    await choose('f-schedulePreset', 'custom');
    const total = await totalAfter(() => sidebar.locator('#f-schedule').fill('8'));
    const table = fn('BEDROCK_COMPARE', 'Llama 2 13B', 1, 8) as unknown[][];
    expect(Number(total)).toBe(table[1]![5]);
    await expect(sidebar.locator('#total-label').textContent()).resolves.toBe('Cheapest: No commitment');

    // The rows, in the function's order, with its billed hours and monthly totals.
    expect(await terms()).toEqual(['none', '6m', '1m']);
    const shown = await sidebar
      .locator('#compare-rows tr.option')
      .evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => c.textContent)));
    expect(shown).toEqual(
      table.slice(1).map((r) => [r[0] === 'No commitment' ? 'No commitment cheapest' : r[0], `${r[2]} h`, usdText(r[5] as number)]),
    );
    await expect(sidebar.locator('#compare-rows tr.details').first().textContent()).resolves.toBe(
      // The yen at the default rate: 5,641.95 × 150 = 846,292.5, rounded to ¥846,293.
      '$23.50 per model unit per hour · hosting $5,640.00 · storage $1.95 · ¥846,293',
    );

    // One bar per priced option, cheapest first, each as long as its total allows.
    const bars = await sidebar
      .locator('#compare-chart .bar')
      .evaluateAll((els) => els.map((b) => ({ value: (b as HTMLElement).dataset.value, width: b.getBoundingClientRect().width })));
    expect(bars.map((b) => Number(b.value))).toEqual(table.slice(1).map((r) => r[5]));
    expect(bars[0]!.width).toBeLessThan(bars[1]!.width);
    expect(bars[1]!.width).toBeLessThan(bars[2]!.width);
    expect(bars[0]!.width / bars[2]!.width).toBeCloseTo(5641.95 / 15251.55, 1);

    // The break-even hours in words.
    const sentences = await sidebar.locator('#break-even li').allTextContents();
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toBe(
      'In us-east-1, the 1-month commitment is cheaper than no commitment above 21.63 hours a day (24 × 21.18 ÷ 23.5 USD per MU-hour); below that, no commitment is cheaper.',
    );
    expect(sentences[1]).toContain('above 13.36 hours a day');
    expect(Number(fn('BEDROCK_BREAKEVEN_HOURS', 'Llama 2 13B')).toFixed(2)).toBe('21.63');

    // In Japanese.
    await sidebar.locator('#lang').click();
    await expect(sidebar.locator('#break-even li').first().textContent()).resolves.toBe(
      'us-east-1では、1日21.63時間を超えて使うなら1か月コミットのほうがコミットなしより安くなります（24 × 21.18 ÷ 23.5 USD/MU・時間）。それ以下ならコミットなしが安くなります。',
    );
    await expect(sidebar.locator('#compare-rows tr.option th').first().textContent()).resolves.toBe('コミットなし 最安');
    await expect(sidebar.locator('label[for="f-schedulePreset"]').textContent()).resolves.toBe('稼働スケジュール');
    await expect(sidebar.locator('#insert-formula').textContent()).resolves.toBe('表を挿入');
    await sidebar.locator('#lang').click();

    // Weekdays cannot be priced as hours a day × days (the trap of billing a term for weekdays only): refused under
    // the field, pointing to Estimate a month, and nothing to insert.
    await answered(() => sidebar.locator('#f-schedule').fill('weekdays 9-18'));
    await expect(sidebar.locator('#e-schedule').textContent()).resolves.toMatch(
      /^schedule "weekdays 9-18" runs on weekdays only: .* Choose Estimate a month/,
    );
    await expect(sidebar.locator('#f-schedule').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(sidebar.locator('#insert-formula').isDisabled()).resolves.toBe(true);
    expect(await sidebar.locator('#compare').isHidden()).toBe(true);

    // Back to 8, then Insert table: the formula lands in the selected cell and its table spills in the grid.
    await answered(() => sidebar.locator('#f-schedule').fill('8'));
    await expect(sidebar.locator('#formula').textContent()).resolves.toBe('=BEDROCK_COMPARE("Meta Llama 2 13B", 1, 8, 30, "us-east-1")');
    await sidebar.locator('#insert-formula').click();
    await gridShows('B8', 'Option');
    await expect(gridCell('B8').getAttribute('data-input')).resolves.toBe('=BEDROCK_COMPARE("Meta Llama 2 13B", 1, 8, 30, "us-east-1")');
    await expect(sidebar.locator('#message').textContent()).resolves.toBe('Inserted in Sheet1!B8.');
    for (const [i, row] of table.entries()) {
      await gridShows(`B${i + 8}`, String(row[0]));
      await gridShows(`D${i + 8}`, String(row[2]));
      await gridShows(`G${i + 8}`, String(row[5]));
    }
    await expect(gridCell('G9').getAttribute('data-input')).resolves.toBe('');

    // Fits 300 px with every control labelled; the screenshot shows the view and the spilled table beside it.
    const frame = sidebarFrame();
    const layout = await layoutOf(frame);
    expect(layout).toEqual({ width: expect.any(Number), unlabelled: [] });
    expect(layout.width).toBeLessThanOrEqual(300);
    await frame.evaluate(() => document.getElementById('breakdown')!.scrollIntoView());
    await page.screenshot({ path: join(OUT, 'compare.png') });

    // A calendar month bills its own days: February 2026 has 28.
    const february = await totalAfter(() => sidebar.locator('#f-month').fill('2026-02'));
    expect(Number(february)).toBe((fn('BEDROCK_COMPARE', 'Llama 2 13B', 1, 8, 28) as unknown[][])[1]![5]);
    await expect(sidebar.locator('#formula').textContent()).resolves.toBe('=BEDROCK_COMPARE("Meta Llama 2 13B", 1, 8, 28, "us-east-1")');
  });

  test('an option without a price shows its note instead of a bar, and base-model hosting has no storage', async () => {
    await openPreview();
    await answered(() => choose('provider', 'Meta'));
    await answered(() => sidebar.locator('#retired').check());
    await answered(() => choose('model', 'meta.llama2-13b-chat-v1'));
    await answered(() => choose('kind', 'compare'));
    await answered(() => choose('region', 'us-east-1'));
    expect(await count('#compare-chart .bar')).toBe(2);
    await expect(sidebar.locator('#compare-chart li[data-term="none"] .bar-note').textContent()).resolves.toBe(
      'Not priced in us-east-1. Not priced in any region.',
    );
    await expect(sidebar.locator('#compare-chart li[data-term="6m"] .bar-value').textContent()).resolves.toBe('$9,417.60 (hosting only)');
    await expect(sidebar.locator('#compare-rows tr[data-term="none"] .month').textContent()).resolves.toBe('Not priced');
    await expect(sidebar.locator('#break-even li').textContent()).resolves.toMatch(/^No break-even here/);
    expect(await sidebar.locator('.total').isHidden()).toBe(true);

    await answered(() => sidebar.locator('#f-base').check());
    await expect(sidebar.locator('#formula').textContent()).resolves.toBe(
      '=BEDROCK_COMPARE("base:Meta Llama 2 Chat 13B", 1, 24, 30, "us-east-1")',
    );
    await expect(sidebar.locator('#compare-rows tr.details').first().textContent()).resolves.toContain(
      'storage $0.00 · ¥1,412,640 · Base-model hosting: no custom-model storage.',
    ); // 9,417.60 × 150
    const total = await sidebar.locator('#total').getAttribute('data-value');
    expect(Number(total)).toBe((fn('BEDROCK_COMPARE', 'base:Llama 2 Chat 13B') as unknown[][])[1]![5]);
  });

  test('a month of Custom Model Import: active hours a day, days and copies, as BEDROCK_CMI_MONTHLY', async () => {
    await openPreview();
    await answered(() => choose('provider', 'cmi'));
    await answered(() => choose('kind', 'cmi-month'));
    await expect(sidebar.locator('label[for="f-hoursPerDay"]').textContent()).resolves.toBe('Active hours a day');
    const total = await totalAfter(() => sidebar.locator('#f-hoursPerDay').fill('8'));
    expect(total).toBe('1650.684');
    expect(Number(total)).toBe(fn('BEDROCK_CMI_MONTHLY', 'Llama 3.1 8B 128K', 8));
    await expect(sidebar.locator('#lines li').first().textContent()).resolves.toContain(
      '2,880 windows (96 a day × 30 days) × 5 min × 2 CMU × 1 cop',
    );
    await expect(sidebar.locator('#formula').textContent()).resolves.toBe(
      '=BEDROCK_CMI_MONTHLY("Llama 3.1 8B 128K", 8, 1, 30, "us-east-1")',
    );
    expect(await sidebar.locator('#insert-value').isVisible()).toBe(true);
    await answered(() => sidebar.locator('#f-days').fill('1.5'));
    await expect(sidebar.locator('#e-days').textContent()).resolves.toBe(errorOf('BEDROCK_CMI_MONTHLY', 'Llama 3.1 8B 128K', 8, 1, 1.5));
  });

  test('option names, notes and sentences containing markup are shown as text', async () => {
    const EVIL = '<img src=x onerror="window.__pwned=1"><b>No</b> commitment';
    await openPreview(async (p) => {
      await rewriteAnswers(p, (fn, answer) => {
        if (fn === 'getComparison' && answer.ok) {
          const c = answer.value as ComparisonResult;
          if (c.ok) {
            for (const r of c.rows) r.option = r.note = { en: EVIL, ja: EVIL };
            for (const b of c.breakEven) b.sentence = { en: EVIL, ja: EVIL };
            c.formula = `${c.formula}<script>window.__pwned=2</script>`;
          }
        }
      });
    });
    await answered(() => choose('kind', 'compare'));
    await expect(sidebar.locator('#compare-rows tr.option th').first().textContent()).resolves.toBe(`${EVIL} cheapest`);
    await expect(sidebar.locator('#compare-chart .bar-label').first().textContent()).resolves.toBe(EVIL);
    await expect(sidebar.locator('#break-even li').first().textContent()).resolves.toBe(EVIL);
    expect(await count('img')).toBe(0);
    expect(await count('#breakdown b, #breakdown script')).toBe(0);
    expect(await sidebarFrame().evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
