// Generated from specs/egnyte and templates/runtime/call-request.ts by `npm run generate`. Do not edit: change the specs and regenerate.
/**
 * The tools/call request schema the server registers. It is the SDK's schema except that
 * `arguments` is kept exactly as received: the SDK's record schema rebuilds the object, which
 * silently drops a `__proto__` key (it must be refused like any unknown argument), and answers
 * non-object arguments with -32603 and a raw validation dump. Here they get a clear -32602.
 */
import { CallToolRequestParamsSchema, CallToolRequestSchema, ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { isPlainObject } from './json-path.js';

/** The value schema of the SDK's `arguments` record: accepts anything, returns it untouched. */
const anyValue = CallToolRequestParamsSchema.shape.arguments.unwrap().valueType;

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

const rawArguments = anyValue.transform((value) => {
  if (value === undefined || isPlainObject(value)) return value as Record<string, unknown> | undefined;
  throw new McpError(ErrorCode.InvalidParams, `Invalid arguments: arguments must be an object of named arguments, not ${describeKind(value)}`);
});

export const CallToolRequestKeepingArguments = CallToolRequestSchema.extend({
  params: CallToolRequestParamsSchema.extend({ arguments: rawArguments }),
});
