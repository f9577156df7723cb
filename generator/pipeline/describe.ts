import type { JsonSchema, ToolAnnotations } from 'saas-mcp-runtime/contract';
import type { MethodModel } from '../ir/types.js';
import { NEXT_CURSOR } from './flatten.js';

/** The paging contract, said once per list tool (the parameters and output fields do not repeat it). */
export const PAGING_SENTENCE = 'Next page: call again with next_cursor exactly as returned; stop when null.';

/** The tool description a model reads: the documented purpose, plus the paging contract for list tools. */
export function toolDescription(method: MethodModel): string {
  const base = method.doc.description.replace(/\s+/g, ' ').trim();
  return method.pagination ? `${base} ${PAGING_SENTENCE}` : base;
}

/**
 * All four hints, always explicit. Reads are get/list and custom GETs; deletes are destructive;
 * idempotency follows HTTP (GET, PUT, DELETE). openWorldHint is false unless the spec says the tool
 * reaches beyond the tenant (a public link, an email to someone), as ChatGPT defines it. The spec
 * can override each, e.g. to mark an update that removes access as destructive.
 */
export function toolAnnotations(method: MethodModel): ToolAnnotations {
  const o = method.annotations;
  const readOnly =
    o.readOnly ??
    (method.kind === 'list' || method.kind === 'get' || (method.kind === 'custom' && method.http === 'GET'));
  const destructive = readOnly ? false : (o.destructive ?? (method.kind === 'delete' || method.http === 'DELETE'));
  const idempotent = o.idempotent ?? (readOnly || ['GET', 'PUT', 'DELETE'].includes(method.http));
  return {
    readOnlyHint: readOnly,
    destructiveHint: destructive,
    idempotentHint: idempotent,
    openWorldHint: o.openWorld ?? false,
  };
}

/**
 * List tools answer `{ data, next_cursor }`, plus `note` when a page was cut to fit (the envelope
 * stays open for it, and for `off_schema`); the documented response schema, already made tolerant,
 * describes one item.
 * An array payload of another tool is served as `{ data: [...] }` (the runtime wraps it the same way).
 */
export function outputSchema(method: MethodModel, response: JsonSchema | undefined): JsonSchema | undefined {
  if (!method.pagination && response?.type === 'array') {
    return { type: 'object', properties: { data: response }, required: ['data'] };
  }
  if (!method.pagination) {
    return response;
  }
  return {
    type: 'object',
    properties: {
      data: { type: 'array', items: response ?? { type: 'object' } },
      [NEXT_CURSOR]: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    },
    required: ['data', NEXT_CURSOR],
  };
}
