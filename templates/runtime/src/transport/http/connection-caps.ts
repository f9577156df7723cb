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
  /** Open TCP connections from one client address; the next as many get 503, more are closed at once (slowloris). */
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

/** Which connections are over their address's cap (their first request is answered 503, see serving.ts). */
export interface ConnectionCaps {
  isSurplus(socket: Socket): boolean;
}

export function applyConnectionLimits(server: Server, limits: ConnectionLimits): ConnectionCaps {
  server.maxConnections = limits.maxConnections;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  return capPerAddress(server, limits.maxConnectionsPerAddress);
}

/**
 * One client cannot take every slot. Past `max` open connections from its address, the next `max`
 * are kept only to answer their first request 503 with Retry-After and close: a client that is
 * merely busy (many sessions, a proxy) sees an answer it can retry, not a reset. Past twice `max`
 * they are closed at once: a flood (slowloris) holds no more than that until the header timeout.
 */
function capPerAddress(server: Server, max: number): ConnectionCaps {
  const open = new Map<string, number>();
  const surplus = new WeakSet<Socket>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = open.get(address) ?? 0;
    if (count >= 2 * max) {
      socket.destroy();
      return;
    }
    if (count >= max) {
      surplus.add(socket);
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
  return { isSurplus: (socket) => surplus.has(socket) };
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
