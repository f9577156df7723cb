/**
 * Redaction of upstream text before it leaves the server: a vendor that echoes the request
 * ("you sent Bearer <token>") must not hand our credentials to the model. Every secret the server
 * holds is replaced wherever it appears, and so is anything that looks like an Authorization value.
 */
import type { CallToolResult } from '@modelcontextprotocol/server';

export const REDACTED = '[redacted]';
/** Shorter values are not treated as secrets: replacing them would garble ordinary text. */
const MIN_SECRET_LENGTH = 6;
// Scheme + credential, and `authorization: value` / "authorization":"value" pairs. No nested
// quantifiers: each runs in time linear in the text.
const SCHEME_VALUE = /\b(bearer|basic|token|digest)([ \t]+)[A-Za-z0-9._~+/=-]{6,}/gi;
const HEADER_VALUE = /(authorization["']?[ \t]*[:=][ \t]*["']?)(?:(?:bearer|basic|token|digest)[ \t]+)?[^\s"',;]+/gi;

export type Redactor = (text: string) => string;

/** The values treated as secrets, longest first (so a secret that contains another is replaced whole). */
export function heldSecrets(secrets: readonly string[]): string[] {
  return [...new Set(secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH))].sort(
    (a, b) => b.length - a.length,
  );
}

/**
 * Replaces the given secrets; with `authorizationLike`, also scheme + credential pairs. That second
 * rule is for error text only: in ordinary data ("Token ring 2024") it would garble content.
 */
export function createRedactor(secrets: readonly string[], options: { authorizationLike: boolean }): Redactor {
  const known = heldSecrets(secrets);
  return (text) => {
    let out = text;
    for (const secret of known) {
      if (out.includes(secret)) {
        out = out.split(secret).join(REDACTED);
      }
    }
    if (!options.authorizationLike) {
      return out;
    }
    return out.replace(HEADER_VALUE, `$1${REDACTED}`).replace(SCHEME_VALUE, `$1$2${REDACTED}`);
  };
}

/** Sets an own property, even one named `__proto__`, keeping the key order of first definition. */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every string inside a JSON value, redacted (keys too); other values unchanged. Iterative: no depth limit. */
function redactValue(value: unknown, redact: Redactor): unknown {
  if (typeof value === 'string') {
    return redact(value);
  }
  if (typeof value !== 'object' || value === null) {
    return value;
  }
  const root: { value: unknown } = { value: undefined };
  const stack: Array<[unknown, object, string]> = [[value, root, 'value']];
  while (stack.length > 0) {
    const [current, parent, key] = stack.pop() as [unknown, object, string];
    if (typeof current === 'string') {
      setOwn(parent, key, redact(current));
    } else if (Array.isArray(current)) {
      const copy: unknown[] = new Array(current.length);
      setOwn(parent, key, copy);
      for (const [index, item] of current.entries()) {
        stack.push([item, copy, String(index)]);
      }
    } else if (typeof current === 'object' && current !== null) {
      const copy = {};
      setOwn(parent, key, copy);
      const entries = Object.entries(current).map(([name, child]) => [redact(name), child] as const);
      for (const [name] of entries) {
        setOwn(copy, name, undefined);
      }
      for (const [name, child] of entries) {
        stack.push([child, copy, name]);
      }
    } else {
      setOwn(parent, key, current);
    }
  }
  return root.value;
}

/** The result with every text block and every string in structuredContent redacted. */
export function redactResult(result: CallToolResult, redact: Redactor): CallToolResult {
  return redactValue(result, redact) as CallToolResult;
}
