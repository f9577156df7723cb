/**
 * HTTP edges through the runtime's real HTTP server: oversize streamed bodies, invalid JSON-RPC
 * bodies, caps on SSE sessions and connections, Origin checks, and /healthz after the expiry.
 */
import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from '../runtime/fake-upstream.js';
import { startTestServer, type TestServer } from '../runtime/harness.js';

let upstream: FakeUpstream;
let server: TestServer;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  server = await startTestServer(upstream.url, {
    http: { limits: { maxSseSessions: 2 }, allowedOrigins: ['https://app.example.com'] },
  });
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});

/** Streams `totalBytes` of body in 64 kB writes, as a client uploading a large file would. */
function streamPost(url: string, totalBytes: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = httpRequest(
      {
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < totalBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          return void req.once('drain', pump);
        }
      }
      req.end();
    };
    pump();
  });
}

describe('request bodies', () => {
  it('a streamed 6 MB body always gets the 413, never EPIPE (20 tries)', async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const answer = await streamPost(`${server.http.url}/mcp`, 6 * 1024 * 1024);
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({
        jsonrpc: '2.0',
        id: null,
        error: { code: -32600, message: 'Request body too large' },
      });
    }
  });

  it.each([
    ['{"jsonrpc":"2.0","id":5,"method":7}', -32600, 'Invalid Request: method must be a string'],
    ['{"id":5,"method":"ping"}', -32600, 'Invalid Request: jsonrpc must be exactly "2.0"'],
    ['"ping"', -32600, 'Invalid Request: a message must be a JSON object'],
    ['{"jsonrpc":', -32700, 'Parse error: the body is not valid JSON'],
  ])('answers %s with %i and id null', async (body, code, message) => {
    const answer = await fetch(`${server.http.url}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body,
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({ jsonrpc: '2.0', id: null, error: { code, message } });
  });
});

describe('legacy SSE sessions', () => {
  it('are capped: past the cap 503, and a closed session frees its place', async () => {
    const open = async () => {
      const aborter = new AbortController();
      const answer = await fetch(`${server.http.url}/sse`, {
        headers: { accept: 'text/event-stream' },
        signal: aborter.signal,
      });
      return { status: answer.status, close: () => aborter.abort() };
    };
    const first = await open();
    const second = await open();
    const third = await open();
    expect([first.status, second.status, third.status]).toEqual([200, 200, 503]);
    first.close();
    await expect
      .poll(async () => {
        const next = await open();
        next.close();
        return next.status;
      })
      .toBe(200);
    second.close();
  });
});

describe('connections', () => {
  it('refuses connections past maxConnections and serves again once they close', async () => {
    const capped = await startTestServer(upstream.url, { http: { limits: { maxConnections: 3 } } });
    const port = Number(new URL(capped.http.url).port);
    const sockets: Socket[] = [];
    try {
      for (let index = 0; index < 3; index++) {
        const socket = connect(port, '127.0.0.1');
        await new Promise((resolve) => socket.once('connect', resolve));
        sockets.push(socket);
      }
      const extra = connect(port, '127.0.0.1');
      sockets.push(extra);
      await new Promise((resolve) => extra.once('close', resolve)); // closed by the server at once
      for (const socket of sockets) {
        socket.destroy();
      }
      await expect
        .poll(async () => (await fetch(`${capped.http.url}/healthz`).catch(() => undefined))?.status)
        .toBe(200);
    } finally {
      for (const socket of sockets) {
        socket.destroy();
      }
      await capped.close();
    }
  });
});

describe('Origin on loopback', () => {
  const status = async (origin: string) =>
    (
      await fetch(`${server.http.url}/mcp`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: '{}',
      })
    ).status;

  it("accepts this server's own origin and configured ones", async () => {
    const port = new URL(server.http.url).port;
    expect(await status(`http://localhost:${port}`)).not.toBe(403);
    expect(await status(`http://127.0.0.1:${port}`)).not.toBe(403);
    expect(await status('https://app.example.com')).not.toBe(403);
  });

  it('refuses a loopback origin on another port, a default port, null and others', async () => {
    const other = Number(new URL(server.http.url).port) + 1;
    for (const origin of [
      `http://localhost:${other}`,
      'http://127.0.0.1',
      'null',
      'https://app.example.com:8443',
      'https://evil.example',
    ]) {
      expect(await status(origin), origin).toBe(403);
    }
  });
});

describe('/healthz after --expires-at', () => {
  it('reports ok with the expiry before it, and expired (503) after it, by the injected clock', async () => {
    let now = new Date('2030-01-01T00:00:00Z');
    const expiring = await startTestServer(upstream.url, {
      scope: { expiresAt: new Date('2030-01-01T01:00:00Z') },
      runtime: { now: () => now },
    });
    try {
      const before = await fetch(`${expiring.http.url}/healthz`);
      expect([before.status, await before.json()]).toEqual([
        200,
        { status: 'ok', expires_at: '2030-01-01T01:00:00.000Z' },
      ]);
      now = new Date('2030-01-01T01:00:00Z');
      const after = await fetch(`${expiring.http.url}/healthz`);
      expect([after.status, await after.json()]).toEqual([
        503,
        { status: 'expired', expires_at: '2030-01-01T01:00:00.000Z' },
      ]);
    } finally {
      await expiring.close();
    }
  });
});
