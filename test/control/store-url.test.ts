/**
 * A store-backed URL when its store stops answering, on SQLite and PostgreSQL, through the real
 * server: the next call gets a bounded, clear answer (503, a JSON-RPC error with an error id),
 * never a hang or a 404 that would say the server is gone. PostgreSQL also behind a proxy that
 * stops forwarding (accepted, never answered): test/ops/store-faults.test.ts. The lookup runs while
 * the body is read, yet what it refuses is answered first, as if it had run alone.
 */
import { performance } from 'node:perf_hooks';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { type Hosted, startHosted } from './hosted.js';
import { createTestStore, STORE_KINDS, type TestStore } from './stores.js';

const STORE_TIMEOUT_MS = 500;
const MCP_HEADERS = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' };
const CALL = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'tools/call',
  params: { name: 'get_egnyte_current_user', arguments: {} },
});

describe.each(STORE_KINDS)('a store-backed URL on %s', (kind) => {
  let sandbox: Sandbox;
  let store: TestStore;
  let hosted: Hosted;
  let url = '';

  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  beforeEach(async () => {
    store = await createTestStore(kind);
    hosted = await startHosted(store.url, {}, undefined, { ops: { storeTimeoutMs: STORE_TIMEOUT_MS } });
    const account = await hosted.admin('POST', '/integrated-account', {
      name: 'Acme',
      base_url: sandbox.baseUrl,
      access_token: sandbox.token,
    });
    url = (await hosted.admin('POST', `/integrated-account/${account.body.id}/mcp`, { name: 'all' })).body.url;
  });
  afterEach(async () => {
    await hosted?.close();
    await store?.drop();
  });

  const call = async (target = url, init: RequestInit = { method: 'POST', body: CALL }) => {
    const response = await fetch(target, { headers: MCP_HEADERS, ...init });
    return { status: response.status, body: await response.json() };
  };
  const rpcError = (status: number, code: number, message: RegExp) => ({
    status,
    body: { jsonrpc: '2.0', id: null, error: { code, message: expect.stringMatching(message) } },
  });
  const NOT_JSON = { method: 'POST', body: '{"jsonrpc": "2.0", "id": 1, "method": "tools/ca' };

  it("answers the route's refusal before the body's or the method's, and theirs once the route stands", async () => {
    const unknown = url.replace(/mcp_[\w-]+$/, 'mcp_unknownTokenThatNoServerHas0123456789abcdef');
    expect(await call(unknown, NOT_JSON)).toEqual(rpcError(404, -32001, /^Not found$/));
    expect(await call(unknown, { method: 'GET' })).toEqual(rpcError(404, -32001, /^Not found$/));
    expect(await call(url, NOT_JSON)).toEqual(rpcError(400, -32700, /not valid JSON/));
    expect(await call(url, { method: 'GET' })).toEqual(rpcError(405, -32000, /use POST/));

    const account = await hosted.admin('POST', '/integrated-account', {
      name: 'Locked',
      base_url: sandbox.baseUrl,
      access_token: sandbox.token,
    });
    const locked = await hosted.admin('POST', `/integrated-account/${account.body.id}/mcp`, {
      name: 'locked',
      require_api_token_auth: true,
    });
    expect(await call(locked.body.url, NOT_JSON)).toEqual(rpcError(401, -32001, /API token/));
    expect((await call()).status).toBe(200);
  });

  it("answers the store's failure before the body's", async () => {
    await hosted.plane.ctx.records.driver.close();
    const refused = await call(url, NOT_JSON);
    expect(refused.status).toBe(503);
    expect(refused.body.error.data.error_id).toMatch(/^err_/);
  });

  it('answers 503 with an error id, within the store timeout, once the store stops answering', async () => {
    expect((await call()).status).toBe(200);
    await hosted.plane.ctx.records.driver.close();
    const started = performance.now();
    const refused = await call();
    const waited = performance.now() - started;
    expect(refused).toEqual({
      status: 503,
      body: {
        jsonrpc: '2.0',
        id: null,
        error: {
          code: -32000,
          message: expect.stringMatching(/store/i),
          data: { error_id: expect.stringMatching(/^err_/) },
        },
      },
    });
    // Printed, not asserted (a shared machine); a hang would meet the test's own timeout instead.
    console.log(
      `${kind} store closed under a store-backed URL: "${refused.body.error.message}" in ${waited.toFixed(0)} ms`,
    );
  });
});
