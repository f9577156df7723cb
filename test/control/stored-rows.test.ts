/**
 * The store boundary (#19): rows are decoded, not cast. A stored value of the wrong form is a
 * StoredRowError naming the table and column (never the value), and through HTTP a logged 5xx
 * with an error id; the server keeps serving everything else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integer, nullable, oneOf, rowDecoder, StoredRowError, text } from '../../templates/hosting/src/store/rows.js';
import { decodeServerConfig } from '../../templates/hosting/src/store/server-config.js';
import { type CapturedLog, captureLog } from '../ops/log-capture.js';
import { type Hosted, startHosted } from './hosted.js';
import { createTestStore, STORE_KINDS, type TestStore } from './stores.js';

describe('row decoders', () => {
  const decoder = rowDecoder<{ id: string; seq: number; note: string | null; on: 0 | 1 }>('things', {
    id: text,
    seq: integer,
    note: nullable(text),
    on: oneOf<0 | 1>(0, 1),
  });

  it('read both drivers’ forms (PostgreSQL BIGINT arrives as text)', () => {
    expect(decoder.decode({ id: 'a', seq: '42', note: null, on: 1 })).toEqual({ id: 'a', seq: 42, note: null, on: 1 });
    expect(decoder.decode({ p_id: 'a', p_seq: 7, p_note: 'n', p_on: 0 }, 'p_')).toEqual({
      id: 'a',
      seq: 7,
      note: 'n',
      on: 0,
    });
    expect(decoder.columns('t', 'p_')).toBe('t.id AS p_id, t.seq AS p_seq, t.note AS p_note, t.on AS p_on');
  });

  it.each([
    [{ id: 7, seq: 1, note: null, on: 0 }, 'the store holds a malformed things.id: expected text, found number'],
    [{ id: 'a', seq: '1.5', note: null, on: 0 }, 'things.seq: expected an integer, found string'],
    [{ id: 'a', seq: 1, note: ['x'], on: 0 }, 'things.note: expected text, found a list'],
    [{ id: 'a', seq: 1, note: null, on: 2 }, 'things.on: expected one of 0, 1'],
    [{ seq: 1, note: null, on: 0 }, 'things.id: expected text, found undefined'],
  ])('refuse %j by table and column', (row, message) => {
    expect(() => decoder.decode(row)).toThrow(StoredRowError);
    expect(() => decoder.decode(row)).toThrow(message);
  });

  it('never put the stored value in the message', () => {
    expect(() => decoder.decode({ id: 'a', seq: 'sealed-secret-value', note: null, on: 0 })).toThrow(
      /^(?!.*sealed-secret-value).*expected an integer, found string$/,
    );
  });
});

describe('decodeServerConfig', () => {
  it('reads what the admin API writes', () => {
    const config = { methods: ['read'], tags: ['Files'], tool_exposure: 'discovery', output_schema: 'off' } as const;
    expect(decodeServerConfig(JSON.stringify(config))).toEqual(config);
    expect(decodeServerConfig('{}')).toEqual({});
  });

  it.each([
    ['{"methods": 3', 'not JSON'],
    ['[]', 'not a JSON object'],
    ['{"methods": "read"}', '"methods" has the wrong form'],
    ['{"tags": []}', '"tags" has the wrong form'],
    ['{"tool_exposure": "some"}', '"tool_exposure" has the wrong form'],
    ['{"scopes": ["x"]}', 'unknown field "scopes"'],
  ])('refuses %s: %s', (stored, problem) => {
    expect(() => decodeServerConfig(stored)).toThrow(`the store holds a malformed mcp_servers.config: ${problem}`);
  });
});

describe.each(STORE_KINDS)('a malformed stored row on %s', (kind) => {
  let store: TestStore;
  let hosted: Hosted;
  let captured: CapturedLog;
  let accountId = '';
  let serverId = '';
  let url = '';
  const corrupt = (sql: string) => hosted.plane.ctx.records.driver.run(sql, [serverId]);

  beforeAll(async () => {
    store = await createTestStore(kind);
    captured = captureLog();
    hosted = await startHosted(store.url, {}, undefined, {}, { ops: { log: captured.log } });
    accountId = (
      await hosted.admin('POST', '/integrated-account', {
        name: 'Acme',
        base_url: 'http://127.0.0.1:9',
        access_token: 't-1',
      })
    ).body.id;
    const created = await hosted.admin('POST', `/integrated-account/${accountId}/mcp`, { name: 'reader' });
    serverId = created.body.id;
    url = created.body.url;
  });
  afterAll(async () => {
    await hosted?.close();
    await store?.drop();
  });

  /** The answer's error id, and the cause the log line with that id carries. */
  const causeOf = (errorId: string) => captured.lines().find((line) => line.error_id === errorId)?.cause;

  it('answers the admin call 500 with an error id; the log names the column', async () => {
    await corrupt(`UPDATE mcp_servers SET config = '{"methods": "read"}' WHERE id = ?`);
    for (const path of [`/integrated-account/${accountId}/mcp/${serverId}`, `/integrated-account/${accountId}/mcp`]) {
      const answer = await hosted.admin('GET', path);
      expect(answer.status).toBe(500);
      expect(answer.body).toMatchObject({ error: 'internal_error', error_id: expect.stringMatching(/^err_/) });
      expect(causeOf(answer.body.error_id)).toContain(
        'the store holds a malformed mcp_servers.config: "methods" has the wrong form',
      );
    }
    // Everything else is still served.
    expect((await hosted.admin('GET', `/integrated-account/${accountId}`)).status).toBe(200);
  });

  it('answers the server URL 500 with an error id instead of serving a config it cannot read', async () => {
    await corrupt(`UPDATE mcp_servers SET config = '{"methods": ["read"], "scopes": ["all"]}' WHERE id = ?`);
    const response = await fetch(url, {
      method: 'POST',
      headers: { accept: 'application/json, text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    const body = await response.json();
    expect(response.status).toBe(500);
    expect(causeOf(body.error.data.error_id)).toContain('malformed mcp_servers.config: unknown field "scopes"');
  });

  it('refuses a column of the wrong form the same way', async () => {
    await corrupt(`UPDATE mcp_servers SET config = '{}', require_api_token_auth = 7 WHERE id = ?`);
    const answer = await hosted.admin('GET', `/integrated-account/${accountId}/mcp/${serverId}`);
    expect(answer.status).toBe(500);
    expect(causeOf(answer.body.error_id)).toContain(
      'malformed mcp_servers.require_api_token_auth: expected one of 0, 1',
    );
    await corrupt('UPDATE mcp_servers SET require_api_token_auth = 0 WHERE id = ?');
    expect((await hosted.admin('GET', `/integrated-account/${accountId}/mcp/${serverId}`)).status).toBe(200);
  });
});
