/** List paging through next_cursor, and throttling, through a real SDK Client over Streamable HTTP. */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_PAGES, EVENTS, type FakeUpstream, FILES, startFakeUpstream, USERS } from './fake-upstream.js';
import { startTestServer, type TestServer, textJson } from './harness.js';
import { listEveryPage } from './listing.js';

let upstream: FakeUpstream;
let server: TestServer;
let client: Client;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  server = await startTestServer(upstream.url);
  client = await server.connect();
  await client.listTools();
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.reset();
  server.audit.length = 0;
});

/** Every page of a list tool, through next_cursor, as a model would call it. */
const listAll = (name: string, args: Record<string, unknown>) => listEveryPage(client, name, args);

describe('offset paging', () => {
  it('1-based with a total: every item once, stopping at the total', async () => {
    const { items, pages } = await listAll('list_all_acme_users', {});
    expect(items).toEqual(USERS);
    expect(pages).toBe(4); // 3 + 3 + 3 + 1 with the default limit of 3
    expect(upstream.requests.map((request) => request.query.get('startIndex'))).toEqual(['1', '4', '7', '10']);
  });

  it('honours limit, capped by maxLimit', async () => {
    const { items, pages } = await listAll('list_all_acme_users', { limit: 5 });
    expect(items).toHaveLength(10);
    expect(pages).toBe(2);
    expect(upstream.requests[0]?.query.get('count')).toBe('5');
  });

  it('0-based without a total: stops on a short page', async () => {
    const { items, pages } = await listAll('list_all_acme_files', { path: '/Shared' });
    expect(items).toEqual(FILES);
    expect(pages).toBe(3); // 4 + 4 + 1
    expect(upstream.requests.map((request) => request.query.get('offset'))).toEqual(['0', '4', '8']);
  });

  it('0-based: an exactly full last page ends with an empty one', async () => {
    const { items, pages } = await listAll('list_all_acme_files', { path: '/Shared', limit: 3 });
    expect(items).toEqual(FILES);
    expect(pages).toBe(4);
  });
});

describe('cursor paging', () => {
  it('sends the vendor cursor in place of the argument and ends on 204', async () => {
    const { items } = await listAll('list_all_acme_events', { start_id: 0, folder: '/Shared' });
    expect(items).toEqual(EVENTS);
    expect(upstream.requests.map((request) => request.query.getAll('id'))).toEqual([['0'], ['2'], ['4'], ['5']]);
    expect(upstream.requests[1]?.query.get('folder')).toBe('/Shared');
  });

  it('cursorOnly: follow-ups send only the cursor; morePath false ends the listing', async () => {
    const { items, pages } = await listAll('list_all_acme_audit_events', { types: ['login', 'file'] });
    expect(items).toEqual(AUDIT_PAGES.flatMap((page) => page.events));
    expect(pages).toBe(3);
    expect(upstream.requests[0]?.query.getAll('type')).toEqual(['login', 'file']);
    expect(upstream.requests[1]?.rawUrl).toBe('/v2/audit/stream?nextCursor=c2');
  });
});

describe('bad cursors', () => {
  it.each([['garbage!'], ['eyJ2IjoxfQ'], [Buffer.from('{"v":1,"t":"zzzzzz","h":"x","o":4}').toString('base64url')]])(
    'refuses %j clearly, before any request',
    async (cursor) => {
      const result = await client.callTool({ name: 'list_all_acme_users', arguments: { next_cursor: cursor } });
      expect(result.isError).toBe(true);
      expect(textJson(result)).toEqual({
        error: 'invalid_cursor',
        message: 'next_cursor is not valid for this tool; pass it exactly as returned, or omit it to start over',
      });
      expect(upstream.requests).toHaveLength(0);
    },
  );

  it('refuses a cursor from another tool and one reused with different filters', async () => {
    const files = await client.callTool({ name: 'list_all_acme_files', arguments: { path: '/Shared' } });
    const fileCursor = (files.structuredContent as { next_cursor: string }).next_cursor;
    const foreign = await client.callTool({ name: 'list_all_acme_users', arguments: { next_cursor: fileCursor } });
    expect(textJson(foreign).error).toBe('invalid_cursor');
    const other = await client.callTool({
      name: 'list_all_acme_files',
      arguments: { path: '/Private', next_cursor: fileCursor },
    });
    expect(textJson(other).message).toContain('different arguments');
  });
});

describe('large pages', () => {
  it('truncates at an item boundary with a note, and next_cursor resumes after the last kept item', async () => {
    const small = await startTestServer(upstream.url, { runtime: { maxResultBytes: 400 } });
    const big = Array.from({ length: 6 }, (_, index) => ({ id: index, blob: 'x'.repeat(150) }));
    upstream.override((request) =>
      request.path === '/v2/users'
        ? {
            status: 200,
            json: { totalResults: 6, resources: big.slice(Number(request.query.get('startIndex')) - 1).slice(0, 3) },
          }
        : undefined,
    );
    try {
      const other = await small.connect();
      const seen: unknown[] = [];
      let cursor: string | null = null;
      let truncated = 0;
      for (let call = 0; call < 10; call++) {
        const result = await other.callTool({
          name: 'list_all_acme_users',
          arguments: cursor ? { next_cursor: cursor } : {},
        });
        const page = JSON.parse((result.content as Array<{ text: string }>)[0]?.text ?? '') as {
          data: unknown[];
          next_cursor: string | null;
          note?: string;
        };
        // The note is in structuredContent, where clients that show the model only that still see it.
        expect(result.structuredContent).toEqual(page);
        if (page.note) {
          expect(page.note).toMatch(/^Truncated: .*next_cursor/);
          truncated += 1;
        }
        seen.push(...page.data);
        cursor = page.next_cursor;
        if (!cursor) {
          break;
        }
      }
      expect(seen).toEqual(big);
      expect(truncated).toBeGreaterThan(0);
    } finally {
      await small.close();
    }
  });
});

describe('throttling', () => {
  it('maps 403 + X-Mashery-Error-Code to a 429 result with the four fields', async () => {
    upstream.override(() => ({
      status: 403,
      json: { message: 'Developer Over Qps' },
      headers: {
        'X-Mashery-Error-Code': 'ERR_403_DEVELOPER_OVER_QPS',
        'Retry-After': '1',
        'X-Accesstoken-Qps-Allotted': '2',
        'X-Accesstoken-Qps-Current': '3',
      },
    }));
    const result = await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 1001 } });
    expect(result.isError).toBe(true);
    expect(textJson(result)).toMatchObject({
      error: 'rate_limited',
      status: 429,
      upstream_status: 403,
      'ratelimit-limit': 2,
      'ratelimit-remaining': 0,
      'ratelimit-reset': 1,
      'retry-after': 1,
    });
    // The tool's tolerant outputSchema admits the error, so clients that show the model only
    // structuredContent still see the fields (the SDK client validated it); _meta repeats them.
    expect(result.structuredContent).toEqual(textJson(result));
    expect(result._meta).toEqual({
      'ratelimit-limit': 2,
      'ratelimit-remaining': 0,
      'ratelimit-reset': 1,
      'retry-after': 1,
    });
    expect(upstream.requests).toHaveLength(1); // no hidden retry
    expect(server.audit[0]).toMatchObject({ outcome: 'throttled', upstream_status: 403 });
  });

  it('a 403 without the header stays an ordinary upstream error', async () => {
    upstream.override(() => ({ status: 403, json: { errorMessage: 'Access denied.' } }));
    const result = await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 1001 } });
    expect(textJson(result)).toEqual({ error: 'upstream_error', message: 'Access denied.', status: 403 });
  });

  it('maps 429 and repeats the fields as HTTP response headers', async () => {
    upstream.override(() => ({
      status: 429,
      headers: { 'Retry-After': '30', 'X-Accesstoken-Quota-Allotted': '1000', 'X-Accesstoken-Quota-Current': '1000' },
      json: {},
    }));
    const result = await client.callTool({ name: 'get_single_acme_link_by_id', arguments: { link_id: 'a' } });
    const fields = { 'ratelimit-limit': 1000, 'ratelimit-remaining': 0, 'ratelimit-reset': 30, 'retry-after': 30 };
    expect(result.structuredContent).toMatchObject({ error: 'rate_limited', status: 429, ...fields });

    const raw = await fetch(`${server.http.url}/mcp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '2025-06-18',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/call',
        params: { name: 'get_single_acme_link_by_id', arguments: { link_id: 'a' } },
      }),
    });
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-type')).toContain('application/json');
    for (const [name, value] of Object.entries(fields)) {
      expect(raw.headers.get(name)).toBe(String(value));
    }
  });
});
