/**
 * The admin page in a real browser (Debian's Chromium through playwright-core) against the BUILT
 * server with a SQLite store and the Egnyte sandbox: sign in, add an account with the sandbox
 * token, create a read-only users server, read its URL from the page, connect the SDK client with
 * it, revoke it in the page and see the client refused; a second tab, API tokens, OAuth connect,
 * removal and sign-out. Screenshots of every page at desktop and phone width go to
 * test-artifacts/admin-page/.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../control/stores.js';
import { connectClient } from '../runtime/harness.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { type HttpServerProcess, startHttpServer } from '../support/server.js';
import {
  BROWSER_SKIPPED,
  type Browser,
  launchChromium,
  overflowPx,
  PHONE,
  screenshots,
  seriousViolations,
} from './chromium.js';

const ADMIN_TOKEN = 'browser-test-admin-token-0123456789';
const READ_USERS_TOOLS = ['get_egnyte_current_user', 'get_single_egnyte_user_by_id', 'list_all_egnyte_users'];

let sandbox: Sandbox;
let server: HttpServerProcess;
let browser: Browser;
let store: TestStore;
const clients: Client[] = [];

beforeAll(async () => {
  if (BROWSER_SKIPPED) {
    return;
  }
  sandbox = await startSandbox();
  store = await createTestStore('sqlite');
  server = await startHttpServer(['--store', store.url], {
    MCP_SERVER_SECRET: 'admin-page-browser-test-secret-0123456789',
    MCP_ADMIN_TOKENS: ADMIN_TOKEN,
    EGNYTE_CLIENT_ID: sandbox.oauth.clientId,
    EGNYTE_CLIENT_SECRET: sandbox.oauth.clientSecret,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close().catch(() => undefined)));
  await browser?.close();
  await server?.close();
  await sandbox?.close();
  await store?.drop();
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

/** Opens a view of the page, signing in first when this browser has no session. */
async function openSignedIn(page: Page, hash: string, title: string): Promise<void> {
  await page.goto(`${server.url}/admin${hash}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(`^(Sign in|${title})$`) }).waitFor();
  if (await page.getByRole('heading', { level: 1, name: 'Sign in' }).isVisible()) {
    await page.getByLabel('Admin token').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await heading(page, title);
}

describe.skipIf(BROWSER_SKIPPED)(
  `the admin page in Chromium, against the built server and the sandbox${BROWSER_SKIPPED ? ` (skipped: ${BROWSER_SKIPPED})` : ''}`,
  () => {
    it('serves the shell and its bundle itself, under a strict Content-Security-Policy', async () => {
      const shell = await fetch(`${server.url}/admin`);
      expect(shell.status).toBe(200);
      expect(shell.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await shell.text();
      expect(html).not.toMatch(/https?:\/\//); // no CDN: every asset comes from this server
      for (const asset of ['app.js', 'app.css']) {
        expect(html).toContain(`/admin/assets/${asset}?v=`);
        const first = await fetch(`${server.url}/admin/assets/${asset}`);
        expect(first.status).toBe(200);
        const again = await fetch(`${server.url}/admin/assets/${asset}`, {
          headers: { 'if-none-match': first.headers.get('etag') ?? '' },
        });
        expect(again.status).toBe(304);
      }
      expect((await fetch(`${server.url}/admin/assets/..%2F..%2Fcli.js`)).status).toBe(404);
    });

    it('signs in, adds an account, creates a read-only users server, and its revocation refuses the client', {
      timeout: 180_000,
    }, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/admin`);
      await heading(page, 'Sign in');
      await screenshots(page, '01-sign-in');

      // A wrong admin token: the answer sits under the field, and no session cookie is set.
      await page.getByLabel('Admin token').fill('not-the-admin-token');
      await page.keyboard.press('Enter');
      await page.getByText('this admin token is not accepted').waitFor();
      expect(await page.getByLabel('Admin token').getAttribute('aria-invalid')).toBe('true');
      expect(await browser.context.cookies()).toEqual([]);
      await screenshots(page, '02-sign-in-refused');

      await page.getByLabel('Admin token').fill(ADMIN_TOKEN);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await heading(page, 'Integrated accounts');
      const [cookie] = await browser.context.cookies();
      expect(cookie).toMatchObject({ name: 'mcp_admin_session', httpOnly: true, sameSite: 'Strict', path: '/admin' });

      // Add an account with the sandbox token; a missing token is answered beside its field first.
      const add = page.getByRole('form', { name: 'Add an account with a token' });
      await add.getByLabel('Name', { exact: true }).fill('Acme sandbox');
      await add.getByLabel('Base URL').fill(sandbox.baseUrl);
      await add.getByRole('button', { name: 'Add account' }).click();
      await add.getByText('"access_token" is required').waitFor();
      expect(await add.getByLabel('Access token').getAttribute('aria-invalid')).toBe('true');
      await add.getByLabel('Access token').fill(sandbox.token);
      await add.getByRole('button', { name: 'Add account' }).click();
      await page.getByText('Acme sandbox was added.').waitFor();
      await page.getByRole('row', { name: /Acme sandbox/ }).waitFor();
      expect(await page.getByRole('row').count()).toBe(2); // the header and one account: the refused try left nothing
      await screenshots(page, '03-accounts');

      await page.getByRole('link', { name: 'Acme sandbox', exact: true }).click();
      await heading(page, 'Acme sandbox');
      await page.getByText('No MCP servers yet.').waitFor();
      const accountUrl = page.url();
      await screenshots(page, '04-account-servers-empty');

      // The form previews how many and which tools the configuration yields before creating.
      await page.getByRole('link', { name: 'Create MCP server' }).click();
      await heading(page, 'Create MCP server');
      await page.getByText('of 59 tools').waitFor();
      expect(await page.getByTestId('tool-count').textContent()).toBe('59');
      await page.getByLabel('Name', { exact: true }).fill('Helpdesk (read users)');
      await page.getByLabel('read (list and get)').focus();
      await page.keyboard.press('Space'); // keyboard access: a ticked box by Space
      expect(await page.getByLabel('read (list and get)').isChecked()).toBe(true);
      await page.getByRole('group', { name: 'Tags' }).getByLabel('users', { exact: true }).check();
      await page.waitForFunction(() => document.querySelector('[data-testid="tool-count"]')?.textContent === '3');
      expect((await page.locator('.tool-list code').allTextContents()).sort()).toEqual(READ_USERS_TOOLS);
      await screenshots(page, '05-create-server');

      await page.getByRole('button', { name: 'Create MCP server' }).click();
      await heading(page, 'Helpdesk (read users) is ready');
      const url = await page.getByLabel('Server URL').inputValue();
      expect(url).toMatch(new RegExp(`^${server.url}/mcp/mcp_[A-Za-z0-9_-]{43}$`));
      await page.getByText('Connect a client').waitFor();
      await screenshots(page, '06-server-created', [page.getByLabel('Server URL'), page.locator('pre')]);

      // The URL from the page connects the real SDK client to exactly the read-only users tools.
      const client = await connectClient(url);
      clients.push(client);
      expect((await client.listTools()).tools.map((tool) => tool.name).sort()).toEqual(READ_USERS_TOOLS);
      const listed = await client.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 2 } });
      expect(listed.isError).toBeFalsy();

      await page.getByRole('link', { name: 'Done: back to MCP servers' }).click();
      const row = page.getByRole('row', { name: /Helpdesk \(read users\)/ });
      await row.waitFor();
      expect(await row.textContent()).toContain('methods: read; tags: users');
      expect(await row.getByRole('cell').nth(4).textContent()).not.toContain('never'); // last used
      await screenshots(page, '07-account-servers');

      await row.getByRole('link', { name: 'Call log of Helpdesk (read users)' }).click();
      await heading(page, 'Call log: Helpdesk (read users)');
      const logRow = page.getByRole('row', { name: /list_all_egnyte_users/ });
      await logRow.waitFor();
      expect(await logRow.textContent()).toContain('ok');
      await screenshots(page, '08-call-log');

      // A second tab on the same list; revoke in the first (with confirmation), then in the second.
      const tab = await browser.context.newPage();
      await tab.goto(accountUrl);
      await tab.getByRole('row', { name: /Helpdesk \(read users\)/ }).waitFor();
      await page.goto(accountUrl);
      await page.getByRole('button', { name: 'Revoke Helpdesk (read users)' }).click();
      const dialog = page.getByRole('dialog', { name: 'Revoke Helpdesk (read users)?' });
      await dialog.waitFor();
      await screenshots(page, '09-revoke-confirm');
      // The safe button has the focus: Enter cancels, it never revokes.
      expect(
        await dialog.getByRole('button', { name: 'Cancel' }).evaluate((button) => button === document.activeElement),
      ).toBe(true);
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.getByRole('row', { name: /Helpdesk/ }).count()).toBe(1);
      await page.getByRole('button', { name: 'Revoke Helpdesk (read users)' }).click();
      await dialog.waitFor();
      await page.keyboard.press('Escape'); // the dialog cancels by keyboard
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.getByRole('row', { name: /Helpdesk/ }).count()).toBe(1);
      await page.getByRole('button', { name: 'Revoke Helpdesk (read users)' }).click();
      await dialog.getByRole('button', { name: 'Revoke server' }).click();
      await page.getByText('Helpdesk (read users) was revoked').waitFor();
      await page.getByText('No MCP servers yet.').waitFor();

      await expect(client.listTools()).rejects.toThrow(/404|Not found/);
      await expect(connectClient(url)).rejects.toThrow(/404|Not found/);

      await tab.getByRole('button', { name: 'Revoke Helpdesk (read users)' }).click();
      await tab.getByRole('dialog').getByRole('button', { name: 'Revoke server' }).click();
      await tab
        .getByText('Helpdesk (read users) was already revoked (perhaps in another tab); nothing else changed.')
        .waitFor();
      await tab.getByText('No MCP servers yet.').waitFor();
      await screenshots(tab, '10-revoked-in-another-tab');
      await tab.close();
    });

    it('keeps every page within a 390 px screen with long unbroken names, and explains a past expiry in local time', {
      timeout: 120_000,
    }, async () => {
      const long = `Acme-${'x'.repeat(90)}`;
      const admin = (method: string, route: string, body?: unknown) =>
        fetch(`${server.url}${route}`, {
          method,
          headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }).then(async (response) => ({
          status: response.status,
          body: (await response.json()) as Record<string, unknown>,
        }));
      const account = await admin('POST', '/integrated-account', {
        name: long,
        base_url: sandbox.baseUrl,
        access_token: sandbox.token,
      });
      expect(account.status).toBe(201);
      const accountId = String(account.body.id);
      const created = await admin('POST', `/integrated-account/${accountId}/mcp`, {
        name: `Server-${'y'.repeat(90)}`,
        config: { methods: ['read'] },
      });
      expect(created.status).toBe(201);
      const serverId = String(created.body.id);
      await connectClient(String(created.body.url)).then(async (client) => {
        clients.push(client);
        await client.callTool({ name: 'get_egnyte_current_user', arguments: {} });
      });
      const apiToken = await admin('POST', '/api-token', { name: `Token-${'z'.repeat(90)}` });
      expect(apiToken.status).toBe(201);

      const page = await browser.context.newPage();
      await page.setViewportSize(PHONE);
      for (const [hash, title] of [
        ['', 'Integrated accounts'],
        [`#/accounts/${accountId}`, long],
        [`#/accounts/${accountId}/create`, 'Create MCP server'],
        [`#/accounts/${accountId}/servers/${serverId}/logs`, `Call log: Server-${'y'.repeat(90)}`],
        ['#/api-tokens', 'API tokens'],
      ] as Array<[string, string]>) {
        await openSignedIn(page, hash, title);
        expect(await overflowPx(page), `${hash || '#/'} is wider than ${PHONE.width} px`).toBe(0);
        expect(await seriousViolations(page), hash || '#/').toEqual([]);
      }

      // A past expiry: said in the local time the field asks for, before anything is sent.
      await openSignedIn(page, `#/accounts/${accountId}/create`, 'Create MCP server');
      await page.getByLabel('Name', { exact: true }).fill('Too late');
      await page.getByLabel('Expires').fill('2020-01-02T03:04');
      await page.getByRole('button', { name: 'Create MCP server' }).click();
      const said = page.getByText(
        '(your local time) has already passed: choose a later time, or leave it empty for no expiry.',
      );
      await said.waitFor();
      expect(await said.textContent()).toContain(
        new Date('2020-01-02T03:04').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
      );
      expect(await page.getByLabel('Expires').getAttribute('aria-invalid')).toBe('true');
      expect(((await admin('GET', `/integrated-account/${accountId}/mcp`)).body.result as unknown[]).length).toBe(1);

      // A server that requires an API token: its page says so, and not that the URL alone is enough.
      await page.getByLabel('Expires').fill('');
      await page.getByLabel('Require an API token (Authorization: Bearer) besides the URL').check();
      await page.getByRole('button', { name: 'Create MCP server' }).click();
      await heading(page, 'Too late is ready');
      expect(await page.locator('main').textContent()).not.toMatch(/anyone with this URL/i);
      await page.getByText('Clients need this URL and one of your API tokens').waitFor();
      // On a phone the URL field takes the width of the screen (Copy goes below it), so the URL can be read and selected.
      const field = await page.getByLabel('Server URL').boundingBox();
      expect(field!.width).toBeGreaterThan(PHONE.width - 80);
      await screenshots(page, '14-server-created-api-token', [page.getByLabel('Server URL'), page.locator('pre')]);
      await page.close();
      // The next tests start from no token and this test's account gone.
      expect(
        (
          await fetch(`${server.url}/api-token/${String(apiToken.body.id)}`, {
            method: 'DELETE',
            headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          })
        ).status,
      ).toBe(204);
      expect(
        (
          await fetch(`${server.url}/integrated-account/${accountId}`, {
            method: 'DELETE',
            headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          })
        ).status,
      ).toBe(204);
    });

    it('creates an API token shown once, and revokes it', { timeout: 60_000 }, async () => {
      const page = await browser.context.newPage();
      await openSignedIn(page, '#/api-tokens', 'API tokens');
      await page.getByLabel('Name', { exact: true }).fill('Reporting agent');
      await page.getByRole('button', { name: 'Create token' }).click();
      const token = await page.getByLabel('New token: Reporting agent').inputValue();
      expect(token).toMatch(/^mat_[A-Za-z0-9_-]{43}$/);
      await page.getByRole('row', { name: /Reporting agent/ }).waitFor();
      await screenshots(page, '11-api-tokens', [page.getByLabel('New token: Reporting agent')]);
      await page.reload();
      await page.getByRole('row', { name: /Reporting agent/ }).waitFor();
      expect(await page.content()).not.toContain(token);
      await page.getByRole('button', { name: 'Revoke Reporting agent' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
      await page.getByText('Reporting agent was revoked.').waitFor();
      await page.getByText('No API tokens yet.').waitFor();
      await page.close();
    });

    it('connects an account with Egnyte OAuth, removes it, and signs out', { timeout: 60_000 }, async () => {
      const page = await browser.context.newPage();
      await openSignedIn(page, '', 'Integrated accounts');
      const connect = page.getByRole('form', { name: 'Connect with Egnyte OAuth' });
      await connect.getByLabel('Name', { exact: true }).fill('Acme by OAuth');
      await connect.getByLabel('Base URL').fill(sandbox.baseUrl);
      await connect.getByRole('button', { name: 'Connect with Egnyte' }).click();
      // The sandbox approves at once and redirects to the server's callback.
      await heading(page, 'Account connected');
      await page.getByRole('link', { name: 'Back to the admin page' }).click();
      const row = page.getByRole('row', { name: /Acme by OAuth/ });
      await row.waitFor();
      expect(await row.textContent()).toContain('active');

      await row.getByRole('button', { name: 'Remove Acme by OAuth' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Remove account' }).click();
      await page.getByText('Acme by OAuth was removed').waitFor();
      expect(await page.getByRole('row', { name: /Acme by OAuth/ }).count()).toBe(0);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await heading(page, 'Sign in');
      await page.reload();
      await heading(page, 'Sign in');
      expect(await browser.context.cookies()).toEqual([]);
      await page.close();
    });
  },
);
