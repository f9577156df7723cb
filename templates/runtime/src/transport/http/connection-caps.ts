/**
 * Caps on what one HTTP server holds open, transport-independent: connections (open and idle), how
 * long a client may take to send its headers and request, and long-lived sessions (legacy SSE).
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** How often Node checks the header and request timeouts (its default, 30 s, lets slow clients linger). */
export const CONNECTIONS_CHECK_MS = 1_000;

export interface ConnectionLimits {
  /** Open TCP connections; further ones are refused by Node at accept. */
  maxConnections: number;
  /** Open TCP connections from one client address; more are closed at once (slowloris). */
  maxConnectionsPerAddress: number;
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
  maxConnectionsPerAddress: 64,
  keepAliveTimeoutMs: 5_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  maxSseSessions: 64,
};

export function applyConnectionLimits(server: Server, limits: ConnectionLimits): void {
  server.maxConnections = limits.maxConnections;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  capPerAddress(server, limits.maxConnectionsPerAddress);
}

/** Closes a new connection when its address already holds `max`: one client cannot take every slot. */
function capPerAddress(server: Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = open.get(address) ?? 0;
    if (count >= max) {
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) {
        open.delete(address);
      } else {
        open.set(address, left);
      }
    });
  });
}

/** A counter of places: `take()` gives a release function, or undefined when all are in use. */
export function createSlots(max: number): { take(): (() => void) | undefined; inUse(): number } {
  let used = 0;
  return {
    take() {
      if (used >= max) {
        return undefined;
      }
      used++;
      let released = false;
      return () => {
        if (!released) {
          used--;
        }
        released = true;
      };
    },
    inUse: () => used,
  };
}
