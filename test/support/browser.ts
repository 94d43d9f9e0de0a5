/**
 * Headless Chromium for the browser tests: the one scripts/lib/chromium.ts finds ($CHROMIUM_PATH, the system's, then
 * the one inside @sparticuz/chromium), started with the switches this closed-network machine needs.
 */
import { type Browser, chromium } from 'playwright-core';
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
