/**
 * OpenAI's strict mode (function calling with `strict: true`, Structured Outputs) as a framework
 * converts a tool's input schema before sending it, with the rules of OpenAI's "Supported schemas"
 * (platform.openai.com/docs/guides/structured-outputs#supported-schemas, checked December 2026):
 * - the root is an object, not `anyOf`;
 * - every object lists all its properties in `required`, an optional one made nullable (its type
 *   gains "null"), and has `additionalProperties: false`; an object that needs other keys
 *   (`additionalProperties: true` or a schema, or no `properties` at all) cannot be converted;
 * - only these keywords: type, description, title, enum, const, anyOf, properties, required,
 *   additionalProperties, items, $defs, $ref; string pattern and format (date-time, time, date,
 *   duration, email, hostname, ipv4, ipv6, uuid); number and integer multipleOf, minimum, maximum,
 *   exclusiveMinimum, exclusiveMaximum; array minItems and maxItems. Anything else (allOf, oneOf,
 *   not, if/then/else, patternProperties, minProperties, minLength, uniqueItems, default, ...) fails.
 * - at most 10 levels of nesting and 5,000 properties.
 */
export type StrictResult = { ok: true; schema: Record<string, unknown> } | { ok: false; problems: string[] };

const COMMON = ['type', 'description', 'title', 'enum', 'const', 'anyOf', '$defs', '$ref'];
const BY_TYPE: Record<string, string[]> = {
  object: ['properties', 'required', 'additionalProperties'],
  array: ['items', 'minItems', 'maxItems'],
  string: ['pattern', 'format'],
  number: ['multipleOf', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'],
  integer: ['multipleOf', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'],
  boolean: [],
  null: [],
};
const FORMATS = ['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uuid'];
const MAX_DEPTH = 10;
const MAX_PROPERTIES = 5000;

type Schema = Record<string, unknown>;

function typesOf(schema: Schema): string[] {
  return typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? (schema.type as string[]) : [];
}

function nullable(schema: Schema): Schema {
  const types = typesOf(schema);
  if (types.includes('null')) {
    return schema;
  }
  if (types.length > 0 && schema.enum === undefined) {
    return { ...schema, type: [...types, 'null'] };
  }
  return { anyOf: [schema, { type: 'null' }] };
}

export function toOpenAiStrict(root: Schema): StrictResult {
  const problems: string[] = [];
  let properties = 0;

  const convert = (schema: Schema, at: string, depth: number): Schema => {
    if (depth > MAX_DEPTH) {
      problems.push(`${at}: nested deeper than ${MAX_DEPTH} levels`);
    }
    const types = typesOf(schema);
    const allowed = new Set([...COMMON, ...types.flatMap((type) => BY_TYPE[type] ?? [])]);
    for (const type of types) {
      if (!(type in BY_TYPE)) {
        problems.push(`${at}: type ${type} is not supported`);
      }
    }
    for (const keyword of Object.keys(schema)) {
      if (!allowed.has(keyword)) {
        problems.push(`${at}: keyword ${keyword} is not supported`);
      }
    }
    if (typeof schema.format === 'string' && !FORMATS.includes(schema.format)) {
      problems.push(`${at}: format ${schema.format} is not supported`);
    }
    const out: Schema = { ...schema };
    if (Array.isArray(schema.anyOf)) {
      out.anyOf = (schema.anyOf as Schema[]).map((option, i) => convert(option, `${at}.anyOf[${i}]`, depth + 1));
    }
    if (schema.items !== undefined) {
      out.items = convert(schema.items as Schema, `${at}[]`, depth + 1);
    }
    if (types.includes('object')) {
      if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) {
        problems.push(`${at}: additionalProperties must be false (free-form keys cannot be expressed)`);
      }
      if (schema.properties === undefined) {
        problems.push(`${at}: an object without properties cannot be expressed`);
      }
      const own = (schema.properties ?? {}) as Record<string, Schema>;
      const required = new Set((schema.required ?? []) as string[]);
      properties += Object.keys(own).length;
      out.properties = Object.fromEntries(
        Object.entries(own).map(([name, property]) => {
          const converted = convert(property, `${at}.${name}`, depth + 1);
          return [name, required.has(name) ? converted : nullable(converted)];
        }),
      );
      out.required = Object.keys(own);
      out.additionalProperties = false;
    }
    return out;
  };

  if (root.type !== 'object' || root.anyOf !== undefined) {
    problems.push('(root): must be a plain object schema');
  }
  const schema = convert(root, '(root)', 1);
  if (properties > MAX_PROPERTIES) {
    problems.push(`more than ${MAX_PROPERTIES} properties`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, schema };
}

/** A model's call under strict mode: every property present, null where the caller leaves it out. */
export function strictArguments(schema: Schema, given: Record<string, unknown>): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.keys(properties).map((name) => [name, name in given ? given[name] : null]));
}
