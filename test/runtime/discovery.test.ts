/**
 * Discovery mode (design §4c) over real HTTP with a real SDK Client, on the generated Egnyte tool
 * data against a fake upstream: three meta-tools, ranked search, and call_tool with the same
 * filters, validation, paging and audit as a direct call.
 */
import { readFileSync } from 'node:fs';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import type { ServerData } from 'saas-mcp-runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream, USERS } from './fake-upstream.js';
import { startTestServer, type TestServer, textJson } from './harness.js';

const egnyte = JSON.parse(
  readFileSync(new URL('../../generated/egnyte-mcp-server/tools.json', import.meta.url), 'utf8'),
) as ServerData;
const DISCOVERY = { toolExposure: 'discovery', outputSchema: true } as const;

let upstream: FakeUpstream;
let all: TestServer;
let readOnly: TestServer;
let client: Client;
let readClient: Client;
let direct: Client;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  all = await startTestServer(upstream.url, { data: egnyte, scope: { surface: DISCOVERY } });
  readOnly = await startTestServer(upstream.url, {
    data: egnyte,
    scope: { surface: DISCOVERY, filter: { methods: ['read'] } },
  });
  client = await all.connect();
  readClient = await readOnly.connect();
  direct = await (await startTestServer(upstream.url, { data: egnyte })).connect();
});
afterAll(async () => {
  await Promise.all([all.close(), readOnly.close()]);
  await upstream.close();
});
beforeEach(() => {
  upstream.reset();
  all.audit.length = 0;
  readOnly.audit.length = 0;
  // Egnyte's SCIM users: a page from 1-based startIndex and count, or one user by id.
  upstream.override((request) => {
    if (request.path === '/pubapi/v2/users') {
      const start = Number(request.query.get('startIndex') ?? '1') - 1;
      const resources = USERS.slice(start, start + Number(request.query.get('count') ?? '100'));
      return { status: 200, json: { totalResults: USERS.length, resources } };
    }
    const id = /^\/pubapi\/v2\/users\/(\d+)$/.exec(request.path)?.[1];
    const user = USERS.find((candidate) => String(candidate.id) === id);
    return user ? { status: 200, json: user } : undefined;
  });
});

async function structured<T>(c: Client, name: string, args: Record<string, unknown>): Promise<T> {
  const result = await c.callTool({ name, arguments: args });
  expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
  return result.structuredContent as T;
}

const search = async (c: Client, query: string, limit?: number) =>
  (
    await structured<{ results: Array<{ name: string; description: string }> }>(c, 'search_tools', {
      query,
      ...(limit ? { limit } : {}),
    })
  ).results.map((r) => r.name);

describe('tools/list', () => {
  it('serves the three meta-tools in at most 1,000 tokens (o200k_base) for the whole server', async () => {
    const listed = await client.listTools();
    expect(listed.tools.map((tool) => tool.name)).toEqual(['search_tools', 'get_tool_schema', 'call_tool']);
    const tokens = countTokens(JSON.stringify(listed));
    expect(tokens).toBeLessThanOrEqual(1000);
    for (const tool of listed.tools) {
      expect(Object.keys(tool.annotations ?? {}).sort()).toEqual([
        'destructiveHint',
        'idempotentHint',
        'openWorldHint',
        'readOnlyHint',
      ]);
    }
  });

  it('gives call_tool the hints of the riskiest tool it can reach', async () => {
    const hints = async (c: Client) =>
      (await c.listTools()).tools.find((tool) => tool.name === 'call_tool')?.annotations;
    expect(await hints(client)).toEqual({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: false,
      openWorldHint: true,
    });
    expect(await hints(readClient)).toEqual({
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: true,
      openWorldHint: false,
    });
  });
});

describe('search_tools', () => {
  it.each([
    ['deactivate a user', 'update_an_egnyte_user_by_id'],
    ['find a user by email', 'list_all_egnyte_users'],
    ['get one group with its members', 'get_single_egnyte_group_by_id'],
    ['who can access a folder', 'get_egnyte_folder_permissions'],
    ['public share links', 'list_egnyte_link_details'],
  ])('"%s" ranks %s in the top 3', async (query, expected) => {
    expect((await search(client, query)).slice(0, 3)).toContain(expected);
  });

  it('honours limit and the filters: a read-only server never offers a write tool', async () => {
    expect(await search(client, 'user', 2)).toHaveLength(2);
    const found = await search(readClient, 'deactivate delete update user group', 20);
    expect(found.length).toBeGreaterThan(0);
    const writes = new Set(egnyte.tools.filter((tool) => !tool.annotations.readOnlyHint).map((tool) => tool.name));
    expect(found.filter((name) => writes.has(name))).toEqual([]);
  });

  it('refuses a missing query or a bad limit with a tool error', async () => {
    for (const args of [{}, { query: ' ' }, { query: 'user', limit: 0 }, { query: 'user', limit: 'many' }]) {
      const result = await client.callTool({ name: 'search_tools', arguments: args });
      expect(result.isError, JSON.stringify(args)).toBe(true);
      expect(textJson(result).error).toBe('invalid_arguments');
    }
  });
});

describe('get_tool_schema', () => {
  it('returns the tool exactly as a direct tools/list serves it', async () => {
    const { tools } = await direct.listTools();
    const served = tools.find((tool) => tool.name === 'update_an_egnyte_user_by_id');
    expect(await structured(client, 'get_tool_schema', { name: 'update_an_egnyte_user_by_id' })).toEqual(served);
  });

  it('treats a tool the filters hide as unknown', async () => {
    const result = await readClient.callTool({
      name: 'get_tool_schema',
      arguments: { name: 'update_an_egnyte_user_by_id' },
    });
    expect(result.isError).toBe(true);
    expect(textJson(result)).toMatchObject({ error: 'unknown_tool' });
  });
});

describe('call_tool', () => {
  it('gives the same result as a direct call, and the audit names the real tool', async () => {
    const args = { name: 'get_single_egnyte_user_by_id', arguments: { id: 1001 } };
    const via = await client.callTool({ name: 'call_tool', arguments: args });
    const straight = await direct.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: 1001 } });
    expect(via).toEqual(straight);
    expect(all.audit).toMatchObject([{ tool: 'get_single_egnyte_user_by_id', outcome: 'ok', upstream_status: 200 }]);
  });

  it('validates arguments exactly like a direct call, before any upstream request', async () => {
    const via = await client.callTool({
      name: 'call_tool',
      arguments: { name: 'get_single_egnyte_user_by_id', arguments: { id: 'jsmith' } },
    });
    const straight = await direct.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: 'jsmith' } });
    expect(via.isError).toBe(true);
    expect(textJson(via)).toEqual(textJson(straight));
    expect(String(textJson(via).message)).toContain('find it with list_all_egnyte_users');
    expect(upstream.requests).toHaveLength(0);
    expect(all.audit).toMatchObject([{ tool: 'get_single_egnyte_user_by_id', outcome: 'invalid' }]);
  });

  it('pages with next_cursor as a direct call does', async () => {
    const first = await structured<{ data: unknown[]; next_cursor: string | null }>(client, 'call_tool', {
      name: 'list_all_egnyte_users',
      arguments: { limit: 4 },
    });
    expect(first.data).toHaveLength(4);
    expect(first.next_cursor).toEqual(expect.any(String));
    const second = await structured<{ data: unknown[] }>(client, 'call_tool', {
      name: 'list_all_egnyte_users',
      arguments: { limit: 4, next_cursor: first.next_cursor },
    });
    expect(second.data).toHaveLength(4);
    expect(upstream.requests.map((request) => request.query.get('startIndex'))).toEqual(['1', '5']);
  });

  it('refuses a hidden tool as unknown, audited as denied, with no upstream request', async () => {
    const result = await readClient.callTool({
      name: 'call_tool',
      arguments: { name: 'update_an_egnyte_user_by_id', arguments: { id: 1001, active: false } },
    });
    expect(result.isError).toBe(true);
    expect(textJson(result)).toMatchObject({ error: 'unknown_tool' });
    expect(upstream.requests).toHaveLength(0);
    expect(readOnly.audit).toMatchObject([{ tool: 'update_an_egnyte_user_by_id', outcome: 'denied' }]);
  });

  it('refuses calling a data tool directly in discovery mode, as an unknown tool', async () => {
    await expect(client.callTool({ name: 'list_all_egnyte_users', arguments: {} })).rejects.toThrow(/Unknown tool/);
    expect(all.audit).toMatchObject([{ tool: 'list_all_egnyte_users', outcome: 'denied' }]);
  });
});
