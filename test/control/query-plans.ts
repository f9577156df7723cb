/**
 * The query plans of the store's hot statements, on either database: the statement is taken from
 * `Records` itself (a recording driver captures the SQL it would run), then explained by the real
 * store. Used by the store tests and printed by `npm run bench:hosting` for the README.
 */
import type { SqlDriver, SqlValue } from '../../templates/hosting/src/store/driver.js';
import { Records } from '../../templates/hosting/src/store/records.js';

const LATER = '2030-06-01T00:00:00.000Z';

/** Each statement, the index that must serve it, and how Records issues it. */
export const STORE_QUERIES = {
  'purge of expired servers (before admin list/get)': {
    index: 'mcp_servers_expiry',
    issue: (r: Records) => r.deleteExpiredServers(LATER),
  },
  'accounts page (admin list, 2nd page)': {
    index: 'accounts_created',
    issue: (r: Records) => r.accounts(`${LATER}|x`, 50),
  },
  'servers page of an account (admin list)': {
    index: 'mcp_servers_account',
    issue: (r: Records) => r.servers('acct', null, 50),
  },
  'logs page of a server (admin logs)': { index: 'mcp_logs_server', issue: (r: Records) => r.logs('s1', null, 50) },
} as const;

export type StoreQuery = keyof typeof STORE_QUERIES;

/** The first statement Records runs for a query, with its parameters, without running it. */
async function capture(
  query: StoreQuery,
  dialect: SqlDriver['dialect'],
): Promise<{ sql: string; params: readonly SqlValue[] }> {
  let seen: { sql: string; params: readonly SqlValue[] } | undefined;
  const record = (sql: string, params: readonly SqlValue[] = []) => {
    seen ??= { sql, params };
  };
  const recording: SqlDriver = {
    dialect,
    all: async (sql, params) => {
      record(sql, params);
      return [];
    },
    run: async (sql, params) => {
      record(sql, params);
      return 0;
    },
    transaction: (work) => work(recording),
    close: async () => undefined,
  };
  await STORE_QUERIES[query].issue(new Records(recording));
  if (!seen) {
    throw new Error(`${query}: Records ran no statement`);
  }
  return seen;
}

/**
 * The plan as text. PostgreSQL is asked with sequential scans discouraged: on a test-sized table
 * a scan is cheapest, and the question is whether the index can serve the statement at all.
 */
export async function queryPlan(
  driver: SqlDriver,
  query: StoreQuery,
  options: { discourageScans?: boolean } = { discourageScans: true },
): Promise<string> {
  const { sql, params } = await capture(query, driver.dialect);
  if (driver.dialect === 'sqlite') {
    const rows = await driver.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params);
    return rows.map((row) => row.detail).join('\n');
  }
  return driver.transaction(async (tx) => {
    if (options.discourageScans) {
      await tx.run('SET LOCAL enable_seqscan = off');
    }
    const rows = await tx.all<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}
