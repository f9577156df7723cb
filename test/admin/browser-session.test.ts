/**
 * Session expiry as a person sees it: Chromium on the page served by an in-process server (so the
 * clock can be injected) with the BUILT bundle; after the session's end the next action lands on
 * the sign-in form with the reason, and signing in again carries on.
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type Hosted, startHosted, TestClock } from '../control/hosted.js';
import { createTestStore, type TestStore } from '../control/stores.js';
import { BROWSER_SKIPPED, type Browser, launchChromium, screenshots } from './chromium.js';

const BUILT_BUNDLE = new URL('../../templates/hosting/dist/admin/ui/', import.meta.url);

let store: TestStore;
let hosted: Hosted;
let browser: Browser;
const clock = new TestClock(Date.parse('2026-03-01T09:00:00Z'));

beforeAll(async () => {
  if (BROWSER_SKIPPED) {
    return;
  }
  if (!existsSync(fileURLToPath(new URL('app.js', BUILT_BUNDLE)))) {
    throw new Error('the admin page bundle is missing: run `npm run build` first');
  }
  store = await createTestStore('sqlite');
  hosted = await startHosted(store.url, {}, clock, { adminPageAssets: BUILT_BUNDLE });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hosted?.close();
  await store?.drop();
});

describe.skipIf(BROWSER_SKIPPED)(
  `an expired session in the browser${BROWSER_SKIPPED ? ` (skipped: ${BROWSER_SKIPPED})` : ''}`,
  () => {
    it('sends the page back to sign-in with the reason, then carries on', { timeout: 60_000 }, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${hosted.http.url}/admin#/api-tokens`);
      await page.getByLabel('Admin token').fill(ADMIN);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();

      clock.advance(8 * 60 * 60_000);
      await page.getByLabel('Name', { exact: true }).fill('After hours');
      await page.getByRole('button', { name: 'Create token' }).click();
      await page.getByText('your session ended at 2026-03-01T17:00:00.000Z; sign in again').waitFor();
      await screenshots(page, '12-session-expired');
      expect((await hosted.admin('GET', '/api-token')).body.result).toEqual([]); // the refused create left nothing

      await page.getByLabel('Admin token').fill(ADMIN);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
      await page.close();
    });

    it('explains, and disables, OAuth connect on a server without the OAuth app settings', {
      timeout: 60_000,
    }, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${hosted.http.url}/admin`);
      await page.getByRole('heading', { level: 1, name: /^(Sign in|Integrated accounts)$/ }).waitFor();
      if (await page.getByRole('heading', { level: 1, name: 'Sign in' }).isVisible()) {
        await page.getByLabel('Admin token').fill(ADMIN);
        await page.getByRole('button', { name: 'Sign in' }).click();
      }
      const connect = page.getByRole('form', { name: 'Connect with Egnyte OAuth' });
      await connect
        .getByText(
          'Not set up on this server: connecting by OAuth needs EGNYTE_CLIENT_ID and EGNYTE_CLIENT_SECRET. Until then, add accounts with a token.',
        )
        .waitFor();
      expect(await connect.getByLabel('Name').isDisabled()).toBe(true);
      expect(await connect.getByRole('button', { name: 'Connect with Egnyte' }).isDisabled()).toBe(true);
      await screenshots(page, '13-oauth-not-set-up');
      await page.close();
    });
  },
);
