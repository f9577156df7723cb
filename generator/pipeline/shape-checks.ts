import type { JsonSchema, JsonValue } from 'saas-mcp-runtime/contract';
import type { Issue, Origin } from '../diagnostics/diagnostic.js';
import { issue, warning } from '../diagnostics/diagnostic.js';
import type { MethodModel } from '../ir/types.js';
import { documentedParams } from './param-origins.js';
import { ROOT_PATH } from './path-checks.js';

export const OBJECT_STYLES = ['deep_object', 'json'] as const;

/** Paging paths by their spec names. */
const PAGING_PATHS: [string, string][] = [
  ['nextCursorPath', 'next_cursor_path'],
  ['nextLinkPath', 'next_link_path'],
  ['morePath', 'more_path'],
  ['totalPath', 'total_path'],
  ['totalPagesPath', 'total_pages_path'],
  ['totalItemsPath', 'total_items_path'],
];

/**
 * Paging a runtime can follow: over a bare array (`response_path: $`) only an index can be read
 * (`-1.id`), never a named field; and a list that can only say it was cut short is worth a warning.
 */
export function checkPagingShape(method: MethodModel, tool: string, issues: Issue[]): void {
  const p = method.pagination as Record<string, unknown> | undefined;
  if (!p) {
    return;
  }
  const at = (...keys: string[]): Origin => ({ ...method.origin, path: [...method.origin.path, ...keys] });
  const label = `${tool} (${method.key})`;
  if (method.responsePath === ROOT_PATH) {
    for (const [key, yaml] of PAGING_PATHS) {
      const value = p[key];
      // "$" itself is reported as RESPONSE_PATH_INVALID already.
      if (typeof value !== 'string' || value === ROOT_PATH || /^-?\d+(\.|$)/.test(value)) {
        continue;
      }
      issues.push(
        issue(
          'PAGING_PATH_ON_ARRAY',
          at('pagination', yaml),
          `pagination.${yaml} ${JSON.stringify(value)} of ${label} reads a field of the answer, but response_path "$" says the answer is a bare array; read an item (-1.id: the last item's id) or move the items under a response_path`,
        ),
      );
    }
  }
  if (p.style === 'none' && (p.morePath || p.totalPath)) {
    issues.push(
      warning(
        'MORE_WITHOUT_CURSOR',
        at('pagination'),
        `${label} reports when more items exist but has no way to fetch them (style none): its results will say "Incomplete" instead of paging; declare the API's cursor or link if it has one`,
      ),
    );
  }
}

function typesOf(schema: JsonValue | undefined): string[] {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    return [];
  }
  if (typeof schema.type === 'string') {
    return [schema.type];
  }
  if (Array.isArray(schema.type)) {
    return schema.type.filter((t): t is string => typeof t === 'string');
  }
  return schema.properties || schema.additionalProperties ? ['object'] : [];
}

/** Each schema below a parameter's own level (properties, items, additionalProperties), with its origin path. */
function nestedSchemas(
  schema: JsonSchema,
  at: (string | number)[],
  visit: (schema: JsonSchema, at: (string | number)[]) => void,
): void {
  const children: [JsonValue | undefined, (string | number)[]][] = [
    [schema.items, [...at, 'items']],
    [schema.additionalProperties, [...at, 'additionalProperties']],
  ];
  const props = schema.properties;
  if (props && typeof props === 'object' && !Array.isArray(props)) {
    for (const [key, sub] of Object.entries(props)) {
      children.push([sub, [...at, 'properties', key]]);
    }
  }
  for (const [child, path] of children) {
    if (!child || typeof child !== 'object' || Array.isArray(child)) {
      continue;
    }
    visit(child, path);
    nestedSchemas(child, path, visit);
  }
}

/**
 * How objects and arrays travel outside a JSON body: a query object names its style (deepObject
 * brackets or one JSON string, never silently), styles sit only on a parameter's own level, and a
 * form body holds nothing bracketed keys cannot write (arrays of arrays).
 */
export function checkValueStyles(method: MethodModel, tool: string, issues: Issue[]): void {
  const label = `${tool} (${method.key})`;
  const form = method.bodyEncoding === 'form';
  for (const param of documentedParams(method)) {
    const style = param.raw['x-object-style'];
    const isObject = typesOf(param.raw).includes('object');
    const styleAt = { ...param.origin, path: [...param.origin.path, 'x-object-style'] };
    let problem: string | undefined;
    if (style === undefined) {
      if (param.section === 'query' && isObject) {
        problem = `is an object in the query with no x-object-style; say deep_object (${param.name}[key]=value) or json (one JSON string)`;
      }
    } else if (!OBJECT_STYLES.includes(style as never)) {
      problem = `has x-object-style ${JSON.stringify(style)}; use one of ${OBJECT_STYLES.join(', ')}`;
    } else if (param.section !== 'query') {
      problem = `has x-object-style in the ${param.section === 'body' ? (form ? 'form body, which always nests as bracketed keys' : 'JSON body') : param.section}; it is for query parameters`;
    } else if (!isObject) {
      problem = 'has x-object-style but is not type: object';
    }
    if (problem) {
      issues.push(
        issue(
          'OBJECT_STYLE_INVALID',
          style === undefined ? param.origin : styleAt,
          `'${param.name}' of ${label} ${problem}`,
        ),
      );
    }
    nestedSchemas(param.raw, [...param.origin.path], (schema, path) => {
      for (const [keyword, code] of [
        ['x-array-style', 'ARRAY_STYLE_INVALID'],
        ['x-object-style', 'OBJECT_STYLE_INVALID'],
      ] as const) {
        if (schema[keyword] === undefined) {
          continue;
        }
        issues.push(
          issue(
            code,
            { ...param.origin, path: [...path, keyword] },
            `${keyword} inside '${param.name}' of ${label} is below the top level; only a parameter's own value chooses how it travels (nested values in a form body always use bracketed keys)`,
          ),
        );
      }
      if (
        form &&
        param.section === 'body' &&
        typesOf(schema).includes('array') &&
        typesOf(schema.items).includes('array')
      ) {
        issues.push(
          issue(
            'FORM_BODY_INVALID',
            { ...param.origin, path },
            `'${param.name}' of ${label} holds an array of arrays, which a form body cannot write as bracketed keys; use a JSON body`,
          ),
        );
      }
    });
  }
}
