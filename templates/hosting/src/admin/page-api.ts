/**
 * The JSON API behind the web page, under `/admin/api/`: sign-in and sign-out, what the forms
 * need to know about the integration, a preview of a server configuration's tools, and every
 * admin-API route of design.md §4a (the same code), authorized by the session cookie instead of
 * a bearer token. State-changing requests need this server's Origin and the session's CSRF token.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { selectTools, sendJson } from 'saas-mcp-runtime/host';
import { answerAdminCall, isAdminPath, readBody, sendControlError } from '../control/admin-http.js';
import type { ControlContext } from '../control/context.js';
import { objectBody, requiredString } from '../control/input.js';
import { admit, DOOR_LIMITS, RateLimiter } from '../control/rate-limits.js';
import { filterOf, readConfig } from '../control/servers.js';
import { hasCsrfToken, isSameOrigin, isStateChanging } from './csrf.js';
import { SESSION_COOKIE, SESSION_LIFETIME_MS, type Session, type SessionKeeper } from './session.js';

type Refusal = { status: number; error: string; message: string; field?: string };

const refuse = (res: ServerResponse, r: Refusal) =>
  sendJson(
    res,
    r.status,
    { error: r.error, message: r.message, ...(r.field ? { field: r.field } : {}) },
    { 'cache-control': 'no-store' },
  );

const FOREIGN_ORIGIN: Refusal = {
  status: 403,
  error: 'csrf_failed',
  message:
    'refused: this request did not come from the admin page (its Origin header is missing or names another site)',
};
const NO_CSRF_TOKEN: Refusal = {
  status: 403,
  error: 'csrf_failed',
  message: 'refused: the X-CSRF-Token header is missing or wrong; reload the page and try again',
};

function cookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

const sessionView = (session: Session) => ({
  expires_at: session.expiresAt.toISOString(),
  csrf_token: session.csrfToken,
});

export interface PageApi {
  handle(req: IncomingMessage, res: ServerResponse, parts: string[], query: URLSearchParams): Promise<void>;
}

export function createPageApi(ctx: ControlContext, sessions: SessionKeeper, adminTokensSet: boolean): PageApi {
  const secure = () => ctx.publicUrl()?.startsWith('https:') ?? false;
  const limiter = new RateLimiter(ctx.records.driver, ctx.now);

  async function signIn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!(await admit(limiter, DOOR_LIMITS.adminSignIn, req, res))) {
      return;
    }
    if (!adminTokensSet) {
      return refuse(res, {
        status: 401,
        error: 'admin_off',
        message: 'the admin page is off: set MCP_ADMIN_TOKENS on the server',
        field: 'admin_token',
      });
    }
    const token = requiredString(objectBody(await readBody(req), ['admin_token']), 'admin_token', 4096);
    const opened = await sessions.open(token);
    if (!opened) {
      return refuse(res, {
        status: 401,
        error: 'invalid_admin_token',
        message: 'this admin token is not accepted; use one of MCP_ADMIN_TOKENS',
        field: 'admin_token',
      });
    }
    sendJson(res, 201, sessionView(opened.session), {
      'set-cookie': cookie(opened.cookie, SESSION_LIFETIME_MS / 1000, secure()),
      'cache-control': 'no-store',
    });
  }

  /** The signed-in session, or false after the refusal was sent. */
  async function requireSession(req: IncomingMessage, res: ServerResponse): Promise<Session | false> {
    const checked = await sessions.check(req.headers.cookie);
    if (checked.ok) {
      return checked.session;
    }
    if (checked.reason === 'expired') {
      refuse(res, {
        status: 401,
        error: 'session_expired',
        message: `your session ended at ${checked.expiredAt?.toISOString()}; sign in again`,
      });
    } else {
      refuse(res, { status: 401, error: 'signed_out', message: 'sign in with an admin token first' });
    }
    return false;
  }

  function integration() {
    const { integration: info, tools } = ctx.data;
    return {
      name: info.name,
      display_name: info.displayName,
      tags: [...new Set(tools.flatMap((tool) => tool.tags))].sort(),
      methods: [...new Set(tools.map((tool) => tool.source.method))].sort(),
      tool_count: tools.length,
      takes_domain: Object.keys(info.baseUrlVariables).length === 1,
      oauth: ctx.oauth.ok ? { ok: true } : { ok: false, message: ctx.oauth.message },
    };
  }

  async function preview(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = objectBody(await readBody(req), ['config']);
    const config = readConfig(ctx, body.config);
    const tools = selectTools(ctx.data.tools, filterOf(config)).map((tool) => ({
      name: tool.name,
      title: tool.title,
      read_only: tool.annotations.readOnlyHint,
    }));
    sendJson(res, 200, { config, tools });
  }

  return {
    async handle(req, res, parts, query) {
      const [name, ...rest] = parts;
      const method = req.method ?? 'GET';
      if (isStateChanging(method) && !isSameOrigin(req, ctx.publicUrl())) {
        return refuse(res, FOREIGN_ORIGIN);
      }
      try {
        if (name === 'session' && rest.length === 0 && method === 'POST') {
          return await signIn(req, res);
        }
        const session = await requireSession(req, res);
        if (!session) {
          return;
        }
        if (isStateChanging(method) && !hasCsrfToken(req, session.csrfToken)) {
          return refuse(res, NO_CSRF_TOKEN);
        }
        if (name === 'session' && rest.length === 0 && method === 'GET') {
          return sendJson(res, 200, sessionView(session), { 'cache-control': 'no-store' });
        }
        if (name === 'session' && rest.length === 0 && method === 'DELETE') {
          await sessions.close(session.id);
          res.writeHead(204, { 'set-cookie': cookie('', 0, secure()), 'cache-control': 'no-store' }).end();
          return;
        }
        if (name === 'integration' && rest.length === 0 && method === 'GET') {
          return sendJson(res, 200, integration());
        }
        if (name === 'preview' && rest.length === 0 && method === 'POST') {
          return await preview(req, res);
        }
        if (isAdminPath(parts)) {
          return await answerAdminCall(ctx, req, res, parts, query);
        }
        refuse(res, {
          status: 404,
          error: 'not_found',
          message: `no admin page endpoint ${method} /admin/api/${parts.join('/')}`,
        });
      } catch (error) {
        sendControlError(res, error);
      }
    },
  };
}
