/**
 * An operation's parameters and request body -> the spec format's path_params, query_schema,
 * header_schema and body_schema. The documentation gate: a parameter the vendor does not describe
 * is left out (reported); when it is required, the operation cannot be called without it, so the
 * whole operation is skipped with that reason.
 */
import { convertSchema, describedBy, undocumented } from './schema.js';
import { isObject, type JsonObject, list, obj, snake, str, strings } from './values.js';

export interface RequestShape {
  pathParams: JsonObject;
  query?: JsonObject;
  headers?: JsonObject;
  body?: JsonObject;
  bodyRequired: boolean;
  bodyEncoding?: 'form';
  /** Vendor names of query parameters (for paging recognition). */
  queryNames: Map<string, JsonObject>;
}

export type Mapped<T> = { ok: true; value: T; notes: string[] } | { ok: false; reason: string };

/** Headers the runtime or the auth scheme sets: never tool inputs. */
const RUNTIME_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'host',
  'content-length',
  'content-type',
  'accept',
  'transfer-encoding',
  'connection',
  'te',
  'upgrade',
]);
/** A flat name the spec format and every client take as it is. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function mapRequest(
  pathItem: JsonObject,
  operation: JsonObject,
  minDescription: number,
  authHeaders: ReadonlySet<string>,
): Mapped<RequestShape> {
  const notes: string[] = [];
  const shape: RequestShape = { pathParams: {}, bodyRequired: false, queryNames: new Map() };
  const query: JsonObject = {};
  const headers: JsonObject = {};
  const required = { query: [] as string[], header: [] as string[] };
  for (const param of parameters(pathItem, operation)) {
    const name = str(param.name) ?? '';
    const where = str(param.in) ?? '';
    const label = `${where} parameter '${name}'`;
    const isRequired = param.required === true || where === 'path';
    const leaveOut = (why: string): Mapped<RequestShape> | undefined => {
      if (isRequired) {
        return { ok: false, reason: `required ${label} ${why}` };
      }
      notes.push(`${label} left out: ${why}`);
      return undefined;
    };
    if (where === 'cookie') {
      const failed = leaveOut('travels in a cookie, which the spec format does not send');
      if (failed) {
        return failed;
      }
      continue;
    }
    if (where === 'header' && (RUNTIME_HEADERS.has(name.toLowerCase()) || authHeaders.has(name.toLowerCase()))) {
      notes.push(`${label} left out: set by the runtime or the auth scheme`);
      continue;
    }
    const problem = undocumented({ ...obj(param.schema), ...param }, minDescription);
    const shapeProblem = problem ?? styleProblem(param, where);
    if (shapeProblem) {
      const failed = leaveOut(shapeProblem);
      if (failed) {
        return failed;
      }
      continue;
    }
    const converted = convertSchema(param.schema, { mode: 'input', at: label, minDescription });
    notes.push(...converted.notes);
    if (!converted.schema) {
      return { ok: false, reason: converted.blocking ?? `${label} has no usable schema` };
    }
    const description = describedBy(param) ?? describedBy(obj(param.schema)) ?? '';
    const schema: JsonObject = { ...converted.schema, description };
    if (where === 'path') {
      const { description: _d, ...pathSchema } = schema;
      shape.pathParams[name] = {
        schema: pathSchema,
        description,
        ...(PLAIN_NAME.test(name) && /^[a-z]/.test(name) ? {} : { flat_name: snake(name, 'param') }),
      };
      continue;
    }
    if (param.explode === false && schema.type === 'array') {
      schema['x-array-style'] = 'comma';
    }
    if (!PLAIN_NAME.test(name)) {
      schema['x-flat-name'] = snake(name, 'param');
    }
    const target = where === 'query' ? query : headers;
    target[name] = schema;
    if (isRequired) {
      required[where === 'query' ? 'query' : 'header'].push(name);
    }
    if (where === 'query') {
      shape.queryNames.set(name, obj(param.schema));
    }
  }
  if (Object.keys(query).length > 0) {
    shape.query = objectSchema(query, required.query);
  }
  if (Object.keys(headers).length > 0) {
    shape.headers = objectSchema(headers, required.header);
  }
  const body = mapBody(operation, minDescription, notes);
  if (!body.ok) {
    return body;
  }
  Object.assign(shape, body.value);
  renameClashes(shape);
  return { ok: true, value: shape, notes: [...notes, ...body.notes] };
}

/** Path-level parameters, overridden by the operation's own of the same name and place. */
function parameters(pathItem: JsonObject, operation: JsonObject): JsonObject[] {
  const byKey = new Map<string, JsonObject>();
  for (const p of [...list(pathItem.parameters), ...list(operation.parameters)].filter(isObject)) {
    byKey.set(`${str(p.in)}:${str(p.name)}`, p);
  }
  return [...byKey.values()];
}

/** OpenAPI serialisations the spec format can send: simple path values, form-style query arrays. */
function styleProblem(param: JsonObject, where: string): string | undefined {
  if (!isObject(param.schema)) {
    return 'has no schema (content-typed parameters are not supported)';
  }
  const type = param.schema.type;
  const style = str(param.style);
  if (where === 'path') {
    if (type === 'array' || type === 'object') {
      return `is ${type === 'array' ? 'an array' : 'an object'} in the path, which the spec format does not send`;
    }
    return style && style !== 'simple' ? `uses style '${style}', which the spec format does not send` : undefined;
  }
  if (where === 'header') {
    return type === 'array' || type === 'object' ? 'is not a single value; headers take one' : undefined;
  }
  if (style && style !== 'form') {
    return `uses style '${style}'; the spec format sends query arrays as repeat (form, explode) or comma (form, no explode)`;
  }
  if (type === 'object') {
    return 'is an object in the query string, which the spec format does not send';
  }
  return undefined;
}

function mapBody(
  operation: JsonObject,
  minDescription: number,
  notes: string[],
): Mapped<Pick<RequestShape, 'body' | 'bodyRequired' | 'bodyEncoding'>> {
  const requestBody = obj(operation.requestBody);
  const content = obj(requestBody.content);
  const types = Object.keys(content);
  if (types.length === 0) {
    return { ok: true, value: { bodyRequired: false }, notes: [] };
  }
  const required = requestBody.required === true;
  const json = types.find((t) => /^application\/(.+\+)?json\b/i.test(t));
  const form = types.find((t) => /^application\/x-www-form-urlencoded\b/i.test(t));
  const chosen = json ?? form;
  if (!chosen) {
    const why = `request body is ${types.join(', ')}; the spec format sends JSON or form bodies`;
    if (required) {
      return { ok: false, reason: why };
    }
    notes.push(`${why}, so the body is left out`);
    return { ok: true, value: { bodyRequired: false }, notes: [] };
  }
  const source = obj(obj(content[chosen]).schema);
  const converted = convertSchema(source, { mode: 'input', at: 'body', minDescription });
  if (!converted.schema) {
    return { ok: false, reason: converted.blocking ?? 'request body has no usable schema' };
  }
  const schema = converted.schema;
  // A nullable object body is still an object body: the flat input's root must say type: object.
  if (Array.isArray(schema.type) && schema.type.includes('object')) {
    schema.type = 'object';
  }
  if (schema.anyOf) {
    return { ok: false, reason: 'request body is one of several shapes; write its body_schema by hand' };
  }
  if (!isObject(schema.properties)) {
    return {
      ok: false,
      reason: `request body is ${str(schema.type) ?? 'not an object'}; the spec format takes top-level body properties as parameters`,
    };
  }
  const bodyNotes = [...converted.notes];
  if (!json) {
    // Form bodies are flat name=value pairs: nested fields cannot travel.
    for (const [name, value] of Object.entries(schema.properties)) {
      const sub = obj(value);
      const nested =
        sub.type === 'object' || (sub.type === 'array' && ['object', 'array'].includes(str(obj(sub.items).type) ?? ''));
      if (!nested) {
        continue;
      }
      if (strings(schema.required).includes(name)) {
        return { ok: false, reason: `form body field '${name}' is nested; form bodies send flat values` };
      }
      delete schema.properties[name];
      bodyNotes.push(`body.${name} left out: nested in a form body`);
    }
  }
  if (json && types.length > 1) {
    bodyNotes.push(`request body also accepts ${types.filter((t) => t !== json).join(', ')}; JSON is sent`);
  }
  return {
    ok: true,
    value: { body: schema, bodyRequired: required, ...(json ? {} : { bodyEncoding: 'form' as const }) },
    notes: bodyNotes,
  };
}

function objectSchema(properties: JsonObject, required: string[]): JsonObject {
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

/** A body property named like a path or query parameter would collide in the flat input: rename it. */
function renameClashes(shape: RequestShape): void {
  const flat = new Set<string>();
  for (const [name, p] of Object.entries(shape.pathParams)) {
    flat.add(str(obj(p).flat_name) ?? name);
  }
  for (const section of [shape.query, shape.headers]) {
    for (const [name, p] of Object.entries(obj(section?.properties))) {
      flat.add(str(obj(p)['x-flat-name']) ?? name);
    }
  }
  for (const [name, p] of Object.entries(obj(shape.body?.properties))) {
    const sub = obj(p);
    const flatName = str(sub['x-flat-name']) ?? (PLAIN_NAME.test(name) ? name : snake(name, 'param'));
    if (flat.has(flatName)) {
      sub['x-flat-name'] = `body_${snake(name, 'param')}`;
    } else if (!PLAIN_NAME.test(name)) {
      sub['x-flat-name'] = flatName;
    }
  }
}
