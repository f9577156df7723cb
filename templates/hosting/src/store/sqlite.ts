/**
 * The embedded store: one SQLite file through better-sqlite3 (synchronous, so every call is one
 * queue step; WAL lets a backup or a reader run beside the server).
 */
import Database from 'better-sqlite3';
import type { SqlDriver, SqlValue } from './driver.js';

export function openSqlite(path: string): SqlDriver {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Statements are prepared once per SQL text; the server runs the same few over and over.
  const prepared = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    let found = prepared.get(sql);
    if (!found) {
      found = db.prepare(sql);
      prepared.set(sql, found);
    }
    return found;
  };
  // A transaction holds the connection: other callers wait for it instead of joining it.
  let queue: Promise<unknown> = Promise.resolve();
  const direct: SqlDriver = {
    dialect: 'sqlite',
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return statement(sql).all(...params) as T[];
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      return statement(sql).run(...params).changes;
    },
    transaction: () => Promise.reject(new Error('nested transactions are not supported')),
    close: async () => undefined,
  };
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };
  return {
    dialect: 'sqlite',
    all: (sql, params) => queued(() => direct.all(sql, params)),
    run: (sql, params) => queued(() => direct.run(sql, params)),
    transaction: (work) =>
      queued(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(direct);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          db.exec('ROLLBACK');
          throw error;
        }
      }),
    close: () => queued(async () => void db.close()),
  };
}
