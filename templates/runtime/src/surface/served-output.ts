/**
 * The output schema tools/list serves: what the runtime guarantees about a result, not every
 * vendor field. Vendor fields are never required in an output schema (they drift, see
 * output-fit.ts), so the guarantee is the root's type and its required properties: the list
 * envelope `data` + `next_cursor`, or the `data` wrapper of an array answer, each as its type.
 * The field-level schema stays in the tool definition: the runtime still fits every result to it
 * (moving what does not match into `off_schema`), and the package's TypeScript types come from
 * it. A result that matches the full schema matches this one, which only leaves keywords out.
 * It costs a model a few tokens per tool instead of a hundred (#22).
 */
import type { JsonSchema, JsonValue } from '../data/tool-data.js';

type Node = { [key: string]: JsonValue };

const isNode = (value: JsonValue | undefined): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A schema reduced to what a value is: its type (or the types of its anyOf branches), and an array's item type. */
function typeOnly(schema: Node, depth = 0): Node {
  const out: Node = {};
  if (schema.type !== undefined) {
    out.type = schema.type;
  }
  if (Array.isArray(schema.anyOf)) {
    out.anyOf = schema.anyOf.filter(isNode).map((branch) => typeOnly(branch, depth));
  }
  if (depth === 0 && isNode(schema.items)) {
    out.items = typeOnly(schema.items, depth + 1);
  }
  return out;
}

const served = new WeakMap<JsonSchema, JsonSchema>();

export function servedOutputSchema(schema: JsonSchema): JsonSchema {
  const known = served.get(schema);
  if (known) {
    return known;
  }
  const required = Array.isArray(schema.required)
    ? schema.required.filter((name): name is string => typeof name === 'string')
    : [];
  const properties = isNode(schema.properties) ? schema.properties : {};
  const kept = required.flatMap((name) => {
    const property = properties[name];
    return isNode(property) ? [[name, typeOnly(property)] as const] : [];
  });
  const lean: JsonSchema = { type: schema.type ?? 'object' };
  if (kept.length > 0) {
    lean.properties = Object.fromEntries(kept);
    lean.required = kept.map(([name]) => name);
  }
  served.set(schema, lean);
  return lean;
}
