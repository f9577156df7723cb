/**
 * The HTTP transport: one route table (routes.ts) that the probes and metrics (ops-routes.ts), the
 * MCP endpoints (mcp-routes.ts) and the hosting package's parts (admin API and page, OAuth front
 * door) contribute to, served with the request bookkeeping of serving.ts and the connection caps.
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ToolRuntime } from '../../calls/runtime.js';
import { silentLogger } from '../../ops/log.js';
import {
  applyConnectionLimits,
  CONNECTIONS_CHECK_MS,
  type ConnectionLimits,
  createSlots,
  DEFAULT_CONNECTION_LIMITS,
} from './connection-caps.js';
import { isAllowedHostAndOrigin } from './guards.js';
import { createMcpEndpoint } from './mcp-endpoint.js';
import { type GrantCheck, type HostedServers, type McpRouteOptions, mcpRoutes } from './mcp-routes.js';
import { type OpsOptions, opsRoutes } from './ops-routes.js';
import { dispatch, type HttpRoute } from './routes.js';
import { createServing, type DrainReport } from './serving.js';
import { createSseSessions } from './sse.js';

/**
 * `control` (`--store`) and `oauth` (`--oauth`) contribute their routes (admin API and page, OAuth
 * metadata, endpoints and sign-in pages) ahead of the MCP ones, and serve `/mcp` through hooks.
 */
export interface HttpOptions extends McpRouteOptions {
  control?: HostedServers & { routes: readonly HttpRoute[]; ping(): Promise<void> };
  oauth?: GrantCheck & { routes: readonly HttpRoute[] };
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** `--allowed-hosts`: Host names accepted besides loopback ones (behind a reverse proxy). */
  allowedHosts?: readonly string[];
  /** Browser origins accepted besides this server's own loopback origin (MCP_ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  limits?: Partial<ConnectionLimits>;
  /** Logs, metrics and `/metrics` access (ops/); without it nothing is logged and `/metrics` is off. */
  ops?: OpsOptions;
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

export async function startHttpServer(runtime: ToolRuntime, options: HttpOptions): Promise<RunningHttpServer> {
  const sse = createSseSessions('/messages');
  const mcp = createMcpEndpoint(runtime);
  const limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.limits };
  let boundPort = options.port;
  const ops = options.ops ?? {};
  const serving = createServing({ log: ops.log ?? silentLogger, metrics: ops.metrics, redact: ops.redact });
  const routes = [
    ...opsRoutes({
      ops,
      host: options.host,
      scope: options.scope,
      now: () => runtime.now(),
      draining: serving.isDraining,
      ...(options.control ? { store: options.control } : {}),
    }),
    ...(options.oauth?.routes ?? []),
    ...(options.control?.routes ?? []),
    ...mcpRoutes(runtime, options, {
      mcp,
      sse,
      sseSlots: createSlots(limits.maxSseSessions),
      maxSseSessions: limits.maxSseSessions,
    }),
  ];
  const handle = dispatch(routes, {
    allowed: (req) =>
      isAllowedHostAndOrigin(req, options.host, boundPort, options.allowedOrigins, options.allowedHosts),
  });

  const httpServer = createHttpServer({ connectionsCheckingInterval: CONNECTIONS_CHECK_MS });
  const caps = applyConnectionLimits(httpServer, limits);
  httpServer.on(
    'request',
    serving.wrap(httpServer, handle, (req) => caps.isSurplus(req.socket)),
  );
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
