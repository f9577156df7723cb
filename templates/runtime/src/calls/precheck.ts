/**
 * Checks on a tools/call request that must run before the SDK parses it: its request schema
 * rebuilds `arguments` (silently dropping a `__proto__` key, which must be refused like any unknown
 * argument), answers non-object arguments with a raw validation dump, and overflows the stack on
 * arguments nested thousands deep. Each gets a clear -32602 with the request's id instead.
 */

import { exceedsDepth, MAX_ARGUMENT_DEPTH } from '../data/json-limits.js';
import { isPlainObject } from '../data/json-path.js';

/** Any message nested deeper than this is refused outright (-32600): no MCP message needs it. */
export const MAX_MESSAGE_DEPTH = MAX_ARGUMENT_DEPTH + 16;

function describeKind(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** Why this tools/call's arguments are refused, or undefined when the SDK may have them. */
export function callArgumentsProblem(message: Record<string, unknown>): string | undefined {
  if (message.method !== 'tools/call' || !isPlainObject(message.params) || !('arguments' in message.params)) {
    return undefined;
  }
  const args = message.params.arguments;
  if (args === undefined) {
    return undefined;
  }
  if (!isPlainObject(args)) {
    return `arguments must be an object of named arguments, not ${describeKind(args)}`;
  }
  if (Object.hasOwn(args, '__proto__')) {
    return '__proto__ is not an argument of this tool';
  }
  const deep = Object.entries(args).find(([, value]) => exceedsDepth(value, MAX_ARGUMENT_DEPTH - 1));
  if (deep) {
    return `${deep[0]} must be a value nested at most ${MAX_ARGUMENT_DEPTH} levels deep`;
  }
  return undefined;
}
