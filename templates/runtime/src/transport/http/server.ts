/**
 * The HTTP transport: Streamable HTTP at `/mcp` (stateless, both protocol eras, answering with
 * JSON; see http-mcp.ts), sealed per-account servers at `/mcp/<token>`, legacy SSE at
 * `/sse` + `/messages` (initialize era only), and `GET /healthz`.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isExpired, type ServingScope, type ToolRuntime } from '../../calls/runtime.js';
import type { ControlPlaneHandle, FrontDoorHandle } from '../../hosting/contract.js';
import { createServer } from '../../mcp/server.js';
import { silentLogger } from '../../ops/log.js';
import { refusalId } from '../../ops/request-context.js';
import { openGrant, type SealedGrant, type SealKey } from '../../security/sealed.js';
import { abortOnClose } from './abort-on-close.js';
import { readJsonBody, refuseBody } from './body.js';
import {
  applyConnectionLimits,
  CONNECTIONS_CHECK_MS,
  type ConnectionLimits,
  createSlots,
  DEFAULT_CONNECTION_LIMITS,
} from './connection-caps.js';
import { hasValidApiToken, isAllowedHostAndOrigin, sendJson, sendRpcError } from './guards.js';
import { healthReport } from './health.js';
import { createMcpEndpoint, rateLimitHeaderHooks } from './mcp-endpoint.js';
import { type OpsOptions, serveMetrics, serveReadiness } from './ops-routes.js';
import { createServing, type DrainReport } from './serving.js';
import { createSseSessions } from './sse.js';

export interface HttpOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** What `/mcp` and `/sse` serve; its expiry (`--expires-at`) also ends every other route. */
  scope: ServingScope;
  /** Keys that open `/mcp/<token>`; empty: no sealed URLs are served. */
  sealKeys: readonly SealKey[];
  requireApiToken: boolean;
  apiTokens: readonly string[];
  /** `--store`: the admin API, store-backed `/mcp/mcp_...` URLs and stored API tokens. */
  control?: ControlPlaneHandle;
  /** When set, bare `/mcp` and `/sse` do not serve the default account: they answer this. */
  defaultRefusal?: { status: 401 | 404; message: string };
  /** `--allowed-hosts`: Host names accepted besides loopback ones (behind a reverse proxy). */
  allowedHosts?: readonly string[];
  /** `--oauth`: bare `/mcp` needs an OAuth access token; metadata, endpoints and sign-in pages (oauth/). */
  oauth?: FrontDoorHandle;
  /** Browser origins accepted besides this server's own loopback origin (MCP_ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  limits?: Partial<ConnectionLimits>;
  /** Logs, metrics and `/metrics` access (ops/); without it nothing is logged and `/metrics` is off. */
  ops?: OpsOptions;
  /** Called once when a sealed URL is refused because no MCP_SERVER_SECRET is set. */
  onSealedWithoutSecret?: () => void;
}

export interface RunningHttpServer {
  port: number;
  /** Base URL, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** Closes at once: requests in flight are cut off. */
  close(): Promise<void>;
  /** Graceful shutdown (SIGTERM): `/readyz` says draining, requests in flight finish up to `timeoutMs`. */
  shutdown(timeoutMs: number): Promise<DrainReport>;
  /** HTTP requests being answered now. */
  inFlight(): number;
}

interface Route {
  scope: ServingScope;
  needsApiToken: boolean;
}

const NOT_FOUND = 'Not found';

function scopeOfGrant(grant: SealedGrant): ServingScope {
  return {
    label: `token:${grant.id}`,
    filter: { methods: grant.methods, tags: grant.tags },
    expiresAt: grant.expiresAt === undefined ? undefined : new Date(grant.expiresAt),
    credentials: { ok: true, value: grant.credentials },
    surface: { toolExposure: grant.toolExposure ?? 'all', outputSchema: grant.outputSchema ?? true },
  };
}

export async function startHttpServer(runtime: ToolRuntime, options: HttpOptions): Promise<RunningHttpServer> {
  const sse = createSseSessions('/messages');
  const mcp = createMcpEndpoint(runtime);
  const defaultRoute: Route = { scope: options.scope, needsApiToken: options.requireApiToken };
  const limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.limits };
  const sseSlots = createSlots(limits.maxSseSessions);
  let sealedWithoutSecretLogged = false;
  let boundPort = options.port;
  const ops = options.ops ?? {};
  const serving = createServing({ log: ops.log ?? silentLogger, metrics: ops.metrics, redact: ops.redact });

  /** The route a path names; undefined for a token that does not open (all failures alike). */
  async function routeOf(token: string | undefined): Promise<Route | undefined> {
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
    if (!grant) {
      return undefined;
    }
    // --require-api-token protects the default /mcp; a sealed URL needs the API token only when it
    // was minted with --require-api-token, so "the URL alone is enough" stays possible.
    return { scope: scopeOfGrant(grant), needsApiToken: grant.requireApiToken };
  }

  /** Checks shared by every MCP route; false when a refusal was sent. */
  async function admit(req: IncomingMessage, res: ServerResponse, needsApiToken: boolean): Promise<boolean> {
    if (isExpired(options.scope, runtime.now())) {
      sendRpcError(res, 403, -32001, `This server's access expired at ${options.scope.expiresAt?.toISOString()}`);
      return false;
    }
    const control = options.control;
    const tokenOk = control
      ? () => control.acceptsApiToken(req, options.apiTokens)
      : async () => hasValidApiToken(req, options.apiTokens);
    if (needsApiToken && !(await tokenOk())) {
      sendRpcError(res, 401, -32001, 'Unauthorized: send Authorization: Bearer <API token>', {
        'www-authenticate': 'Bearer',
      });
      return false;
    }
    return true;
  }

  function refuseRoute(res: ServerResponse, token: string | undefined): void {
    const refusal = token === undefined ? options.defaultRefusal : undefined;
    if (refusal) {
      sendRpcError(
        res,
        refusal.status,
        -32001,
        refusal.message,
        refusal.status === 401 ? { 'www-authenticate': 'Bearer' } : {},
      );
    } else {
      sendRpcError(res, 404, -32001, NOT_FOUND);
    }
  }

  async function serveStreamable(req: IncomingMessage, res: ServerResponse, route: Route): Promise<void> {
    if (req.method !== 'POST') {
      return sendRpcError(res, 405, -32000, 'Method not allowed: this server is stateless; use POST', {
        allow: 'POST',
      });
    }
    const parsed = await readJsonBody(req);
    if (!parsed.ok) {
      return refuseBody(res, parsed);
    }
    const hooks = { ...rateLimitHeaderHooks(res), signal: abortOnClose(res) };
    await mcp.serve(req, res, { scope: route.scope, hooks }, parsed.body);
  }

  async function serveLegacy(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    token: string | undefined,
  ): Promise<void> {
    if (url.pathname === '/messages') {
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
    const route = await routeOf(token);
    if (!route) {
      return refuseRoute(res, token);
    }
    if (req.method !== 'GET') {
      return sendRpcError(res, 405, -32000, 'Method not allowed', { allow: 'GET' });
    }
    if (!(await admit(req, res, route.needsApiToken))) {
      return;
    }
    const release = sseSlots.take();
    if (!release) {
      const body = {
        jsonrpc: '2.0',
        error: {
          code: -32000,
          message: `Too many open SSE sessions (${limits.maxSseSessions}); try again later`,
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
    await sse.open(
      res,
      createServer(runtime, stillServed ? { ...route.scope, stillServed } : route.scope),
      route.needsApiToken,
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') {
      const health = healthReport(options.scope, runtime.now());
      return sendJson(res, health.httpStatus, health.body);
    }
    if (url.pathname === '/readyz') {
      return serveReadiness(res, serving.isDraining(), options.control);
    }
    if (!isAllowedHostAndOrigin(req, options.host, boundPort, options.allowedOrigins, options.allowedHosts)) {
      return sendRpcError(res, 403, -32000, 'Forbidden: Host or Origin header not allowed');
    }
    if (url.pathname === '/metrics') {
      return serveMetrics(req, res, ops, options.host);
    }
    if (options.oauth && (await options.oauth.handle(req, res, url))) {
      return;
    }
    if (options.control && (await options.control.handle(req, res, url))) {
      return;
    }
    const mcp = /^\/mcp(?:\/([^/]+))?\/?$/.exec(url.pathname);
    if (mcp && mcp[1] === undefined && options.oauth) {
      const granted = await options.oauth.authenticate(req, res);
      if (!granted || !(await admit(req, res, false))) {
        return;
      }
      return serveStreamable(req, res, granted);
    }
    if (mcp) {
      const route = await routeOf(mcp[1]);
      if (!route) {
        return refuseRoute(res, mcp[1]);
      }
      if (!(await admit(req, res, route.needsApiToken))) {
        return;
      }
      return serveStreamable(req, res, route);
    }
    const legacy = /^\/sse(?:\/([^/]+))?\/?$/.exec(url.pathname);
    if (legacy || url.pathname === '/messages') {
      return serveLegacy(req, res, url, legacy?.[1]);
    }
    return sendRpcError(res, 404, -32001, NOT_FOUND);
  }

  const httpServer = createHttpServer({ connectionsCheckingInterval: CONNECTIONS_CHECK_MS });
  httpServer.on('request', serving.wrap(httpServer, handle));
  applyConnectionLimits(httpServer, limits);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  boundPort = (httpServer.address() as AddressInfo).port;
  const hostForUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  async function shutdown(timeoutMs: number): Promise<DrainReport> {
    // SSE streams are sessions, not calls: they end first so they do not hold the drain open.
    const report = await serving.drain(timeoutMs, () => sse.closeAll());
    await mcp.close();
    return report;
  }
  return {
    port: boundPort,
    url: `http://${hostForUrl}:${boundPort}`,
    close: async () => void (await shutdown(0)),
    shutdown,
    inFlight: serving.inFlight,
  };
}
