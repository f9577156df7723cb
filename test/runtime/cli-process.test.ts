/** The CLI: flag errors and help in-process; stdio and HTTP servers as real child processes. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shiftedClock } from '../e2e/clock.js';
import { startHttpServer, startStdioServer } from '../support/server.js';
import { ChildStdioTransport } from '../support/stdio-transport.js';
import { type FakeUpstream, startFakeUpstream } from './fake-upstream.js';
import { fixture } from './fixture.js';
import { connectClient, runMain, textJson } from './harness.js';

const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
const UPSTREAM_TOKEN = 'stdio-upstream-secret';

describe('main() flags', () => {
  it('--help lists the usage and the environment variables', async () => {
    const { code, out } = await runMain(['--help']);
    expect(code).toBe(0);
    for (const name of [
      'acme-mcp-server mint-url',
      '--require-api-token',
      'ACME_DOMAIN',
      'ACME_BASE_URL',
      'ACME_ACCESS_TOKEN',
      'MCP_SERVER_SECRET',
      'MCP_API_TOKENS',
    ]) {
      expect(out).toContain(name);
    }
  });

  it.each([
    [['--bogus'], 'unknown argument "--bogus"'],
    [['--transport', 'ws'], '--transport must be stdio or http'],
    [['--port', 'eighty'], '--port must be a number'],
    [['--port'], '--port needs a value'],
    [['--methods', ''], '--methods needs at least one value'],
    [['--methods', 'read,lst'], 'unknown method "lst"'],
    [['--tags', 'nope'], 'unknown tag "nope"'],
    [['--expires-at', 'tomorrow'], '--expires-at must be an ISO-8601'],
    [['--expires-at', '2001-01-01T00:00:00Z'], 'already in the past'],
    [['--require-api-token'], 'needs MCP_API_TOKENS'],
    [['--name', 'x'], '--name only applies to mint-url'],
    [['mint-url', '--port', '1'], '--port does not apply to mint-url'],
    [['--methods', 'read', '--methods', 'write'], 'given twice'],
  ])('%j exits 2 with a clear message', async (argv, message) => {
    const { code, err } = await runMain(argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('refuses a malformed upstream setting at start-up', async () => {
    const { code, err } = await runMain([], { ACME_DOMAIN: 'evil.example/x', ACME_ACCESS_TOKEN: 't' });
    expect(code).toBe(2);
    expect(err).toContain('ACME_DOMAIN is not valid');
  });
});

describe('child processes', () => {
  let upstream: FakeUpstream;
  let dir: string;
  beforeAll(async () => {
    upstream = await startFakeUpstream();
    dir = mkdtempSync(join(tmpdir(), 'runtime-cli-'));
  });
  afterAll(async () => {
    await upstream.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const env = (extra: Record<string, string> = {}): Record<string, string> => ({
    PATH: process.env.PATH ?? '',
    ACME_BASE_URL: upstream.url,
    ACME_ACCESS_TOKEN: UPSTREAM_TOKEN,
    ...extra,
  });

  async function stdioClient(args: string[], extraEnv: Record<string, string>): Promise<Client> {
    const client = new Client({ name: 'stdio-test', version: '1.0.0' });
    await client.connect(new ChildStdioTransport(startStdioServer(args, env(extraEnv), { script: ENTRY })));
    return client;
  }

  it('stdio: a read-only server lists no write tool, refuses a write call, and audits without secrets', async () => {
    const auditLog = join(dir, 'stdio-audit.log');
    const client = await stdioClient(['--methods', 'read'], { MCP_AUDIT_LOG: auditLog });
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).not.toContain('update_an_acme_user_by_id');
      expect(tools.every((tool) => tool.annotations?.readOnlyHint)).toBe(true);
      const result = await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 1004 } });
      expect(result.structuredContent).toMatchObject({ id: 1004, userName: 'user4' });
      await expect(
        client.callTool({ name: 'update_an_acme_user_by_id', arguments: { user_id: 1004, active: false } }),
      ).rejects.toThrow(/Unknown tool/);
      await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 'jsmith@company.com' } });
    } finally {
      await client.close();
    }
    const lines = readFileSync(auditLog, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.tool, line.outcome, line.upstream_status])).toEqual([
      ['get_single_acme_user_by_id', 'ok', 200],
      ['update_an_acme_user_by_id', 'denied', null],
      ['get_single_acme_user_by_id', 'invalid', null],
    ]);
    expect(Object.keys(lines[0] ?? {}).sort()).toEqual([
      'duration_ms',
      'outcome',
      'server',
      'time',
      'tool',
      'upstream_status',
    ]);
    const text = readFileSync(auditLog, 'utf8');
    for (const secret of [UPSTREAM_TOKEN, 'jsmith', '1004']) {
      expect(text).not.toContain(secret);
    }
  });

  it('stdio: after --expires-at, calls are refused', async () => {
    // The child's clock is injected (test/e2e/clock.ts): the expiry is minutes away and the test
    // moves the clock past it, so neither a slow start-up nor a sleep decides the outcome.
    const clock = shiftedClock();
    const expiresAt = new Date(Date.now() + 10 * 60_000).toISOString();
    const client = await stdioClient(['--expires-at', expiresAt], clock.env);
    try {
      expect((await client.listTools()).tools.length).toBe(fixture.tools.length);
      clock.advance(Date.parse(expiresAt) - Date.now() + 60_000);
      const result = await client.callTool({ name: 'get_single_acme_link_by_id', arguments: { link_id: 'x' } });
      expect(result.isError).toBe(true);
      expect(textJson(result)).toMatchObject({ error: 'expired' });
      await expect(client.listTools()).rejects.toThrow(/expired/);
    } finally {
      await client.close();
      clock.dispose();
    }
  });

  it('http: serves /mcp and shuts down cleanly on SIGTERM', async () => {
    const server = await startHttpServer([], env(), { script: ENTRY });
    const client = await connectClient(server.mcpUrl);
    const result = await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 1001 } });
    expect(result.structuredContent).toMatchObject({ id: 1001 });
    await client.close();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
