/**
 * One log record as the JSON line pino writes for it (pino 10 with `base: undefined` and epoch
 * times: `{"level":30,"time":<ms>,<fields>,"msg":"..."}`), for the records the server writes:
 * a message, optionally after an object of fields. It returns undefined for any record whose line
 * only pino itself can write (an Error, an `err` field, format arguments, a value JSON.stringify
 * throws on, a short top-level string with a surrogate, which pino does not escape as JSON does);
 * log.ts hands those to pino. Not loading pino for the others keeps it off the cold start.
 */

const SURROGATE = /[\ud800-\udfff]/;
/** pino escapes strings of at most 100 characters itself, longer ones with JSON.stringify. */
const PINO_OWN_ESCAPE_MAX = 100;

/** A top-level string as pino writes it, or undefined when only pino can. */
function stringValue(text: string): string | undefined {
  return text.length <= PINO_OWN_ESCAPE_MAX && SURROGATE.test(text) ? undefined : JSON.stringify(text);
}

/** A field's value as pino writes it: null for non-finite numbers; '' to leave the field out; undefined when only pino can. */
function fieldValue(value: unknown): string | undefined {
  switch (typeof value) {
    case 'undefined':
    case 'function':
      return '';
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return String(value);
    case 'string':
      return stringValue(value);
    default:
      try {
        // pino's own `stringify` is JSON.stringify first; a value it leaves out (a symbol) is left out.
        return JSON.stringify(value) ?? '';
      } catch {
        return undefined;
      }
  }
}

/** A plain object of fields pino writes as they are (no `err` serializer, no request or response mapping). */
function isPlainFields(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  const proto = Object.getPrototypeOf(value);
  const fields = value as Record<string, unknown>;
  const httpLike = (fields.method && fields.headers && fields.socket) || typeof fields.setHeader === 'function';
  return (proto === Object.prototype || proto === null) && !('err' in fields) && !httpLike;
}

/** The fields part, `,"key":value...`, or undefined when only pino can write it. */
function fieldsPart(fields: Record<string, unknown>): string | undefined {
  let part = '';
  for (const key of Object.keys(fields)) {
    const value = fieldValue(fields[key]);
    const name = stringValue(key);
    if (value === undefined || name === undefined) {
      return undefined;
    }
    if (value !== '') {
      part += `,${name}:${value}`;
    }
  }
  return part;
}

/**
 * The line of one call `log.<level>(...args)`, newline included, or undefined when pino must
 * write it. `level` is pino's number for the level (30 for info).
 */
export function jsonLine(level: number, time: number, args: readonly unknown[]): string | undefined {
  const [first, second, ...rest] = args;
  if (rest.length > 0) {
    return undefined;
  }
  const head = `{"level":${level},"time":${time}`;
  if (typeof first === 'string' && second === undefined && args.length === 1) {
    const msg = stringValue(first);
    return msg === undefined ? undefined : `${head},"msg":${msg}}\n`;
  }
  if (!isPlainFields(first) || (second !== undefined && typeof second !== 'string')) {
    return undefined;
  }
  // pino takes an absent message from the fields' own `msg` or `err`; `err` is excluded above.
  const fields = fieldsPart(first);
  const msg = second === undefined ? '' : stringValue(second);
  if (fields === undefined || msg === undefined) {
    return undefined;
  }
  return `${head}${fields}${msg === '' ? '' : `,"msg":${msg}`}}\n`;
}
