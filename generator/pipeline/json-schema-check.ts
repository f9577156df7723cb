import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { JsonSchema } from 'saas-mcp-runtime/contract';
import type { Issue, Origin } from '../diagnostics/diagnostic.js';
import { issue } from '../diagnostics/diagnostic.js';
import { pointerToPath } from './validate.js';

/** Our own annotation keywords inside spec schemas; anything else unknown is a typo worth reporting. */
export const CUSTOM_KEYWORDS = [
  'x-identifier',
  'x-flat-name',
  'x-new',
  'x-array-style',
  'x-send-as-map',
  'x-object-style',
];

export function createSchemaChecker(): Ajv {
  const ajv = new Ajv({
    strict: true,
    strictTuples: false,
    strictRequired: false,
    allErrors: true,
    validateFormats: true,
  });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  for (const keyword of CUSTOM_KEYWORDS) {
    ajv.addKeyword({ keyword });
  }
  return ajv;
}

/**
 * A schema written inside a spec must be a valid JSON Schema (draft-07 meta-schema) and compile in
 * ajv's strict mode, which catches misspelt keywords such as `requried` or `minimun`.
 */
export function checkJsonSchema(ajv: Ajv, schema: JsonSchema, origin: Origin, issues: Issue[], owner?: string): void {
  const of = owner ? ` in ${owner}` : '';
  if (!ajv.validateSchema(schema)) {
    for (const err of summarise(ajv.errors ?? [])) {
      const path = [...origin.path, ...pointerToPath(err.instancePath)];
      const message =
        err.keyword === 'anyOf' || err.keyword === 'oneOf'
          ? `${err.instancePath} has a value JSON Schema does not allow here: ${JSON.stringify(valueAt(schema, err.instancePath))}`
          : `${err.instancePath || '/'} ${err.message ?? 'is invalid'}`;
      issues.push(issue('INVALID_JSON_SCHEMA', { ...origin, path }, `${message}${of}`));
    }
    return;
  }
  try {
    ajv.compile(schema);
  } catch (e) {
    const message = (e as Error).message.replace(/^strict mode: /, '');
    const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
    const at = keyword ? findKey(schema, keyword) : undefined;
    issues.push(
      issue(
        'INVALID_JSON_SCHEMA',
        at ? { ...origin, path: [...origin.path, ...at] } : origin,
        `${keyword ? `unknown keyword '${keyword}' (a typo?)` : message}${of}`,
      ),
    );
  }
}

/** The meta-schema's anyOf branches each report a failure; one summary per location is enough. */
function summarise(errors: ErrorObject[]): ErrorObject[] {
  const summarised = new Set(
    errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath),
  );
  return errors.filter((e) => !summarised.has(e.instancePath) || e.keyword === 'anyOf' || e.keyword === 'oneOf');
}

function valueAt(node: unknown, pointer: string): unknown {
  return pointerToPath(pointer).reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
    node,
  );
}

/** Key path of the first occurrence of `key` in a nested value, depth first. */
function findKey(node: unknown, key: string, path: (string | number)[] = []): (string | number)[] | undefined {
  if (node === null || typeof node !== 'object') {
    return undefined;
  }
  if (!Array.isArray(node) && key in node) {
    return [...path, key];
  }
  for (const [k, v] of Object.entries(node)) {
    const found = findKey(v, key, [...path, Array.isArray(node) ? Number(k) : k]);
    if (found) {
      return found;
    }
  }
  return undefined;
}
