/**
 * The admin API of design.md §4a over HTTP (JSON, `Authorization: Bearer <admin token>`), plus the
 * OAuth callback. Every route calls the same functions as the CLI verbs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  adminFailure,
  adminTokenGuard,
  type HttpRoute,
  pathSegments,
  readLimitedBody,
  sendJson,
} from 'saas-mcp-runtime/host';
import {
  accountView,
  addAccount,
  finishConnect,
  getAccount,
  listAccounts,
  removeAccount,
  startConnect,
} from './accounts.js';
import { createApiToken, deleteApiToken, listApiTokens } from './api-tokens.js';
import type { ControlContext } from './context.js';
import { badRequest, ControlError } from './errors.js';
import { CONTROL_CHARACTER } from './input.js';
import { createServer, deleteServer, getServer, listServers, serverLogs, updateServer } from './servers.js';

const MAX_ADMIN_BODY = 64 * 1024;
const tooLarge = () => new ControlError(413, 'too_large', `the body is larger than ${MAX_ADMIN_BODY} bytes`);

interface Call {
  method: string;
  parts: string[];
  query: URLSearchParams;
  body: () => Promise<unknown>;
}

type Answer = { status: number; body?: unknown };

/**
 * The JSON body of an admin call. The runtime's reader drains an oversized body before the 400, so
 * the keep-alive connection serves the next request; past its drain bound the connection is dropped.
 */
export async function readBody(req: IncomingMessage): Promise<unknown> {
  const read = await readLimitedBody(req, MAX_ADMIN_BODY);
  if (!read.ok) {
    if (!read.drained) {
      req.destroy();
    }
    throw tooLarge();
  }
  const text = read.text;
  if (text.trim() === '') {
    return {};
  }
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('the body is not valid JSON');
  }
}

function paging(query: URLSearchParams): { cursor?: string; limit: number } {
  const limitText = query.get('limit') ?? '50';
  const limit = Number(limitText);
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > 100) {
    throw badRequest('"limit" must be a whole number from 1 to 100');
  }
  return { cursor: query.get('cursor') ?? undefined, limit };
}

/** Routes `/integrated-account/...` and `/api-token/...`; undefined when no route matches. */
async function route(ctx: ControlContext, call: Call): Promise<Answer | undefined> {
  const { method, parts, query } = call;
  const [root, id, sub, mcpId, tail] = parts;
  if (root === 'api-token') {
    if (parts.length === 1 && method === 'POST') {
      return { status: 201, body: await createApiToken(ctx, await call.body()) };
    }
    if (parts.length === 1 && method === 'GET') {
      const p = paging(query);
      return { status: 200, body: await listApiTokens(ctx, p.cursor, p.limit) };
    }
    if (parts.length === 2 && method === 'DELETE' && id) {
      return deleteApiToken(ctx, id).then(() => ({ status: 204 }));
    }
    return undefined;
  }
  if (root !== 'integrated-account') {
    return undefined;
  }
  if (parts.length === 1 && method === 'POST') {
    return { status: 201, body: await addAccount(ctx, await call.body()) };
  }
  if (parts.length === 1 && method === 'GET') {
    const p = paging(query);
    return { status: 200, body: await listAccounts(ctx, p.cursor, p.limit) };
  }
  if (id === undefined) {
    return undefined;
  }
  if (parts.length === 2 && id === 'connect' && method === 'POST') {
    const started = await startConnect(ctx, await call.body());
    return { status: 201, body: { authorize_url: started.authorize_url, account: started.account } };
  }
  if (parts.length === 2 && method === 'GET') {
    return { status: 200, body: accountView(await getAccount(ctx, id)) };
  }
  if (parts.length === 2 && method === 'DELETE') {
    return removeAccount(ctx, id).then(() => ({ status: 204 }));
  }
  if (sub !== 'mcp') {
    return undefined;
  }
  if (parts.length === 3 && method === 'POST') {
    return { status: 201, body: await createServer(ctx, id, await call.body()) };
  }
  if (parts.length === 3 && method === 'GET') {
    const p = paging(query);
    return { status: 200, body: await listServers(ctx, id, p.cursor, p.limit) };
  }
  if (mcpId === undefined) {
    return undefined;
  }
  if (parts.length === 4 && method === 'GET') {
    return { status: 200, body: await getServer(ctx, id, mcpId) };
  }
  if (parts.length === 4 && method === 'PATCH') {
    return { status: 200, body: await updateServer(ctx, id, mcpId, await call.body()) };
  }
  if (parts.length === 4 && method === 'DELETE') {
    return deleteServer(ctx, id, mcpId).then(() => ({ status: 204 }));
  }
  if (parts.length === 5 && tail === 'logs' && method === 'GET') {
    const p = paging(query);
    return { status: 200, body: await serverLogs(ctx, id, mcpId, p.cursor, p.limit) };
  }
  return undefined;
}

const ADMIN_ROOTS = new Set(['integrated-account', 'api-token']);

function page(title: string, text: string): string {
  const escapeHtml = (value: string) => value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><meta charset="utf-8"><title>${escapeHtml(title)}</title><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="/admin">Back to the admin page</a></p>\n`;
}

/** The vendor's OAuth redirect after connecting an account: an HTML page either way. */
async function answerCallback(ctx: ControlContext, res: ServerResponse, url: URL): Promise<undefined> {
  try {
    const account = await finishConnect(ctx, url.searchParams);
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        page('Account connected', `${account.name} is connected (account id ${account.id}). You can close this page.`),
      );
  } catch (error) {
    const known =
      error instanceof ControlError
        ? error
        : new ControlError(400, 'connect_failed', 'the account could not be connected');
    res
      .writeHead(known.status, { 'content-type': 'text/html; charset=utf-8' })
      .end(page('Account not connected', known.message));
  }
  return undefined;
}

/** The admin API's entries of the route table, and the OAuth callback of connecting an account. */
export function adminApiRoutes(ctx: ControlContext, adminTokens: readonly string[]): HttpRoute[] {
  const guard = adminTokenGuard(adminTokens, 'the admin API is off: set MCP_ADMIN_TOKENS');
  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<undefined> => {
    await answerAdminCall(ctx, req, res, pathSegments(url), url.searchParams);
    return undefined;
  };
  return [
    {
      method: 'GET',
      path: `/oauth/${ctx.data.integration.name}/callback`,
      handle: (_req, res, url) => answerCallback(ctx, res, url),
    },
    ...[...ADMIN_ROOTS].map((root) => ({ path: `/${root}/*`, guard, handle })),
  ];
}

/** True for `/integrated-account/...` and `/api-token/...` (path parts, decoded). */
export function isAdminPath(parts: readonly string[]): boolean {
  return ADMIN_ROOTS.has(parts[0] ?? '');
}

/** An error as the admin API answers it; `field` names the input it concerns, when one does. */
export function sendControlError(res: ServerResponse, error: unknown): void {
  if (error instanceof ControlError) {
    // An oversize body was drained or refused by its declared length (Node discards the unread rest),
    // so the keep-alive connection serves the next request; one past the drain bound was destroyed.
    sendJson(res, error.status, {
      error: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
    });
  } else {
    const failure = adminFailure(error);
    sendJson(res, failure.status, failure.body, failure.status === 503 ? { 'retry-after': '1' } : {});
  }
}

/** Runs one admin call whose caller is already authorized (admin token, or the web page's session). */
export async function answerAdminCall(
  ctx: ControlContext,
  req: IncomingMessage,
  res: ServerResponse,
  parts: string[],
  query: URLSearchParams,
): Promise<void> {
  // Answers may carry a secret shown once (a server URL, an API token): no cache may keep them.
  res.setHeader('cache-control', 'no-store');
  try {
    if (parts.some((part) => CONTROL_CHARACTER.test(part))) {
      throw badRequest('the path holds a control character; ids never do');
    }
    const answer = await route(ctx, { method: req.method ?? 'GET', parts, query, body: () => readBody(req) });
    if (!answer) {
      sendJson(res, 404, { error: 'not_found', message: `no admin endpoint ${req.method} /${parts.join('/')}` });
    } else if (answer.body === undefined) {
      res.writeHead(answer.status).end();
    } else {
      sendJson(res, answer.status, answer.body);
    }
  } catch (error) {
    sendControlError(res, error);
  }
}
