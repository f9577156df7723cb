/**
 * When Egnyte misbehaves (slow, dropped connection, broken JSON, 404, a revoked token), each call
 * ends in a readable tool error, the server stays up, and no secret reaches a result or the log.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, SEED_FACTS, startSandbox } from '../sandbox/index.js';
import { sandboxEnv } from '../support/server.js';
import { type Connected, type EgnyteUser, ok, openServer, TRANSPORTS, textJson } from './helpers.js';

const REVOKED = 'sbx_revoked_token_0000000000000000';

describe.each(TRANSPORTS)('upstream failures over $transport ($era era)', (kind) => {
  let sandbox: Sandbox;
  let server: Connected;
  let revoked: Connected;
  let jsmithId: number;
  const texts: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    jsmithId = sandbox.state.userByName(SEED_FACTS.jsmith.userName)!.id;
    [server, revoked] = await Promise.all([
      openServer(kind, { ...sandboxEnv(sandbox), MCP_UPSTREAM_TIMEOUT_MS: '1000' }),
      openServer(kind, { EGNYTE_BASE_URL: sandbox.baseUrl, EGNYTE_ACCESS_TOKEN: REVOKED }),
    ]);
  });
  afterEach(() => sandbox.faults.reset());
  afterAll(async () => {
    await Promise.all([server?.close(), revoked?.close()]);
    await sandbox?.close();
  });

  async function failing(
    connected: Connected,
    name: string,
    args: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const result = await connected.client.callTool({ name, arguments: args });
    expect(result.isError).toBe(true);
    texts.push(JSON.stringify(result));
    return textJson(result);
  }

  it('a slow answer past MCP_UPSTREAM_TIMEOUT_MS is a timeout error', async () => {
    sandbox.faults.setLatency(2500);
    expect(await failing(server, 'get_egnyte_current_user', {})).toMatchObject({ error: 'timeout' });
  });

  it('a dropped connection is a network error', async () => {
    sandbox.faults.dropNext(1);
    expect(await failing(server, 'get_egnyte_current_user', {})).toMatchObject({ error: 'network_error' });
  });

  it('a broken JSON body is an unexpected response', async () => {
    sandbox.faults.malformNext(1);
    expect(await failing(server, 'list_all_egnyte_users', { limit: 2 })).toMatchObject({
      error: 'unexpected_response',
      status: 200,
    });
  });

  it("Egnyte's own errors come through with their status and message", async () => {
    const missing = await failing(server, 'get_single_egnyte_user_by_id', { id: 99 });
    expect(missing).toMatchObject({ error: 'upstream_error', status: 404 });
    expect(String(missing.message)).toContain('99');
    sandbox.faults.failNext(1, { status: 503, body: { errorMessage: 'Service temporarily unavailable' } });
    expect(await failing(server, 'get_egnyte_current_user', {})).toMatchObject({
      status: 503,
      message: 'Service temporarily unavailable',
    });
  });

  it('a revoked access token is a 401 tool error that does not echo the token', async () => {
    const error = await failing(revoked, 'get_egnyte_current_user', {});
    expect(error).toMatchObject({ error: 'upstream_error', status: 401 });
  });

  it('the server is still healthy afterwards, and no secret is in any result or log line', async () => {
    const user = ok<EgnyteUser>(
      await server.client.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: jsmithId } }),
    );
    expect(user.userName).toBe('jsmith');
    expect(texts.length).toBeGreaterThanOrEqual(6);
    const everything = [...texts, server.stderr(), revoked.stderr()].join('\n');
    expect(everything).not.toContain(sandbox.token);
    expect(everything).not.toContain(REVOKED);
    // The audit log has one line per call, with outcomes but no arguments.
    // Audit lines are the JSON lines without a log `msg` (the server log shares stderr here).
    const auditLines = () =>
      server
        .stderr()
        .split('\n')
        .filter((line) => line.startsWith('{') && !line.includes('"msg":'));
    // stderr is a separate pipe from the answers: wait for the sixth audit line to arrive before reading.
    await server.waitForStderr(() => auditLines().length >= 6);
    const audit = auditLines().map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(audit.map((entry) => entry.outcome)).toEqual(['error', 'error', 'error', 'error', 'error', 'ok']);
    expect(server.stderr()).not.toContain(String(jsmithId));
  });
});
