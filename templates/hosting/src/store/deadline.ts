/**
 * `MCP_STORE_TIMEOUT_MS`: every store operation gets an overall deadline on top of the driver's own
 * timeouts (pg connect/statement/query timeouts, SQLite busy timeout), so a store that does not
 * answer, or that was closed, fails fast with one typed error the HTTP layer answers with 503.
 */
import { StoreUnavailableError } from 'saas-mcp-runtime/host';
import type { SqlDriver } from './driver.js';

export { DEFAULT_STORE_TIMEOUT_MS, StoreUnavailableError } from 'saas-mcp-runtime/host';

/** Driver messages and codes that mean "no usable connection", not "your query is wrong". */
const UNREACHABLE =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|Connection terminated|timeout exceeded when trying to connect|Query read timeout|canceling statement due to statement timeout|database is locked|SQLITE_BUSY/i;
const CLOSED =
  /Cannot use a pool after calling end|The database connection is not open|Client was closed|Client has encountered a connection error/i;

/** The store error as StoreUnavailableError when it is one; other errors pass unchanged. */
export function classifyStoreError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError) {
    return error;
  }
  const text = `${(error as { code?: unknown })?.code ?? ''} ${(error as Error)?.message ?? ''}`;
  if (CLOSED.test(text)) {
    return new StoreUnavailableError('closed', { cause: error });
  }
  if (UNREACHABLE.test(text) || (error as { code?: unknown })?.code === '57014') {
    return new StoreUnavailableError('unreachable', { cause: error });
  }
  return error;
}

export interface DeadlineOptions {
  timeoutMs: number;
  /** Counts each failure that made the store unavailable (the `mcp_store_errors_total` metric). */
  onUnavailable?: (error: StoreUnavailableError) => void;
}

/** The driver with a deadline around every call; a closed driver answers StoreUnavailableError('closed'). */
export function withDeadline(driver: SqlDriver, options: DeadlineOptions): SqlDriver {
  let closed = false;
  // One promise and one timer a call: the MCP path runs this on every request.
  const bounded = <T>(work: () => Promise<T>): Promise<T> => {
    if (closed) {
      return Promise.reject(failed(new StoreUnavailableError('closed')));
    }
    return new Promise<T>((resolve, reject) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        reject(failed(new StoreUnavailableError('timeout')));
      }, options.timeoutMs);
      work().then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          // After the deadline the caller has its answer: a late failure is not counted again.
          if (!timedOut) {
            reject(failed(classifyStoreError(error)));
          }
        },
      );
    });
  };
  /** The error, counted when it made the store unavailable. */
  const failed = (error: unknown): unknown => {
    if (error instanceof StoreUnavailableError) {
      options.onUnavailable?.(error);
    }
    return error;
  };
  return {
    dialect: driver.dialect,
    all: (sql, params) => bounded(() => driver.all(sql, params)),
    run: (sql, params) => bounded(() => driver.run(sql, params)),
    relaxed: (sql, params) => bounded(() => driver.relaxed(sql, params)),
    // The transaction's statements run on the inner driver: the deadline covers the whole of it.
    transaction: (work) => bounded(() => driver.transaction(work)),
    async close() {
      // Idempotent: shutdown and a failed start may both close it.
      if (closed) {
        return;
      }
      closed = true;
      await driver.close();
    },
  };
}
