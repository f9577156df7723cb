/**
 * Rows as the drivers return them, decoded column by column into the types the code works with.
 * A stored value of the wrong kind is a StoredRowError naming the table and column (the HTTP layer
 * answers it as a logged 5xx with an error id), never a value cast into a type it does not have.
 * Messages name the kind of value found, never the value: a column may hold a sealed secret.
 */
import { isPlainObject } from 'saas-mcp-runtime/host';
import type { SqlValue, StoredRow } from './driver.js';

export type { StoredRow };

export class StoredRowError extends Error {
  constructor(
    readonly table: string,
    readonly column: string,
    problem: string,
  ) {
    super(`the store holds a malformed ${table}.${column}: ${problem}`);
    this.name = 'StoredRowError';
  }
}

/** What a column decoder throws; `rowDecoder` adds the table and column. */
class ColumnProblem extends Error {}

export type ColumnDecoder<T> = (value: unknown) => T;

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);
const expected = (what: string, value: unknown) => new ColumnProblem(`expected ${what}, found ${kindOf(value)}`);

export const text: ColumnDecoder<string> = (value) => {
  if (typeof value === 'string') {
    return value;
  }
  throw expected('text', value);
};

/** PostgreSQL answers BIGINT (BIGSERIAL keys) as text, to keep its precision: both forms are read. */
export const integer: ColumnDecoder<number> = (value) => {
  const number = typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  if (typeof number === 'number' && Number.isSafeInteger(number)) {
    return number;
  }
  throw expected('an integer', value);
};

export const nullable =
  <T>(decode: ColumnDecoder<T>): ColumnDecoder<T | null> =>
  (value) =>
    value === null ? null : decode(value);

/** One of a few words (a status, a kind). */
export const oneOf =
  <T extends string | number>(...allowed: T[]): ColumnDecoder<T> =>
  (value) => {
    if (allowed.includes(value as T)) {
      return value as T;
    }
    throw new ColumnProblem(`expected one of ${allowed.join(', ')}`);
  };

/** A 0/1 INTEGER column (SQLite has no boolean; PostgreSQL's column is INTEGER too). */
export const flag: ColumnDecoder<0 | 1> = (value) => oneOf<0 | 1>(0, 1)(integer(value));

/**
 * A TEXT column holding a JSON object (a config, a payload): parsed, and refused by table and
 * column when it is not JSON or not an object. Its fields are the caller's to check.
 */
export function storedObject(table: string, column: string, stored: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    throw new StoredRowError(table, column, 'not JSON');
  }
  if (!isPlainObject(value)) {
    throw new StoredRowError(table, column, 'not a JSON object');
  }
  return value;
}

export type ColumnSpec<T> = { readonly [K in keyof T]: ColumnDecoder<T[K]> };

export interface RowDecoder<T> {
  readonly table: string;
  /** An INSERT of the whole row, its values in column order. */
  insert(row: T): { sql: string; params: SqlValue[] };
  /** The column list, `a, b, c`; with an alias `s.a, s.b`; with a prefix too `s.a AS p_a, ...`. */
  columns(alias?: string, prefix?: string): string;
  /** The row's columns (read under `prefix` when the query renamed them), checked one by one. */
  decode(row: StoredRow, prefix?: string): T;
}

/** A decoder for the rows of `table`: the spec lists every column and how it is read. */
export function rowDecoder<T extends { [K in keyof T]: SqlValue }>(table: string, spec: ColumnSpec<T>): RowDecoder<T> {
  const names = Object.keys(spec) as Array<keyof T & string>;
  const plain = names.join(', ');
  const insertSql = `INSERT INTO ${table} (${plain}) VALUES (${names.map(() => '?').join(', ')})`;
  return {
    table,
    insert: (row) => ({ sql: insertSql, params: names.map((name) => row[name]) }),
    columns: (alias, prefix) =>
      alias === undefined
        ? plain
        : names.map((name) => `${alias}.${name}${prefix ? ` AS ${prefix}${name}` : ''}`).join(', '),
    decode(row, prefix = '') {
      const decoded = {} as T;
      for (const name of names) {
        try {
          decoded[name] = spec[name](row[`${prefix}${name}`]);
        } catch (error) {
          throw error instanceof ColumnProblem ? new StoredRowError(table, name, error.message) : error;
        }
      }
      return decoded;
    },
  };
}

/** The first row decoded, or undefined when there is none. */
export function firstRow<T>(rows: readonly StoredRow[], decoder: Pick<RowDecoder<T>, 'decode'>): T | undefined {
  const [row] = rows;
  return row === undefined ? undefined : decoder.decode(row);
}
