/**
 * The front door's rows at the store boundary (#19): a stored OAuth row of the wrong form is
 * refused by table and column, answered as a 5xx whose error id is in the log line with the cause;
 * the sign-in of every other request goes on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../templates/hosting/src/control/context.js';
import { createTestStore, STORE_KINDS, type TestStore } from '../control/stores.js';
import { type CapturedLog, captureLog } from '../ops/log-capture.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { openConsent } from './browser.js';
import { authorizeUrl, type OAuthServer, pkce, register, startOAuthServer } from './hosted-oauth.js';

describe.each(STORE_KINDS)('a malformed stored OAuth row on %s', (kind) => {
  let sandbox: Sandbox;
  let store: TestStore;
  let server: OAuthServer;
  let captured: CapturedLog;
  let clientId = '';

  beforeAll(async () => {
    sandbox = await startSandbox({ oauth: {} });
    store = await createTestStore(kind);
    captured = captureLog();
    server = await startOAuthServer(store.url, sandbox, { ops: { log: captured.log } });
    clientId = (await register(server.url)).body.client_id;
  });

  afterAll(async () => {
    await server?.close();
    await store?.drop();
    await sandbox?.close();
  });

  const run = (sql: string, params: Array<string | number>) => server.plane.ctx.records.driver.run(sql, params);

  /** The error id an answer carries, and the cause the log line with that id names. */
  function causeOf(answerText: string): unknown {
    const errorId = /err_[0-9a-f]{12}/.exec(answerText)?.[0];
    expect(errorId, answerText).toBeDefined();
    return captured.lines().find((line) => line.error_id === errorId)?.cause;
  }

  it.each([
    ['request', `'{"clientId": 3}'`, 'malformed oauth_requests.request: a field is missing or has the wrong form'],
    ['request', `'[1, 2'`, 'malformed oauth_requests.request: not JSON'],
    ['consented', '7', 'malformed oauth_requests.consented: expected one of 0, 1'],
  ])(
    'a sign-in request whose %s is %s: the consent step answers a 500 page with an error id',
    async (column, value, cause) => {
      const consent = await openConsent(authorizeUrl(server.url, clientId, pkce().challenge));
      await run(`UPDATE oauth_requests SET ${column} = ${value} WHERE id_hash = ?`, [hashSecret(consent.request)]);
      const answer = await fetch(consent.pageUrl, { headers: { cookie: consent.cookie } });
      const text = await answer.text();
      expect(answer.status).toBe(500);
      expect(causeOf(text)).toContain(`the store holds a ${cause}`);
      // Another sign-in is served as before.
      await openConsent(authorizeUrl(server.url, clientId, pkce().challenge));
    },
  );
});
