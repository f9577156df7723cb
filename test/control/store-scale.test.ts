/**
 * The store's hot paths at scale (#22), on SQLite and PostgreSQL: the admin reads, the list pages
 * and the expiry purge are served by indexes (the query plans say so), call logs are written in
 * batches (one transaction on SQLite, one statement for the batch on PostgreSQL, committed without
 * waiting for the disk), and PostgreSQL runs named (prepared) statements. Timings are `npm run bench:hosting`'s business, not this file's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CallLog, createCallLogWriter } from '../../templates/hosting/src/store/call-log-writer.js';
import type { SqlDriver } from '../../templates/hosting/src/store/driver.js';
import { type AccountRow, Records, type ServerRow } from '../../templates/hosting/src/store/records.js';
import { purgeExpired } from '../../templates/hosting/src/store/retention.js';
import { queryPlan, STORE_QUERIES, type StoreQuery } from './query-plans.js';
import { openTestStore, STORE_KINDS, type TestStore } from './stores.js';

const T0 = '2030-01-01T00:00:00.000Z';
const account: AccountRow = {
  id: 'acct',
  name: 'a',
  domain: null,
  base_url: 'https://x.test',
  status: 'active',
  credentials: null,
  credentials_version: 0,
  created_at: T0,
  updated_at: T0,
};
const server = (id: string, expires: string | null): ServerRow => ({
  id,
  account_id: 'acct',
  name: id,
  config: '{}',
  token_hash: `h-${id}`,
  expires_at: expires,
  require_api_token_auth: 0,
  created_at: T0,
  updated_at: T0,
  last_used_at: null,
});
const log = (serverId: string, tool: string): CallLog => ({
  server_id: serverId,
  time: T0,
  tool,
  outcome: 'ok',
  upstream_status: 200,
  duration_ms: 1,
});

describe.each(STORE_KINDS)('store at scale on %s', (kind) => {
  let store: TestStore;
  let driver: SqlDriver;
  let records: Records;

  beforeAll(async () => {
    ({ store, driver } = await openTestStore(kind, new Date(T0)));
    records = new Records(driver);
    await records.insertAccount(account);
    for (const [id, expires] of [
      ['s1', null],
      ['s2', '2030-01-01T00:00:05.000Z'],
      ['s3', '2031-01-01T00:00:00.000Z'],
    ] as const) {
      await records.insertServer(server(id, expires));
    }
  });
  afterAll(async () => {
    await driver?.close();
    await store?.drop();
  });

  it.each(Object.keys(STORE_QUERIES))('%s: the plan uses its index, not a scan of the table', async (name) => {
    const { index } = STORE_QUERIES[name as StoreQuery];
    const plan = await queryPlan(driver, name as StoreQuery);
    expect(plan).toMatch(index);
    expect(plan).not.toMatch(/^SCAN (mcp_servers|accounts|api_tokens)$|Seq Scan/m);
  });

  it('lists only live servers, and the retention purge deletes exactly the expired ones', async () => {
    const later = '2030-06-01T00:00:00.000Z';
    expect((await records.servers('acct', later, null, 10)).rows.map((row) => row.id)).toEqual(['s1', 's3']);
    expect((await purgeExpired(driver, new Date(later), 30)).mcp_servers).toBe(1);
    expect((await records.servers('acct', T0, null, 10)).rows.map((row) => row.id)).toEqual(['s1', 's3']);
  });

  it('writes the calls of one event-loop turn as one batch; a deleted server takes no log', async () => {
    const batches: number[] = [];
    const writer = createCallLogWriter({
      recordCalls: (logs) => {
        batches.push(logs.length);
        return records.recordCalls(logs);
      },
    });
    await Promise.all([writer.write(log('s1', 'a')), writer.write(log('s1', 'b')), writer.write(log('gone', 'c'))]);
    await writer.write(log('s3', 'd'));
    await writer.drain();
    expect(batches).toEqual([3, 1]);
    expect((await records.logs('acct', 's1', T0, null, 10)).rows.map((row) => row.tool)).toEqual(['b', 'a']);
    expect(await driver.all("SELECT seq FROM mcp_logs WHERE server_id = 'gone'")).toEqual([]);
    expect((await records.server('acct', 's3'))?.last_used_at).toBe(T0);
  });

  it.runIf(kind === 'postgres')('commits call logs without waiting for the disk, and nothing else', async () => {
    const insert =
      "INSERT INTO rate_counters (bucket, hits, window_end) VALUES (current_setting('synchronous_commit'), 1, ?)";
    await driver.relaxed(insert, ['relaxed']);
    await driver.run(insert, ['durable']);
    expect(await driver.all('SELECT bucket, window_end FROM rate_counters ORDER BY window_end')).toEqual([
      { bucket: 'on', window_end: 'durable' },
      { bucket: 'off', window_end: 'relaxed' },
    ]);
  });

  it.runIf(kind === 'postgres')('runs data statements as named (prepared) statements', async () => {
    const names = await driver.transaction(async (tx) => {
      await tx.all('SELECT id FROM mcp_servers WHERE token_hash = ?', ['h-s1']);
      return tx.all("SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'store_%'");
    });
    expect(names).toContainEqual(
      expect.objectContaining({ statement: 'SELECT id FROM mcp_servers WHERE token_hash = $1' }),
    );
  });
});
