/**
 * Protocol leftovers of issue 21 over real HTTP: bad params are -32602 naming the field (no raw
 * validation dump), a DELETE with a chunked body gets a JSON-RPC body, and a declared
 * Content-Length over the limit is refused before a byte of the body is sent.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from '../runtime/fake-upstream.js';
import { startTestServer, type TestServer } from '../runtime/harness.js';

const HEADERS = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' };

/** Writes raw bytes and returns what came back until the server closes or `waitMs` passes. */
function raw(port: number, text: string, waitMs = 2_000): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let out = '';
    socket.on('data', (chunk) => {
      out += chunk.toString();
      if (/\r\n0\r\n\r\n$/.test(out) || /content-length: \d+[\s\S]*\r\n\r\n\{[\s\S]*\}$/i.test(out)) {
        socket.end();
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(out));
    setTimeout(() => socket.destroy(), waitMs).unref();
  });
}

describe('protocol edges over HTTP', () => {
  let upstream: FakeUpstream;
  let server: TestServer;
  beforeAll(async () => {
    upstream = await startFakeUpstream();
    server = await startTestServer(upstream.url);
  });
  afterAll(async () => {
    await server?.close();
    await upstream?.close();
  });

  it.each([
    [
      'tools/list {cursor: 1}, 2026 era',
      {},
      { jsonrpc: '2.0', id: 1, method: 'tools/list', params: { cursor: 1 } },
      /params\.cursor must be a string/,
    ],
    [
      'tools/list {cursor: 1}, initialize era',
      { 'mcp-protocol-version': '2025-11-25' },
      { jsonrpc: '2.0', id: 1, method: 'tools/list', params: { cursor: 1 } },
      /params\.cursor must be a string/,
    ],
    [
      'initialize {}',
      {},
      { jsonrpc: '2.0', id: 1, method: 'initialize', params: {} },
      /params\.protocolVersion must be a string/,
    ],
    [
      'initialize without clientInfo',
      {},
      { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {} } },
      /params\.clientInfo/,
    ],
  ])('%s: -32602 naming the field', async (_name, extra, body, message) => {
    const answer = await fetch(`${server.http.url}/mcp`, {
      method: 'POST',
      headers: { ...HEADERS, ...extra },
      body: JSON.stringify(body),
    });
    const json = (await answer.json()) as { id: unknown; error: { code: number; message: string } };
    expect(json.id).toBe(1);
    expect(json.error.code).toBe(-32602);
    expect(json.error.message).toMatch(message);
    expect(json.error.message).not.toMatch(/invalid_type|expected/);
  });

  it('a DELETE with a chunked body gets a JSON-RPC error body, and the connection keeps working', async () => {
    const port = Number(new URL(server.http.url).port);
    const text = await raw(
      port,
      'DELETE /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n',
    );
    expect(text).toMatch(/^HTTP\/1\.1 405/);
    const body = text.slice(text.indexOf('\r\n\r\n') + 4);
    expect(body).toContain('"jsonrpc":"2.0"');
    expect(body).toContain('"code":-32000');
  });

  it('a declared Content-Length over the limit is answered 413 before the body is sent', async () => {
    const port = Number(new URL(server.http.url).port);
    // Headers only: the server must answer without waiting for the 100 MB it was promised.
    const text = await raw(
      port,
      'POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\nContent-Length: 104857600\r\n\r\n',
    );
    expect(text).toMatch(/^HTTP\/1\.1 413/);
    expect(text.toLowerCase()).toContain('connection: close');
    expect(text).toContain('"code":-32600');
  });
});
