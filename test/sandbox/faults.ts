/**
 * Fault injection, driven from test code through the Sandbox object only: nothing here is
 * reachable over HTTP. Faults queue up in order; each request consumes at most one.
 */

export interface FaultScope {
  /** Only requests whose raw path starts with this are affected (default: every request). */
  pathPrefix?: string;
}

export interface StatusFault extends FaultScope {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Fault =
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'malformed' }
  | { kind: 'drop' };

interface Queued {
  fault: Fault;
  remaining: number;
  pathPrefix: string;
}

export class Faults {
  /** Added to every request before it is answered. */
  latencyMs = 0;
  private readonly queue: Queued[] = [];

  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  /** The next `count` matching requests get this status (and body/headers) instead of a real answer. */
  failNext(count: number, fault: StatusFault): void {
    const { pathPrefix, ...rest } = fault;
    this.push({ kind: 'status', ...rest }, count, pathPrefix);
  }

  /** The next `count` matching requests are served, but with a truncated, unparseable JSON body. */
  malformNext(count: number, scope: FaultScope = {}): void {
    this.push({ kind: 'malformed' }, count, scope.pathPrefix);
  }

  /** The next `count` matching requests have their socket destroyed without any answer. */
  dropNext(count: number, scope: FaultScope = {}): void {
    this.push({ kind: 'drop' }, count, scope.pathPrefix);
  }

  /** Clears latency and every queued fault. */
  reset(): void {
    this.latencyMs = 0;
    this.queue.length = 0;
  }

  /** Consumes the first queued fault that applies to this path; used by the server. */
  take(pathname: string): Fault | undefined {
    const index = this.queue.findIndex((q) => q.remaining > 0 && pathname.startsWith(q.pathPrefix));
    const entry = this.queue[index];
    if (!entry) {
      return undefined;
    }
    entry.remaining -= 1;
    if (entry.remaining === 0) {
      this.queue.splice(index, 1);
    }
    return entry.fault;
  }

  private push(fault: Fault, count: number, pathPrefix = ''): void {
    if (count > 0) {
      this.queue.push({ fault, remaining: count, pathPrefix });
    }
  }
}
