/**
 * The front door's 5xx answers (design.md §4d: every 5xx carries an `error_id` that the log line
 * with the cause also carries). node-oidc-provider answers an unexpected error 500 `server_error`
 * ("oops! something went wrong") and logs nothing; our own steps (rate limits, sign-in pages) throw
 * to here too. Each is logged through the runtime's request log (`serverErrorId`) and answered with
 * the id: OAuth error JSON at the protocol endpoints, a problem page in the browser steps. A store
 * that does not answer in time is 503 `temporarily_unavailable`.
 */
import type { ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { isPlainObject, StoreUnavailableError, sendJson, serverErrorId } from 'saas-mcp-runtime/host';
import { problemPage, sendHtml } from './pages.js';

interface Failure {
  status: 500 | 503;
  error: 'server_error' | 'temporarily_unavailable';
  errorId: string;
  description: string;
}

/** Logs the cause (redacted) under a new error id; the answer's parts. */
function failureOf(error: unknown): Failure {
  const errorId = serverErrorId(error);
  if (error instanceof StoreUnavailableError) {
    const description = `the store did not answer in time; try again shortly (error_id ${errorId})`;
    return { status: 503, error: 'temporarily_unavailable', errorId, description };
  }
  const description = `the request failed; the server log has the cause under error_id ${errorId}`;
  return { status: 500, error: 'server_error', errorId, description };
}

const bodyOf = (failure: Failure) => ({
  error: failure.error,
  error_description: failure.description,
  error_id: failure.errorId,
});
const headersOf = (failure: Failure): Record<string, string> =>
  failure.status === 503 ? { 'cache-control': 'no-store', 'retry-after': '1' } : { 'cache-control': 'no-store' };

/** A failure in the front door's own handling: JSON at the protocol paths, a page in the browser steps. */
export function answerDoorFailure(res: ServerResponse, error: unknown, inBrowser: boolean): void {
  const failure = failureOf(error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (inBrowser) {
    const text = `This server could not go on with the sign-in (error id ${failure.errorId}).`;
    sendHtml(res, failure.status, problemPage(text), undefined, headersOf(failure));
  } else {
    sendJson(res, failure.status, bodyOf(failure), headersOf(failure));
  }
}

/**
 * The provider's unexpected errors, logged with an id that its `server_error` answer then carries.
 * Its error handlers report them by the `server_error` event (the answer is already set, or is a
 * redirect to the client, which keeps the provider's form); one that escapes them is caught here.
 */
export function logProviderFailures(provider: Provider): void {
  // Keyed by the request's Koa context (the event's and the middleware's are the same object).
  const failures = new WeakMap<object, Failure>();
  provider.on('server_error', (ctx: KoaContextWithOIDC, error: unknown) => {
    failures.set(ctx, failureOf(error));
  });
  provider.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      failures.set(ctx, failureOf(error));
      ctx.body = { error: 'server_error' };
    }
    const failure = failures.get(ctx);
    if (failure && isPlainObject(ctx.body) && ctx.body.error === 'server_error') {
      ctx.status = failure.status;
      ctx.type = 'application/json';
      ctx.set(headersOf(failure));
      ctx.body = bodyOf(failure);
    }
  });
}
