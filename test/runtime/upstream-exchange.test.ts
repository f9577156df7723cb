/**
 * The default upstream exchange (Node's HTTP client, upstream/exchange-node.ts) against real local
 * servers: what fetch did for us must still happen (content codings inflated, a bomb stopped at the
 * cap, no redirect followed, a string body sent with its length), connections are kept alive, and
 * each failure comes back as the client's error kind, never sent twice.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sendRequest } from '../../templates/runtime/src/upstream/client.js';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

let server: Server;
let base: string;
let handler: Handler;
const seen: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> = [];
const sockets = new Set<Socket>();

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      handler(request, body, response);
    });
  });
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => {
  seen.length = 0;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const LIMITS = { timeoutMs: 5000, maxResponseBytes: 64 * 1024 };
const get = (path: string, options: Partial<typeof LIMITS> & { signal?: AbortSignal } = {}) =>
  sendRequest(
    { method: 'GET', url: `${base}${path}`, headers: { accept: 'application/json' } },
    { ...LIMITS, ...options },
  );
const json =
  (value: unknown, headers: Record<string, string> = {}) =>
  (response: ServerResponse) =>
    response.writeHead(200, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value));

describe('the Node HTTP exchange', () => {
  it('reads status, headers (repeated ones joined) and the JSON body, and keeps the connection', async () => {
    handler = (_request, _body, response) => {
      response.setHeader('x-rate', ['1', '2']);
      json({ id: 7, name: 'Zoë' }, { 'x-request-id': 'abc' })(response);
    };
    const before = sockets.size;
    const first = await get('/users/7');
    const second = await get('/users/7');
    expect(first).toMatchObject({ ok: true, response: { status: 200, body: { id: 7, name: 'Zoë' } } });
    expect(first.ok && first.response.header('X-Request-Id')).toBe('abc');
    expect(first.ok && first.response.header('x-rate')).toBe('1, 2');
    expect(first.ok && first.response.header('x-missing')).toBeNull();
    expect(second.ok).toBe(true);
    expect(sockets.size - before).toBeLessThanOrEqual(1); // both calls on one kept-alive connection
    expect(seen[0]?.headers['accept-encoding']).toBe('gzip, deflate');
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ])('inflates a %s body', async (coding, compress) => {
    const page = { data: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `user ${i}` })) };
    handler = (_request, _body, response) =>
      response
        .writeHead(200, { 'content-type': 'application/json', 'content-encoding': coding })
        .end(compress(Buffer.from(JSON.stringify(page))));
    const sent = await get('/page');
    expect(sent.ok && sent.response.body).toEqual(page);
  });

  it('stops inflating a compression bomb at the cap and says so', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20), { level: 9 });
    handler = (_request, _body, response) =>
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(bomb);
    const sent = await get('/bomb');
    expect(sent).toEqual({
      ok: false,
      kind: 'response_too_large',
      message: 'the upstream answer (status 200) is larger than 64 kB; reading stopped there. Narrow the request',
    });
  });

  it('refuses a body that is not what its content-encoding says', async () => {
    handler = (_request, _body, response) =>
      response.writeHead(200, { 'content-encoding': 'gzip' }).end('this is not gzip at all');
    expect(await get('/corrupt')).toEqual({
      ok: false,
      kind: 'unexpected_response',
      message: 'the upstream answer could not be decoded as its content-encoding (gzip) says',
    });
  });

  it('returns a redirect as it is, without following it', async () => {
    handler = (request, _body, response) =>
      request.url === '/moved'
        ? response.writeHead(302, { location: `${base}/elsewhere` }).end()
        : json({ followed: true })(response);
    const sent = await get('/moved');
    expect(sent.ok && sent.response.status).toBe(302);
    expect(seen.map((request) => request.url)).toEqual(['/moved']);
  });

  it('sends a string body with its byte length, once', async () => {
    handler = (_request, _body, response) => response.writeHead(204).end();
    const body = JSON.stringify({ name: 'Zoë' });
    const sent = await sendRequest(
      { method: 'POST', url: `${base}/folders`, headers: { 'content-type': 'application/json' }, body },
      LIMITS,
    );
    expect(sent.ok && sent.response.status).toBe(204);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.body).toBe(body);
    expect(seen[0]?.headers['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(seen[0]?.headers['transfer-encoding']).toBeUndefined();
  });

  it('a connection dropped mid-request is a network error, and the request is not sent again', async () => {
    handler = (request) => request.socket.destroy();
    expect(await get('/drop')).toEqual({
      ok: false,
      kind: 'network_error',
      message: 'could not reach the upstream API (ECONNRESET)',
    });
    expect(seen).toHaveLength(1);
  });

  it('an unreachable vendor is a network error naming the cause', async () => {
    const sent = await sendRequest({ method: 'GET', url: 'http://127.0.0.1:1/x', headers: {} }, LIMITS);
    expect(sent).toEqual({
      ok: false,
      kind: 'network_error',
      message: 'could not reach the upstream API (ECONNREFUSED)',
    });
  });

  it('stops waiting when the call is cancelled, and says so', async () => {
    const arrived = new Promise<ServerResponse>((resolve) => {
      handler = (_request, _body, response) => resolve(response);
    });
    const controller = new AbortController();
    const pending = get('/slow', { signal: controller.signal });
    const response = await arrived;
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, kind: 'cancelled' });
    response.end();
  });

  it('stops waiting past the timeout, and says so', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const arrived = new Promise<ServerResponse>((resolve) => {
        handler = (_request, _body, response) => resolve(response); // and never answers
      });
      const pending = get('/never', { timeoutMs: 30_000 });
      const response = await arrived;
      vi.advanceTimersByTime(30_000);
      expect(await pending).toEqual({
        ok: false,
        kind: 'timeout',
        message: 'the upstream API did not answer within 30 s',
      });
      response.end();
    } finally {
      vi.useRealTimers();
    }
  });
});
