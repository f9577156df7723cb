/**
 * The per-address connection cap (connection-caps.ts) answers a busy client instead of resetting it:
 * `npm run bench` at 50 clients from one address got "fetch failed" (ECONNRESET) when its clients
 * held more than 64 connections. Raw sockets, so that which connection is over the cap is exact:
 * the server sees connections in the order they were accepted.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from './fake-upstream.js';
import { startTestServer, type TestServer } from './harness.js';

const CAP = 2;

interface Exchange {
  /** Everything the server sent before it closed the connection. */
  text: string;
  /** The socket error, e.g. ECONNRESET, if there was one. */
  error?: string;
}

describe('a connection over its address cap', () => {
  let upstream: FakeUpstream;
  let server: TestServer;
  let port: number;
  const sockets: Socket[] = [];

  function open(localAddress = '127.0.0.1'): Promise<Socket> {
    const socket = connect({ port, host: '127.0.0.1', localAddress });
    sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('error', reject);
    });
  }

  /** Sends one tools/list POST on a new connection and reads until the server closes it. */
  async function exchange(localAddress = '127.0.0.1', close = true): Promise<Exchange> {
    const socket = await open(localAddress);
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
    const head = [
      'POST /mcp HTTP/1.1',
      `Host: 127.0.0.1:${port}`,
      'Content-Type: application/json',
      'Accept: application/json, text/event-stream',
      `Content-Length: ${Buffer.byteLength(body)}`,
      ...(close ? ['Connection: close'] : []),
    ];
    socket.write(`${head.join('\r\n')}\r\n\r\n${body}`);
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
      if (!close && text.includes('"result"')) {
        socket.end();
      }
    });
    return new Promise((resolve) => {
      let error: string | undefined;
      socket.on('error', (cause: NodeJS.ErrnoException) => {
        error = cause.code ?? cause.message;
      });
      socket.on('close', () => resolve({ text, ...(error ? { error } : {}) }));
    });
  }

  beforeAll(async () => {
    upstream = await startFakeUpstream();
    server = await startTestServer(upstream.url, { http: { limits: { maxConnectionsPerAddress: CAP } } });
    port = Number(new URL(server.http.url).port);
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) {
      socket.destroy();
    }
    // The next test starts once the server has counted those closes.
    await expect.poll(async () => (await exchange()).text.slice(0, 12)).toBe('HTTP/1.1 200');
  });
  afterAll(async () => {
    await server?.close();
    await upstream?.close();
  });

  it('is answered 503 with Retry-After and closed, not reset', async () => {
    for (let index = 0; index < CAP; index++) {
      await open();
    }
    const over = await exchange();
    expect(over.error).toBeUndefined();
    const [head = '', body = ''] = over.text.split('\r\n\r\n');
    // The body may come chunked: the JSON is from its first brace to its last.
    expect(head).toMatch(/^HTTP\/1\.1 503 /);
    expect(head).toMatch(/^retry-after: 1$/im);
    expect(head).toMatch(/^connection: close$/im);
    expect(JSON.parse(body.slice(body.indexOf('{'), body.lastIndexOf('}') + 1))).toMatchObject({
      jsonrpc: '2.0',
      error: { code: -32000, message: expect.stringMatching(/too many open connections/i) },
    });
  });

  it('is served normally from another address at the same time', async () => {
    for (let index = 0; index < CAP; index++) {
      await open();
    }
    const other = await exchange('127.0.0.2', false);
    expect(other.error).toBeUndefined();
    expect(other.text).toMatch(/^HTTP\/1\.1 200 /);
    expect(other.text).toContain('"tools"');
  });

  it('is closed at once past twice the cap (a flood holds no more than that)', async () => {
    for (let index = 0; index < 2 * CAP; index++) {
      await open();
    }
    const flood = await exchange();
    expect(flood.text).toBe('');
  });
});
