/**
 * What the code serving one HTTP request can reach without passing it down: its request id and the
 * logger. Answering a 5xx anywhere (admin API, MCP routes) goes through `serverErrorId`, so each
 * one is logged with its cause under the id the answer carries.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Redactor } from '../security/redact.js';
import { type Logger, logServerError, newErrorId, silentLogger } from './log.js';

export interface RequestContext {
  reqId: string;
  route: string;
  log: Logger;
  redact?: Redactor;
}

const current = new AsyncLocalStorage<RequestContext>();

export function runInRequest<T>(context: RequestContext, work: () => T): T {
  return current.run(context, work);
}

export function requestContext(): RequestContext | undefined {
  return current.getStore();
}

/** A 5xx that is a deliberate refusal (draining, a full session table): logged as a warning with its reason. */
export function refusalId(reason: string): string {
  const context = current.getStore();
  const errorId = newErrorId();
  (context?.log ?? silentLogger).warn(
    { req_id: context?.reqId, route: context?.route, error_id: errorId, reason },
    'request refused',
  );
  return errorId;
}

/** Logs the cause of a 5xx (redacted) with the request's id and route; returns the `error_id` to answer with. */
export function serverErrorId(error: unknown): string {
  const context = current.getStore();
  const log = context?.log ?? silentLogger;
  return logServerError(log, error, context ? { req_id: context.reqId, route: context.route } : {}, context?.redact);
}
