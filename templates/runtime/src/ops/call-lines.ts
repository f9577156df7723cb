/**
 * Each tool call, besides its audit line: one log line (`tool`, `outcome`, `server_id`, never a
 * URL or argument) and the call metrics.
 */
import type { AuditEntry, AuditSink } from '../calls/audit.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';
import { requestContext } from './request-context.js';

/** The audit label without its kind prefix: a store record's id, a sealed grant's id, or the default server's name. */
export function serverIdOf(label: string): string {
  return label.replace(/^mcp-server:/, '');
}

export function observeCalls(sink: AuditSink, log: Logger, metrics?: Metrics): AuditSink {
  return (entry: AuditEntry) => {
    sink(entry);
    metrics?.recordCall(entry);
    const reqId = requestContext()?.reqId;
    log.info(
      {
        ...(reqId ? { req_id: reqId } : {}),
        tool: entry.tool,
        outcome: entry.outcome,
        server_id: serverIdOf(entry.server),
        upstream_status: entry.upstream_status,
        duration_ms: entry.duration_ms,
      },
      'tool call',
    );
  };
}
