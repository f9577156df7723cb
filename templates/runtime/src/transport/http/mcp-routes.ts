/**
 * The MCP entries of the route table: Streamable HTTP at `/mcp` (stateless, both protocol eras,
 * answering with JSON; see mcp-endpoint.ts), sealed per-account servers at `/mcp/<token>`,
 * store-backed ones at `/mcp/mcp_<token>`, OAuth grants on bare `/mcp`, and legacy SSE at `/sse` +
 * `/messages` (initialize era only). Every one passes the same admission: expiry, then API token.
 * A store-backed URL's lookup runs while the body is read and the SDK classifies the request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isExpired, type ServingScope, type ToolRuntime } from '../../calls/runtime.js';
import { createServer } from '../../mcp/server.js';
import { refusalId } from '../../ops/request-context.js';
import { openGrant, type SealedGrant, type SealKey } from '../../security/sealed.js';
import { abortOnClose } from './abort-on-close.js';
import { readJsonBody, refuseBody } from './body.js';
import type { createSlots } from './connection-caps.js';
import { hasValidApiToken, type JsonAnswer, rpcErrorAnswer, sendAnswer, sendJson, sendRpcError } from './guards.js';
import { type Admitted, type McpEndpoint, rateLimitHeaderHooks } from './mcp-endpoint.js';
import type { HttpRoute } from './routes.js';
import { failureAnswer } from './serving.js';
import type { SseSessions } from './sse.js';

/** What a store-backed URL or an OAuth grant serves. */
export interface HostedRoute {
  scope: ServingScope;
  needsApiToken: boolean;
}

/** What the MCP routes ask of the store (`--store`; the hosting package's control plane). */
export interface HostedServers {
  /** The route of `/mcp/<token>` for store tokens; null for tokens that are not the store's. */
  resolve(token: string): Promise<HostedRoute | undefined | null>;
  acceptsApiToken(req: IncomingMessage, envTokens: readonly string[]): Promise<boolean>;
}

/** What bare `/mcp` asks of the OAuth front door (`--oauth`). */
export interface GrantCheck {
  /** The grant a bearer token on `/mcp` opens; undefined after a 401/403 challenge was sent. */
  authenticate(req: IncomingMessage, res: ServerResponse): Promise<HostedRoute | undefined>;
}

export interface McpRouteOptions {
  /** What `/mcp` and `/sse` serve; its expiry (`--expires-at`) also ends every other route. */
  scope: ServingScope;
  /** Keys that open `/mcp/<token>`; empty: no sealed URLs are served. */
  sealKeys: readonly SealKey[];
  requireApiToken: boolean;
  apiTokens: readonly string[];
  /** `--store`: store-backed `/mcp/mcp_...` URLs and stored API tokens. */
  control?: HostedServers;
  /** When set, bare `/mcp` and `/sse` do not serve the default account: they answer this. */
  defaultRefusal?: { status: 401 | 404; message: string };
  /** `--oauth`: bare `/mcp` needs an OAuth access token. */
  oauth?: GrantCheck;
  /** Called once when a sealed URL is refused because no MCP_SERVER_SECRET is set. */
  onSealedWithoutSecret?: () => void;
}

/** The serving pieces the routes share with the server (which closes them). */
export interface McpServing {
  mcp: McpEndpoint;
  sse: SseSessions;
  sseSlots: ReturnType<typeof createSlots>;
  maxSseSessions: number;
}

const NOT_FOUND = 'Not found';

/** A route that passed its checks, or the answer that refuses it. */
type Admission = { ok: true; route: HostedRoute } | { ok: false; answer: JsonAnswer };
const MCP_PATH = /^\/mcp(?:\/([^/]+))?\/?$/;
const SSE_PATH = /^\/sse(?:\/([^/]+))?\/?$/;

function scopeOfGrant(grant: SealedGrant): ServingScope {
  return {
    label: `token:${grant.id}`,
    filter: { methods: grant.methods, tags: grant.tags },
    expiresAt: grant.expiresAt === undefined ? undefined : new Date(grant.expiresAt),
    credentials: { ok: true, value: grant.credentials },
    surface: { toolExposure: grant.toolExposure ?? 'all', outputSchema: grant.outputSchema ?? true },
  };
}

export function mcpRoutes(runtime: ToolRuntime, options: McpRouteOptions, serving: McpServing): HttpRoute[] {
  const { mcp, sse } = serving;
  const defaultRoute: HostedRoute = { scope: options.scope, needsApiToken: options.requireApiToken };
  let sealedWithoutSecretLogged = false;

  /** The route a path names; undefined for a token that does not open (all failures alike). */
  async function routeOf(token: string | undefined): Promise<HostedRoute | undefined> {
    if (token === undefined) {
      return options.defaultRefusal ? undefined : defaultRoute;
    }
    const hosted = options.control ? await options.control.resolve(token) : null;
    // `--require-api-token` covers store-backed URLs too, as it covers sealed ones.
    if (hosted !== null) {
      return hosted && { ...hosted, needsApiToken: hosted.needsApiToken || options.requireApiToken };
    }
    if (options.sealKeys.length === 0 && !sealedWithoutSecretLogged) {
      sealedWithoutSecretLogged = true;
      options.onSealedWithoutSecret?.();
    }
    const grant = openGrant(token, options.sealKeys, runtime.now());
    // --require-api-token protects the default /mcp; a sealed URL needs the API token only when it
    // was minted with --require-api-token, so "the URL alone is enough" stays possible.
    return grant ? { scope: scopeOfGrant(grant), needsApiToken: grant.requireApiToken } : undefined;
  }

  /** Checks shared by every MCP route (expiry, then API token); the refusal, or undefined. */
  async function refusalOf(req: IncomingMessage, needsApiToken: boolean): Promise<JsonAnswer | undefined> {
    if (isExpired(options.scope, runtime.now())) {
      return rpcErrorAnswer(403, -32001, `This server's access expired at ${options.scope.expiresAt?.toISOString()}`);
    }
    const control = options.control;
    const tokenOk = control
      ? () => control.acceptsApiToken(req, options.apiTokens)
      : async () => hasValidApiToken(req, options.apiTokens);
    if (needsApiToken && !(await tokenOk())) {
      return rpcErrorAnswer(401, -32001, 'Unauthorized: send Authorization: Bearer <API token>', {
        'www-authenticate': 'Bearer',
      });
    }
    return undefined;
  }

  /** Sends the refusal, if any; false when one was sent. */
  async function admit(req: IncomingMessage, res: ServerResponse, needsApiToken: boolean): Promise<boolean> {
    const refusal = await refusalOf(req, needsApiToken);
    if (refusal) {
      sendAnswer(res, refusal);
    }
    return refusal === undefined;
  }

  function routeRefusal(token: string | undefined): JsonAnswer {
    const refusal = token === undefined ? options.defaultRefusal : undefined;
    if (refusal) {
      const headers: Record<string, string> = refusal.status === 401 ? { 'www-authenticate': 'Bearer' } : {};
      return rpcErrorAnswer(refusal.status, -32001, refusal.message, headers);
    }
    return rpcErrorAnswer(404, -32001, NOT_FOUND);
  }

  /** The route a path names with its checks passed; a store that fails becomes its 503/500 answer. */
  async function admission(req: IncomingMessage, token: string | undefined): Promise<Admission> {
    try {
      const route = await routeOf(token);
      if (!route) {
        return { ok: false, answer: routeRefusal(token) };
      }
      const refusal = await refusalOf(req, route.needsApiToken);
      return refusal ? { ok: false, answer: refusal } : { ok: true, route };
    } catch (error) {
      return { ok: false, answer: failureAnswer(error) };
    }
  }

  /**
   * POST only, a JSON-RPC body, then the MCP handling. The admission is still in flight here (a
   * store lookup): it is awaited before anything is answered, so its refusal keeps precedence.
   */
  async function serveStreamable(
    req: IncomingMessage,
    res: ServerResponse,
    pending: Promise<Admission>,
  ): Promise<void> {
    const refuseFirst = async (otherwise: () => void) => {
      const admitted = await pending;
      return admitted.ok ? otherwise() : sendAnswer(res, admitted.answer);
    };
    if (req.method !== 'POST') {
      return refuseFirst(() =>
        sendRpcError(res, 405, -32000, 'Method not allowed: this server is stateless; use POST', { allow: 'POST' }),
      );
    }
    const parsed = await readJsonBody(req);
    if (!parsed.ok) {
      return refuseFirst(() => refuseBody(res, parsed));
    }
    const hooks = { ...rateLimitHeaderHooks(res), signal: abortOnClose(res) };
    const target = pending.then(
      (admitted): Admitted => (admitted.ok ? { ok: true, target: { scope: admitted.route.scope, hooks } } : admitted),
    );
    await mcp.serve(req, res, target, parsed.body);
  }

  async function serveMcp(req: IncomingMessage, res: ServerResponse, token: string | undefined): Promise<void> {
    if (token === undefined && options.oauth) {
      const granted = await options.oauth.authenticate(req, res);
      if (granted) {
        const refusal = await refusalOf(req, false);
        await serveStreamable(
          req,
          res,
          Promise.resolve(refusal ? { ok: false, answer: refusal } : { ok: true, route: granted }),
        );
      }
      return;
    }
    await serveStreamable(req, res, admission(req, token));
  }

  async function postMessage(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const sessionId = url.searchParams.get('sessionId') ?? '';
    const session = sse.find(sessionId);
    if (!session) {
      return sendRpcError(res, 404, -32001, 'Session not found');
    }
    if (req.method !== 'POST') {
      return sendRpcError(res, 405, -32000, 'Method not allowed', { allow: 'POST' });
    }
    if (!(await admit(req, res, session.needsApiToken))) {
      return;
    }
    const parsed = await readJsonBody(req);
    if (!parsed.ok) {
      return refuseBody(res, parsed);
    }
    return sse.post(sessionId, req, res, parsed.body);
  }

  async function openStream(req: IncomingMessage, res: ServerResponse, token: string | undefined): Promise<void> {
    const route = await routeOf(token);
    if (!route) {
      return sendAnswer(res, routeRefusal(token));
    }
    if (req.method !== 'GET') {
      return sendRpcError(res, 405, -32000, 'Method not allowed', { allow: 'GET' });
    }
    if (!(await admit(req, res, route.needsApiToken))) {
      return;
    }
    const release = serving.sseSlots.take();
    if (!release) {
      const body = {
        jsonrpc: '2.0',
        error: {
          code: -32000,
          message: `Too many open SSE sessions (${serving.maxSseSessions}); try again later`,
          data: { error_id: refusalId('sse sessions full') },
        },
        id: null,
      };
      return sendJson(res, 503, body, { 'retry-after': '5' });
    }
    res.once('close', release);
    // An SSE session outlives its GET: a store-backed one re-reads its record on every call.
    const control = options.control;
    const stillServed =
      control && token !== undefined ? async () => (await control.resolve(token)) !== undefined : undefined;
    const server = createServer(runtime, stillServed ? { ...route.scope, stillServed } : route.scope);
    await sse.open(res, server, route.needsApiToken);
  }

  /** A prefix entry whose exact shape is a regular expression; other paths fall through to the 404. */
  const shaped =
    (pattern: RegExp, serve: (req: IncomingMessage, res: ServerResponse, token: string | undefined) => Promise<void>) =>
    async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
      const match = pattern.exec(url.pathname);
      if (!match) {
        return false;
      }
      await serve(req, res, match[1]);
      return true;
    };

  return [
    { path: '/mcp/*', handle: shaped(MCP_PATH, serveMcp) },
    { path: '/sse/*', handle: shaped(SSE_PATH, openStream) },
    {
      path: '/messages',
      handle: async (req, res, url) => {
        await postMessage(req, res, url);
        return true;
      },
    },
  ];
}
