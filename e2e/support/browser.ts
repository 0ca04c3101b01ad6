import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's chromium, driven by playwright-core (no browser download). Missing chromium: the browser
 * tests are skipped with a plain message on a developer machine and fail under CI (CI=true).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM_PATH);

if (!chromiumAvailable) {
  const message = `Chromium not found at ${CHROMIUM_PATH}: browser tests ${process.env.CI ? 'cannot run' : 'are skipped'} (install it with \`apt-get install chromium\`).`;
  if (process.env.CI) throw new Error(message);
  console.warn(message);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** `describe` when chromium is there; otherwise the suite is skipped (never under CI, see above). */
export const describeInBrowser = chromiumAvailable ? describe : describe.skip;

/**
 * At narrow widths the signed-in navigation sits behind a "Menu" disclosure that closes on every route
 * change. Opens it once the page has settled, and checks it stayed open.
 */
export async function openMenu(page: import('playwright-core').Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  for (let attempt = 0; attempt < 20; attempt++) {
    if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
    // Open and still open a moment later: no route change closed it.
    await page.waitForTimeout(250);
    if ((await menu.getAttribute('aria-expanded')) === 'true') return;
  }
  throw new Error('The Menu disclosure did not stay open');
}
