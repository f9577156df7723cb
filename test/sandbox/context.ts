/**
 * What a route handler receives and returns. Handlers are plain functions of (request, tenant)
 * to a Reply, so they can be read and tested without sockets.
 */
import type { User } from './model.js';
import type { Tenant } from './store.js';

/** A settable clock: seed dates and the audit stream's 7-day window are relative to it. */
export class Clock {
  constructor(private current: number) {}
  now(): number {
    return this.current;
  }
  set(date: Date | number): void {
    this.current = typeof date === 'number' ? date : date.getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/** Behaviour knobs shared by routes; all may be changed at runtime from test code. */
export interface RouteConfig {
  clock: Clock;
  /** Events per page of the v2 audit stream (Egnyte: up to 5,000; small here so paging is exercised). */
  auditPageSize: number;
  /** How many "running" answers a v1 audit job gives before it reports done (0 = done at once). */
  auditJobPolls: number;
}

export interface RequestContext {
  method: string;
  /** Raw (still encoded) pathname, for error-family decisions and Location headers. */
  pathname: string;
  /** Named `:params` of the matched route, decoded. */
  params: Record<string, string>;
  /** Decoded segments matched by a trailing `*` in the route. */
  rest: string[];
  query: URLSearchParams;
  /** Parsed JSON body, or undefined when the request had none. */
  body: unknown;
  /** The user the access token belongs to. */
  actor: User;
  tenant: Tenant;
  config: RouteConfig;
  /** `http://127.0.0.1:<port>` as the client reached us, for absolute Location headers. */
  origin: string;
}

export interface Reply {
  status: number;
  /** JSON-serialised unless `text` is set; omitted for empty bodies (e.g. DELETE 200). */
  body?: unknown;
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export type Handler = (ctx: RequestContext) => Reply;

export const ok = (body?: unknown, status = 200): Reply => ({ status, body });
export const empty = (status = 200): Reply => ({ status });
