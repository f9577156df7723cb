/**
 * The one interface both store adapters implement: a few SQL calls with `?` placeholders. Queries
 * are written once, in the subset of SQL that SQLite and PostgreSQL share.
 */
export type SqlValue = string | number | null;

export type Dialect = 'sqlite' | 'postgres';

export interface SqlDriver {
  readonly dialect: Dialect;
  /** Rows of a SELECT (or of a statement with RETURNING). */
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs the work in one transaction on one connection; rolls back when it throws. */
  transaction<T>(work: (tx: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
