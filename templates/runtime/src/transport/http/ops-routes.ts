/** The operator's routes of design.md §4d beside `/healthz`: `/readyz` and `/metrics`. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../ops/log.js';
import type { Metrics } from '../../ops/metrics.js';
import type { Redactor } from '../../security/redact.js';
import { hasValidApiToken, isLoopbackHost, sendJson } from './guards.js';
import { readiness } from './readiness.js';

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

export async function serveReadiness(res: ServerResponse, draining: boolean, store?: Pingable): Promise<void> {
  const report = await readiness(draining, store ? () => store.ping() : undefined);
  sendJson(res, report.httpStatus, report.body, { 'cache-control': 'no-store' });
}

export async function serveMetrics(
  req: IncomingMessage,
  res: ServerResponse,
  ops: OpsOptions,
  host: string,
): Promise<void> {
  if (!ops.metrics) {
    return sendJson(res, 404, { error: 'not_found', message: '/metrics is off; start the server with --metrics' });
  }
  if (req.method !== 'GET') {
    return sendJson(res, 405, { error: 'method_not_allowed', message: 'use GET' }, { allow: 'GET' });
  }
  if (!isLoopbackHost(host)) {
    const tokens = ops.adminTokens ?? [];
    if (tokens.length === 0 || !hasValidApiToken(req, tokens)) {
      const message =
        tokens.length === 0
          ? '/metrics on a non-loopback bind needs MCP_ADMIN_TOKENS'
          : 'send Authorization: Bearer <admin token>';
      return sendJson(res, 401, { error: 'unauthorized', message }, { 'www-authenticate': 'Bearer' });
    }
  }
  const { contentType, text } = await ops.metrics.render();
  res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(text);
}
