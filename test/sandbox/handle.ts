/**
 * The request pipeline: latency → injected fault → auth → throttle → route → reply. Each step is
 * a few lines here; the rules themselves live in auth.ts, throttle.ts, faults.ts and routes/.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenBook } from './auth.js';
import type { Reply, RequestContext, RouteConfig } from './context.js';
import { ApiError, errorBody, errorFamilyOf } from './errors.js';
import type { Faults } from './faults.js';
import type { OAuthEndpoints } from './oauth.js';
import type { Router } from './router.js';
import { decodeSegments } from './router.js';
import type { Tenant } from './store.js';
import type { Throttle } from './throttle.js';

export interface Pipeline {
  tenant: Tenant;
  router: Router;
  config: RouteConfig;
  tokens: TokenBook;
  throttle: Throttle;
  faults: Faults;
  oauth: OAuthEndpoints;
  /** Unexpected (non-ApiError) exceptions, answered as 500; kept so tests can assert there are none. */
  internalErrors: unknown[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, reply: Reply, extraHeaders: Record<string, string>, malformed = false): void {
  let payload = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
  // A malformed-body fault cuts the JSON in half, so it no longer parses.
  if (malformed) {
    payload = payload.length > 1 ? payload.slice(0, Math.ceil(payload.length / 2)) : '{"';
  }
  const headers: Record<string, string> = { ...extraHeaders, ...reply.headers };
  if (payload !== '') {
    headers['Content-Type'] = reply.contentType ?? 'application/json; charset=utf-8';
  }
  res.writeHead(reply.status, headers);
  res.end(payload);
}

/** Splits `req.url` by hand: WHATWG URL parsing would resolve `..` and `%2e%2e` before we could refuse them. */
function splitUrl(rawUrl: string): { pathname: string; query: URLSearchParams } {
  const index = rawUrl.indexOf('?');
  return index < 0
    ? { pathname: rawUrl, query: new URLSearchParams() }
    : { pathname: rawUrl.slice(0, index), query: new URLSearchParams(rawUrl.slice(index + 1)) };
}

function parseJson(raw: string): unknown {
  if (raw.trim() === '') {
    return undefined;
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new ApiError(400, 'Request body is not valid JSON');
  }
}

function route(
  p: Pipeline,
  req: IncomingMessage,
  pathname: string,
  query: URLSearchParams,
  rawBody: string,
  actor: RequestContext['actor'],
): Reply {
  const method = req.method ?? 'GET';
  const match = p.router.match(method, decodeSegments(pathname));
  if (match.kind === 'none') {
    throw new ApiError(404, 'Not Found');
  }
  if (match.kind === 'wrong-method') {
    throw new ApiError(405, `Method ${method} is not allowed on this resource`);
  }
  const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
  const ctx: RequestContext = {
    method,
    pathname,
    params: match.params,
    rest: match.rest,
    query,
    body: parseJson(rawBody),
    actor,
    tenant: p.tenant,
    config: p.config,
    origin,
  };
  return match.handler(ctx);
}

export async function handleRequest(p: Pipeline, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const rawBody = await readBody(req);
  if (p.faults.latencyMs > 0) {
    await sleep(p.faults.latencyMs);
  }
  const { pathname, query } = splitUrl(req.url ?? '/');
  const fault = p.faults.take(pathname);
  if (fault?.kind === 'drop') {
    req.socket.destroy();
    return;
  }
  if (fault?.kind === 'status') {
    send(res, { status: fault.status, body: fault.body, headers: fault.headers }, {});
    return;
  }
  // OAuth lives outside /pubapi and before any bearer token exists.
  if (pathname === '/puboauth/token') {
    send(res, p.oauth.handle(req.method ?? 'GET', query, rawBody), {});
    return;
  }
  const family = errorFamilyOf(pathname);
  const auth = p.tokens.authenticate(p.tenant, req.headers.authorization);
  if (!auth.ok) {
    send(res, auth, {});
    return;
  }
  const verdict = p.throttle.check(auth.token);
  if (verdict.rejection) {
    send(res, verdict.rejection, {});
    return;
  }
  let reply: Reply;
  try {
    reply = route(p, req, pathname, query, rawBody, auth.user);
  } catch (error) {
    if (!(error instanceof ApiError)) {
      p.internalErrors.push(error);
    }
    const apiError = error instanceof ApiError ? error : new ApiError(500, 'Internal server error');
    reply = {
      status: apiError.status,
      body: errorBody(family, apiError.status, apiError.message),
      headers: apiError.headers,
    };
  }
  send(res, reply, verdict.headers, fault?.kind === 'malformed');
}
