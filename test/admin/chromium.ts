/**
 * Debian's Chromium (/usr/bin/chromium, installed by `.ci/run`) driven by playwright-core: its own
 * browser download cannot work on these machines. Each launch gets a fresh profile folder.
 * Screenshots go to test-artifacts/admin-page/ (git-ignored).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
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
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium (.ci/run does this)`);
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
