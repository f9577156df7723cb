/**
 * The shared store: PostgreSQL through a pg pool, for several server instances on one database.
 * The connection string is pg's own (`postgres://user@host/db`, `?options=-c search_path=...`).
 */
import pg from 'pg';
import type { SqlDriver, SqlValue, StoredRow } from './driver.js';

/** `?` placeholders become `$1, $2, ...` (the store's SQL never has `?` inside a literal). */
function numbered(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

interface QueryConfig {
  text: string;
  values: SqlValue[];
  /** Set: a named statement, parsed and planned once per connection, then only executed. */
  name?: string;
}

interface Queryable {
  query(config: QueryConfig): Promise<{ rows: StoredRow[]; rowCount: number | null }>;
}

const DATA_STATEMENT = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;
/** One name per SQL text for the whole process, so that every connection agrees on what a name means. */
const statements = new Map<string, { text: string; name?: string }>();

/** The store runs the same few data statements over and over: they are named (prepared); DDL is not. */
function queryFor(sql: string, params: readonly SqlValue[]): QueryConfig {
  let known = statements.get(sql);
  if (!known) {
    known = { text: numbered(sql), ...(DATA_STATEMENT.test(sql) ? { name: `store_${statements.size + 1}` } : {}) };
    statements.set(sql, known);
  }
  return { ...known, values: [...params] };
}

/** `relaxed` defaults to `run` on the same target: inside a transaction it is the transaction's. */
type Parts = Pick<SqlDriver, 'transaction' | 'close'> & Partial<Pick<SqlDriver, 'relaxed'>>;

function driverOn(target: Queryable, parts: Parts): SqlDriver {
  const run: SqlDriver['run'] = async (sql, params = []) => (await target.query(queryFor(sql, params))).rowCount ?? 0;
  return {
    dialect: 'postgres',
    all: async (sql, params = []) => (await target.query(queryFor(sql, params))).rows,
    run,
    relaxed: run,
    ...parts,
  };
}

/**
 * The connection string with one more server setting in its `options` (kept: the ones it had). One
 * that is not a URL pg could still read is kept as it is: those connections then commit durably.
 */
function withOption(connectionString: string, setting: string): string {
  let url: URL;
  try {
    url = new URL(connectionString);
  } catch {
    return connectionString;
  }
  url.searchParams.set('options', [url.searchParams.get('options'), `-c ${setting}`].filter(Boolean).join(' '));
  return url.href;
}

/** `timeoutMs` bounds connecting, each statement (server side) and each query's answer (client side). */
export function openPostgres(connectionString: string, timeoutMs: number): SqlDriver {
  const settings = {
    connectionString,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs,
    keepAlive: true,
  };
  const pool = new pg.Pool({ ...settings, max: 10 });
  // Call logs commit without waiting for the WAL flush (1-5 ms a commit on a plain disk), on
  // connections of their own so every other write stays durable.
  const relaxedPool = new pg.Pool({
    ...settings,
    connectionString: withOption(connectionString, 'synchronous_commit=off'),
    max: 2,
  });
  // An idle client that loses its connection must not crash the server; the next query reconnects.
  pool.on('error', () => undefined);
  relaxedPool.on('error', () => undefined);
  const noNesting = () => Promise.reject(new Error('nested transactions are not supported'));
  return driverOn(pool as unknown as Queryable, {
    relaxed: driverOn(relaxedPool as unknown as Queryable, { transaction: noNesting, close: async () => undefined })
      .run,
    transaction: async (work) => {
      const client = await pool.connect();
      let failure: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work(
          driverOn(client as unknown as Queryable, { transaction: noNesting, close: async () => undefined }),
        );
        await client.query('COMMIT');
        return result;
      } catch (error) {
        failure = error as Error;
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        // A connection that failed mid-transaction (timeout, partition) is discarded, not reused.
        client.release(failure);
      }
    },
    close: async () => {
      await Promise.all([pool.end(), relaxedPool.end()]);
    },
  });
}
