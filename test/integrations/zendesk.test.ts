/**
 * The Zendesk fixture integration, compiled from test/fixtures/specs/zendesk and served through a
 * real SDK client over Streamable HTTP against the Zendesk stand-in, once per auth scheme.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { ServerData, UpstreamCredentials } from 'saas-mcp-runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../runtime/harness.js';
import { firstJson, listEveryPage as listAll } from '../runtime/listing.js';
import { compiledServerData } from './compiled.js';
import type { StandIn } from './standin.js';
import { startZendesk, TICKETS, USERS, ZENDESK, type ZendeskState } from './zendesk-standin.js';

let data: ServerData;
let zendesk: StandIn & { state: ZendeskState };
let server: TestServer;
let client: Client;
const basic = () => ({ baseUrl: zendesk.url, accessToken: ZENDESK.apiToken, account: ZENDESK.username });

async function serve(credentials: UpstreamCredentials): Promise<TestServer> {
  return startTestServer(zendesk.url, { data, scope: { credentials: { ok: true, value: credentials } } });
}

beforeAll(async () => {
  data = await compiledServerData('zendesk');
  zendesk = await startZendesk();
  server = await serve(basic());
  client = await server.connect();
});
afterAll(async () => {
  await server.close();
  await zendesk.close();
});
beforeEach(() => {
  zendesk.requests.length = 0;
});

describe('Zendesk through the SDK client (basic auth with an API token)', () => {
  it('serves the ten documented tools, and sends HTTP basic on the wire', async () => {
    const { tools } = await client.listTools();
    expect(tools).toHaveLength(10);
    await client.callTool({ name: 'get_single_zendesk_ticket_by_id', arguments: { ticket_id: 2 } });
    expect(zendesk.requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${ZENDESK.username}:${ZENDESK.apiToken}`).toString('base64')}`,
    );
  });

  it('pages users by page number until next_page is null, sending role[] in brackets', async () => {
    const all = await listAll(client, 'list_all_zendesk_users', { limit: 2 });
    expect(all.items).toEqual(USERS);
    expect(all.pages).toBe(3);
    zendesk.requests.length = 0;
    const staff = await listAll(client, 'list_all_zendesk_users', { roles: ['admin', 'agent'], limit: 2 });
    expect(staff.items).toEqual(USERS.slice(0, 3));
    expect(zendesk.requests[0]?.rawQuery).toBe('role%5B%5D=admin&role%5B%5D=agent&page=1&per_page=2');
  });

  it('pages tickets by cursor until meta.has_more is false', async () => {
    const { items, pages } = await listAll(client, 'list_all_zendesk_tickets', { limit: 2 });
    expect(items).toEqual(TICKETS);
    expect(pages).toBe(3);
    expect(zendesk.requests.map((r) => r.query.get('page[after]'))).toEqual([null, '2', '4']);
  });

  it('sends ids comma-joined and wraps the array payload as { data }', async () => {
    const result = await client.callTool({ name: 'show_many_zendesk_users', arguments: { ids: [101, 103] } });
    expect(result.structuredContent).toEqual({ data: [USERS[0], USERS[2]] });
    expect(zendesk.requests[0]?.rawQuery).toBe('ids=101%2C103');
  });

  it('creates a ticket with a nested JSON body and the Idempotency-Key header; a retry creates nothing new', async () => {
    const args = {
      idempotency_key: 'printer-7',
      ticket: { subject: 'Printer offline', comment: { body: 'It is offline.' }, tags: ['vip'] },
    };
    const first = await client.callTool({ name: 'create_a_zendesk_ticket', arguments: args });
    const again = await client.callTool({ name: 'create_a_zendesk_ticket', arguments: args });
    expect(first.structuredContent).toMatchObject({ subject: 'Printer offline', tags: ['vip'] });
    expect(again.structuredContent).toEqual(first.structuredContent);
    expect(zendesk.requests.map((r) => r.headers['idempotency-key'])).toEqual(['printer-7', 'printer-7']);
    expect(JSON.parse(zendesk.requests[0]!.text)).toEqual({ ticket: args.ticket });
    expect(zendesk.state.created.size).toBe(1);
  });

  it('combines the description with the per-field details', async () => {
    const result = await client.callTool({
      name: 'create_a_zendesk_ticket',
      arguments: { ticket: { requester_id: 999, comment: { body: 'x' } } },
    });
    expect(firstJson(result)).toEqual({
      error: 'upstream_error',
      status: 422,
      message: 'Record validation errors: requester: Requester: is not a valid user; base: Comment body is too long',
    });
  });

  it.each([
    [
      'the endpoint header set (first) wins, retry-after derived from its delta reset',
      'endpoint',
      { 'ratelimit-limit': 100, 'ratelimit-remaining': 0, 'ratelimit-reset': 41, 'retry-after': 41 },
    ],
    [
      'the account header set, reset from Retry-After',
      'account',
      { 'ratelimit-limit': 700, 'ratelimit-remaining': 0, 'ratelimit-reset': 17, 'retry-after': 17 },
    ],
  ])('throttled: %s', async (_, query, fields) => {
    const result = await client.callTool({ name: 'search_zendesk', arguments: { query } });
    expect(result.isError).toBe(true);
    expect(firstJson(result)).toMatchObject({ error: 'rate_limited', status: 429, ...fields });
    expect(result._meta).toEqual(fields);
  });
});

describe('Zendesk OAuth client credentials on the wire', () => {
  it('fetches one token with a form-encoded grant, reuses it, and renews it once after a 401', async () => {
    const other = await serve({
      baseUrl: zendesk.url,
      accessToken: ZENDESK.clientSecret,
      account: ZENDESK.clientId,
      scheme: 1,
    });
    try {
      const oauth = await other.connect();
      for (const ticket_id of [1, 2]) {
        await oauth.callTool({ name: 'get_single_zendesk_ticket_by_id', arguments: { ticket_id } });
      }
      const tokenCalls = () => zendesk.requests.filter((r) => r.rawPath === '/oauth/tokens');
      expect(tokenCalls()).toHaveLength(1);
      expect(tokenCalls()[0]?.text).toBe(
        `grant_type=client_credentials&scope=read+write&client_id=${ZENDESK.clientId}&client_secret=${ZENDESK.clientSecret}`,
      );
      const apiCalls = zendesk.requests.filter((r) => r.rawPath !== '/oauth/tokens');
      expect(apiCalls.map((r) => r.headers.authorization)).toEqual(['Bearer zd-cc-token-1', 'Bearer zd-cc-token-1']);

      zendesk.state.revoked.add('zd-cc-token-1');
      const renewed = await oauth.callTool({ name: 'get_single_zendesk_ticket_by_id', arguments: { ticket_id: 3 } });
      expect(renewed.structuredContent).toMatchObject({ id: 3 });
      expect(tokenCalls()).toHaveLength(2);
      expect(zendesk.requests.at(-1)?.headers.authorization).toBe('Bearer zd-cc-token-2');
      expect(JSON.stringify(renewed)).not.toContain(ZENDESK.clientSecret);
    } finally {
      await other.close();
    }
  });

  it('reports a refused client without its secret', async () => {
    const other = await serve({
      baseUrl: zendesk.url,
      accessToken: 'wrong-secret-value',
      account: ZENDESK.clientId,
      scheme: 1,
    });
    try {
      const result = await (await other.connect()).callTool({
        name: 'get_single_zendesk_ticket_by_id',
        arguments: { ticket_id: 1 },
      });
      expect(firstJson(result)).toEqual({
        error: 'auth_failed',
        message: `could not get an access token from ${zendesk.url}/oauth/tokens: the authorization server answered 401 (invalid_client)`,
      });
      expect(JSON.stringify(result)).not.toContain('wrong-secret-value');
    } finally {
      await other.close();
    }
  });

  it('a plain OAuth access token travels as a bearer token', async () => {
    const other = await serve({ baseUrl: zendesk.url, accessToken: ZENDESK.oauthToken, scheme: 2 });
    try {
      const result = await (await other.connect()).callTool({
        name: 'get_single_zendesk_ticket_by_id',
        arguments: { ticket_id: 4 },
      });
      expect(result.structuredContent).toMatchObject({ id: 4 });
      expect(zendesk.requests.at(-1)?.headers.authorization).toBe(`Bearer ${ZENDESK.oauthToken}`);
    } finally {
      await other.close();
    }
  });
});
