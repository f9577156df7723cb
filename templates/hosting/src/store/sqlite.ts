/**
 * The embedded store: one SQLite file through better-sqlite3 (synchronous, so every call is one
 * queue step; WAL lets a backup or a reader run beside the server).
 */
import Database from 'better-sqlite3';
import type { SqlDriver, SqlValue, StoredRow } from './driver.js';

/** `timeoutMs`: how long a statement waits for another process's lock before it fails. */
export function openSqlite(path: string, timeoutMs: number): SqlDriver {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // With WAL, NORMAL syncs at checkpoints rather than at every commit: a power cut may lose the last
  // commits (call logs, last_used_at) but never corrupts the file.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${Math.floor(timeoutMs)}`);
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
  const run = async (sql: string, params: readonly SqlValue[] = []) => statement(sql).run(...params).changes;
  const direct: SqlDriver = {
    dialect: 'sqlite',
    // better-sqlite3 answers plain objects of the column values.
    all: async (sql, params = []) => statement(sql).all(...params) as StoredRow[],
    run,
    // WAL with synchronous=NORMAL: every commit already skips the per-commit sync.
    relaxed: run,
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
    relaxed: (sql, params) => queued(() => direct.run(sql, params)),
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
