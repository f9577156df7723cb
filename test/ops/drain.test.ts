/**
 * design.md §4d, graceful shutdown: a write in flight when shutdown starts still completes and is
 * answered; meanwhile `/readyz` says draining and new requests get 503; past the timeout what is
 * left is cut off. The drain time is printed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from '../runtime/fake-upstream.js';
import { startTestServer, type TestServer } from '../runtime/harness.js';
import { freshRequest } from './fresh-request.js';
import { captureLog } from './log-capture.js';

const MCP_HEADERS = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' };

describe('graceful shutdown of the HTTP server', () => {
  let upstream: FakeUpstream;
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close().catch(() => undefined);
    await upstream?.close();
  });

  /** A server whose upstream holds each PATCH for `delayMs`; `arrived` resolves when the first one reaches it. */
  async function slowWrites(delayMs: number) {
    upstream = await startFakeUpstream();
    let arrived!: () => void;
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    upstream.override((request) => {
      if (request.method !== 'PATCH') {
        return undefined;
      }
      arrived();
      return { status: 200, json: { id: 1001, userName: 'user1', active: false }, delayMs };
    });
    const captured = captureLog();
    server = await startTestServer(upstream.url, { http: { ops: { log: captured.log } } });
    return { reached, captured };
  }

  it('finishes a write in flight, says draining, refuses new requests, then stops', async () => {
    const { reached, captured } = await slowWrites(1500);
    const client = await server!.connect();
    const call = client.callTool({ name: 'update_an_acme_user_by_id', arguments: { user_id: 1001, active: false } });
    await reached;
    const draining = server!.http.shutdown(10_000);

    const ready = await freshRequest(`${server!.http.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'draining' });
    const refused = await freshRequest(`${server!.http.url}/mcp`, {
      method: 'POST',
      headers: MCP_HEADERS,
      body: JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/list' }),
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.connection).toBe('close');
    expect(refused.body).toMatchObject({
      error: {
        code: -32000,
        message: expect.stringMatching(/shutting down/),
        data: { error_id: expect.stringMatching(/^err_/) },
      },
    });
    expect(captured.lines().find((line) => line.error_id === refused.body.error.data.error_id)).toMatchObject({
      msg: 'request refused',
      reason: 'draining',
      route: '/mcp',
    });

    const result = await call;
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ id: 1001, active: false });
    const report = await draining;
    expect(report).toMatchObject({ finished: true, cutOff: 0 });
    expect(upstream.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    await expect(freshRequest(`${server!.http.url}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
    const lines = captured.lines().filter((line) => line.msg === 'request' && line.route === '/mcp');
    expect(lines.map((line) => line.status)).toContain(200);
    expect(lines.map((line) => line.status)).toContain(503);
    console.log(`drain: the write in flight (1500 ms upstream) finished; drain took ${report.durationMs} ms`);
    server = undefined;
  });

  it('cuts off what is still running at the timeout', async () => {
    const { reached } = await slowWrites(5_000);
    const client = await server!.connect();
    const call = client
      .callTool({ name: 'update_an_acme_user_by_id', arguments: { user_id: 1001, active: false } })
      .catch((error: Error) => error);
    await reached;
    const report = await server!.http.shutdown(100);
    expect(report).toMatchObject({ finished: false, cutOff: 1 });
    expect(await call).toBeInstanceOf(Error);
    server = undefined;
  });
});
