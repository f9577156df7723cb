/**
 * A Chromium or Chrome already on the machine (Debian's /usr/bin/chromium, installed by `.ci/run`;
 * or CHROMIUM_PATH) driven by playwright-core: its own browser download cannot work on these
 * machines. Without one, the browser suites are skipped with the reason and the install command,
 * except under CI=true, where a missing browser fails them. Each launch gets a fresh profile
 * folder. Screenshots go to test-artifacts/admin-page/ (git-ignored).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

// CHROMIUM_PATH, when set, is the only candidate.
const CANDIDATES = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
export const CHROMIUM = CANDIDATES.find((candidate) => existsSync(candidate));
const INSTALL = 'sudo apt-get update && sudo apt-get install -y chromium (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary';
const MISSING = `no Chromium or Chrome found (tried ${CANDIDATES.join(', ')}); install one: ${INSTALL}`;

/**
 * Why the browser suites are skipped, or undefined when they run. Under CI=true they always run,
 * so a missing browser fails (launchChromium throws the same words) instead of passing unseen.
 */
export const BROWSER_SKIPPED = CHROMIUM || process.env.CI === 'true' ? undefined : MISSING;
if (BROWSER_SKIPPED) console.warn(`browser tests skipped: ${BROWSER_SKIPPED}`);
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/admin-page/', import.meta.url));

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error(MISSING);
  // A persistent context is how playwright takes a profile folder (it refuses --user-data-dir in args).
  const profile = mkdtempSync(path.join(tmpdir(), 'admin-page-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: DESKTOP });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * `<name>-desktop.png` and `<name>-phone.png` of what the page shows now (full page). `secrets`
 * (a server URL, an API token) are painted over, so a screenshot can be committed as it is.
 */
export async function screenshots(page: Page, name: string, secrets: Locator[] = []): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const before = page.viewportSize() ?? DESKTOP;
  for (const [label, size] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${label}.png`), fullPage: true, animations: 'disabled', mask: secrets, maskColor: '#c9d3e3' });
  }
  await page.setViewportSize(before);
}
