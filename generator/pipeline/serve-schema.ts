import type { JsonSchema, JsonValue } from 'saas-mcp-runtime/contract';

/**
 * What tools/list serves, apart from what the server enforces. A served schema says what a value
 * is (type, format, enum, ranges, required) and the description says the rest in words; patterns,
 * length limits, safe-integer bounds, nested `additionalProperties: false` and our `x-` keywords
 * stay with the runtime, which validates
 * every argument against the served schema plus these checks before any upstream request.
 */
// uniqueItems too: OpenAI's strict mode refuses the keyword, and the runtime enforces it anyway.
const RUNTIME_ONLY = new Set(['pattern', 'minLength', 'maxLength', 'uniqueItems']);
const SCHEMA_MAP_KEYS = ['properties', 'patternProperties', '$defs', 'definitions'];
const SCHEMA_KEYS = ['items', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else'];
const SCHEMA_LIST_KEYS = ['anyOf', 'oneOf', 'allOf'];

type Node = { [k: string]: JsonValue };

function isNode(value: JsonValue | undefined): value is Node {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Bounds that say nothing a model needs: beyond the JSON safe-integer range, a lower bound of 0 or
 * 1 (an index, a count, a page size or an id is not negative), and a minimum of one item or property
 * (an empty list is refused with a clear error anyway). Upper bounds such as a page size's 100 are served.
 */
function isRedundantBound(key: string, value: JsonValue): boolean {
  if (typeof value !== 'number') {
    return false;
  }
  if (key === 'maximum') {
    return value >= Number.MAX_SAFE_INTEGER;
  }
  if (key === 'minimum') {
    return value <= -Number.MAX_SAFE_INTEGER || value === 0 || value === 1;
  }
  return (key === 'minItems' || key === 'minProperties') && value === 1;
}

/** Visits every subschema of a node with its JSON-pointer step, rebuilding the node from the results. */
function mapSubschemas(node: Node, pointer: string, visit: (sub: Node, pointer: string) => JsonValue): Node {
  const out: Node = { ...node };
  const step = (...keys: (string | number)[]) =>
    `${pointer}/${keys.map((k) => String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
  for (const key of SCHEMA_MAP_KEYS) {
    const map = node[key];
    if (isNode(map)) {
      out[key] = Object.fromEntries(
        Object.entries(map).map(([name, sub]) => [name, isNode(sub) ? visit(sub, step(key, name)) : sub]),
      );
    }
  }
  for (const key of SCHEMA_KEYS) {
    const sub = node[key];
    if (isNode(sub)) {
      out[key] = visit(sub, step(key));
    }
  }
  for (const key of SCHEMA_LIST_KEYS) {
    const list = node[key];
    if (Array.isArray(list)) {
      out[key] = list.map((sub, i) => (isNode(sub) ? visit(sub, step(key, i)) : sub));
    }
  }
  return out;
}

/** Splits a full input schema into the served schema and the runtime-only checks, by JSON pointer. */
export function splitInputSchema(schema: JsonSchema): {
  served: JsonSchema;
  checks: { [pointer: string]: JsonSchema };
} {
  const checks: { [pointer: string]: JsonSchema } = {};
  const visit = (node: Node, pointer: string): Node => {
    const kept: Node = {};
    const held: Node = {};
    for (const [key, value] of Object.entries(node)) {
      // Only the root's additionalProperties: false is served (the flat-input contract); nested ones are enforced.
      const nestedClosed = pointer !== '' && key === 'additionalProperties' && value === false;
      if (key.startsWith('x-') || RUNTIME_ONLY.has(key) || isRedundantBound(key, value) || nestedClosed) {
        held[key] = value;
      } else {
        kept[key] = value;
      }
    }
    // Our `x-` keywords other than x-identifier are spec-time only.
    const runtime = Object.fromEntries(
      Object.entries(held).filter(([key]) => !key.startsWith('x-') || key === 'x-identifier'),
    );
    if (Object.keys(runtime).length > 0) {
      checks[pointer] = runtime;
    }
    return mapSubschemas(kept, pointer, visit);
  };
  return { served: visit(schema, ''), checks };
}

/**
 * An output schema a vendor's drifting answers still satisfy: nothing required, objects open,
 * no patterns or lengths; nullable `type: [t, "null"]` spelt as `anyOf` (portable to every client).
 * The runtime checks each payload against exactly this schema before serving it.
 */
export function tolerantOutputSchema(schema: JsonSchema): JsonSchema {
  const visit = (node: Node, pointer: string): Node => {
    const kept: Node = {};
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-') || RUNTIME_ONLY.has(key) || isRedundantBound(key, value) || key === 'required') {
        continue;
      }
      if (key === 'additionalProperties' && value === false) {
        continue;
      }
      kept[key] = value;
    }
    const types = kept.type;
    if (Array.isArray(types)) {
      delete kept.type;
      // Keywords of one type (enum, properties, items) stay beside the anyOf, where they still apply.
      const [only, ...others] = types;
      if (only !== undefined && others.length === 0) {
        kept.type = only;
      } else {
        kept.anyOf = types.map((t) => ({ type: t }));
      }
    }
    return mapSubschemas(kept, pointer, visit);
  };
  return visit(schema, '');
}
