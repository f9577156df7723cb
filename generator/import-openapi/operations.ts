/**
 * Stage 2, map: each selected operation -> a resource method (how to call it) and, when the vendor
 * describes it, a documentation entry. An operation that cannot be called through the spec format
 * is skipped with its reason; one the vendor does not describe is written without an entry, so the
 * generator's own documentation gate skips it too and the user sees what to write.
 */

import { headerNames, type Paging, recognisePaging } from './paging.js';
import { mapRequest } from './parameters.js';
import { convertSchema } from './schema.js';
import { isObject, type JsonObject, obj, snake, str, strings, vendorText, words } from './values.js';

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** The docs meta-schema's shortest description. */
const MIN_DOC_DESCRIPTION = 20;

export interface Operation {
  method: string;
  path: string;
  id?: string;
  tags: string[];
  pathItem: JsonObject;
  operation: JsonObject;
}

export interface MappedOperation {
  source: Operation;
  resource: string;
  /** The resource method, without its key (classify.ts picks it). */
  entry: JsonObject;
  /** The documentation entry; absent when the vendor does not describe the operation. */
  doc?: JsonObject;
  undocumented?: string;
  paged: boolean;
  notes: string[];
}

export type OperationResult = { ok: true; mapped: MappedOperation } | { ok: false; source: Operation; reason: string };

/** Every operation, in document order. */
export function collectOperations(doc: JsonObject): Operation[] {
  const out: Operation[] = [];
  for (const [path, value] of Object.entries(obj(doc.paths))) {
    const pathItem = obj(value);
    for (const method of HTTP_METHODS) {
      if (!isObject(pathItem[method])) {
        continue;
      }
      const operation = obj(pathItem[method]);
      out.push({
        method: method.toUpperCase(),
        path,
        id: str(operation.operationId),
        tags: strings(operation.tags),
        pathItem,
        operation,
      });
    }
  }
  return out;
}

export function describeOperation(op: Operation): string {
  return `${op.method} ${op.path}${op.id ? ` (${op.id})` : ''}`;
}

export function mapOperation(op: Operation, minDescription: number, authHeaders: ReadonlySet<string>): OperationResult {
  const fail = (reason: string): OperationResult => ({ ok: false, source: op, reason });
  if (op.operation.deprecated === true) {
    return fail('deprecated in the document');
  }
  const request = mapRequest(op.pathItem, op.operation, minDescription, authHeaders);
  if (!request.ok) {
    return fail(request.reason);
  }
  const notes = [...request.notes];
  const shape = request.value;
  const success = successResponse(op.operation);
  // An item path (ending in a parameter) answers with one thing, even when that thing holds a list.
  const item = /\{[^}]+\}$/.test(op.path);
  const paging: Paging = item
    ? { listLike: false }
    : recognisePaging(op.method, shape.queryNames, success.schema, success.headers);
  if (paging.note) {
    notes.push(paging.note);
  }
  const paged = paging.pagination !== undefined;
  const entry: JsonObject = {
    method: op.method,
    path: op.path,
    ...(Object.keys(shape.pathParams).length > 0 ? { path_params: shape.pathParams } : {}),
    ...(paging.pagination ? { response_path: paging.responsePath ?? '$', pagination: paging.pagination } : {}),
    ...(shape.bodyEncoding ? { body_encoding: shape.bodyEncoding } : {}),
  };
  const response = responseSchema(success.schema, paging.pagination ? paging.responsePath : undefined, notes);
  const text = docText(op.operation);
  if (typeof text !== 'string') {
    return {
      ok: true,
      mapped: { source: op, resource: resourceOf(op), entry, undocumented: text.missing, paged, notes },
    };
  }
  const summary = vendorText(op.operation.summary);
  const doc: JsonObject = {
    ...(summary && summary.length >= 3 && summary !== text ? { title: summary } : {}),
    description: text,
    ...(shape.query ? { query_schema: shape.query } : {}),
    ...(shape.headers ? { header_schema: shape.headers } : {}),
    ...(shape.body ? { body_schema: shape.body, body_required: shape.bodyRequired } : {}),
    ...(response ? { response_schema: response } : {}),
  };
  return { ok: true, mapped: { source: op, resource: resourceOf(op), entry, doc, paged, notes } };
}

/** The vendor's description (or summary) of the operation, or why there is none to use. */
function docText(operation: JsonObject): string | { missing: string } {
  const summary = vendorText(operation.summary);
  const description = vendorText(operation.description);
  let text = description ?? summary;
  if (text && text.length < MIN_DOC_DESCRIPTION && summary && description && summary !== description) {
    text = `${summary}. ${description}`;
  }
  if (!text) {
    return { missing: 'the document gives it no summary or description' };
  }
  if (text.length < MIN_DOC_DESCRIPTION) {
    return { missing: `its summary/description ("${text}") is shorter than ${MIN_DOC_DESCRIPTION} characters` };
  }
  return text;
}

/** The first 2xx answer's JSON schema and header names. */
function successResponse(operation: JsonObject): { schema?: JsonObject; headers: string[] } {
  const responses = obj(operation.responses);
  const code = Object.keys(responses)
    .filter((c) => /^2(\d\d|XX)$/i.test(c))
    .sort()[0];
  if (!code) {
    return { headers: [] };
  }
  const response = obj(responses[code]);
  const content = obj(response.content);
  const json = Object.keys(content).find((t) => /^application\/(.+\+)?json\b/i.test(t));
  const schema = json ? obj(content[json]).schema : undefined;
  return { ...(isObject(schema) ? { schema } : {}), headers: headerNames(response) };
}

/** The output schema: one item for paged methods; an object or array (served as { data }) otherwise. */
function responseSchema(
  schema: JsonObject | undefined,
  itemsAt: string | undefined,
  notes: string[],
): JsonObject | undefined {
  if (!schema) {
    return undefined;
  }
  const source =
    itemsAt === undefined
      ? schema
      : itemsAt === '$'
        ? obj(schema.items)
        : obj(obj(obj(schema.properties)[itemsAt]).items);
  const converted = convertSchema(source, { mode: 'output', at: 'response', minDescription: 0 });
  notes.push(...converted.notes);
  const out = converted.schema;
  if (!out || itemsAt !== undefined) {
    return out;
  }
  if (out.anyOf || (out.type !== 'object' && out.type !== 'array')) {
    notes.push('response is not a single object or array; response_schema left out (the answer is served as it comes)');
    return undefined;
  }
  return out;
}

/** Resource name: the first OpenAPI tag, else the first path segment that is not a version. */
function resourceOf(op: Operation): string {
  const tag = op.tags[0];
  if (tag && words(tag).length > 0) {
    return snake(tag, 'tag');
  }
  const segment = op.path.split('/').find((s) => s && !s.startsWith('{') && !/^(v\d+(\.\d+)?|api)$/i.test(s));
  return snake(segment ?? 'root', 'r');
}
