/** The HTTP transport's own behaviour: health, DNS-rebinding checks, API tokens, expiry, filters, legacy SSE. */
import { request as httpRequest } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from './fake-upstream.js';
import { startTestServer, type TestServer, textJson } from './harness.js';

let upstream: FakeUpstream;
let server: TestServer;

const INIT = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } },
};

function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body,
  });
}

/** fetch cannot forge a Host header, node:http can. */
function postWithHost(url: string, host: string, origin?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const headers: Record<string, string> = {
      host,
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
    };
    if (origin) {
      headers.origin = origin;
    }
    const req = httpRequest(
      { hostname: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(INIT));
  });
}

beforeAll(async () => {
  upstream = await startFakeUpstream();
  server = await startTestServer(upstream.url);
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});

describe('endpoints', () => {
  it('GET /healthz answers ok', async () => {
    const answer = await fetch(`${server.http.url}/healthz`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ status: 'ok' });
  });

  it('answers a bad JSON body with a JSON-RPC parse error', async () => {
    const answer = await post(`${server.http.url}/mcp`, '{not json');
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ jsonrpc: '2.0', error: { code: -32700 }, id: null });
  });

  it('is stateless: GET /mcp is 405, unknown paths are 404', async () => {
    expect((await fetch(`${server.http.url}/mcp`, { headers: { accept: 'text/event-stream' } })).status).toBe(405);
    expect((await fetch(`${server.http.url}/nope`)).status).toBe(404);
  });

  it('initialize reports the server name and version, tools only', async () => {
    const client = await server.connect();
    expect(client.getServerVersion()).toMatchObject({ name: 'acme-mcp-server', version: '1.2.3' });
    expect(client.getServerCapabilities()).toEqual({ tools: { listChanged: false } });
  });
});

describe('DNS rebinding protection on loopback', () => {
  it.each([
    ['localhost', undefined, 200],
    ['127.0.0.1', undefined, 200],
    ['evil.example', undefined, 403],
    ['127.0.0.1:1', undefined, 403],
    ['localhost', 'http://localhost:6274', 403], // another local port: not our origin
    ['localhost', 'https://evil.example', 403],
  ])('Host %s, Origin %s -> %i', async (host, origin, status) => {
    const port = new URL(server.http.url).port;
    const hostHeader = host.includes(':') ? host : `${host}:${port}`;
    expect(await postWithHost(`${server.http.url}/mcp`, hostHeader, origin)).toBe(status);
  });
});

describe('--require-api-token', () => {
  it('answers 401 with WWW-Authenticate without a valid token, and serves a valid one', async () => {
    const guarded = await startTestServer(upstream.url, {
      http: { requireApiToken: true, apiTokens: ['alpha-token', 'beta-token'] },
    });
    try {
      for (const headers of [
        {},
        { authorization: 'Bearer wrong' } as Record<string, string>,
        { authorization: 'Basic YWxwaGEtdG9rZW4=' },
      ]) {
        const answer = await post(`${guarded.http.url}/mcp`, JSON.stringify(INIT), headers);
        expect(answer.status).toBe(401);
        expect(answer.headers.get('www-authenticate')).toBe('Bearer');
      }
      const client = await guarded.connect('/mcp', { authorization: 'Bearer beta-token' });
      expect((await client.listTools()).tools.length).toBeGreaterThan(0);
    } finally {
      await guarded.close();
    }
  });
});

describe('filters and expiry', () => {
  it('a read-only server lists no write tool and refuses a write call like an unknown tool', async () => {
    const readOnly = await startTestServer(upstream.url, { scope: { filter: { methods: ['read'] } } });
    try {
      const client = await readOnly.connect();
      const { tools } = await client.listTools();
      expect(tools.length).toBeGreaterThan(0);
      expect(tools.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
      const hidden = client.callTool({
        name: 'update_an_acme_user_by_id',
        arguments: { user_id: 1001, active: false },
      });
      await expect(hidden).rejects.toThrow(/Unknown tool: update_an_acme_user_by_id/);
      await expect(client.callTool({ name: 'no_such_tool', arguments: {} })).rejects.toThrow(
        /Unknown tool: no_such_tool/,
      );
      expect(upstream.requests.filter((request) => request.method === 'PATCH')).toHaveLength(0);
      expect(readOnly.audit.map((entry) => entry.outcome)).toEqual(['denied', 'denied']);
    } finally {
      await readOnly.close();
    }
  });

  it('methods AND tags', async () => {
    const narrow = await startTestServer(upstream.url, {
      scope: { filter: { methods: ['get', 'add_members'], tags: ['users', 'groups'] } },
    });
    try {
      const { tools } = await (await narrow.connect()).listTools();
      expect(tools.map((tool) => tool.name)).toEqual(['get_single_acme_user_by_id', 'add_members_to_an_acme_group']);
    } finally {
      await narrow.close();
    }
  });

  it('after --expires-at every HTTP request is refused', async () => {
    let now = new Date('2030-01-01T00:00:00Z');
    const expiring = await startTestServer(upstream.url, {
      scope: { expiresAt: new Date('2030-01-02T00:00:00Z') },
      runtime: { now: () => now },
    });
    try {
      const client = await expiring.connect();
      expect((await client.listTools()).tools.length).toBeGreaterThan(0);
      now = new Date('2030-01-03T00:00:00Z');
      const answer = await post(`${expiring.http.url}/mcp`, JSON.stringify(INIT));
      expect(answer.status).toBe(403);
      expect(await answer.json()).toMatchObject({ error: { message: expect.stringContaining('expired') } });
      await expect(client.listTools()).rejects.toThrow();
    } finally {
      await expiring.close();
    }
  });
});

describe('legacy SSE', () => {
  it('serves tools over GET /sse + POST /messages', async () => {
    const client = new Client({ name: 'legacy', version: '1.0.0' });
    await client.connect(new SSEClientTransport(new URL(`${server.http.url}/sse`)));
    try {
      const { tools } = await client.listTools();
      expect(tools.length).toBeGreaterThan(0);
      const result = await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 1003 } });
      expect(textJson(result)).toMatchObject({ id: 1003 });
    } finally {
      await client.close();
    }
  });

  it('refuses messages for an unknown session', async () => {
    expect((await post(`${server.http.url}/messages?sessionId=nope`, '{}')).status).toBe(404);
  });
});
