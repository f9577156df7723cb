import { createRequire } from 'node:module';
import type { Ajv, ErrorObject } from 'ajv';
import type { JsonSchema } from 'saas-mcp-runtime/contract';
import type { Issue, Origin } from '../diagnostics/diagnostic.js';
import { issue } from '../diagnostics/diagnostic.js';
import type { Memo } from '../io/memo.js';
import { pointerToPath } from './validate.js';

const require = createRequire(import.meta.url);

/** Our own annotation keywords inside spec schemas; anything else unknown is a typo worth reporting. */
export const CUSTOM_KEYWORDS = [
  'x-identifier',
  'x-flat-name',
  'x-new',
  'x-array-style',
  'x-send-as-map',
  'x-object-style',
];

/** ajv as spec schemas are checked with; loaded only when a schema is checked, not remembered. */
export function createSchemaChecker(): Ajv {
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
  const ajv = new AjvClass({
    strict: true,
    strictTuples: false,
    strictRequired: false,
    allErrors: true,
    validateFormats: true,
    // A schema is compiled only to hear strict mode's complaints (they come while generating the
    // code) and the function is thrown away: optimising its code would be wasted (about 40%).
    code: { optimize: false },
  });
  addFormats(ajv);
  for (const keyword of CUSTOM_KEYWORDS) {
    ajv.addKeyword({ keyword });
  }
  return ajv;
}

/** A problem of one schema on its own: where inside it (a key path) and what. */
export interface SchemaProblem {
  at: (string | number)[];
  message: string;
}

export type SchemaCheck = (schema: JsonSchema) => SchemaProblem[];

/**
 * Checks schemas with one ajv, made on first use. The answers for schemas that stand alone are
 * kept in `memo`; one with `$id` or `$ref` can depend on others compiled by the same ajv, so it is
 * always checked.
 */
export function schemaCheck(memo?: Memo<SchemaProblem[]>): SchemaCheck {
  let ajv: Ajv | undefined;
  const direct = (schema: JsonSchema) => {
    ajv ??= createSchemaChecker();
    return schemaProblems(ajv, schema);
  };
  return (schema) => {
    const text = JSON.stringify(schema);
    return memo && !/"\$(id|ref)"/.test(text) ? memo.get(text, () => direct(schema)) : direct(schema);
  };
}

/** Reports the problems of a schema written inside a spec at `origin`, naming its `owner`. */
export function checkJsonSchema(
  check: SchemaCheck,
  schema: JsonSchema,
  origin: Origin,
  issues: Issue[],
  owner?: string,
): void {
  const of = owner ? ` in ${owner}` : '';
  for (const { at, message } of check(schema)) {
    issues.push(issue('INVALID_JSON_SCHEMA', { ...origin, path: [...origin.path, ...at] }, `${message}${of}`));
  }
}

/**
 * A schema written inside a spec must be a valid JSON Schema (draft-07 meta-schema) and compile in
 * ajv's strict mode, which catches misspelt keywords such as `requried` or `minimun`.
 */
function schemaProblems(ajv: Ajv, schema: JsonSchema): SchemaProblem[] {
  if (!ajv.validateSchema(schema)) {
    return summarise(ajv.errors ?? []).map((err) => ({
      at: pointerToPath(err.instancePath),
      message:
        err.keyword === 'anyOf' || err.keyword === 'oneOf'
          ? `${err.instancePath} has a value JSON Schema does not allow here: ${JSON.stringify(valueAt(schema, err.instancePath))}`
          : `${err.instancePath || '/'} ${err.message ?? 'is invalid'}`,
    }));
  }
  try {
    ajv.compile(schema);
    return [];
  } catch (e) {
    const message = (e as Error).message.replace(/^strict mode: /, '');
    const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
    return [
      {
        at: (keyword ? findKey(schema, keyword) : undefined) ?? [],
        message: keyword ? `unknown keyword '${keyword}' (a typo?)` : message,
      },
    ];
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
