/**
 * MCP_STORE_TIMEOUT_MS on SQLite: another process holding the write lock makes a write wait the
 * busy timeout and then fail with 503 `store_unavailable` (never a hang or a bare 500); once the
 * lock is released, writes succeed again by themselves. The wait is printed, not asserted: the 503
 * itself shows the busy timeout ended it (without one, the write would wait for the lock forever).
 */

import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Hosted, startHosted } from '../control/hosted.js';
import { createTestStore, type TestStore } from '../control/stores.js';

const STORE_TIMEOUT_MS = 300;

describe('a locked SQLite store', () => {
  let store: TestStore;
  let hosted: Hosted;
  beforeAll(async () => {
    store = await createTestStore('sqlite');
    hosted = await startHosted(store.url, {}, undefined, { ops: { storeTimeoutMs: STORE_TIMEOUT_MS } });
  });
  afterAll(async () => {
    await hosted?.close();
    await store?.drop();
  });

  it('answers 503 store_unavailable within the busy timeout, then recovers', async () => {
    const other = new Database(store.file ?? '');
    other.exec('BEGIN EXCLUSIVE');
    const started = performance.now();
    const refused = await hosted.admin('POST', '/api-token', { name: 'ci' });
    const waited = performance.now() - started;
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ error: 'store_unavailable', error_id: expect.stringMatching(/^err_/) });
    other.exec('ROLLBACK');
    other.close();
    expect((await hosted.admin('POST', '/api-token', { name: 'ci' })).status).toBe(201);
    console.log(
      `sqlite locked by another process: failed after ${waited.toFixed(0)} ms (MCP_STORE_TIMEOUT_MS ${STORE_TIMEOUT_MS})`,
    );
  });
});
