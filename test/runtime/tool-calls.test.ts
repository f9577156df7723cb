/** tools/list and tools/call through a real SDK Client over Streamable HTTP, against a fake upstream. */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from './fake-upstream.js';
import { fixture } from './fixture.js';
import { ACCESS_TOKEN, startTestServer, type TestServer, textJson } from './harness.js';

let upstream: FakeUpstream;
let server: TestServer;
let client: Client;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  server = await startTestServer(upstream.url);
  client = await server.connect('/mcp', { authorization: 'Bearer mcp-connection-token' });
  await client.listTools(); // lets the Client validate structuredContent against outputSchema
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.reset();
  server.audit.length = 0;
});

describe('tools/list', () => {
  it('serves every tool as in the data, without its runtime-only argument checks, its output schema lean', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(fixture.tools.map((tool) => tool.name));
    const get = tools.find((tool) => tool.name === 'get_single_acme_user_by_id');
    const source = fixture.tools.find((tool) => tool.name === 'get_single_acme_user_by_id');
    expect(get?.inputSchema).toEqual(source?.inputSchema);
    // Output schemas are served lean (served-output.ts): what the runtime guarantees, not each vendor field.
    expect(get?.outputSchema).toEqual({ type: 'object' });
    expect(source?.outputSchema).toHaveProperty('properties');
    expect(tools.find((tool) => tool.name === 'list_all_acme_users')?.outputSchema).toEqual({
      type: 'object',
      properties: {
        data: { type: 'array', items: { type: 'object' } },
        next_cursor: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      },
      required: ['data', 'next_cursor'],
    });
    expect(get?.annotations).toEqual(source?.annotations);
    expect(JSON.stringify(tools)).not.toMatch(/x-identifier|argumentChecks/);
  });
});

describe('successful calls', () => {
  it('returns structuredContent and the same JSON as text', async () => {
    const result = await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 1001 } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({ id: 1001, userName: 'user1', active: true });
    expect(textJson(result)).toEqual(result.structuredContent);
    expect(server.audit).toMatchObject([
      { tool: 'get_single_acme_user_by_id', outcome: 'ok', upstream_status: 200, server: 'acme-mcp-server' },
    ]);
  });

  it('sends the upstream token, never the MCP connection Authorization header', async () => {
    await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 1002 } });
    expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(JSON.stringify(upstream.requests[0]?.headers)).not.toContain('mcp-connection-token');
  });

  it('splits flat arguments into path, body and fixed values', async () => {
    const result = await client.callTool({
      name: 'add_members_to_an_acme_group',
      arguments: { group_id: '5a1e1a4e-8f4b-4c39-9d55-6f1a2b3c4d5e', user_ids: [1001, 1002] },
    });
    expect(result.structuredContent).toEqual({ updated: true });
    const request = upstream.requests[0];
    expect(request?.method).toBe('PATCH');
    expect(request?.path).toBe('/v2/groups/5a1e1a4e-8f4b-4c39-9d55-6f1a2b3c4d5e');
    expect(request?.body).toEqual({ op: 'add', members: [1001, 1002] });
    expect(request?.headers['content-type']).toBe('application/json');
  });

  it('answers an empty 204 with { ok, status }', async () => {
    const result = await client.callTool({ name: 'delete_a_acme_link_by_id', arguments: { link_id: 'abc' } });
    expect(result.structuredContent).toEqual({ ok: true, status: 204 });
  });

  it('encodes path values per segment and keeps multi-segment separators', async () => {
    await client.callTool({ name: 'list_all_acme_files', arguments: { path: '/Shared/example?path/$file #1.txt' } });
    expect(upstream.requests[0]?.rawUrl).toBe(
      '/v1/fs/Shared/example%3Fpath/%24file%20%231.txt?list_content=true&offset=0&count=4',
    );
    await client.callTool({ name: 'get_single_acme_link_by_id', arguments: { link_id: 'a/b' } });
    expect(upstream.requests[1]?.rawUrl).toBe('/v1/links/a%2Fb');
  });

  it.each([['/Shared/../Private'], ['/Shared//Docs'], ['/Shared/Docs/'], ['/Shared/a\u0001b'], ['/Shared/./x']])(
    'refuses the path %j before any request',
    async (path) => {
      const result = await client.callTool({ name: 'list_all_acme_files', arguments: { path } });
      expect(result.isError).toBe(true);
      expect(textJson(result)).toMatchObject({ error: 'invalid_arguments' });
      expect(String(textJson(result).message)).toContain('path must not contain');
      expect(upstream.requests).toHaveLength(0);
    },
  );
});

describe('validation', () => {
  it('names each bad argument and the tool that finds an identifier', async () => {
    const result = await client.callTool({
      name: 'update_an_acme_user_by_id',
      arguments: { user_id: 'jsmith', email: 'nope', colour: 'red' },
    });
    expect(result.isError).toBe(true);
    const error = textJson(result);
    // Its tolerant outputSchema admits the error, so a model that sees only structuredContent reads it too.
    expect(result.structuredContent).toEqual(error);
    expect(error.error).toBe('invalid_arguments');
    expect(error.message).toContain(
      'user_id must be a numeric Acme user id, not "jsmith" (text, not a number); find it with list_all_acme_users',
    );
    expect(error.message).toContain('email must be a valid email, not "nope"');
    expect(error.message).toContain('colour is not an argument of this tool');
    expect(error.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ argument: 'user_id', find_with: 'list_all_acme_users' })]),
    );
    expect(upstream.requests).toHaveLength(0);
    expect(server.audit[0]).toMatchObject({ outcome: 'invalid', upstream_status: null });
  });

  it('says what an identifier is commonly mistaken for', async () => {
    const result = await client.callTool({
      name: 'get_single_acme_user_by_id',
      arguments: { user_id: 'jsmith@company.com' },
    });
    expect(textJson(result).message).toBe(
      'Invalid arguments: user_id must be a numeric Acme user id, not the username or email (got "jsmith@company.com"); find it with list_all_acme_users.',
    );
  });

  it('reads an exact integer written as text as the integer, nested too, before the upstream call', async () => {
    const got = await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: '1001' } });
    expect(got.isError).toBeFalsy();
    const added = await client.callTool({
      name: 'add_members_to_an_acme_group',
      arguments: { group_id: '7a3f6c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b', user_ids: ['1001', 1002] },
    });
    expect(added.isError).toBeFalsy();
    expect(upstream.requests.at(-1)?.body).toEqual({ op: 'add', members: [1001, 1002] });
  });

  it.each([
    ['1.5', 'text holding a number that is not written as a plain whole number'],
    ['1e3', 'text holding a number that is not written as a plain whole number'],
    [' 12', 'text with spaces around a number'],
    ['0012', 'text holding a number that is not written as a plain whole number'],
    ['12345678901234567890', 'a whole number too large to be exact'],
  ])('refuses %j and says what it is, without calling it a username', async (given, what) => {
    const result = await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: given } });
    expect(textJson(result).message).toBe(
      `Invalid arguments: user_id must be a numeric Acme user id, not ${JSON.stringify(given)} (${what}); find it with list_all_acme_users.`,
    );
    expect(upstream.requests).toHaveLength(0);
  });

  it('says a fraction is not a user id, without the username hint', async () => {
    const result = await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 1.5 } });
    expect(textJson(result).message).toBe(
      'Invalid arguments: user_id must be a numeric Acme user id, not 1.5 (a number with a fraction); find it with list_all_acme_users.',
    );
  });

  it('takes null for an optional argument as not given (OpenAI strict mode sends every property)', async () => {
    const result = await client.callTool({
      name: 'update_an_acme_user_by_id',
      arguments: { user_id: 1001, active: false, email: null },
    });
    expect(result.isError).toBeFalsy();
    expect(upstream.requests[0]?.body).toEqual({ active: false });
    const required = await client.callTool({
      name: 'update_an_acme_user_by_id',
      arguments: { user_id: null, active: false },
    });
    expect(textJson(required).message).toContain('user_id must be a numeric Acme user id, not null');
  });

  it('finds the hint on nested identifiers too', async () => {
    const result = await client.callTool({
      name: 'add_members_to_an_acme_group',
      arguments: { group_id: 'Finance', user_ids: [1001, 'jsmith'] },
    });
    const message = String(textJson(result).message);
    expect(message).toContain(
      'user_ids.1 must be a numeric Acme user id, not "jsmith" (text, not a number); find it with list_all_acme_users',
    );
    expect(message).toContain('group_id must be a valid uuid, not "Finance"');
  });

  it('reports a missing required argument', async () => {
    const result = await client.callTool({ name: 'get_single_acme_user_by_id', arguments: {} });
    expect(textJson(result).message).toContain(
      'user_id is required: a numeric Acme user id; find it with list_all_acme_users',
    );
  });

  it('puts structuredContent on errors of tools without an outputSchema', async () => {
    const result = await client.callTool({ name: 'get_single_acme_link_by_id', arguments: {} });
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({ error: 'invalid_arguments' });
  });
});

describe('upstream errors', () => {
  it('keeps the status and the vendor message', async () => {
    const result = await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 999 } });
    expect(result.isError).toBe(true);
    expect(textJson(result)).toEqual({ error: 'upstream_error', message: 'User 999 not found.', status: 404 });
    expect(server.audit[0]).toMatchObject({ outcome: 'error', upstream_status: 404 });
  });

  it('reads flat errorMessage bodies and summarises HTML bodies', async () => {
    upstream.override((request) =>
      request.path === '/v1/links/x' ? { status: 403, json: { errorMessage: 'No access to link.' } } : undefined,
    );
    const flat = await client.callTool({ name: 'get_single_acme_link_by_id', arguments: { link_id: 'x' } });
    expect(textJson(flat)).toMatchObject({ status: 403, message: 'No access to link.' });
    upstream.override((request) =>
      request.path === '/v2/users/1001' ? { status: 500, text: '<html><h1>Internal Error</h1></html>' } : undefined,
    );
    const html = await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 1001 } });
    expect(textJson(html)).toMatchObject({
      status: 500,
      message: expect.stringContaining('non-JSON body: Internal Error'),
    });
  });

  it('turns an unreachable upstream into a clear error', async () => {
    const offline = await startTestServer('http://127.0.0.1:1');
    try {
      const other = await offline.connect();
      const result = await other.callTool({ name: 'get_single_acme_link_by_id', arguments: { link_id: 'x' } });
      expect(textJson(result)).toMatchObject({ error: 'network_error' });
    } finally {
      await offline.close();
    }
  });

  it('times out a slow upstream without retrying', async () => {
    const impatient = await startTestServer(upstream.url, { runtime: { timeoutMs: 200 } });
    upstream.override((request) =>
      request.path === '/v1/links/slow' ? { status: 200, json: {}, delayMs: 1000 } : undefined,
    );
    try {
      const other = await impatient.connect();
      const result = await other.callTool({ name: 'get_single_acme_link_by_id', arguments: { link_id: 'slow' } });
      expect(textJson(result)).toMatchObject({ error: 'timeout' });
      expect(upstream.requests).toHaveLength(1);
    } finally {
      await impatient.close();
    }
  });
});
