/**
 * The shared store: PostgreSQL through a pg pool, for several server instances on one database.
 * The connection string is pg's own (`postgres://user@host/db`, `?options=-c search_path=...`).
 */
import pg from 'pg';
import type { SqlDriver, SqlValue } from './driver.js';

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
  query(config: QueryConfig): Promise<{ rows: unknown[]; rowCount: number | null }>;
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

function driverOn(target: Queryable, transaction: SqlDriver['transaction'], close: SqlDriver['close']): SqlDriver {
  return {
    dialect: 'postgres',
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return (await target.query(queryFor(sql, params))).rows as T[];
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      return (await target.query(queryFor(sql, params))).rowCount ?? 0;
    },
    transaction,
    close,
  };
}

/** `timeoutMs` bounds connecting, each statement (server side) and each query's answer (client side). */
export function openPostgres(connectionString: string, timeoutMs: number): SqlDriver {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs,
    keepAlive: true,
  });
  // An idle client that loses its connection must not crash the server; the next query reconnects.
  pool.on('error', () => undefined);
  const noNesting = () => Promise.reject(new Error('nested transactions are not supported'));
  return driverOn(
    pool as unknown as Queryable,
    async (work) => {
      const client = await pool.connect();
      let failure: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work(driverOn(client as unknown as Queryable, noNesting, async () => undefined));
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
    () => pool.end(),
  );
}
