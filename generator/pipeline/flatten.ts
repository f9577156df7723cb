import type { ArrayStyle, JsonSchema, JsonValue, Pagination, ParamLocation } from 'saas-mcp-runtime/contract';
import type { Issue, Origin } from '../diagnostics/diagnostic.js';
import { issue } from '../diagnostics/diagnostic.js';
import type { IdentifierKind, MethodModel } from '../ir/types.js';
import { applyIdentifier, identifierUse, inlineIdentifiers } from './identifiers.js';

export const LIMIT = 'limit';
export const ARRAY_STYLES: readonly ArrayStyle[] = ['repeat', 'comma', 'brackets'];
export const NEXT_CURSOR = 'next_cursor';

interface FlatParam {
  schema: JsonSchema;
  required: boolean;
  location?: ParamLocation;
  origin: Origin;
}

export interface FlatInput {
  inputSchema: JsonSchema;
  locations: { [flatName: string]: ParamLocation };
}

/**
 * Path parameters, query_schema properties and top-level body_schema properties -> one flat object
 * schema, plus the map from each flat name back to where it goes. Nested body objects stay nested.
 * A body property is required only when the body itself is. Paging parameters are replaced by
 * `limit` and `next_cursor`. `where` formats an origin for messages that cite a second position.
 */
export function flatten(
  method: MethodModel,
  identifiers: ReadonlyMap<string, IdentifierKind>,
  where: (o: Origin) => string,
  issues: Issue[],
  /** Names the tool in messages, e.g. `list_all_octo_projects (projects.list)`. */
  label: string = method.key,
): FlatInput {
  const { doc } = method;
  const use = identifierUse('input');
  const params = new Map<string, FlatParam>();
  const add = (flatName: string, param: FlatParam) => {
    const earlier = params.get(flatName);
    if (earlier) {
      issues.push(
        issue(
          'FLAT_NAME_COLLISION',
          param.origin,
          `'${flatName}' is already a parameter of ${label} at ${where(earlier.origin)}; rename one with flat_name (path) or x-flat-name (query/body)`,
        ),
      );
      return;
    }
    params.set(flatName, param);
  };

  for (const p of method.pathParams) {
    const kind = p.identifier ? identifiers.get(p.identifier) : undefined;
    // A path parameter without identifier or schema is a plain string.
    const base: JsonSchema = p.schema ? structuredClone(p.schema) : kind ? {} : { type: 'string' };
    const own: JsonSchema = {
      ...base,
      ...(p.description ? { description: p.description } : {}),
      ...(p.isNew ? { 'x-new': true } : {}),
    };
    if (p.identifier && !kind) {
      issues.push(
        issue(
          'UNKNOWN_IDENTIFIER',
          { ...p.origin, path: [...p.origin.path, 'identifier'] },
          `unknown identifier kind '${p.identifier}' in ${label} (declared: ${[...identifiers.keys()].sort().join(', ')})`,
        ),
      );
    }
    add(p.flatName, {
      schema: kind ? applyIdentifier(own, kind, use) : own,
      required: true,
      location: { in: 'path', name: p.name, ...(p.multiSegment ? { multiSegment: true } : {}) },
      origin: p.origin,
    });
  }

  const paged = pagedParams(method.pagination);
  const sections = [
    ['query', doc.querySchema, 'query_schema'],
    ['header', doc.headerSchema, 'header_schema'],
    ['body', doc.bodySchema, 'body_schema'],
  ] as const;
  for (const [where_, schema, key] of sections) {
    if (!schema) {
      continue;
    }
    const origin = { file: doc.origin.file, path: [...doc.origin.path, key] };
    const resolved = inlineIdentifiers(schema, identifiers, origin, issues, use);
    const required = new Set(asStrings(resolved.required));
    const bodyOptional = where_ === 'body' && !doc.bodyRequired;
    for (const [name, value] of Object.entries(asObject(resolved.properties))) {
      if (paged.hidden.has(`${where_}.${name}`)) {
        continue;
      }
      const {
        'x-flat-name': renamed,
        'x-array-style': arrayStyle,
        'x-send-as-map': asMap,
        'x-object-style': objectStyle,
        ...propSchema
      } = asObject(value);
      const flatName = typeof renamed === 'string' ? renamed : name;
      const style = ARRAY_STYLES.find((known) => known === arrayStyle);
      const sendAsMap = mapEntryNames(asMap);
      add(flatName, {
        schema: propSchema,
        required: required.has(name) && !bodyOptional,
        location: {
          in: where_,
          name,
          ...(style ? { arrayStyle: style } : {}),
          ...(sendAsMap ? { sendAsMap } : {}),
          ...(objectStyle === 'deep_object' ? { objectStyle: 'deep_object' as const } : {}),
        },
        origin: { file: origin.file, path: [...origin.path, 'properties', name] },
      });
    }
  }

  if (method.pagination) {
    const pagingOrigin = { ...method.origin, path: [...method.origin.path, 'pagination'] };
    if (paged.limit) {
      add(LIMIT, { schema: limitSchema(method.pagination), required: false, origin: pagingOrigin });
    }
    add(NEXT_CURSOR, { schema: cursorSchema(), required: false, origin: pagingOrigin });
  }

  const properties: { [k: string]: JsonValue } = {};
  const locations: { [k: string]: ParamLocation } = {};
  for (const [name, p] of params) {
    properties[name] = p.schema;
    if (p.location) {
      locations[name] = p.location;
    }
  }
  const required = [...params].filter(([, p]) => p.required).map(([name]) => name);
  return {
    inputSchema: {
      type: 'object',
      properties,
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: false,
    },
    locations,
  };
}

/** Which vendor parameters the runtime manages itself, and whether the tool takes a `limit`. */
function pagedParams(p: Pagination | undefined): { hidden: Set<string>; limit: boolean } {
  if (!p) {
    return { hidden: new Set(), limit: false };
  }
  if (p.style === 'offset') {
    return { hidden: new Set([`${p.paramsIn}.${p.offsetParam}`, `${p.paramsIn}.${p.limitParam}`]), limit: true };
  }
  if (p.style === 'page') {
    return { hidden: new Set([`${p.paramsIn}.${p.pageParam}`, `${p.paramsIn}.${p.sizeParam}`]), limit: true };
  }
  const paramsIn = p.style === 'link_header' || p.style === 'body_link' ? 'query' : p.paramsIn;
  // A documented cursor parameter stays: it is the starting point of the first call (events `id`).
  return { hidden: new Set(p.limitParam ? [`${paramsIn}.${p.limitParam}`] : []), limit: Boolean(p.limitParam) };
}

function limitSchema(p: Pagination): JsonSchema {
  const max = p.maxLimit ?? 100;
  const fallback = p.defaultLimit ?? max;
  // A default equal to the served maximum says nothing the schema does not: spend no tokens on it.
  const description = fallback === max ? 'Items per page.' : `Items per page (default ${fallback}).`;
  return { type: 'integer', minimum: 1, maximum: max, description };
}

function cursorSchema(): JsonSchema {
  // No description: the tool's description states the paging contract once (describe.ts).
  return { type: 'string', minLength: 1 };
}

/** `x-send-as-map: { key, value }` (checked by request-checks.ts), or nothing. */
function mapEntryNames(v: JsonValue | undefined): { key: string; value: string; spread?: boolean } | undefined {
  const o = asObject(v);
  if (typeof o.key !== 'string' || typeof o.value !== 'string') {
    return undefined;
  }
  return { key: o.key, value: o.value, ...(o.spread === true ? { spread: true } : {}) };
}

function asObject(v: JsonValue | undefined): { [k: string]: JsonValue } {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

function asStrings(v: JsonValue | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
