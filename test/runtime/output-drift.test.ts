/**
 * Vendors' answers drift: fields go missing, appear, change type. Whatever the upstream answer looks
 * like, a success result must be accepted by the SDK Client (which validates structuredContent
 * against outputSchema and throws otherwise), and the model must still get every value. Runs the
 * generated Egnyte tool data (its real, tolerant output schemas) against a fake upstream.
 */
import { readFileSync } from 'node:fs';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { ServerData } from 'saas-mcp-runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from './fake-upstream.js';
import { startTestServer, type TestServer, textJson } from './harness.js';

const egnyte = JSON.parse(
  readFileSync(new URL('../../generated/egnyte-mcp-server/tools.json', import.meta.url), 'utf8'),
) as ServerData;

let upstream: FakeUpstream;
let server: TestServer;
let client: Client;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  server = await startTestServer(upstream.url, { data: egnyte });
  client = await server.connect();
  await client.listTools(); // from here on the Client validates structuredContent against outputSchema
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});
beforeEach(() => upstream.reset());

function answer(json: unknown): void {
  upstream.override(() => ({ status: 200, json }));
}

async function getUser(): Promise<Record<string, unknown>> {
  const result = await client.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: 5 } });
  expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
  expect(textJson(result)).toEqual(result.structuredContent);
  return result.structuredContent as Record<string, unknown>;
}

describe('a drifting upstream answer is still a valid result', () => {
  it('missing fields: served as they are', async () => {
    answer({ id: 5 });
    expect(await getUser()).toEqual({ id: 5 });
  });

  it('added fields: kept', async () => {
    answer({ id: 5, userName: 'ann', shoeSize: 44, nested: { x: [1] } });
    expect(await getUser()).toEqual({ id: 5, userName: 'ann', shoeSize: 44, nested: { x: [1] } });
  });

  it('changed types and unknown enum values: moved into off_schema, nothing lost', async () => {
    answer({
      id: '5',
      userName: 'ann',
      active: 'yes',
      userType: 'guest',
      groups: 'none',
      name: { givenName: 7, familyName: 'Lee' },
    });
    expect(await getUser()).toEqual({
      userName: 'ann',
      name: { familyName: 'Lee' },
      off_schema: { id: '5', active: 'yes', userType: 'guest', groups: 'none', 'name.givenName': 7 },
    });
  });

  it('an array where an object was documented: wrapped as { data }', async () => {
    answer([1, 2]);
    expect(await getUser()).toEqual({ data: [1, 2] });
  });

  it('list items of the wrong shape: the page keeps the rest, off_schema names the original places', async () => {
    upstream.override(() => ({
      status: 200,
      json: { totalResults: 3, resources: [{ id: 1, userName: 'a' }, 'garbage', { id: 'x', userName: 'c' }] },
    }));
    const result = await client.callTool({ name: 'list_all_egnyte_users', arguments: {} });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({
      data: [{ id: 1, userName: 'a' }, { userName: 'c' }],
      next_cursor: null,
      off_schema: { 'data.1': 'garbage', 'data.2.id': 'x' },
    });
  });

  it('a few hundred random answers: the Client accepts every one', async () => {
    let seed = 7;
    // biome-ignore lint/suspicious/noAssignInExpressions: a seeded linear congruential generator in one line
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
    const value = (depth: number): unknown => {
      const kind = pick([
        'string',
        'number',
        'boolean',
        'null',
        depth > 2 ? 'string' : 'object',
        depth > 2 ? 'number' : 'array',
      ]);
      if (kind === 'string') {
        return pick(['', 'x', '5', 'admin']);
      }
      if (kind === 'number') {
        return pick([0, -1, 5.5, 12408258604]);
      }
      if (kind === 'boolean') {
        return random() < 0.5;
      }
      if (kind === 'null') {
        return null;
      }
      if (kind === 'array') {
        return Array.from({ length: Math.floor(random() * 3) }, () => value(depth + 1));
      }
      const keys = [
        'id',
        'userName',
        'email',
        'active',
        'name',
        'groups',
        'givenName',
        'value',
        'userType',
        'role',
        'extra',
      ];
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 6) }, () => [pick(keys), value(depth + 1)]));
    };
    for (let round = 0; round < 200; round++) {
      const body = { id: 5, ...(value(0) as object) };
      answer(body);
      const result = await client.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: 5 } });
      expect(result.isError, JSON.stringify(body)).toBeFalsy();
      expect(result.structuredContent).toBeDefined();
    }
  });
});

describe('--output-schema off', () => {
  let plain: TestServer;
  let plainClient: Client;
  beforeAll(async () => {
    plain = await startTestServer(upstream.url, {
      data: egnyte,
      scope: { surface: { toolExposure: 'all', outputSchema: false } },
    });
    plainClient = await plain.connect();
  });
  afterAll(async () => plain.close());

  it('serves no outputSchema, and results keep the answer exactly', async () => {
    const { tools } = await plainClient.listTools();
    expect(tools).toHaveLength(egnyte.tools.length);
    expect(tools.filter((tool) => tool.outputSchema)).toEqual([]);
    answer({ id: '5', active: 'yes' });
    const result = await plainClient.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: 5 } });
    expect(result.structuredContent).toEqual({ id: '5', active: 'yes' });
  });

  it('puts the rate-limit fields of an error in structuredContent too', async () => {
    upstream.override(() => ({ status: 429, headers: { 'Retry-After': '3' }, json: {} }));
    const result = await plainClient.callTool({ name: 'list_all_egnyte_users', arguments: {} });
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({ error: 'rate_limited', status: 429, 'retry-after': 3 });
  });
});
