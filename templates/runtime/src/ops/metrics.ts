/**
 * `/metrics` (design.md §4d): the named Prometheus metrics on a registry of this server's own (not
 * prom-client's global one, so embedders and tests get separate counts). Labels are tool names from
 * the server's own list, outcomes, statuses and route templates: never a token, URL or argument value.
 */
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { AuditEntry } from '../calls/audit.js';

export interface Metrics {
  registry: Registry;
  /** Counts one tool call from its audit entry. */
  recordCall(entry: AuditEntry): void;
  recordHttp(route: string, status: number): void;
  recordStoreError(): void;
  /** The exposition text and its content type. */
  render(): Promise<{ contentType: string; text: string }>;
}

/** A tool name is a label only when the server has such a tool; anything else a caller sent is `unknown`. */
export function createMetrics(toolNames: Iterable<string>, options: { processDefaults?: boolean } = {}): Metrics {
  const known = new Set(toolNames);
  const registry = new Registry();
  const registers = [registry];
  const calls = new Counter({
    name: 'mcp_tool_calls_total',
    help: 'Tool calls by tool and outcome',
    labelNames: ['tool', 'outcome'],
    registers,
  });
  const durations = new Histogram({
    name: 'mcp_tool_call_duration_seconds',
    help: 'Tool call duration in seconds',
    labelNames: ['tool'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const upstream = new Counter({
    name: 'mcp_upstream_responses_total',
    help: 'Upstream API responses by HTTP status',
    labelNames: ['status'],
    registers,
  });
  const rateLimited = new Counter({
    name: 'mcp_rate_limited_total',
    help: 'Tool calls the upstream API throttled',
    registers,
  });
  const http = new Counter({
    name: 'mcp_http_requests_total',
    help: 'HTTP requests by route template and status',
    labelNames: ['route', 'status'],
    registers,
  });
  const storeErrors = new Counter({
    name: 'mcp_store_errors_total',
    help: 'Store operations that failed because the store was unavailable',
    registers,
  });
  if (options.processDefaults !== false) {
    collectDefaultMetrics({ register: registry });
  }
  return {
    registry,
    recordCall(entry) {
      const tool = known.has(entry.tool) ? entry.tool : 'unknown';
      calls.inc({ tool, outcome: entry.outcome });
      durations.observe({ tool }, entry.duration_ms / 1000);
      if (entry.upstream_status !== null) {
        upstream.inc({ status: String(entry.upstream_status) });
      }
      if (entry.outcome === 'throttled') {
        rateLimited.inc();
      }
    },
    recordHttp: (route, status) => http.inc({ route, status: String(status) }),
    recordStoreError: () => storeErrors.inc(),
    async render() {
      return { contentType: registry.contentType, text: await registry.metrics() };
    },
  };
}
