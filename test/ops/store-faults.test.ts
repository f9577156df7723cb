/**
 * design.md §4d, MCP_STORE_TIMEOUT_MS: real PostgreSQL behind a TCP proxy the test controls. When
 * the store is down (connections reset) or partitioned (accepted, never answered), admin calls get
 * 503 `store_unavailable` and MCP calls a JSON-RPC error, within the timeout, each with an error id
 * found in the log; `/readyz` says so; and service comes back by itself once the store does.
 * Times to fail and to recover are printed, never asserted (the machine is shared): without the
 * deadline a blackholed store never answers, and the test's own timeout fails it.
 */
import { performance } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMetrics } from '../../templates/runtime/src/ops/metrics.js';
import { type Hosted, startHosted } from '../control/hosted.js';
import { createTestStore, PG_BASE, type TestStore } from '../control/stores.js';
import { type CapturedLog, captureLog } from './log-capture.js';
import { type ProxyMode, startTcpProxy, type TcpProxy } from './tcp-proxy.js';

const STORE_TIMEOUT_MS = 800;
const MCP_HEADERS = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' };

// biome-ignore lint/suspicious/noExplicitAny: test convenience: answers are asserted field by field
async function listTools(url: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: MCP_HEADERS,
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
  });
  return { status: response.status, body: await response.json() };
}

describe('a PostgreSQL store that goes away', () => {
  let store: TestStore;
  let proxy: TcpProxy;
  let hosted: Hosted;
  let captured: CapturedLog;
  let serverUrl = '';
  // Each test gets its own store, proxy and server (one closes its store; the others need it open).
  beforeEach(async () => {
    const metrics = createMetrics([], { processDefaults: false });
    store = await createTestStore('postgres');
    const target = new URL(PG_BASE);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = store.url.replace(`${target.hostname}:${target.port || 5432}`, `127.0.0.1:${proxy.port}`);
    captured = captureLog();
    hosted = await startHosted(
      viaProxy,
      {},
      undefined,
      { ops: { storeTimeoutMs: STORE_TIMEOUT_MS, onStoreUnavailable: () => metrics.recordStoreError() } },
      { ops: { log: captured.log, metrics } },
    );
    const account = await hosted.admin('POST', '/integrated-account', {
      name: 'Acme',
      base_url: 'http://127.0.0.1:9',
      access_token: 'upstream-token-1',
    });
    const server = await hosted.admin('POST', `/integrated-account/${account.body.id}/mcp`, {
      name: 'reader',
      config: { methods: ['read'] },
    });
    serverUrl = server.body.url;
  });
  afterEach(async () => {
    proxy?.mode('forward');
    await hosted?.close();
    await proxy?.close();
    await store?.drop();
  });

  it.each<ProxyMode>(['blackhole', 'closed'])(
    '%s: fails within the timeout with 503 and an error id, then recovers by itself',
    async (mode) => {
      expect((await hosted.admin('GET', '/integrated-account')).status).toBe(200);
      proxy.mode(mode);

      const started = performance.now();
      const failed = await hosted.admin('GET', '/integrated-account');
      const timeToFail = performance.now() - started;
      expect(failed.status).toBe(503);
      expect(failed.body).toMatchObject({
        error: 'store_unavailable',
        message: expect.any(String),
        error_id: expect.stringMatching(/^err_/),
      });
      expect(failed.headers.get('retry-after')).toBe('1');

      const mcp = await listTools(serverUrl);
      expect(mcp.status).toBe(503);
      expect(mcp.body).toMatchObject({
        jsonrpc: '2.0',
        id: null,
        error: { code: -32000, data: { error_id: expect.stringMatching(/^err_/) } },
      });

      const ready = await fetch(`${hosted.http.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'store' });
      const live = await fetch(`${hosted.http.url}/healthz`);
      expect(live.status).toBe(200);
      const scraped = await (await fetch(`${hosted.http.url}/metrics`)).text();
      expect(Number(/^mcp_store_errors_total (\d+)$/m.exec(scraped)?.[1])).toBeGreaterThanOrEqual(2);
      expect(scraped).toMatch(/mcp_http_requests_total\{route="\/integrated-account",status="503"\} [1-9]/);

      // Each 5xx's id is on the log line that holds its cause.
      const errorLines = captured.lines().filter((line) => line.level === 50);
      for (const id of [failed.body.error_id, mcp.body.error.data.error_id]) {
        const line = errorLines.find((entry) => entry.error_id === id);
        expect(line).toMatchObject({
          msg: 'request failed',
          cause: expect.stringContaining('store is unavailable'),
          req_id: expect.any(String),
        });
      }

      proxy.mode('forward');
      const back = performance.now();
      // The pool reconnects on demand: a request or two may still meet a dead connection.
      let status = 0;
      for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
        status = (await hosted.admin('GET', '/integrated-account')).status;
      }
      const timeToRecover = performance.now() - back;
      expect(status).toBe(200);
      expect((await listTools(serverUrl)).status).toBe(200);
      expect((await fetch(`${hosted.http.url}/readyz`)).status).toBe(200);
      console.log(
        `store ${mode}: failed in ${timeToFail.toFixed(0)} ms (MCP_STORE_TIMEOUT_MS ${STORE_TIMEOUT_MS}), recovered ${timeToRecover.toFixed(0)} ms after the store came back`,
      );
    },
  );

  it('a closed store answers 503 store_unavailable, not a bare 500', async () => {
    await hosted.plane.close();
    const answer = await hosted.admin('GET', '/integrated-account');
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ error: 'store_unavailable', error_id: expect.stringMatching(/^err_/) });
    expect((await listTools(serverUrl)).status).toBe(503);
  });
});
