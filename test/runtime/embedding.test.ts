/**
 * Embedding in one's own app: `createMcpHandler` mounted in a host's node:http server and reached by
 * a real SDK client; typed calls in process (`localToolCaller`) and over that client (`clientToolCaller`).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import {
  clientToolCaller,
  createMcpHandler,
  type EmbedOptions,
  localToolCaller,
  ToolCallError,
} from 'saas-mcp-runtime';
import type { AuditEntry } from 'saas-mcp-runtime/host';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream, USERS } from './fake-upstream.js';
import { fixture } from './fixture.js';
import { ACCESS_TOKEN, connectClient } from './harness.js';

/** The fixture's types, as a generated package would declare them. */
interface AcmeInputs {
  get_single_acme_user_by_id: { user_id: number };
  list_all_acme_users: { email?: string; limit?: number; next_cursor?: string };
  update_an_acme_user_by_id: { user_id: number; active?: boolean; email?: string };
}
interface AcmeOutputs {
  get_single_acme_user_by_id: { id: number; userName: string; active?: boolean };
  list_all_acme_users: { data: Array<{ id: number; userName: string }>; next_cursor: string | null };
}

let upstream: FakeUpstream;
let host: Server;
let hostUrl: string;
const audit: AuditEntry[] = [];
const clients: Client[] = [];

const options = (extra: Partial<EmbedOptions> = {}): EmbedOptions => ({
  credentials: { baseUrl: upstream.url, accessToken: ACCESS_TOKEN },
  audit: (entry) => audit.push(entry),
  ...extra,
});

beforeAll(async () => {
  upstream = await startFakeUpstream();
  // The host app: its own routes, plus two embedded MCP servers (different filters) on paths it picks.
  const readUsers = createMcpHandler(fixture, options({ methods: ['read'], tags: ['users'], label: 'host-read' }));
  const expired = createMcpHandler(fixture, options({ expiresAt: new Date('2001-01-01T00:00:00Z') }));
  host = createServer((req, res) => {
    if (req.url === '/app/mcp') {
      return void readUsers(req, res);
    }
    if (req.url === '/app/expired/mcp') {
      return void expired(req, res);
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end('the host app');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', () => resolve()));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const client of clients) {
    await client.close();
  }
  host.closeAllConnections();
  await new Promise<void>((resolve) => host.close(() => resolve()));
  await upstream.close();
});

async function client(path: string): Promise<Client> {
  const connected = await connectClient(`${hostUrl}${path}`);
  clients.push(connected);
  return connected;
}

describe('createMcpHandler in a host app', () => {
  it('serves the filtered tools next to the host routes, and calls them with the given credentials', async () => {
    const mcp = await client('/app/mcp');
    const { tools } = await mcp.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(['list_all_acme_users', 'get_single_acme_user_by_id']);
    const result = await mcp.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: USERS[0]!.id } });
    expect(result.structuredContent).toEqual(USERS[0]);
    expect(upstream.requests.at(-1)?.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(audit.at(-1)).toMatchObject({ server: 'host-read', tool: 'get_single_acme_user_by_id', outcome: 'ok' });
    expect(await (await fetch(`${hostUrl}/other`)).text()).toBe('the host app');
  });

  it('hides what the filters exclude, for calls too', async () => {
    const mcp = await client('/app/mcp');
    await expect(
      mcp.callTool({ name: 'update_an_acme_user_by_id', arguments: { user_id: 1001, active: false } }),
    ).rejects.toThrow(/Unknown tool/);
  });

  it('refuses everything after the expiry', async () => {
    const mcp = await client('/app/expired/mcp');
    await expect(mcp.listTools()).rejects.toThrow(/expired at 2001-01-01T00:00:00.000Z/);
  });

  it('answers anything but POST with 405', async () => {
    const response = await fetch(`${hostUrl}/app/mcp`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it.each([
    [{ methods: ['lst'] }, 'unknown method "lst"'],
    [{ tags: ['nope'] }, 'unknown tag "nope"'],
    [{ credentials: { baseUrl: 'ftp://x', accessToken: 't' } }, 'credentials: baseUrl must be an http or https URL'],
    [{ credentials: { baseUrl: 'http://127.0.0.1:1', accessToken: ' ' } }, 'credentials: accessToken is empty'],
    [{ expiresAt: new Date('nonsense') }, 'expiresAt is not a valid date'],
  ])('bad options %j throw at once: %s', (extra, message) => {
    expect(() => createMcpHandler(fixture, options(extra as Partial<EmbedOptions>))).toThrow(
      `invalid acme-mcp-server options: ${message}`,
    );
  });
});

describe('typed tool callers', () => {
  it('localToolCaller returns the structured result, typed', async () => {
    const tools = localToolCaller<AcmeInputs, AcmeOutputs>(fixture, options());
    const user = await tools.callTool('get_single_acme_user_by_id', { user_id: USERS[1]!.id });
    expect(user.userName).toBe(USERS[1]!.userName);
    const page = await tools.callTool('list_all_acme_users', { limit: 3 });
    expect(page.data.map((u) => u.id)).toEqual(USERS.slice(0, 3).map((u) => u.id));
    expect(page.next_cursor).toEqual(expect.any(String));
  });

  it('a tool error rejects with ToolCallError carrying the runtime error body', async () => {
    const tools = localToolCaller<AcmeInputs, AcmeOutputs>(fixture, options());
    const failure = await tools
      .callTool('get_single_acme_user_by_id', { user_id: 999 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ToolCallError);
    expect((failure as ToolCallError).body).toMatchObject({
      error: 'upstream_error',
      status: 404,
      message: 'User 999 not found.',
    });
    expect((failure as ToolCallError).message).toBe('get_single_acme_user_by_id: User 999 not found.');
  });

  it('arguments are still validated at run time (for callers without the types)', async () => {
    const tools = localToolCaller<AcmeInputs, AcmeOutputs>(fixture, options());
    const bad = { user_id: 'jsmith' } as unknown as AcmeInputs['get_single_acme_user_by_id'];
    await expect(tools.callTool('get_single_acme_user_by_id', bad)).rejects.toMatchObject({
      body: { error: 'invalid_arguments' },
    });
  });

  it('clientToolCaller gives the same typed results over an MCP client', async () => {
    const tools = clientToolCaller<AcmeInputs, AcmeOutputs>(await client('/app/mcp'));
    const user = await tools.callTool('get_single_acme_user_by_id', { user_id: USERS[2]!.id });
    expect(user).toEqual(USERS[2]);
    await expect(tools.callTool('get_single_acme_user_by_id', { user_id: 999 })).rejects.toBeInstanceOf(ToolCallError);
  });
});
