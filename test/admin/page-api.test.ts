/**
 * The admin page's server side through real HTTP (in this process, so the clock is injected):
 * sign-in, the session cookie, CSRF refusals, expiry, a second tab revoking the same server, and
 * that a refused request leaves nothing half-created. The browser path is in browser.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type Hosted, startHosted, TestClock } from '../control/hosted.js';
import { createTestStore, type TestStore } from '../control/stores.js';
import { connectClient } from '../runtime/harness.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';

interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test convenience: answers are asserted field by field
  body: any;
}

let sandbox: Sandbox;
let store: TestStore;
let hosted: Hosted;
const clock = new TestClock(Date.parse('2026-03-01T09:00:00Z'));

beforeAll(async () => {
  sandbox = await startSandbox();
  store = await createTestStore('sqlite');
  hosted = await startHosted(store.url, {}, clock);
});
afterAll(async () => {
  await hosted?.close();
  await store?.drop();
  await sandbox?.close();
});

/** A page request as the browser sends it: this server's Origin, the cookie, the CSRF header. */
async function page(
  method: string,
  path: string,
  options: { body?: unknown; cookie?: string; csrf?: string; origin?: string | null; on?: Hosted } = {},
): Promise<Answer> {
  const target = options.on ?? hosted;
  const headers: Record<string, string> = { accept: 'application/json' };
  const origin = options.origin === undefined ? target.http.url : options.origin;
  if (origin !== null) {
    headers.origin = origin;
  }
  if (options.cookie) {
    headers.cookie = options.cookie;
  }
  if (options.csrf) {
    headers['x-csrf-token'] = options.csrf;
  }
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(`${target.http.url}/admin/api/${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

async function signIn(on: Hosted = hosted): Promise<{ cookie: string; csrf: string; setCookie: string }> {
  const answer = await page('POST', 'session', { body: { admin_token: ADMIN }, on });
  expect(answer.status).toBe(201);
  const setCookie = answer.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0] ?? '', csrf: answer.body.csrf_token, setCookie };
}

describe('admin page sign-in and session', () => {
  it('refuses a bad admin token beside its field, and sets no cookie', async () => {
    const wrong = await page('POST', 'session', { body: { admin_token: 'not-the-admin-token' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({
      error: 'invalid_admin_token',
      message: 'this admin token is not accepted; use one of MCP_ADMIN_TOKENS',
      field: 'admin_token',
    });
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const empty = await page('POST', 'session', { body: {} });
    expect(empty.body).toMatchObject({ error: 'invalid_request', field: 'admin_token' });
    expect((await page('POST', 'session', { body: { admin_token: ADMIN, extra: 1 } })).body).toMatchObject({
      error: 'invalid_request',
      field: 'extra',
    });
  });

  it('opens an HttpOnly, SameSite=Strict session whose CSRF token the page reads back', async () => {
    const { cookie, csrf, setCookie } = await signIn();
    expect(setCookie).toMatch(/^mcp_admin_session=[\w-]{43}; Path=\/admin; HttpOnly; SameSite=Strict; Max-Age=28800$/);
    const session = await page('GET', 'session', { cookie });
    expect(session.status).toBe(200);
    expect(session.body).toEqual({ expires_at: '2026-03-01T17:00:00.000Z', csrf_token: csrf });
    expect((await page('GET', 'integration', { cookie })).body).toMatchObject({
      name: 'egnyte',
      display_name: 'Egnyte',
      tool_count: 59,
      takes_domain: true,
    });
  });

  it('answers a page request without a session, or with only the bearer admin token, with 401', async () => {
    expect((await page('GET', 'integrated-account')).body).toEqual({
      error: 'signed_out',
      message: 'sign in with an admin token first',
    });
    const bearerOnly = await fetch(`${hosted.http.url}/admin/api/integrated-account`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    expect(bearerOnly.status).toBe(401);
    // A well-formed id the store never issued.
    const forged = `mcp_admin_session=${'A'.repeat(43)}`;
    expect((await page('GET', 'integrated-account', { cookie: forged })).body.error).toBe('signed_out');
  });

  it('refuses state-changing requests without the CSRF token or from another origin, and creates nothing', async () => {
    const { cookie, csrf } = await signIn();
    const noToken = await page('POST', 'api-token', { cookie, body: { name: 'forged' } });
    expect(noToken.status).toBe(403);
    expect(noToken.body).toEqual({
      error: 'csrf_failed',
      message: 'refused: the X-CSRF-Token header is missing or wrong; reload the page and try again',
    });
    expect((await page('POST', 'api-token', { cookie, csrf: `${csrf}x`, body: { name: 'forged' } })).status).toBe(403);
    // Another site on this machine: the loopback guard refuses a foreign port before the page sees it.
    const foreign = await page('POST', 'api-token', {
      cookie,
      csrf,
      origin: 'http://127.0.0.1:9',
      body: { name: 'forged' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error).toMatchObject({ message: expect.stringContaining('Origin header not allowed') });
    // No Origin at all passes the loopback guard; the page itself refuses it.
    const noOrigin = await page('POST', 'api-token', { cookie, csrf, origin: null, body: { name: 'forged' } });
    expect(noOrigin.status).toBe(403);
    expect(noOrigin.body.error).toBe('csrf_failed');
    expect((await page('POST', 'session', { origin: null, body: { admin_token: ADMIN } })).status).toBe(403);
    expect((await page('GET', 'api-token', { cookie })).body.result).toEqual([]);
    const made = await page('POST', 'api-token', { cookie, csrf, body: { name: 'real' } });
    expect(made.status).toBe(201);
    expect((await page('DELETE', `api-token/${made.body.id}`, { cookie, csrf })).status).toBe(204);
  });

  it('ends the session at its expiry with a clear answer (injected clock)', async () => {
    const clockAtStart = clock.time;
    const { cookie, csrf } = await signIn();
    clock.advance(8 * 60 * 60_000 - 1000);
    expect((await page('GET', 'integrated-account', { cookie })).status).toBe(200);
    clock.advance(1000);
    const expired = await page('GET', 'integrated-account', { cookie });
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({
      error: 'session_expired',
      message: 'your session ended at 2026-03-01T17:00:00.000Z; sign in again',
    });
    expect((await page('POST', 'api-token', { cookie, csrf, body: { name: 'late' } })).body.error).toBe(
      'session_expired',
    );
    clock.time = clockAtStart;
    expect((await page('GET', 'api-token', { cookie: (await signIn()).cookie })).body.result).toEqual([]);
  });

  it('signs out by clearing the cookie', async () => {
    const { cookie, csrf } = await signIn();
    const out = await page('DELETE', 'session', { cookie, csrf });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toBe('mcp_admin_session=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0');
  });

  it('works on a second instance sharing the secret, and ends when its admin token is withdrawn', async () => {
    const { cookie } = await signIn();
    const twin = await startHosted(store.url, {}, clock);
    const rotated = await startHosted(store.url, { MCP_ADMIN_TOKENS: 'another-admin-token' }, clock);
    try {
      expect((await page('GET', 'integrated-account', { cookie, on: twin })).status).toBe(200);
      expect((await page('GET', 'integrated-account', { cookie, on: rotated })).body.error).toBe('signed_out');
    } finally {
      await twin.close();
      await rotated.close();
    }
  });
});

describe('admin page actions', () => {
  it('answers a second revoke of the same server (another tab) with 404, and bad input with the field, leaving nothing half-created', async () => {
    const { cookie, csrf } = await signIn();
    const badDomain = await page('POST', 'integrated-account', {
      cookie,
      csrf,
      body: { name: 'Bad', domain: 'no spaces allowed', access_token: 't' },
    });
    expect(badDomain.status).toBe(400);
    expect(badDomain.body.field).toBe('domain');
    expect((await page('GET', 'integrated-account', { cookie })).body.result).toEqual([]);
    // The bearer admin API names the field too (the page shows the message beside it).
    const noName = await hosted.admin('POST', '/integrated-account', { base_url: sandbox.baseUrl, access_token: 't' });
    expect(noName.body).toEqual({
      error: 'invalid_request',
      message: '"name" is required and must be a non-empty string',
      field: 'name',
    });

    const account = await page('POST', 'integrated-account', {
      cookie,
      csrf,
      body: { name: 'Acme', base_url: sandbox.baseUrl, access_token: sandbox.token },
    });
    const servers = `integrated-account/${account.body.id}/mcp`;
    const badTag = await page('POST', 'preview', { cookie, csrf, body: { config: { tags: ['user'] } } });
    expect(badTag.status).toBe(400);
    expect(badTag.body).toMatchObject({ error: 'invalid_request', field: 'config.tags' });
    expect(badTag.body.message).toContain('unknown tag "user" in config.tags');
    const preview = await page('POST', 'preview', {
      cookie,
      csrf,
      body: { config: { methods: ['read'], tags: ['users'] } },
    });
    expect(preview.body.tools.map((tool: { name: string }) => tool.name)).toEqual([
      'get_egnyte_current_user',
      'get_single_egnyte_user_by_id',
      'list_all_egnyte_users',
    ]);

    const past = await page('POST', servers, {
      cookie,
      csrf,
      body: { name: 'late', config: { methods: ['read'] }, expires_at: '2026-02-01T00:00:00Z' },
    });
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({
      field: 'expires_at',
      message: '"expires_at" 2026-02-01T00:00:00Z is already in the past',
    });
    const badMethod = await page('POST', servers, { cookie, csrf, body: { name: 'x', config: { methods: ['reed'] } } });
    expect(badMethod.body.field).toBe('config.methods');
    expect((await page('GET', servers, { cookie })).body.result).toEqual([]);

    // Tool exposure from the form reaches the served URL: discovery serves its three tools.
    const discovery = await page('POST', servers, {
      cookie,
      csrf,
      body: { name: 'discover', config: { methods: ['read'], tool_exposure: 'discovery' } },
    });
    const client = await connectClient(discovery.body.url);
    expect((await client.listTools()).tools.map((tool) => tool.name).sort()).toEqual([
      'call_tool',
      'get_tool_schema',
      'search_tools',
    ]);
    await client.close();
    expect((await page('DELETE', `${servers}/${discovery.body.id}`, { cookie, csrf })).status).toBe(204);

    const created = await page('POST', servers, {
      cookie,
      csrf,
      body: { name: 'read users', config: { methods: ['read'], tags: ['users'] } },
    });
    expect(created.status).toBe(201);
    const first = await page('DELETE', `${servers}/${created.body.id}`, { cookie, csrf });
    expect(first.status).toBe(204);
    const second = await page('DELETE', `${servers}/${created.body.id}`, { cookie, csrf });
    expect(second.status).toBe(404);
    expect(second.body).toEqual({ error: 'not_found', message: `MCP server "${created.body.id}" not found` });
  });

  it('says the page is not built when its bundle is missing, and 404s unknown page paths', async () => {
    const shell = await fetch(`${hosted.http.url}/admin`);
    expect(shell.status).toBe(503);
    expect(await shell.text()).toContain('npm run build');
    expect((await fetch(`${hosted.http.url}/admin/assets/app.js`)).status).toBe(404);
    expect((await fetch(`${hosted.http.url}/admin/nothing`)).status).toBe(404);
    const { cookie } = await signIn();
    expect((await page('GET', 'nothing', { cookie })).body).toEqual({
      error: 'not_found',
      message: 'no admin page endpoint GET /admin/api/nothing',
    });
  });
});
