/**
 * The one failure of a store the HTTP layer answers with 503 (design.md §4d): it did not answer
 * within MCP_STORE_TIMEOUT_MS, refused the connection, or is closed. The hosting package's store
 * throws it; the runtime only recognises it.
 */
export const DEFAULT_STORE_TIMEOUT_MS = 5_000;

export class StoreUnavailableError extends Error {
  constructor(
    readonly reason: 'timeout' | 'unreachable' | 'closed',
    options?: { cause?: unknown },
  ) {
    super(`the store is unavailable (${reason})`, options);
    this.name = 'StoreUnavailableError';
  }
}
