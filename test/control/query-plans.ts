/**
 * The query plans of the store's hot statements, on either database: the statement is taken from
 * the store's own code (a recording driver captures the SQL it would run), then explained by the
 * real store. Used by the store tests and printed by `npm run bench:hosting` for the README.
 */
import type { SqlDriver, SqlValue } from '../../templates/hosting/src/store/driver.js';
import { Records } from '../../templates/hosting/src/store/records.js';
import { purgeExpired } from '../../templates/hosting/src/store/retention.js';

const LATER = '2030-06-01T00:00:00.000Z';

/** Each statement, an index that can serve it (the primary key is named per database), and how the store issues it. */
export const STORE_QUERIES = {
  'servers page of an account (admin list)': {
    index: /mcp_servers_account/,
    issue: (d: SqlDriver) => new Records(d).servers('acct', LATER, null, 50),
  },
  'a server of an account (admin get, PATCH)': {
    index: /mcp_servers_pkey|mcp_servers_account|sqlite_autoindex_mcp_servers_1/,
    issue: (d: SqlDriver) => new Records(d).server('acct', 's1', LATER),
  },
  'logs page of a server (admin logs)': {
    index: /mcp_logs_server/,
    issue: (d: SqlDriver) => new Records(d).logs('acct', 's1', LATER, null, 50),
  },
  'accounts page (admin list, 2nd page)': {
    index: /accounts_created/,
    issue: (d: SqlDriver) => new Records(d).accounts(`${LATER}|x`, 50),
  },
  'a live server by URL token, with its account (every store-backed MCP request)': {
    index: /mcp_servers_token_hash_key|sqlite_autoindex_mcp_servers_2/,
    issue: (d: SqlDriver) => new Records(d).serverByTokenHash('hash', LATER),
  },
  'purge of expired servers (retention, every 15 minutes)': {
    index: /mcp_servers_expiry/,
    issue: (d: SqlDriver) => purgeExpired(d, new Date(LATER), 30),
  },
} as const;

export type StoreQuery = keyof typeof STORE_QUERIES;

/** The first statement the store runs for a query, with its parameters, without running it. */
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
    relaxed: async (sql, params) => {
      record(sql, params);
      return 0;
    },
    transaction: (work) => work(recording),
    close: async () => undefined,
  };
  await STORE_QUERIES[query].issue(recording);
  if (!seen) {
    throw new Error(`${query}: the store ran no statement`);
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
    const rows = await driver.all(`EXPLAIN QUERY PLAN ${sql}`, params);
    return rows.map((row) => String(row.detail)).join('\n');
  }
  return driver.transaction(async (tx) => {
    if (options.discourageScans) {
      await tx.run('SET LOCAL enable_seqscan = off');
    }
    const rows = await tx.all(`EXPLAIN ${sql}`, params);
    return rows.map((row) => String(row['QUERY PLAN'])).join('\n');
  });
}
