/**
 * Headless Chromium for the browser tests: the one scripts/lib/chromium.ts finds ($CHROMIUM_PATH, the system's, then
 * the one inside @sparticuz/chromium), started with the switches this closed-network machine needs.
 */
import { type Browser, type BrowserContext, chromium, type FrameLocator, type Page } from 'playwright-core';
import { findChromium } from '../../scripts/lib/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  const found = await findChromium();
  return chromium.launch({ executablePath: found.executablePath, args: [...ARGS, ...found.args] });
}

/** The preview opened in a fresh context, its sidebar's first answer shown, and the page's script errors collected. */
export interface PreviewPage {
  context: BrowserContext;
  page: Page;
  sidebar: FrameLocator;
  pageErrors: string[];
}

/**
 * A fresh page on the preview, with everything off-host (the add-ons CSS on gstatic) aborted; `routes` may watch or
 * change more requests before the page loads.
 */
export async function openPreviewPage(
  browser: Browser,
  url: string,
  height: number,
  routes?: (page: Page) => Promise<unknown>,
): Promise<PreviewPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const origin = new URL(url).origin;
  await page.route(
    (u) => u.origin !== origin,
    (route) => route.abort(),
  );
  if (routes) await routes(page);
  await page.goto(url);
  const sidebar = page.frameLocator('#sidebar');
  await page.waitForFunction(
    () => (document.querySelector('#sidebar') as HTMLIFrameElement).contentDocument?.body?.dataset.quote === 'shown',
  );
  return { context, page, sidebar, pageErrors };
}

/**
 * Does something in the sidebar and waits until the answer for the resulting inputs is shown. The sidebar numbers
 * each request (`data-requested` on its <body>) and says which request the shown answer is for (`data-answered`):
 * this waits for the answer to the newest request, one sent after the action, with nothing else pending. A count of
 * answers alone is not enough: an answer to an earlier request still on its way can land after the action.
 */
export async function answeredAfter(page: Page, sidebar: FrameLocator, action: () => Promise<unknown>): Promise<void> {
  const before = Number(await sidebar.locator('body').getAttribute('data-requested'));
  await action();
  await page.waitForFunction((prev) => {
    const body = (document.querySelector('#sidebar') as HTMLIFrameElement).contentDocument!.body;
    const requested = Number(body.dataset.requested);
    return requested > prev && Number(body.dataset.answered) === requested && body.dataset.quote === 'shown';
  }, before);
}
