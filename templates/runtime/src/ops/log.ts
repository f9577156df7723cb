/**
 * The server's own log (design.md §4d): pino JSON lines on stderr, or a short human form with
 * `--log-format pretty`. Every line has `level`, `time` and `msg`. A 5xx answer gets an `error_id`
 * that the line logging its (redacted) cause carries too, so an operator can find one from the other.
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { type Logger, pino } from 'pino';
import { createRedactor, type Redactor } from '../security/redact.js';

export type { Logger } from 'pino';
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = 'json' | 'pretty';

export interface LogOptions {
  level: LogLevel;
  format: LogFormat;
  /** Where lines go; stderr by default. */
  destination?: NodeJS.WritableStream;
}

/** `json` unless stderr is a terminal (a person is reading). */
export function defaultLogFormat(stream: { isTTY?: boolean } = process.stderr): LogFormat {
  return stream.isTTY ? 'pretty' : 'json';
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/** One JSON line as `HH:MM:SS.mmm LEVEL msg key=value ...`. */
export function prettyLine(line: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const { level, time, msg, pid: _pid, hostname: _host, ...rest } = record;
  const clock = typeof time === 'number' ? new Date(time).toISOString().slice(11, 23) : '';
  const fields = Object.entries(rest).map(
    ([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
  return [clock, LEVEL_NAMES[level as number] ?? String(level), String(msg ?? ''), ...fields].filter(Boolean).join(' ');
}

function prettyStream(out: NodeJS.WritableStream): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString('utf8').split('\n').filter(Boolean).map(prettyLine).join('\n');
      out.write(`${text}\n`, () => done());
    },
  });
}

export function createLogger(options: LogOptions): Logger {
  const out = options.destination ?? process.stderr;
  const stream = options.format === 'pretty' ? prettyStream(out) : out;
  return pino({ level: options.level, base: undefined, timestamp: pino.stdTimeFunctions.epochTime }, stream);
}

/** A logger that writes nothing (tests and embedders that bring no logger). */
export const silentLogger: Logger = pino({ level: 'silent' });

/** A short random id joining a 5xx answer to its log line. */
export function newErrorId(): string {
  return `err_${randomBytes(6).toString('hex')}`;
}

/** The cause of an error as loggable text: message and the first frames, with secrets replaced. */
export function causeText(error: unknown, redact: Redactor = createRedactor([], { authorizationLike: true })): string {
  const err = error as { name?: string; message?: string; stack?: string; cause?: unknown };
  const head = err?.stack ?? `${err?.name ?? 'Error'}: ${err?.message ?? String(error)}`;
  const inner = err?.cause ? ` (cause: ${(err.cause as Error)?.message ?? String(err.cause)})` : '';
  return redact(`${head.split('\n').slice(0, 4).join('\n')}${inner}`);
}

/** Logs a 5xx's cause under a fresh error id and returns the id for the answer. */
export function logServerError(
  log: Logger,
  error: unknown,
  context: Record<string, unknown>,
  redact?: Redactor,
): string {
  const errorId = newErrorId();
  log.error({ ...context, error_id: errorId, cause: causeText(error, redact) }, 'request failed');
  return errorId;
}
