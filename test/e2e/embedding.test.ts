/**
 * The built package's typed API against the sandbox: `createMcpHandler` mounted in a host app's own
 * HTTP server and reached by a real SDK client, and `createToolCaller` in process. Both import
 * `egnyte-mcp-server` by name, as a user's app would (the workspace's built dist/).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMcpHandler, createToolCaller, type EmbedOptions, ToolCallError, typedClient } from 'egnyte-mcp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, SEED_FACTS, startSandbox } from '../sandbox/index.js';
import { connectHttpClient } from './helpers.js';

let sandbox: Sandbox;
let host: Server;
let hostUrl: string;

const options = (extra: Partial<EmbedOptions> = {}): EmbedOptions => ({
  credentials: { baseUrl: sandbox.baseUrl, accessToken: sandbox.token },
  audit: () => undefined,
  ...extra,
});

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  const readUsers = createMcpHandler(options({ methods: ['read'], tags: ['users'] }));
  host = createServer((req, res) => {
    if (req.url === '/egnyte/mcp') {
      return void readUsers(req, res);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', () => resolve()));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  host.closeAllConnections();
  await new Promise<void>((resolve) => host.close(() => resolve()));
  expect(sandbox.internalErrors).toEqual([]);
  await sandbox.close();
});

describe('egnyte-mcp-server embedded in a host app', () => {
  it('serves only the read-only user tools, and finds jsmith through them with typed calls', async () => {
    const client = await connectHttpClient(`${hostUrl}/egnyte/mcp`);
    try {
      const { tools } = await client.listTools();
      expect(tools.length).toBeGreaterThan(0);
      expect(tools.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
      expect(tools.map((tool) => tool.name)).toContain('list_all_egnyte_users');
      expect(tools.map((tool) => tool.name)).not.toContain('list_all_egnyte_groups');

      const egnyte = typedClient(client);
      const found = await egnyte.callTool('list_all_egnyte_users', { filter: `email eq "${SEED_FACTS.jsmith.email}"` });
      expect(found.data.map((user) => user.userName)).toEqual([SEED_FACTS.jsmith.userName]);
      await expect(
        egnyte.callTool('update_an_egnyte_user_by_id', { id: found.data[0]!.id!, active: false }),
      ).rejects.toThrow(/Unknown tool/);
    } finally {
      await client.close();
    }
  });
});

describe('createToolCaller (in process)', () => {
  it('returns typed results straight from the sandbox', async () => {
    const egnyte = createToolCaller(options());
    const page = await egnyte.callTool('list_all_egnyte_users', { limit: 5 });
    expect(page.data).toHaveLength(5);
    const user = await egnyte.callTool('get_single_egnyte_user_by_id', { id: page.data[0]!.id! });
    expect(user).toMatchObject({ id: page.data[0]!.id, userName: page.data[0]!.userName });
  });

  it('an upstream error is a ToolCallError with the status; an expired caller refuses', async () => {
    const failure = await createToolCaller(options())
      .callTool('get_single_egnyte_user_by_id', { id: 1 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ToolCallError);
    expect((failure as ToolCallError).body).toMatchObject({ error: 'upstream_error', status: 404 });

    const expired = createToolCaller(options({ expiresAt: new Date('2001-01-01T00:00:00Z') }));
    await expect(expired.callTool('list_all_egnyte_users', {})).rejects.toMatchObject({ body: { error: 'expired' } });
  });
});
