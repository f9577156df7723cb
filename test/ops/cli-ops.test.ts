/**
 * The operator's side of the CLI (design.md §4d): flag and setting errors, SIGTERM draining a
 * write in flight in a real process (exit 0, JSON log lines), stdio answering what it already read
 * when stdin ends, and CLI verbs printing stored names with control characters escaped.
 */
import { fileURLToPath } from 'node:url';
import { openControlPlane } from 'saas-mcp-hosting';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostingSettings } from '../control/hosted.js';
import { createTestStore, type TestStore } from '../control/stores.js';
import { type FakeUpstream, startFakeUpstream } from '../runtime/fake-upstream.js';
import { fixture } from '../runtime/fixture.js';
import { runMain } from '../runtime/harness.js';
import { startHttpServer, startStdioServer } from '../support/server.js';

const ENTRY = fileURLToPath(new URL('../runtime/cli-entry.ts', import.meta.url));
const SECRET = 'cli-ops-test-secret-0123456789abcdef';

describe('operator flags and settings', () => {
  it.each([
    [['--expires-at', '2030-02-30T00:00:00Z'], {}, '--expires-at must be an ISO-8601'],
    [['--expires-at', '2030-13-01'], {}, '--expires-at must be an ISO-8601'],
    [['--transport', 'http', '--log-level', 'loud'], {}, '--log-level must be one of'],
    [['--transport', 'http', '--log-format', 'xml'], {}, '--log-format must be json or pretty'],
    [['--transport', 'http', '--log-retention', '0'], {}, '--log-retention must be a whole number'],
    [['--metrics'], {}, '--metrics applies to --transport http'],
    [['--transport', 'http'], { MCP_STORE_TIMEOUT_MS: 'soon' }, 'MCP_STORE_TIMEOUT_MS must be a whole number'],
    [['--transport', 'http'], { MCP_SHUTDOWN_TIMEOUT_MS: '-1' }, 'MCP_SHUTDOWN_TIMEOUT_MS must be a whole number'],
    [['mint-url', '--metrics'], {}, '--metrics does not apply to mint-url'],
  ])('%j %j exits 2: %s', async (argv, env, message) => {
    const { code, err } = await runMain(argv, { ACME_DOMAIN: 'acme', ACME_ACCESS_TOKEN: 't', ...env });
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});

describe('the server process', () => {
  let upstream: FakeUpstream;
  /** Called when a write reaches the upstream (the test awaits it before signalling). */
  let onPatch = () => {};
  beforeAll(async () => {
    upstream = await startFakeUpstream();
    upstream.override((request) => {
      if (request.method !== 'PATCH') {
        return undefined;
      }
      onPatch();
      return { status: 200, json: { id: 1001, userName: 'u', active: false }, delayMs: 1_200 };
    });
  });
  afterAll(() => upstream?.close());
  const env = () => ({
    PATH: process.env.PATH ?? '',
    ACME_BASE_URL: upstream.url,
    ACME_ACCESS_TOKEN: 'process-upstream-secret',
    MCP_SHUTDOWN_TIMEOUT_MS: '10000',
  });
  const CALL = {
    jsonrpc: '2.0',
    id: 2,
    method: 'tools/call',
    params: { name: 'update_an_acme_user_by_id', arguments: { user_id: 1001, active: false } },
  };

  it('http: SIGTERM during a write lets it finish, then exits 0; stderr is JSON lines', async () => {
    const server = await startHttpServer([], env(), { script: ENTRY });
    const url = server.mcpUrl;
    const writing = new Promise<void>((resolve) => (onPatch = resolve));
    const call = fetch(url, {
      method: 'POST',
      headers: { accept: 'application/json, text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify(CALL),
    });
    await writing;
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    const answer = await call;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { result: { isError?: boolean } }).result.isError).toBeFalsy();
    expect(await server.exited).toBe(0);
    const exitedAfter = Date.now() - signalled;
    const stderr = server.stderr();
    const lines = stderr.split('\n').filter(Boolean);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    // Log lines, and audit lines (their own stream, on stderr when MCP_AUDIT_LOG is unset).
    for (const record of records) {
      if ('outcome' in record && !('msg' in record)) {
        expect(record).toMatchObject({ time: expect.any(String), server: 'acme-mcp-server', tool: expect.any(String) });
      } else {
        expect(record).toMatchObject({ level: expect.any(Number), time: expect.any(Number), msg: expect.any(String) });
      }
    }
    const drained = records.find((r) => r.msg === 'drained; exiting');
    expect(drained).toMatchObject({ drain_ms: expect.any(Number), cut_off: 0 });
    expect(records.find((r) => r.msg === 'tool call')).toMatchObject({
      tool: 'update_an_acme_user_by_id',
      outcome: 'ok',
      server_id: 'acme-mcp-server',
    });
    expect(stderr).not.toContain('process-upstream-secret');
    console.log(
      `SIGTERM drain (process): drained in ${drained?.drain_ms} ms, exit 0 ${exitedAfter} ms after SIGTERM; the 1200 ms write was answered`,
    );
  });

  it('stdio: when stdin ends, the request already read is still answered, then exit 0', async () => {
    const server = startStdioServer([], env(), { script: ENTRY });
    const stdin = server.child.stdin!;
    const init = {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 't', version: '1' } },
    };
    stdin.write(`${JSON.stringify(init)}\n`);
    stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`);
    stdin.end(`${JSON.stringify(CALL)}\n`);
    expect(await server.exited).toBe(0);
    const stdout = server.stdout();
    const answers = stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: number; result?: { isError?: boolean; structuredContent?: unknown } });
    const answer = answers.find((a) => a.id === 2);
    if (!answer) {
      console.log(stdout, answers);
    }
    expect(answer?.result?.isError).toBeFalsy();
    expect(answer?.result?.structuredContent).toMatchObject({ id: 1001 });
  });
});

describe('CLI verbs print stored text safely', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('sqlite');
  });
  afterAll(() => store?.drop());

  it('escapes C1 control characters and DEL in names', async () => {
    const opened = await openControlPlane({
      storeUrl: store.url,
      data: fixture,
      settings: hostingSettings({}, fixture),
      secrets: [SECRET],
    });
    if (!opened.ok) {
      throw new Error(opened.message);
    }
    const now = new Date().toISOString();
    // As an older server (before names were checked) could have stored it.
    await opened.value.ctx.records.insertAccount({
      id: 'acct1',
      name: 'evil\u009b31m\u007fname',
      domain: null,
      base_url: 'http://127.0.0.1:9',
      status: 'active',
      credentials: null,
      credentials_version: 0,
      created_at: now,
      updated_at: now,
    });
    await opened.value.close();
    const { code, out } = await runMain(['accounts', 'list', '--store', store.url], { MCP_SERVER_SECRET: SECRET });
    expect(code).toBe(0);
    expect(out).not.toMatch(/[\u007f-\u009f]/);
    expect(out).toContain('evil\\u009b31m\\u007fname');
    expect(JSON.parse(out)).toMatchObject({ result: [{ name: 'evil\u009b31m\u007fname' }] });
  });
});
