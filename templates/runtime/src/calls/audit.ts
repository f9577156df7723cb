/**
 * The audit trail: one JSON line per tool call. It names the server (or sealed token id), the tool
 * and the outcome; it never holds credentials, tokens or argument values.
 */
import { createWriteStream } from 'node:fs';

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

/** An audit sink whose lines are written asynchronously; `flush` resolves once every line so far is written. */
export interface AuditStream extends AuditSink {
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Appends lines to a file when a path is given (its own stream, apart from the server log), otherwise to stderr. */
export function createAuditSink(filePath?: string): AuditStream {
  const out: NodeJS.WritableStream = filePath ? createWriteStream(filePath, { flags: 'a' }) : process.stderr;
  // A file that cannot be written must not crash the server; the failure is reported once.
  let failed = false;
  out.on('error', (error: Error) => {
    if (!failed) {
      process.stderr.write(`audit log: ${error.message}\n`);
    }
    failed = true;
  });
  const sink = ((entry: AuditEntry) => {
    if (!failed) {
      out.write(`${JSON.stringify(entry)}\n`);
    }
  }) as AuditStream;
  // Writes complete in order: an empty write's callback runs after every earlier line is written.
  sink.flush = () => (failed ? Promise.resolve() : new Promise<void>((resolve) => out.write('', () => resolve())));
  sink.close = async () => {
    await sink.flush();
    if (filePath) {
      await new Promise<void>((resolve) => out.end(() => resolve()));
    }
  };
  return sink;
}
