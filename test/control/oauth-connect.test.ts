/**
 * Connecting an account by Egnyte's OAuth code flow, end to end against the sandbox's
 * /puboauth/token, then refreshing: before expiry, and once after a 401. Both token readings of
 * Egnyte's docs are covered: 30-day tokens with refresh, and tokens that never expire.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient } from '../runtime/harness.js';
import { type Sandbox, type SandboxOptions, startSandbox } from '../sandbox/index.js';
import { type Hosted, startHosted, TestClock } from './hosted.js';
import { createTestStore, dumpStore, type TestStore } from './stores.js';

let sandbox: Sandbox | undefined;
let store: TestStore | undefined;
let hosted: Hosted | undefined;

afterEach(async () => {
  await hosted?.close();
  await store?.drop();
  await sandbox?.close();
  hosted = store = sandbox = undefined;
});

async function setUp(oauth: SandboxOptions['oauth'] = {}) {
  sandbox = await startSandbox({ oauth });
  store = await createTestStore('sqlite');
  hosted = await startHosted(
    store.url,
    { EGNYTE_CLIENT_ID: sandbox.oauth.clientId, EGNYTE_CLIENT_SECRET: sandbox.oauth.clientSecret },
    new TestClock(),
  );
  return { sandbox, store, hosted };
}

/** connect -> authorize page (302) -> callback: what a browser does, step by step. */
async function connect(h: Hosted, sb: Sandbox): Promise<{ accountId: string; page: string }> {
  const started = await h.admin('POST', '/integrated-account/connect', { name: 'Acme by OAuth', base_url: sb.baseUrl });
  expect(started.status).toBe(201);
  const authorize = new URL(started.body.authorize_url);
  expect(`${authorize.origin}${authorize.pathname}`).toBe(`${sb.baseUrl}/puboauth/token`);
  expect(authorize.searchParams.get('redirect_uri')).toBe(`${h.http.url}/oauth/egnyte/callback`);
  expect(authorize.searchParams.get('response_type')).toBe('code');
  expect(started.body.account.status).toBe('pending');
  const approved = await fetch(authorize, { redirect: 'manual' });
  expect(approved.status).toBe(302);
  const callback = await fetch(approved.headers.get('location') ?? '');
  const page = await callback.text();
  expect(callback.status).toBe(200);
  const replay = await fetch(approved.headers.get('location') ?? '');
  expect(replay.status).toBe(400);
  expect(await replay.text()).toContain('unknown, used or expired');
  return { accountId: started.body.account.id, page };
}

async function serverUrl(h: Hosted, accountId: string): Promise<string> {
  const created = await h.admin('POST', `/integrated-account/${accountId}/mcp`, {
    name: 'users',
    config: { tags: ['users'], methods: ['read'] },
  });
  expect(created.status).toBe(201);
  return created.body.url;
}

describe('OAuth connect', () => {
  it('stores the tokens sealed, serves the account, and refreshes once after a 401', async () => {
    const { sandbox: sb, hosted: h, store: st } = await setUp();
    const { accountId, page } = await connect(h, sb);
    expect(page).toContain('Account connected');
    expect((await h.admin('GET', `/integrated-account/${accountId}`)).body.status).toBe('active');
    const client = await connectClient(await serverUrl(h, accountId));
    expect((await client.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 1 } })).isError).toBeFalsy();
    expect(sb.oauth.refreshes).toBe(0);

    sb.revokeToken(sb.oauth.issued[0] ?? '');
    const afterRevoke = await client.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 1 } });
    expect(afterRevoke.isError).toBeFalsy();
    expect(sb.oauth.refreshes).toBe(1);
    expect((await client.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 1 } })).isError).toBeFalsy();
    expect(sb.oauth.refreshes).toBe(1);
    await client.close();

    const dump = await dumpStore(st);
    for (const token of sb.oauth.issued) {
      expect(dump).not.toContain(token);
    }
  });

  it('refreshes shortly before the token expires, before the call', async () => {
    const { sandbox: sb, hosted: h } = await setUp({ tokenLifetimeSeconds: 3600 });
    const { accountId } = await connect(h, sb);
    const client = await connectClient(await serverUrl(h, accountId));
    await client.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 1 } });
    expect(sb.oauth.refreshes).toBe(0);
    h.clock.advance(3600_000 - 60_000);
    expect((await client.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 1 } })).isError).toBeFalsy();
    expect(sb.oauth.refreshes).toBe(1);
    expect(sb.oauth.issued).toHaveLength(2);
    await client.close();
  });

  it('keeps non-expiring tokens as they are: a 401 then reaches the model as the upstream error', async () => {
    const { sandbox: sb, hosted: h } = await setUp({ tokenLifetimeSeconds: null });
    const { accountId } = await connect(h, sb);
    const client = await connectClient(await serverUrl(h, accountId));
    expect((await client.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 1 } })).isError).toBeFalsy();
    sb.revokeToken(sb.oauth.issued[0] ?? '');
    const failed = await client.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 1 } });
    expect(failed.isError).toBe(true);
    expect(JSON.parse((failed.content as Array<{ text: string }>)[0]?.text ?? '{}')).toMatchObject({
      error: 'upstream_error',
      status: 401,
    });
    expect(sb.oauth.refreshes).toBe(0);
    await client.close();
  });

  it('never retries a throttled answer, refresh or not', async () => {
    const { sandbox: sb, hosted: h } = await setUp();
    const { accountId } = await connect(h, sb);
    const client = await connectClient(await serverUrl(h, accountId));
    sb.faults.failNext(1, { status: 429, headers: { 'Retry-After': '7' }, pathPrefix: '/pubapi/v2/users' });
    const throttled = await client.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 1 } });
    expect(JSON.stringify(throttled.content)).toContain('rate_limited');
    expect(sb.oauth.refreshes).toBe(0);
    expect((await client.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 1 } })).isError).toBeFalsy();
    await client.close();
  });

  it('explains what is missing instead of starting a connect it cannot finish', async () => {
    sandbox = await startSandbox();
    store = await createTestStore('sqlite');
    hosted = await startHosted(store.url);
    const refused = await hosted.admin('POST', '/integrated-account/connect', { name: 'x', base_url: sandbox.baseUrl });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe('connecting by OAuth needs EGNYTE_CLIENT_ID and EGNYTE_CLIENT_SECRET');
    const badState = await fetch(`${hosted.http.url}/oauth/egnyte/callback?code=x&state=forged`);
    expect(badState.status).toBe(400);
  });
});
