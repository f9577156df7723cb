/**
 * Every 5xx of the front door carries an `error_id` that the log line with its cause carries too
 * (design.md §4d): node-oidc-provider's own `server_error` answers (its store adapter failing, or
 * reading a malformed row), our steps around it, and the bearer check of `/mcp`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../control/stores.js';
import { type CapturedLog, captureLog } from '../ops/log-capture.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import {
  authorizeUrl,
  connectClient,
  mcpInitialize,
  type OAuthServer,
  pkce,
  refreshGrant,
  register,
  startOAuthServer,
} from './hosted-oauth.js';

let sandbox: Sandbox;
let store: TestStore;
let server: OAuthServer;
let captured: CapturedLog;
let clientId = '';
let tokens: { access_token: string; refresh_token: string };

beforeAll(async () => {
  sandbox = await startSandbox({ oauth: {} });
  store = await createTestStore('sqlite');
  captured = captureLog();
  server = await startOAuthServer(store.url, sandbox, { ops: { log: captured.log } });
  const connected = await connectClient(server.url);
  expect(connected.tokens.status).toBe(200);
  clientId = connected.clientId;
  tokens = connected.tokens.body;
});

afterAll(async () => {
  await server?.close();
  await store?.drop();
  await sandbox?.close();
});

const run = (sql: string) => server.plane.ctx.records.driver.run(sql);
/** The cause the log line with this error id carries. */
const causeOf = (errorId: unknown) =>
  captured.lines().find((line) => line.error_id === errorId && line.cause !== undefined)?.cause;

/** The table the provider's adapter reads is away for the duration of `work` (a store that fails). */
async function withoutModels(work: () => Promise<void>): Promise<void> {
  await run('ALTER TABLE oauth_models RENAME TO oauth_models_away');
  try {
    await work();
  } finally {
    await run('ALTER TABLE oauth_models_away RENAME TO oauth_models');
  }
}

const refresh = () => refreshGrant(server.url, clientId, tokens.refresh_token);

describe('the front door answers its 5xx with an error id that the log carries', () => {
  it('the provider’s store failing at /token: 500 server_error with an error id; the log has the cause', async () => {
    await withoutModels(async () => {
      const answer = await refresh();
      expect(answer.status).toBe(500);
      expect(answer.body).toMatchObject({ error: 'server_error', error_id: expect.stringMatching(/^err_/) });
      expect(answer.body.error_description).toContain(answer.body.error_id);
      expect(causeOf(answer.body.error_id)).toContain('oauth_models');
    });
  });

  it('the bearer check of /mcp with the store failing: a logged 500 with an error id, not a 401', async () => {
    await withoutModels(async () => {
      const answer = await mcpInitialize(server.url, tokens.access_token);
      const body = await answer.json();
      expect(answer.status).toBe(500);
      expect(causeOf(body.error.data.error_id)).toContain('oauth_models');
    });
    expect((await mcpInitialize(server.url, tokens.access_token)).status).toBe(200);
  });

  it('a malformed stored client at /authorize: a logged 500 naming the column', async () => {
    const other = (await register(server.url)).body.client_id;
    await server.plane.ctx.records.driver.run("UPDATE oauth_clients SET metadata = '[]' WHERE client_id = ?", [other]);
    const answer = await fetch(authorizeUrl(server.url, other, pkce().challenge), { redirect: 'manual' });
    const body = await answer.json();
    expect(answer.status).toBe(500);
    expect(causeOf(body.error_id)).toContain('the store holds a malformed oauth_clients.metadata: not a JSON object');
  });

  it('a malformed stored refresh token: a logged 500 naming the column; the grant is not guessed at', async () => {
    await run(`UPDATE oauth_models SET payload = '"text"' WHERE model = 'RefreshToken'`);
    const answer = await refresh();
    expect(answer.status).toBe(500);
    expect(causeOf(answer.body.error_id)).toContain(
      'the store holds a malformed oauth_models.payload: not a JSON object',
    );
  });
});
