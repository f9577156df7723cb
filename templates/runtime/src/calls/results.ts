/**
 * Tool result shapes. Success: `structuredContent` plus the same JSON as text. Error: `isError`,
 * the error JSON as text, and `structuredContent` only where it cannot contradict the tool's
 * outputSchema (the SDK Client validates structuredContent even on error results).
 */
import type { CallToolResult } from '@modelcontextprotocol/server';
import { isPlainObject } from '../data/json-path.js';
import { noteJsonText } from '../data/json-text.js';
import type { RateLimitFields } from '../upstream/ratelimit.js';
import type { ArgumentProblem } from './validate.js';

export type ToolErrorCode =
  | 'invalid_arguments'
  | 'invalid_cursor'
  | 'expired'
  | 'revoked'
  | 'not_configured'
  | 'upstream_error'
  | 'rate_limited'
  | 'timeout'
  | 'network_error'
  | 'auth_failed'
  | 'cancelled'
  | 'unexpected_response'
  | 'response_too_large'
  | 'partial_failure';

export interface ToolError {
  error: ToolErrorCode;
  message: string;
  /** HTTP-like status of the failure: the upstream status, or 429 for any throttling. */
  status?: number;
  /** The status the vendor actually sent, when it differs from `status` (403 throttling). */
  upstream_status?: number;
  /** @since runtime 2.1.0. The API's own error code (`user_not_found`), when it sends one. */
  code?: string;
  problems?: ArgumentProblem[];
  /** `partial_failure`: each item of the batch that failed, with the vendor's reason. */
  failed?: Array<{ id: string; reason: string }>;
}

export type RateLimitedError = ToolError & RateLimitFields;

/** Decides whether a value may be sent as structuredContent for this tool. */
export type OutputCheck = (value: unknown) => boolean;

export function toStructured(payload: unknown): Record<string, unknown> {
  return isPlainObject(payload) ? payload : { data: payload };
}

/**
 * A success result: structuredContent (already fitted to the outputSchema, see output-fit.ts) and
 * the same JSON as text. Everything the model needs is inside it: clients that get structuredContent
 * often show the model nothing else.
 */
export function successResult(structured: Record<string, unknown>, text = JSON.stringify(structured)): CallToolResult {
  noteJsonText(structured, text); // the text is the JSON of structured: stdio sends it as both
  return { content: [{ type: 'text', text }], structuredContent: structured };
}

const RATE_LIMIT_FIELDS = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after'] as const;

/**
 * An error result. The JSON is always in the text; throttling fields also go in `_meta`, which no
 * outputSchema constrains, so clients can read them even where structuredContent must stay out.
 */
export function errorResult(error: ToolError, matchesOutput: OutputCheck): CallToolResult {
  const result: CallToolResult = { content: [{ type: 'text', text: JSON.stringify(error) }], isError: true };
  if (matchesOutput(error)) {
    result.structuredContent = { ...error };
  }
  const fields = error as Partial<RateLimitFields>;
  if (RATE_LIMIT_FIELDS.some((k) => k in fields)) {
    result._meta = Object.fromEntries(RATE_LIMIT_FIELDS.map((k) => [k, fields[k] ?? null]));
  }
  return result;
}
