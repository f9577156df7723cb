/**
 * The server's own log (design.md §4d): pino JSON lines on stderr, or a short human form with
 * `--log-format pretty`. Every line has `level`, `time` and `msg`. A 5xx answer gets an `error_id`
 * that the line logging its (redacted) cause carries too, so an operator can find one from the other.
 *
 * The lines the server writes (a message, flat fields) are written as pino writes them by
 * json-line.ts; pino itself is required on the first line only it can write (an Error, format
 * arguments), so it stays off the cold start. Both write synchronously to the same stream, in order.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import type { pino as PinoFactory, Logger as PinoLogger } from 'pino';
import { createRedactor, type Redactor } from '../security/redact.js';
import { jsonLine } from './json-line.js';

/** A log method in pino's call forms: a message, or fields then a message (pino's own loggers fit). */
export interface LogFn {
  (msg: string, ...args: unknown[]): void;
  (fields: object, msg?: string, ...args: unknown[]): void;
}

/** What the runtime and the hosting package log through; a pino logger is one. */
export interface Logger {
  fatal: LogFn;
  error: LogFn;
  warn: LogFn;
  info: LogFn;
  debug: LogFn;
  trace: LogFn;
}

type Method = keyof Logger;
/** pino's level numbers. */
const LEVEL_VALUES: Record<Method, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

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

/** The pretty form's label of each level number: `INFO` for 30. */
const LEVEL_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(LEVEL_VALUES).map(([name, value]) => [value, name.toUpperCase()]),
);

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

/** pino, loaded on the first line json-line.ts leaves to it. */
function loadPino(): typeof PinoFactory {
  return (createRequire(import.meta.url)('pino') as { pino: typeof PinoFactory }).pino;
}

const noop: LogFn = () => undefined;

export function createLogger(options: LogOptions): Logger {
  const out = options.destination ?? process.stderr;
  const stream = options.format === 'pretty' ? prettyStream(out) : out;
  const threshold = options.level === 'silent' ? Number.POSITIVE_INFINITY : LEVEL_VALUES[options.level];
  let pino: PinoLogger | undefined;
  const method = (name: Method): LogFn => {
    const level = LEVEL_VALUES[name];
    if (level < threshold) {
      return noop;
    }
    return (...args: unknown[]) => {
      const line = jsonLine(level, Date.now(), args);
      if (line !== undefined) {
        stream.write(line);
        return;
      }
      if (!pino) {
        const factory = loadPino();
        pino = factory(
          { level: options.level, base: undefined, timestamp: factory.stdTimeFunctions.epochTime },
          stream,
        );
      }
      (pino[name] as (...rest: unknown[]) => void).apply(pino, args);
    };
  };
  return {
    fatal: method('fatal'),
    error: method('error'),
    warn: method('warn'),
    info: method('info'),
    debug: method('debug'),
    trace: method('trace'),
  };
}

/** A logger that writes nothing (tests and embedders that bring no logger). */
export const silentLogger: Logger = { fatal: noop, error: noop, warn: noop, info: noop, debug: noop, trace: noop };

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
