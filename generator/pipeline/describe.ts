import type { MethodModel } from '../ir/types.js';
import type { JsonSchema, ToolAnnotations } from '../../templates/runtime/tool-data.js';
import { NEXT_CURSOR } from './flatten.js';

export const PAGING_SENTENCE =
  'Results come in pages: to get the next page, call again with the same arguments and next_cursor exactly as returned; stop when next_cursor is null.';

/** The tool description a model reads: the documented purpose, plus the paging contract for list tools. */
export function toolDescription(method: MethodModel): string {
  const base = method.doc!.description.replace(/\s+/g, ' ').trim();
  return method.pagination ? `${base} ${PAGING_SENTENCE}` : base;
}

/**
 * All four hints, always explicit. Reads are get/list and custom GETs; deletes are destructive;
 * idempotency follows HTTP (GET, PUT, DELETE). The spec can override each, e.g. to mark an update
 * that removes access as destructive.
 */
export function toolAnnotations(method: MethodModel, title: string): ToolAnnotations {
  const o = method.annotations;
  const readOnly = o.readOnly ?? (method.kind === 'list' || method.kind === 'get' || (method.kind === 'custom' && method.http === 'GET'));
  const destructive = readOnly ? false : (o.destructive ?? (method.kind === 'delete' || method.http === 'DELETE'));
  const idempotent = o.idempotent ?? (readOnly || ['GET', 'PUT', 'DELETE'].includes(method.http));
  return { title, readOnlyHint: readOnly, destructiveHint: destructive, idempotentHint: idempotent, openWorldHint: o.openWorld ?? true };
}

/**
 * List tools answer `{ data, next_cursor }`; the documented response schema describes one item. An
 * array payload of another tool is served as `{ data: [...] }` (the runtime wraps it the same way).
 */
export function outputSchema(method: MethodModel, response: JsonSchema | undefined): JsonSchema | undefined {
  if (!method.pagination && response?.type === 'array') {
    return { type: 'object', properties: { data: response }, required: ['data'], additionalProperties: false };
  }
  if (!method.pagination) return response;
  return {
    type: 'object',
    properties: {
      data: { type: 'array', items: response ?? { type: 'object' }, description: 'The items of this page.' },
      [NEXT_CURSOR]: {
        type: ['string', 'null'],
        description: 'Pass this back as next_cursor to get the next page; null when there are no more pages.',
      },
    },
    required: ['data', NEXT_CURSOR],
    additionalProperties: false,
  };
}
