/**
 * The schema a result is checked against, spelt for speed: the generator writes a nullable field
 * as `anyOf: [{type: "string"}, {type: "null"}]` (portable to every client), and ajv reports the
 * failed branch of every null value as an error object before the other branch passes: thousands
 * of allocations per list page. `type: ["string", "null"]` accepts exactly the same values without
 * any. Only an anyOf whose every branch is a bare `type` is rewritten; nothing else changes.
 */
import type { JsonSchema, JsonValue } from '../data/tool-data.js';

type Node = { [key: string]: JsonValue };

const isNode = (value: JsonValue | undefined): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keywords whose value is a schema, a list of schemas, or a map of names to schemas. */
const ONE = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];
const LIST = ['anyOf', 'allOf', 'oneOf', 'prefixItems', 'items'];
const MAP = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];

/** The types of an anyOf made only of `{type}` branches, else undefined. */
function bareTypes(anyOf: JsonValue | undefined): string[] | undefined {
  if (!Array.isArray(anyOf) || anyOf.length === 0) {
    return undefined;
  }
  const types: string[] = [];
  for (const branch of anyOf) {
    if (!isNode(branch) || Object.keys(branch).length !== 1) {
      return undefined;
    }
    const type = branch.type;
    const listed = Array.isArray(type) ? type : [type];
    if (!listed.every((item): item is string => typeof item === 'string')) {
      return undefined;
    }
    types.push(...listed.filter((item) => !types.includes(item)));
  }
  return types;
}

function rewrite(schema: Node): Node {
  const out: Node = { ...schema };
  const types = out.type === undefined ? bareTypes(out.anyOf) : undefined;
  if (types) {
    delete out.anyOf;
    out.type = types.length === 1 ? (types[0] as string) : types;
  }
  for (const key of ONE) {
    const value = out[key];
    if (isNode(value)) {
      out[key] = rewrite(value);
    }
  }
  for (const key of LIST) {
    const value = out[key];
    if (Array.isArray(value)) {
      out[key] = value.map((item) => (isNode(item) ? rewrite(item) : item));
    }
  }
  for (const key of MAP) {
    const value = out[key];
    if (isNode(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, item]) => [name, isNode(item) ? rewrite(item) : item]),
      );
    }
  }
  return out;
}

/** A copy of `schema` with every anyOf of bare types spelt as a type array. */
export function withTypeUnions(schema: JsonSchema): JsonSchema {
  return rewrite(schema as Node) as JsonSchema;
}
