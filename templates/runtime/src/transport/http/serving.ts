/**
 * Around every HTTP request: a request id, the route template, one log line and one metric when it
 * ends, a 503/500 answer with an `error_id` when its handler fails, and the count of requests in
 * flight that a graceful shutdown (`drain`) waits for.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Logger } from '../../ops/log.js';
import type { Metrics } from '../../ops/metrics.js';
import { refusalId, runInRequest, serverErrorId } from '../../ops/request-context.js';
import { StoreUnavailableError } from '../../ops/store-unavailable.js';
import type { Redactor } from '../../security/redact.js';
import { type JsonAnswer, sendAnswer, sendJson } from './guards.js';
import { routeTemplate } from './route-template.js';

export interface ServingOptions {
  log: Logger;
  metrics?: Metrics;
  redact?: Redactor;
}

export interface DrainReport {
  /** True when every request in flight finished before the timeout. */
  finished: boolean;
  /** Requests cut off at the timeout. */
  cutOff: number;
  durationMs: number;
}

/** A client's own `x-request-id` is kept when it is short and plain; otherwise one is made. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomBytes(8).toString('hex');
}

/** The JSON-RPC answer to a handler that failed: 503 when the store is unavailable, else 500; both with an error id. */
export function failureAnswer(error: unknown): JsonAnswer {
  const errorId = serverErrorId(error);
  const unavailable = error instanceof StoreUnavailableError;
  const message = unavailable ? 'The store is unavailable; try again shortly' : 'Internal error';
  return {
    status: unavailable ? 503 : 500,
    body: {
      jsonrpc: '2.0',
      error: { code: unavailable ? -32000 : -32603, message, data: { error_id: errorId } },
      id: null,
    },
    headers: unavailable ? { 'retry-after': '1' } : {},
  };
}

export function answerFailure(res: ServerResponse, error: unknown): void {
  sendAnswer(res, failureAnswer(error));
  if (!res.writableEnded) {
    res.destroy();
  }
}

/** Answered while draining: the load balancer's probes. */
const PROBES = new Set(['/healthz', '/readyz']);

const REFUSALS = {
  draining: { error: 'draining', message: 'The server is shutting down; retry on another instance' },
  too_many_connections: {
    error: 'too_many_connections',
    message: 'Too many open connections from this address; retry shortly, or reuse a connection',
  },
} as const;

/**
 * A request that arrives while draining, or on a connection over its address's cap: 503 with
 * Retry-After, and the connection closes (MCP routes in JSON-RPC form).
 */
function refuse(res: ServerResponse, reason: keyof typeof REFUSALS, route: string, log: Logger, reqId: string): void {
  const { error, message } = REFUSALS[reason];
  const headers = { 'retry-after': '1', connection: 'close' };
  const errorId = runInRequest({ reqId, route, log }, () => refusalId(reason));
  const isMcp = /^\/(mcp|sse|messages)/.test(route);
  const body = isMcp
    ? { jsonrpc: '2.0', error: { code: -32000, message, data: { error_id: errorId } }, id: null }
    : { error, message, error_id: errorId };
  sendJson(res, 503, body, headers);
}

export function createServing(options: ServingOptions) {
  const active = new Set<ServerResponse>();
  let draining = false;
  let onIdle: (() => void) | undefined;
  let server: Server | undefined;

  function ended(res: ServerResponse, reqId: string, route: string, method: string | undefined, started: number): void {
    active.delete(res);
    const status = res.statusCode;
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const fields = {
      req_id: reqId,
      route,
      method,
      status,
      duration_ms: durationMs,
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    if (status >= 500) {
      options.log.warn(fields, 'request');
    } else {
      options.log.info(fields, 'request');
    }
    options.metrics?.recordHttp(route, status);
    if (draining) {
      setImmediate(() => server?.closeIdleConnections());
    }
    if (active.size === 0) {
      onIdle?.();
    }
  }

  return {
    isDraining: () => draining,
    inFlight: () => active.size,
    /**
     * Wraps the server's handler; `server` is the one `drain` will close. `isSurplus` says which
     * connections are over their address's cap (connection-caps.ts).
     */
    wrap(
      target: Server,
      handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
      isSurplus: (req: IncomingMessage) => boolean,
    ) {
      server = target;
      return (req: IncomingMessage, res: ServerResponse): void => {
        const started = performance.now();
        const reqId = requestIdOf(req);
        const route = routeTemplate(new URL(req.url ?? '/', 'http://localhost').pathname);
        res.setHeader('x-request-id', reqId);
        const surplus = isSurplus(req);
        if (draining || surplus) {
          res.setHeader('connection', 'close');
        }
        active.add(res);
        res.once('close', () => ended(res, reqId, route, req.method, started));
        // Probes are answered all the same: a load balancer behind one address must see the truth.
        if ((draining || surplus) && !PROBES.has(route)) {
          refuse(res, draining ? 'draining' : 'too_many_connections', route, options.log, reqId);
          return;
        }
        runInRequest({ reqId, route, log: options.log, redact: options.redact }, () => {
          handle(req, res).catch((error: unknown) => answerFailure(res, error));
        });
      };
    },
    /**
     * Graceful shutdown: from now on new requests get 503 (`/readyz` says draining, so a load
     * balancer stops sending), idle keep-alive connections close, requests in flight finish (their
     * connections close after the answer) up to `timeoutMs`; then the listener and what is left close.
     */
    async drain(timeoutMs: number, beforeWait?: () => Promise<void>): Promise<DrainReport> {
      const started = performance.now();
      draining = true;
      for (const res of active) {
        if (!res.headersSent) {
          res.setHeader('connection', 'close');
        }
      }
      server?.closeIdleConnections();
      await beforeWait?.();
      let timer: NodeJS.Timeout | undefined;
      const finished =
        active.size === 0 ||
        (await new Promise<boolean>((resolve) => {
          onIdle = () => resolve(true);
          timer = setTimeout(() => resolve(false), timeoutMs);
        }));
      clearTimeout(timer);
      const cutOff = active.size;
      const closed = server ? new Promise<void>((resolve) => server?.close(() => resolve())) : Promise.resolve();
      server?.closeAllConnections();
      await closed;
      return { finished, cutOff, durationMs: Math.round(performance.now() - started) };
    },
  };
}

export type Serving = ReturnType<typeof createServing>;

/** The admin API's form of a failure: 503 `store_unavailable` or 500 `internal_error`, with an error id. */
export function adminFailure(error: unknown): {
  status: 500 | 503;
  body: { error: string; message: string; error_id: string };
} {
  const errorId = serverErrorId(error);
  if (error instanceof StoreUnavailableError) {
    return {
      status: 503,
      body: {
        error: 'store_unavailable',
        message: 'the store did not answer in time; try again shortly',
        error_id: errorId,
      },
    };
  }
  return {
    status: 500,
    body: {
      error: 'internal_error',
      message: `the request failed; the server log has the cause under error_id ${errorId}`,
      error_id: errorId,
    },
  };
}
