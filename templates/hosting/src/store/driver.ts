/**
 * The one interface both store adapters implement: a few SQL calls with `?` placeholders. Queries
 * are written once, in the subset of SQL that SQLite and PostgreSQL share.
 */
export type SqlValue = string | number | null;

/** A row as a driver answers it: column names to values not yet checked (rows.ts decodes them). */
export type StoredRow = Readonly<Record<string, unknown>>;

export type Dialect = 'sqlite' | 'postgres';

/** Rows of a SELECT (or of a statement with RETURNING), to be decoded (rows.ts). */
export type RowQuery = (sql: string, params?: readonly SqlValue[]) => Promise<StoredRow[]>;

export interface SqlDriver {
  readonly dialect: Dialect;
  all: RowQuery;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs the work in one transaction on one connection; rolls back when it throws. */
  transaction<T>(work: (tx: SqlDriver) => Promise<T>): Promise<T>;
  /**
   * One statement whose commit need not wait for the disk (call logs): a crash of the database may
   * lose the last few, never corrupt the store. SQLite in WAL mode with synchronous=NORMAL already
   * commits so; PostgreSQL runs it on a connection with synchronous_commit off.
   */
  relaxed(sql: string, params?: readonly SqlValue[]): Promise<number>;
  close(): Promise<void>;
}
