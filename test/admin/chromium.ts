/**
 * A Chromium or Chrome already on the machine (Debian's /usr/bin/chromium, installed by `.ci/run`;
 * or CHROMIUM_PATH) driven by playwright-core: its own browser download cannot work on these
 * machines. Without one, the browser suites are skipped with the reason and the install command,
 * except under CI=true, where a missing browser fails them. Each launch gets a fresh profile
 * folder. Screenshots go to test-artifacts/admin-page/ (git-ignored).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

// CHROMIUM_PATH, when set, is the only candidate.
const CANDIDATES = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
export const CHROMIUM = CANDIDATES.find((candidate) => existsSync(candidate));
const INSTALL =
  'sudo apt-get update && sudo apt-get install -y chromium (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary';
const MISSING = `no Chromium or Chrome found (tried ${CANDIDATES.join(', ')}); install one: ${INSTALL}`;

/**
 * Why the browser suites are skipped, or undefined when they run. Under CI=true they always run,
 * so a missing browser fails (launchChromium throws the same words) instead of passing unseen.
 */
export const BROWSER_SKIPPED = CHROMIUM || process.env.CI === 'true' ? undefined : MISSING;
if (BROWSER_SKIPPED) {
  console.warn(`browser tests skipped: ${BROWSER_SKIPPED}`);
}
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/admin-page/', import.meta.url));

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) {
    throw new Error(MISSING);
  }
  // A persistent context is how playwright takes a profile folder (it refuses --user-data-dir in args).
  const profile = mkdtempSync(path.join(tmpdir(), 'admin-page-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: DESKTOP,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * axe-core's serious and critical violations on the page as it is now (WCAG 2.x A/AA rules and
 * best practices), as "rule (impact): help @ selector" lines. axe is evaluated through the
 * browser's debugging protocol, so the page's Content-Security-Policy stays as it is.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} @ ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
    );
}

/** How far the page is wider than the viewport (0 when it fits). */
export async function overflowPx(page: Page): Promise<number> {
  return page.evaluate(
    () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth,
  );
}

/**
 * `<name>-desktop.png` and `<name>-phone.png` of what the page shows now (full page). `secrets`
 * (a server URL, an API token) are painted over, so a screenshot can be committed as it is. At each
 * width the page must have no serious or critical axe-core violation, and at phone width it must
 * not be wider than the screen.
 */
export async function screenshots(page: Page, name: string, secrets: Locator[] = []): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const before = page.viewportSize() ?? DESKTOP;
  for (const [label, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(size);
    expect(await seriousViolations(page), `${name} at ${label} width`).toEqual([]);
    if (label === 'phone') {
      expect(await overflowPx(page), `${name}: wider than a ${PHONE.width} px screen`).toBe(0);
    }
    await page.screenshot({
      path: path.join(ARTIFACTS, `${name}-${label}.png`),
      fullPage: true,
      animations: 'disabled',
      mask: secrets,
      maskColor: '#c9d3e3',
    });
  }
  await page.setViewportSize(before);
}
