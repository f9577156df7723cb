/** The operator's routes of design.md §4d: `/healthz`, `/readyz` and `/metrics`, as route-table entries. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServingScope } from '../../calls/runtime.js';
import type { Logger } from '../../ops/log.js';
import type { Metrics } from '../../ops/metrics.js';
import type { Redactor } from '../../security/redact.js';
import { isLoopbackHost, sendJson } from './guards.js';
import { healthReport } from './health.js';
import { readiness } from './readiness.js';
import { adminTokenGuard, type HttpRoute, type RouteGuard } from './routes.js';

export interface OpsOptions {
  log?: Logger;
  /** `--metrics`: `/metrics` is served; otherwise it is 404. */
  metrics?: Metrics;
  /** Admin tokens: on a non-loopback bind `/metrics` needs one. */
  adminTokens?: readonly string[];
  /** Replaces secrets in logged causes. */
  redact?: Redactor;
}

/** Anything with a trivial store question; the control plane is one. */
interface Pingable {
  ping(): Promise<void>;
}

async function serveReadiness(res: ServerResponse, draining: boolean, store?: Pingable): Promise<void> {
  const report = await readiness(draining, store ? () => store.ping() : undefined);
  sendJson(res, report.httpStatus, report.body, { 'cache-control': 'no-store' });
}

async function serveMetrics(
  req: IncomingMessage,
  res: ServerResponse,
  ops: OpsOptions,
  guard: RouteGuard | undefined,
): Promise<void> {
  if (!ops.metrics) {
    return sendJson(res, 404, { error: 'not_found', message: '/metrics is off; start the server with --metrics' });
  }
  if (req.method !== 'GET') {
    return sendJson(res, 405, { error: 'method_not_allowed', message: 'use GET' }, { allow: 'GET' });
  }
  if (guard && !guard(req, res)) {
    return;
  }
  const { contentType, text } = await ops.metrics.render();
  res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(text);
}

export interface OpsRouteOptions {
  ops: OpsOptions;
  /** The bind address: `/metrics` off loopback needs an admin token. */
  host: string;
  /** `--expires-at` ends health too. */
  scope: ServingScope;
  now(): Date;
  draining(): boolean;
  /** The store `/readyz` asks. */
  store?: Pingable;
}

/** The probes answer before the Host check (a load balancer sends any Host); `/metrics` does not. */
export function opsRoutes(options: OpsRouteOptions): HttpRoute[] {
  // Off loopback, only an admin may read /metrics (checked after the 404 and 405 answers).
  const metricsGuard = isLoopbackHost(options.host)
    ? undefined
    : adminTokenGuard(options.ops.adminTokens ?? [], '/metrics on a non-loopback bind needs MCP_ADMIN_TOKENS');
  return [
    {
      path: '/healthz',
      open: true,
      handle: async (_req, res) => {
        const health = healthReport(options.scope, options.now());
        sendJson(res, health.httpStatus, health.body);
        return true;
      },
    },
    {
      path: '/readyz',
      open: true,
      handle: async (_req, res) => {
        await serveReadiness(res, options.draining(), options.store);
        return true;
      },
    },
    {
      path: '/metrics',
      handle: async (req, res) => {
        await serveMetrics(req, res, options.ops, metricsGuard);
        return true;
      },
    },
  ];
}
