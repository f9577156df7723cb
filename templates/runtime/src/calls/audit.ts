/**
 * The audit trail: one JSON line per tool call. It names the server (or sealed token id), the tool
 * and the outcome; it never holds credentials, tokens or argument values.
 */
import { appendFileSync } from 'node:fs';

export type AuditOutcome = 'ok' | 'error' | 'denied' | 'throttled' | 'invalid';

export interface AuditEntry {
  time: string;
  /** Server name, or `token:<id>` for a sealed server URL. */
  server: string;
  tool: string;
  outcome: AuditOutcome;
  /** The upstream HTTP status, when a request was sent and answered. */
  upstream_status: number | null;
  duration_ms: number;
}

export type AuditSink = (entry: AuditEntry) => void;

/** Tool names come from the caller: keep them short and printable in the log. */
export function safeToolName(name: unknown): string {
  const text = typeof name === 'string' ? name : String(name);
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 80);
}

/** Appends lines to a file when a path is given, otherwise writes them to stderr. */
export function createAuditSink(filePath?: string): AuditSink {
  if (filePath) return (entry) => appendFileSync(filePath, `${JSON.stringify(entry)}\n`);
  return (entry) => process.stderr.write(`${JSON.stringify(entry)}\n`);
}
