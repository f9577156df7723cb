/**
 * Every admin endpoint of design.md §4a through real HTTP, on SQLite and PostgreSQL, with the
 * server URLs used by the real SDK client against the sandbox. Each test gets a fresh store and
 * creates the account it works on, so the tests run in any order (or alone); after each, no
 * answer it got may carry an upstream token.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { purgeExpired } from '../../templates/hosting/src/store/retention.js';
import { connectClient } from '../runtime/harness.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { ADMIN, type Hosted, startHosted } from './hosted.js';
import { createTestStore, STORE_KINDS, type TestStore } from './stores.js';

const MCP_HEADERS = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' };

/** One raw tools/list POST: the status alone tells whether the URL is served. */
async function listStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...MCP_HEADERS, ...headers },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
  });
  await response.text();
  return response.status;
}

describe.each(STORE_KINDS)('admin API on %s', (kind) => {
  let sandbox: Sandbox;
  let store: TestStore;
  let hosted: Hosted;
  const answers: unknown[] = [];
  const admin = async (method: string, path: string, body?: unknown, token?: string | null) => {
    const answer = await hosted.admin(method, path, body, token);
    answers.push(answer.body);
    return answer;
  };
  /** The account a test works on (the sandbox's, with its pasted token). */
  const acme = async (): Promise<string> =>
    (
      await admin('POST', '/integrated-account', {
        name: 'Acme',
        base_url: sandbox.baseUrl,
        access_token: sandbox.token,
      })
    ).body.id;

  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  beforeEach(async () => {
    store = await createTestStore(kind);
    hosted = await startHosted(store.url, { MCP_API_TOKENS: 'env-api-token' });
  });
  afterEach(async () => {
    await hosted?.close();
    await store?.drop();
    const said = JSON.stringify(answers.splice(0));
    expect(said, 'an admin answer carried the upstream token').not.toContain(sandbox.token);
    expect(said, 'an admin answer carried the upstream token').not.toContain('beta-token');
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it('needs an admin token', async () => {
    expect((await admin('GET', '/integrated-account', undefined, null)).status).toBe(401);
    const wrong = await admin('GET', '/integrated-account', undefined, 'not-an-admin-token');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
    expect(wrong.body).toEqual({ error: 'unauthorized', message: 'send Authorization: Bearer <admin token>' });
  });

  it('adds accounts with a pasted token and never returns it', async () => {
    const created = await admin('POST', '/integrated-account', {
      name: 'Acme',
      base_url: sandbox.baseUrl,
      access_token: sandbox.token,
    });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual(['created_at', 'domain', 'id', 'name', 'status']);
    expect(created.body).toMatchObject({ name: 'Acme', domain: null, status: 'active' });
    const accountId = created.body.id;
    const byDomain = await admin('POST', '/integrated-account', {
      name: 'Beta',
      domain: 'beta',
      access_token: 'beta-token',
    });
    expect(byDomain.body).toMatchObject({ domain: 'beta', status: 'active' });
    expect((await admin('GET', `/integrated-account/${accountId}`)).body).toEqual(created.body);
    const page = await admin('GET', '/integrated-account?limit=1');
    expect(page.body.result).toHaveLength(1);
    expect(typeof page.body.next_cursor).toBe('string');
    const rest = await admin('GET', `/integrated-account?limit=1&cursor=${page.body.next_cursor}`);
    expect(rest.body.next_cursor).toBeNull();
    expect([...page.body.result, ...rest.body.result].map((row: { id: string }) => row.id).sort()).toEqual(
      [accountId, byDomain.body.id].sort(),
    );
  });

  it('refuses bad account input with a message that names the field', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ name: 'x', base_url: sandbox.baseUrl, access_token: 't', token: 'extra' }, /unknown field "token"/],
      [
        { name: 'x', domain: 'a', base_url: sandbox.baseUrl, access_token: 't' },
        /exactly one of "domain" and "base_url"/,
      ],
      [{ name: 'x', domain: 'bad/host', access_token: 't' }, /"domain" is not valid/],
      [{ base_url: sandbox.baseUrl, access_token: 't' }, /"name" is required/],
      [{ name: 'x', base_url: 'ftp://x', access_token: 't' }, /"base_url" is not valid/],
      [[1, 2], /must be a JSON object/],
    ];
    for (const [body, message] of cases) {
      const answer = await admin('POST', '/integrated-account', body);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toBe('invalid_request');
      expect(answer.body.message).toMatch(message);
    }
    expect((await admin('GET', '/integrated-account/nope')).status).toBe(404);
    expect((await admin('GET', '/integrated-account?limit=0')).status).toBe(400);
  });

  it('creates a server whose URL is shown once and serves exactly its tools', async () => {
    const accountId = await acme();
    const created = await admin('POST', `/integrated-account/${accountId}/mcp`, {
      name: 'read users',
      config: { methods: ['read'], tags: ['users'] },
    });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual([
      'config',
      'created_at',
      'expires_at',
      'id',
      'last_used_at',
      'name',
      'require_api_token_auth',
      'tools',
      'url',
    ]);
    expect(created.body.url).toMatch(new RegExp(`^${hosted.http.url}/mcp/mcp_[A-Za-z0-9_-]{43}$`));
    const client = await connectClient(created.body.url);
    const listed = (await client.listTools()).tools.map((tool) => tool.name).sort();
    expect(listed).toEqual([...created.body.tools].sort());
    const result = await client.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 2 } });
    expect(result.isError).toBeFalsy();
    await expect(client.callTool({ name: 'delete_an_egnyte_user_by_id', arguments: { id: 1 } })).rejects.toThrow(
      /Unknown tool/,
    );
    await client.close();

    const listing = await admin('GET', `/integrated-account/${accountId}/mcp`);
    expect(JSON.stringify(listing.body)).not.toContain(created.body.url.split('/').pop());
    const logsPath = `/integrated-account/${accountId}/mcp/${created.body.id}/logs`;
    // The log row is written beside the answer, not before it: wait for the writes in flight.
    await hosted.plane.flush();
    const logs = await admin('GET', logsPath);
    expect(logs.body.result.map((row: { tool: string; outcome: string }) => [row.tool, row.outcome])).toEqual([
      ['delete_an_egnyte_user_by_id', 'denied'],
      ['list_all_egnyte_users', 'ok'],
    ]);
    expect(Object.keys(logs.body.result[0]).sort()).toEqual([
      'duration_ms',
      'outcome',
      'time',
      'tool',
      'upstream_status',
    ]);
    const shown = await admin('GET', `/integrated-account/${accountId}/mcp/${created.body.id}`);
    expect(shown.body.url).toBeUndefined();
    expect(shown.body.last_used_at).toBe(logs.body.result[0].time);
  });

  it('serves a discovery-mode server (config.tool_exposure) with its three tools', async () => {
    const accountId = await acme();
    const created = await admin('POST', `/integrated-account/${accountId}/mcp`, {
      name: 'discovery',
      config: { tool_exposure: 'discovery', tags: ['users'] },
    });
    expect(created.body.config).toEqual({ tags: ['users'], tool_exposure: 'discovery' });
    const client = await connectClient(created.body.url);
    expect((await client.listTools()).tools.map((tool) => tool.name).sort()).toEqual([
      'call_tool',
      'get_tool_schema',
      'search_tools',
    ]);
    await client.close();
  });

  it('refuses filters that name nothing or match no tool, naming the filter', async () => {
    const accountId = await acme();
    const path = `/integrated-account/${accountId}/mcp`;
    const typo = await admin('POST', path, { name: 'x', config: { methods: ['reed'] } });
    expect(typo.status).toBe(400);
    expect(typo.body.message).toMatch(/unknown method "reed" in config\.methods/);
    const tag = await admin('POST', path, { name: 'x', config: { tags: ['nosuchtag'] } });
    expect(tag.body.message).toMatch(/unknown tag "nosuchtag" in config\.tags/);
    const empty = await admin('POST', path, { name: 'x', config: { methods: ['delete'], tags: ['audit'] } });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toBe('no tool matches config.methods ["delete"] and config.tags ["audit"] together');
    expect((await admin('POST', path, { name: 'x', config: { tool_exposure: 'some' } })).body.message).toBe(
      'config.tool_exposure must be all or discovery (got "some")',
    );
    expect((await admin('POST', path, { name: 'x', expires_at: '2001-01-01T00:00:00Z' })).body.message).toMatch(
      /already in the past/,
    );
    expect((await admin('POST', '/integrated-account/nope/mcp', { name: 'x' })).status).toBe(404);
  });

  it('changes a server with PATCH, and DELETE stops it from the next request', async () => {
    const accountId = await acme();
    const created = await admin('POST', `/integrated-account/${accountId}/mcp`, { name: 'all' });
    const path = `/integrated-account/${accountId}/mcp/${created.body.id}`;
    const patched = await admin('PATCH', path, { name: 'groups only', config: { tags: ['groups'] } });
    expect(patched.body).toMatchObject({ name: 'groups only', config: { tags: ['groups'] } });
    expect(patched.body.tools.every((name: string) => name.includes('group'))).toBe(true);
    const client = await connectClient(created.body.url);
    expect((await client.listTools()).tools.map((tool) => tool.name).sort()).toEqual([...patched.body.tools].sort());
    expect((await admin('PATCH', path, {})).status).toBe(400);
    expect((await admin('PATCH', path, { config: { methods: ['delete'], tags: ['audit'] } })).status).toBe(400);
    expect((await admin('DELETE', path)).status).toBe(204);
    expect(await listStatus(created.body.url)).toBe(404);
    expect((await admin('DELETE', path)).status).toBe(404);
    await client.close().catch(() => undefined);
  });

  it('a legacy SSE session opened before a DELETE cannot call tools after it', async () => {
    const accountId = await acme();
    const created = await admin('POST', `/integrated-account/${accountId}/mcp`, { name: 'sse' });
    const legacy = new Client({ name: 'sse-test', version: '1.0.0' });
    await legacy.connect(new SSEClientTransport(new URL(created.body.url.replace('/mcp/', '/sse/'))));
    expect((await legacy.callTool({ name: 'get_egnyte_current_user', arguments: {} })).isError).toBeFalsy();
    await admin('DELETE', `/integrated-account/${accountId}/mcp/${created.body.id}`);
    const after = await legacy.callTool({ name: 'get_egnyte_current_user', arguments: {} });
    expect(after.isError).toBe(true);
    expect(JSON.parse((after.content as Array<{ text: string }>)[0]?.text ?? '{}')).toMatchObject({ error: 'revoked' });
    await legacy.close();
  });

  it('expiry refuses from the very next call, as an unknown URL is; the retention purge deletes the record', async () => {
    const accountId = await acme();
    const expiresAt = new Date(hosted.clock.time + 3_600_000).toISOString();
    const created = await admin('POST', `/integrated-account/${accountId}/mcp`, {
      name: 'hour',
      expires_at: expiresAt,
    });
    expect(created.body.expires_at).toBe(expiresAt);
    hosted.clock.advance(3_600_000 - 1);
    expect(await listStatus(created.body.url)).toBe(200);
    hosted.clock.advance(1);
    const refused = await fetch(created.body.url, { method: 'POST', headers: MCP_HEADERS, body: '{}' });
    const unknown = await fetch(created.body.url.replace(/mcp_[\w-]+$/, 'mcp_unknown'), {
      method: 'POST',
      headers: MCP_HEADERS,
      body: '{}',
    });
    expect([refused.status, await refused.text()]).toEqual([unknown.status, await unknown.text()]);
    expect(refused.status).toBe(404);
    // The request only read: the expired record stays until the retention purge deletes it.
    expect(await hosted.plane.ctx.records.server(accountId, created.body.id)).toMatchObject({ expires_at: expiresAt });
    expect((await purgeExpired(hosted.plane.ctx.records.driver, hosted.clock.now(), 30)).mcp_servers).toBe(1);
    expect(await hosted.plane.ctx.records.server(accountId, created.body.id)).toBeUndefined();
    const cleared = await admin('POST', `/integrated-account/${accountId}/mcp`, {
      name: 'later',
      expires_at: new Date(hosted.clock.time + 60_000).toISOString(),
    });
    const patched = await admin('PATCH', `/integrated-account/${accountId}/mcp/${cleared.body.id}`, {
      expires_at: null,
    });
    expect(patched.body.expires_at).toBeNull();
  });

  it('require_api_token_auth accepts API tokens from /api-token and MCP_API_TOKENS only', async () => {
    const accountId = await acme();
    const created = await admin('POST', `/integrated-account/${accountId}/mcp`, {
      name: 'locked',
      require_api_token_auth: true,
    });
    expect(await listStatus(created.body.url)).toBe(401);
    expect(await listStatus(created.body.url, { authorization: 'Bearer env-api-token' })).toBe(200);
    const token = await admin('POST', '/api-token', { name: 'laptop' });
    expect(token.status).toBe(201);
    expect(Object.keys(token.body).sort()).toEqual(['created_at', 'id', 'name', 'token']);
    expect(await listStatus(created.body.url, { authorization: `Bearer ${token.body.token}` })).toBe(200);
    expect(await listStatus(created.body.url, { authorization: `Bearer ${ADMIN}` })).toBe(401);
    const listed = await admin('GET', '/api-token');
    expect(listed.body.result).toEqual([{ id: token.body.id, name: 'laptop', created_at: token.body.created_at }]);
    expect((await admin('DELETE', `/api-token/${token.body.id}`)).status).toBe(204);
    expect(await listStatus(created.body.url, { authorization: `Bearer ${token.body.token}` })).toBe(401);
    expect((await admin('POST', '/api-token', { name: 'x', scope: 'all' })).status).toBe(400);
  });

  it('removing an account stops its servers and erases its credentials', async () => {
    const other = await admin('POST', '/integrated-account', {
      name: 'Gone',
      base_url: sandbox.baseUrl,
      access_token: sandbox.token,
    });
    const server = await admin('POST', `/integrated-account/${other.body.id}/mcp`, { name: 'x' });
    expect(await listStatus(server.body.url)).toBe(200);
    expect((await admin('DELETE', `/integrated-account/${other.body.id}`)).status).toBe(204);
    expect(await listStatus(server.body.url)).toBe(404);
    expect(await hosted.plane.ctx.records.account(other.body.id)).toBeUndefined();
    expect((await admin('GET', `/integrated-account/${other.body.id}/mcp`)).status).toBe(404);
  });

  it('never answered with an upstream token, and bare /mcp serves nothing', async () => {
    // The tokens: checked after every test (afterEach); this one adds both accounts' answers.
    await acme();
    await admin('POST', '/integrated-account', { name: 'Beta', domain: 'beta', access_token: 'beta-token' });
    expect(answers.length).toBeGreaterThan(0);
    expect(JSON.stringify(answers)).not.toContain(sandbox.token);
    expect(JSON.stringify(answers)).not.toContain('beta-token');
    expect(await listStatus(`${hosted.http.url}/mcp`)).toBe(404);
    expect((await admin('GET', '/integrated-account/x/nothing')).status).toBe(404);
  });
});
