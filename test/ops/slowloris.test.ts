/**
 * Connection-level abuse (issue 21): one client holding 1,000 half-open connections (headers never
 * finished) must not stop another client from being served within a few seconds. The per-address
 * cap closes the flood's surplus at once; the header timeout ends the rest.
 */
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONNECTION_LIMITS } from '../../templates/runtime/src/transport/http/connection-caps.js';
import { type FakeUpstream, startFakeUpstream } from '../runtime/fake-upstream.js';
import { startTestServer, type TestServer } from '../runtime/harness.js';
import { freshRequest } from './fresh-request.js';

const FLOOD = 1_000;

describe('a slowloris client', () => {
  let upstream: FakeUpstream;
  let server: TestServer;
  const sockets: net.Socket[] = [];
  beforeAll(async () => {
    upstream = await startFakeUpstream();
    server = await startTestServer(upstream.url);
  });
  afterAll(async () => {
    for (const socket of sockets) {
      socket.destroy();
    }
    await server?.close();
    await upstream?.close();
  });

  it(`holding ${FLOOD} half-open connections does not lock out a well-behaved client`, async () => {
    const port = Number(new URL(server.http.url).port);
    let closedByServer = 0;
    await Promise.all(
      Array.from(
        { length: FLOOD },
        () =>
          new Promise<void>((resolve) => {
            const socket = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1' }, () => {
              socket.write('POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: '); // never finished
              resolve();
            });
            socket.on('error', () => resolve());
            socket.on('close', () => {
              closedByServer++;
              resolve();
            });
            sockets.push(socket);
          }),
      ),
    );
    // The well-behaved client comes from another address (127.0.0.2 is loopback too on Linux).
    const started = performance.now();
    const answer = await freshRequest(`${server.http.url}/mcp`, {
      method: 'POST',
      localAddress: '127.0.0.2',
      headers: {
        accept: 'application/json, text/event-stream',
        'content-type': 'application/json',
        host: `127.0.0.1:${port}`,
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    const servedInMs = performance.now() - started;
    expect(answer.status).toBe(200);
    expect(answer.body.result.tools.length).toBeGreaterThan(0);
    expect(servedInMs).toBeLessThan(5_000);
    // Most of the flood was closed by the per-address cap, not held: it holds the cap, and as many
    // again to answer 503 once their headers come (they never do; the header timeout ends them).
    expect(closedByServer).toBeGreaterThanOrEqual(FLOOD - 2 * DEFAULT_CONNECTION_LIMITS.maxConnectionsPerAddress - 1);
    console.log(
      `slowloris: ${FLOOD} half-open connections, ${closedByServer} closed by the per-address cap; a good client was served in ${servedInMs.toFixed(0)} ms`,
    );
  });
});
