/**
 * What the server refuses: write tools on a read-only server, bad arguments before any upstream
 * request, requests without the API token, and everything after --expires-at.
 */

import type { ToolOutputs } from 'egnyte-mcp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import tools from '../../generated/egnyte-mcp-server/tools.json' with { type: 'json' };
import { type Sandbox, SEED_FACTS, startSandbox } from '../sandbox/index.js';
import { type HttpServerProcess, runCli, sandboxEnv, startHttpServer } from '../support/server.js';
import { shiftedClock } from './clock.js';
import {
  type Connected,
  connectHttpClient,
  type EgnyteUser,
  ERAS,
  INITIALIZE,
  ok,
  openServer,
  rawPost,
  TRANSPORTS,
  textJson,
} from './helpers.js';

const READ_TOOLS = tools.tools
  .filter((tool) => tool.annotations.readOnlyHint)
  .map((tool) => tool.name)
  .sort();

let sandbox: Sandbox;
let jsmithId: number;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  const jsmith = sandbox.state.userByName(SEED_FACTS.jsmith.userName);
  if (!jsmith) {
    throw new Error('seed has no jsmith');
  }
  jsmithId = jsmith.id;
});

afterAll(async () => {
  await sandbox?.close();
});

describe.each(TRANSPORTS)(
  'a read-only server (--methods read) over $transport ($era era), and validation before any request',
  (kind) => {
    let server: Connected;
    beforeAll(async () => {
      server = await openServer(kind, sandboxEnv(sandbox), ['--methods', 'read']);
    });
    afterAll(async () => server?.close());
    afterEach(() => sandbox.faults.reset());

    it('lists only read tools and refuses a write call as an unknown tool; the user stays active', async () => {
      const { tools: listed } = await server.client.listTools();
      expect(listed.map((tool) => tool.name).sort()).toEqual(READ_TOOLS);
      expect(listed.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
      expect(listed.map((tool) => tool.name)).not.toContain('update_an_egnyte_user_by_id');

      await expect(
        server.client.callTool({ name: 'update_an_egnyte_user_by_id', arguments: { id: jsmithId, active: false } }),
      ).rejects.toThrow(/Unknown tool: update_an_egnyte_user_by_id/);
      expect(sandbox.state.users.get(jsmithId)?.active).toBe(true);

      // Reads still work on the same connection.
      const user = ok<EgnyteUser>(
        await server.client.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: jsmithId } }),
      );
      expect(user).toMatchObject({ userName: 'jsmith', active: true });
    });

    // Validation needs no other server: every tool used below is a read tool.

    it('a username where the numeric id goes names `id`, points to list_all_egnyte_users, and sends nothing upstream', async () => {
      // A queued fault is consumed by the next request that reaches the sandbox. If the invalid call
      // sent anything, the fault would be gone and the valid call after it would succeed.
      sandbox.faults.failNext(1, { status: 500, body: { errorMessage: 'marker: first request to reach the sandbox' } });

      const result = await server.client.callTool({
        name: 'get_single_egnyte_user_by_id',
        arguments: { id: 'jsmith' },
      });
      expect(result.isError).toBe(true);
      const error = textJson(result);
      expect(error.error).toBe('invalid_arguments');
      expect(error.message).toMatch(/\bid\b/);
      expect(error.message).toContain('list_all_egnyte_users');
      expect(JSON.stringify(error.problems)).toContain('id');

      const next = await server.client.callTool({
        name: 'list_all_egnyte_users',
        arguments: { filter: 'userName eq "jsmith"' },
      });
      expect(next.isError).toBe(true);
      expect(textJson(next)).toMatchObject({ error: 'upstream_error', status: 500 });
      expect(String(textJson(next).message)).toContain('marker');

      const found = ok<ToolOutputs['list_all_egnyte_users']>(
        await server.client.callTool({ name: 'list_all_egnyte_users', arguments: { filter: 'userName eq "jsmith"' } }),
      );
      expect(found.data.map((user) => user.id)).toEqual([jsmithId]);
    });

    it('a malformed filter is refused the same way, naming `filter`', async () => {
      sandbox.faults.failNext(1, { status: 500, body: { errorMessage: 'marker' } });
      const result = await server.client.callTool({
        name: 'list_all_egnyte_users',
        arguments: { filter: 'email = jsmith' },
      });
      expect(result.isError).toBe(true);
      expect(textJson(result)).toMatchObject({ error: 'invalid_arguments' });
      expect(String(textJson(result).message)).toContain('filter');
      const next = await server.client.callTool({ name: 'get_egnyte_current_user', arguments: {} });
      expect(textJson(next)).toMatchObject({ status: 500 });
    });
  },
);

describe('--require-api-token over HTTP', () => {
  let server: HttpServerProcess;
  beforeAll(async () => {
    server = await startHttpServer(['--require-api-token'], {
      ...sandboxEnv(sandbox),
      MCP_API_TOKENS: 'token-a,token-b',
    });
  });
  afterAll(async () => server?.close());

  it('without Authorization: 401 with WWW-Authenticate', async () => {
    const { response, text } = await rawPost(`${server.url}/mcp`, INITIALIZE);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(text).not.toContain('token-a');
  });

  it('with a wrong token: 401', async () => {
    const { response } = await rawPost(`${server.url}/mcp`, INITIALIZE, { Authorization: 'Bearer token-c' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await expect(
      connectHttpClient(`${server.url}/mcp`, { Authorization: 'Bearer token-a-but-longer' }),
    ).rejects.toThrow();
  });

  it.each(['token-a', 'token-b'])('with %s: the Client works', async (token) => {
    const client = await connectHttpClient(`${server.url}/mcp`, { Authorization: `Bearer ${token}` });
    try {
      const user = ok<EgnyteUser>(
        await client.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: jsmithId } }),
      );
      expect(user.userName).toBe('jsmith');
    } finally {
      await client.close();
    }
  });
});

describe('--expires-at', () => {
  it('a time in the past is refused at start-up', async () => {
    const { code, stderr } = await runCli(
      ['--transport', 'http', '--port', '0', '--expires-at', '2001-01-01T00:00:00Z'],
      sandboxEnv(sandbox),
    );
    expect(code).toBe(2);
    expect(stderr).toContain('already in the past');
  });

  it.each(ERAS)(
    'a soon expiry (%s era): once the clock passes it, stdio refuses tool calls and HTTP refuses every request',
    async (era) => {
      // The children's clock is injected (clock.ts): the expiry is minutes away, however slow start-up
      // is, and the test moves their clock past it instead of sleeping.
      const clock = shiftedClock();
      const expiresAt = new Date(Date.now() + 10 * 60_000);
      const flags = ['--expires-at', expiresAt.toISOString()];
      const env = { ...sandboxEnv(sandbox), ...clock.env };
      const kinds = ['stdio', 'http'] as const;
      const opened = await Promise.allSettled(kinds.map((transport) => openServer({ transport, era }, env, flags)));
      const [stdio, http] = opened.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : undefined));
      try {
        for (const outcome of opened) {
          if (outcome.status === 'rejected') {
            throw outcome.reason;
          }
        }
        const call = { name: 'get_single_egnyte_user_by_id', arguments: { id: jsmithId } };

        // Before the expiry both serve, so what follows is the clock's doing.
        expect(ok<EgnyteUser>(await stdio!.client.callTool(call)).userName).toBe('jsmith');
        expect(ok<EgnyteUser>(await http!.client.callTool(call)).userName).toBe('jsmith');
        const before = await fetch(`${http!.url}/healthz`);
        expect(before.status).toBe(200);
        expect(await before.json()).toEqual({ status: 'ok', expires_at: expiresAt.toISOString() });

        clock.advance(expiresAt.getTime() - Date.now() + 60_000);

        // stdio: the session lives on; each tool call is a readable tool error, tools/list a protocol error.
        const result = await stdio!.client.callTool(call);
        expect(result.isError).toBe(true);
        expect(textJson(result)).toMatchObject({ error: 'expired' });
        await expect(stdio!.client.listTools()).rejects.toThrow(/expired/);

        // HTTP: refused before any MCP handling, 403; /healthz tells a monitor.
        await expect(http!.client.callTool(call)).rejects.toThrow(/expired/);
        const { response, text } = await rawPost(`${http!.url}/mcp`, INITIALIZE);
        expect(response.status).toBe(403);
        expect(text).toContain('expired');
        const after = await fetch(`${http!.url}/healthz`);
        expect(after.status).toBe(503);
        expect(await after.json()).toEqual({ status: 'expired', expires_at: expiresAt.toISOString() });
      } finally {
        await Promise.all([stdio?.close(), http?.close()]);
        clock.dispose();
      }
    },
  );
});
