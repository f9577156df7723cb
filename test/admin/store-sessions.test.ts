/**
 * Admin page sessions are store records (design.md §4b, issue 20 point 9): signing out on one
 * instance ends the session on every instance sharing the PostgreSQL store at its next request, so
 * does removing the admin token it was opened with; answers carrying a secret shown once are
 * `no-store`; sign-in attempts are rate limited.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, type Hosted, startHosted, TestClock } from '../control/hosted.js';
import { createTestStore, type TestStore } from '../control/stores.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';

let sandbox: Sandbox;
let store: TestStore;
let first: Hosted;
let second: Hosted;
let clock: TestClock;

beforeAll(async () => {
  sandbox = await startSandbox();
});
// Sessions and sign-in attempts are store records: each test gets its own store and instances.
beforeEach(async () => {
  clock = new TestClock(Date.parse('2026-03-01T09:00:00Z'));
  store = await createTestStore('postgres');
  first = await startHosted(store.url, { MCP_ADMIN_TOKENS: `${ADMIN},second-admin-token` }, clock);
  second = await startHosted(store.url, { MCP_ADMIN_TOKENS: `${ADMIN},second-admin-token` }, clock);
});
afterEach(async () => {
  await first?.close();
  await second?.close();
  await store?.drop();
});
afterAll(async () => {
  await sandbox?.close();
});

async function call(
  on: Hosted,
  method: string,
  path: string,
  options: { cookie?: string; csrf?: string; body?: unknown } = {},
) {
  const headers: Record<string, string> = { origin: on.http.url };
  if (options.cookie) {
    headers.cookie = options.cookie;
  }
  if (options.csrf) {
    headers['x-csrf-token'] = options.csrf;
  }
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  const answer = await fetch(`${on.http.url}/admin/api/${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await answer.text();
  return { status: answer.status, headers: answer.headers, body: text === '' ? undefined : JSON.parse(text) };
}

async function signIn(on: Hosted, token = ADMIN) {
  const answer = await call(on, 'POST', 'session', { body: { admin_token: token } });
  expect(answer.status).toBe(201);
  return {
    cookie: (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    csrf: answer.body.csrf_token as string,
  };
}

describe('admin page sessions in the store', () => {
  it('signing out on one instance ends the session on the other at its next request', async () => {
    const { cookie, csrf } = await signIn(first);
    expect((await call(second, 'GET', 'integrated-account', { cookie })).status).toBe(200);
    expect((await call(first, 'DELETE', 'session', { cookie, csrf })).status).toBe(204);
    // A cookie captured before sign-out is worth nothing anywhere.
    expect((await call(second, 'GET', 'integrated-account', { cookie })).body.error).toBe('signed_out');
    expect((await call(first, 'GET', 'integrated-account', { cookie })).body.error).toBe('signed_out');
  });

  it('removing the admin token a session was opened with ends it; sessions of other tokens go on', async () => {
    const withSecond = await signIn(first, 'second-admin-token');
    const withFirst = await signIn(first);
    const withdrawn = await startHosted(store.url, { MCP_ADMIN_TOKENS: ADMIN }, clock);
    try {
      expect((await call(withdrawn, 'GET', 'integrated-account', { cookie: withSecond.cookie })).body.error).toBe(
        'signed_out',
      );
      expect((await call(withdrawn, 'GET', 'integrated-account', { cookie: withFirst.cookie })).status).toBe(200);
    } finally {
      await withdrawn.close();
    }
  });

  it('answers that carry a secret shown once are no-store', async () => {
    const { cookie, csrf } = await signIn(first);
    const apiToken = await call(first, 'POST', 'api-token', { cookie, csrf, body: { name: 'shown once' } });
    expect(apiToken.status).toBe(201);
    expect(apiToken.headers.get('cache-control')).toBe('no-store');
    const account = await call(first, 'POST', 'integrated-account', {
      cookie,
      csrf,
      body: { name: 'Acme', base_url: sandbox.baseUrl, access_token: sandbox.token },
    });
    const server = await call(first, 'POST', `integrated-account/${account.body.id}/mcp`, {
      cookie,
      csrf,
      body: { name: 'reader', config: { methods: ['read'] } },
    });
    expect(server.status).toBe(201);
    expect(server.body.url).toMatch(/\/mcp\//);
    expect(server.headers.get('cache-control')).toBe('no-store');
    const byApi = await first.admin('POST', '/api-token', { name: 'by api' });
    expect(byApi.headers.get('cache-control')).toBe('no-store');
  });

  it('rate limits sign-in attempts per address, across both instances', async () => {
    clock.advance(60 * 60_000); // a fresh window
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      for (const on of [first, second]) {
        statuses.push((await call(on, 'POST', 'session', { body: { admin_token: `wrong-${i}` } })).status);
      }
    }
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429]);
    const right = await call(second, 'POST', 'session', { body: { admin_token: ADMIN } });
    expect(right.status).toBe(429);
    expect(right.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
