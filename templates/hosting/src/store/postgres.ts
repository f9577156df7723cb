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

interface Queryable {
  query(sql: string, params: SqlValue[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

function driverOn(target: Queryable, transaction: SqlDriver['transaction'], close: SqlDriver['close']): SqlDriver {
  return {
    dialect: 'postgres',
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return (await target.query(numbered(sql), [...params])).rows as T[];
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      return (await target.query(numbered(sql), [...params])).rowCount ?? 0;
    },
    transaction,
    close,
  };
}

export function openPostgres(connectionString: string): SqlDriver {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client that loses its connection must not crash the server; the next query reconnects.
  pool.on('error', () => undefined);
  const noNesting = () => Promise.reject(new Error('nested transactions are not supported'));
  return driverOn(
    pool as unknown as Queryable,
    async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(driverOn(client as unknown as Queryable, noNesting, async () => undefined));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    () => pool.end(),
  );
}
