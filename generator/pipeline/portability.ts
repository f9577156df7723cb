import type { JsonSchema, JsonValue } from 'saas-mcp-runtime/contract';
import type { Issue, Origin } from '../diagnostics/diagnostic.js';
import { issue } from '../diagnostics/diagnostic.js';

const ROOT_BANNED = ['oneOf', 'anyOf', 'allOf', 'not', 'enum', 'const', '$ref', 'if'];
const SCHEMA_MAP_KEYS = ['properties', 'patternProperties', 'definitions', '$defs'];
const SCHEMA_KEYS = ['items', 'additionalItems', 'contains', 'propertyNames', 'not', 'if', 'then', 'else'];
const SCHEMA_LIST_KEYS = ['oneOf', 'anyOf', 'allOf'];

/**
 * Checks that a schema is one every major MCP client accepts as a tool input or output: a plain
 * `type: object` root without combinators, and nowhere a boolean schema or tuple `items`.
 * (`additionalProperties: false` is the one boolean everyone accepts.)
 */
export function checkPortable(schema: JsonSchema, origin: Origin, what: string, issues: Issue[]): void {
  checkNestedPortable(schema, origin, what, issues);
  if (schema.type !== 'object') {
    issues.push(issue('SCHEMA_NOT_PORTABLE', origin, `${what} must have type: object at its root`));
  }
  for (const key of ROOT_BANNED.filter((k) => k in schema)) {
    issues.push(
      issue(
        'SCHEMA_NOT_PORTABLE',
        { ...origin, path: [...origin.path, key] },
        `${what} must not use '${key}' at its root`,
      ),
    );
  }
}

/** The same checks below the root only: for list items, which may be any schema (an id string, say). */
export function checkNestedPortable(schema: JsonSchema, origin: Origin, what: string, issues: Issue[]): void {
  walk(schema, origin.path);

  function walk(node: JsonValue, path: readonly (string | number)[]): void {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      return;
    }
    for (const mapKey of SCHEMA_MAP_KEYS) {
      const map = node[mapKey];
      if (!map || typeof map !== 'object' || Array.isArray(map)) {
        continue;
      }
      for (const [name, sub] of Object.entries(map)) {
        visit(sub, [...path, mapKey, name]);
      }
    }
    for (const key of SCHEMA_KEYS) {
      const sub = node[key];
      if (sub === undefined) {
        continue;
      }
      if (key === 'items' && Array.isArray(sub)) {
        issues.push(
          issue(
            'SCHEMA_NOT_PORTABLE',
            { ...origin, path: [...path, key] },
            `${what} uses tuple 'items' (an array of schemas); use one schema for all items`,
          ),
        );
        continue;
      }
      visit(sub, [...path, key]);
    }
    if ('prefixItems' in node) {
      issues.push(
        issue('SCHEMA_NOT_PORTABLE', { ...origin, path: [...path, 'prefixItems'] }, `${what} uses tuple 'prefixItems'`),
      );
    }
    for (const key of SCHEMA_LIST_KEYS) {
      const list = node[key];
      if (Array.isArray(list)) {
        for (const [i, sub] of list.entries()) {
          visit(sub, [...path, key, i]);
        }
      }
    }
  }

  function visit(sub: JsonValue, path: readonly (string | number)[]): void {
    if (typeof sub === 'boolean') {
      issues.push(
        issue(
          'SCHEMA_NOT_PORTABLE',
          { ...origin, path },
          `${what} uses a boolean schema (${sub}); write an object schema instead`,
        ),
      );
      return;
    }
    walk(sub, path);
  }
}
