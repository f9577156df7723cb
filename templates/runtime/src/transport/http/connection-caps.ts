/**
 * Caps on what one HTTP server holds open, transport-independent: connections (open and idle), how
 * long a client may take to send its headers and request, and long-lived sessions (legacy SSE).
 */
import type { Server } from 'node:http';

export interface ConnectionLimits {
  /** Open TCP connections; further ones are refused by Node at accept. */
  maxConnections: number;
  /** An idle keep-alive connection is closed after this long. */
  keepAliveTimeoutMs: number;
  /** A client that has not sent its headers in this time is disconnected. */
  headersTimeoutMs: number;
  /** A client that has not sent its whole request (body included) in this time is disconnected. */
  requestTimeoutMs: number;
  /** Open legacy SSE sessions; more get 503. */
  maxSseSessions: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  maxConnections: 512,
  keepAliveTimeoutMs: 5_000,
  headersTimeoutMs: 15_000,
  requestTimeoutMs: 60_000,
  maxSseSessions: 64,
};

export function applyConnectionLimits(server: Server, limits: ConnectionLimits): void {
  server.maxConnections = limits.maxConnections;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
}

/** A counter of places: `take()` gives a release function, or undefined when all are in use. */
export function createSlots(max: number): { take(): (() => void) | undefined; inUse(): number } {
  let used = 0;
  return {
    take() {
      if (used >= max) return undefined;
      used++;
      let released = false;
      return () => {
        if (!released) used--;
        released = true;
      };
    },
    inUse: () => used,
  };
}
