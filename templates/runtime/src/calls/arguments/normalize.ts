/**
 * What models send that a strict reading would refuse for no good reason, made exact before
 * validation: an integer written as text ("12824215693") becomes the integer, and `null` for an
 * optional argument that cannot be null (OpenAI strict mode sends every property, null when unused)
 * is left out. Anything else stays as it is and meets the validator: "1.5", "1e3" and " 12" are
 * refused there, with a message about what they are.
 */
import { isPlainObject } from '../../data/json-path.js';
import type { JsonSchema } from '../../data/tool-data.js';

/** Only plain decimal integers: no sign but "-", no spaces, no leading zeros, no exponent. */
const EXACT_INTEGER = /^-?(0|[1-9][0-9]*)$/;

function typesOf(schema: JsonSchema): string[] {
  const { type } = schema;
  if (typeof type === 'string') {
    return [type];
  }
  if (Array.isArray(type)) {
    return type.filter((t): t is string => typeof t === 'string');
  }
  const alternatives = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : [];
  return alternatives.flatMap((alternative) => (isPlainObject(alternative) ? typesOf(alternative as JsonSchema) : []));
}

/** "12824215693" -> 12824215693 when the schema wants an integer (and not text) and the text is an exact, safe integer. */
function integerFromText(value: string, types: string[]): number | undefined {
  if (!types.includes('integer') || types.includes('string') || !EXACT_INTEGER.test(value)) {
    return undefined;
  }
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : undefined;
}

function normalizeValue(value: unknown, schema: unknown): unknown {
  if (!isPlainObject(schema)) {
    return value;
  }
  const types = typesOf(schema as JsonSchema);
  if (typeof value === 'string') {
    return integerFromText(value, types) ?? value;
  }
  if (Array.isArray(value) && isPlainObject(schema.items)) {
    return value.map((item) => normalizeValue(item, schema.items));
  }
  if (isPlainObject(value) && isPlainObject(schema.properties)) {
    return normalizeObject(value, schema as JsonSchema);
  }
  return value;
}

function normalizeObject(value: Record<string, unknown>, schema: JsonSchema): Record<string, unknown> {
  const properties = isPlainObject(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) {
    const propertySchema = Object.hasOwn(properties, name) ? properties[name] : undefined;
    const nullable = isPlainObject(propertySchema) && typesOf(propertySchema as JsonSchema).includes('null');
    if (item === null && propertySchema !== undefined && !required.has(name) && !nullable) {
      continue;
    }
    out[name] = propertySchema === undefined ? item : normalizeValue(item, propertySchema);
  }
  return out;
}

/** The arguments as the tool's (validation) schema reads them; a new object, the input is untouched. */
export function normalizeArguments(args: Record<string, unknown>, schema: JsonSchema): Record<string, unknown> {
  return normalizeObject(args, schema);
}
