/**
 * OpenAPI schema objects (3.0 or 3.1, already dereferenced, possibly circular) -> the JSON Schema
 * the spec format takes (draft-07, compiled by ajv in strict mode). Bounded: a depth and a node
 * budget per schema, and a cycle check, so a circular or enormous schema is trimmed, never walked
 * forever. Input schemas also hold the documentation gate: a property without the vendor's own
 * description is left out (or, when required, makes the whole schema unusable).
 */
import { createSchemaChecker } from '../pipeline/json-schema-check.js';
import { isObject, type Json, type JsonObject, list, obj, str, strings, vendorText } from './values.js';

export interface SchemaOptions {
  /** input: the documentation gate applies and readOnly properties are left out; output: writeOnly ones. */
  mode: 'input' | 'output';
  /** Where the schema sits, for notes: "body", "response". */
  at: string;
  minDescription: number;
  maxDepth?: number;
  maxNodes?: number;
}

export interface SchemaResult {
  schema?: JsonObject;
  /** Why the schema cannot be used at all (a required property the vendor does not describe, say). */
  blocking?: string;
  /** What was left out or trimmed, and why. */
  notes: string[];
}

const COPIED = ['type', 'enum', 'const', 'default', 'description'];
/** Keywords that apply to one type: ajv's strict mode refuses them beside any other (or no) type. */
const TYPED: Record<string, readonly string[]> = {
  string: ['pattern', 'minLength', 'maxLength', 'format'],
  number: ['minimum', 'maximum', 'multipleOf', 'exclusiveMinimum', 'exclusiveMaximum', 'format'],
  integer: ['minimum', 'maximum', 'multipleOf', 'exclusiveMinimum', 'exclusiveMaximum', 'format'],
  array: ['minItems', 'maxItems', 'uniqueItems'],
  object: ['minProperties', 'maxProperties'],
};
const knownFormats = new Set(Object.keys(createSchemaChecker().formats));

export function convertSchema(source: unknown, options: SchemaOptions): SchemaResult {
  const notes: string[] = [];
  const maxDepth = options.maxDepth ?? (options.mode === 'input' ? 6 : 2);
  let budget = options.maxNodes ?? defaultNodes(options.mode);
  let blocking: string | undefined;
  const ancestors = new Set<object>();

  const trimmed = { deep: 0, large: 0, circular: 0 };
  const walk = (node: unknown, at: string, depth: number): JsonObject | undefined => {
    if (!isObject(node)) {
      return {};
    }
    if (ancestors.has(node)) {
      trimmed.circular++;
      return openSchema(node);
    }
    if (--budget < 0) {
      trimmed.large++;
      return openSchema(node);
    }
    if (depth > maxDepth && structured(node)) {
      trimmed.deep++;
      return openSchema(node);
    }
    ancestors.add(node);
    try {
      return convertNode(node, at, depth);
    } finally {
      ancestors.delete(node);
    }
  };

  const convertNode = (node: JsonObject, at: string, depth: number): JsonObject | undefined => {
    if (typeof node.$ref === 'string') {
      notes.push(`${at}: unresolved $ref ${node.$ref}, left open`);
      return {};
    }
    const allOf = list(node.allOf).filter(isObject);
    if (allOf.length > 0) {
      return walk(mergeAllOf(node, allOf), at, depth);
    }
    const alternatives = [...list(node.oneOf), ...list(node.anyOf)].filter(isObject);
    const nonNull = alternatives.filter((a) => a.type !== 'null');
    if (alternatives.length > 0 && nonNull.length === 1) {
      // `oneOf: [X, {type: null}]` is 3.1's way of saying nullable X.
      const { oneOf: _o, anyOf: _a, ...rest } = node;
      return walk(
        { ...nonNull[0], ...rest, ...(nonNull.length < alternatives.length ? { nullable: true } : {}) },
        at,
        depth,
      );
    }
    const out: JsonObject = {};
    for (const key of COPIED) {
      if (node[key] !== undefined) {
        out[key] = node[key];
      }
    }
    const allowed = new Set(typesOf(node.type).flatMap((t) => TYPED[t] ?? []));
    for (const key of allowed) {
      if (key !== 'format' && node[key] !== undefined && typeof node[key] !== 'boolean') {
        out[key] = node[key];
      }
    }
    if (allowed.has('format')) {
      copyFormat(node, out, at, notes);
    }
    if (allowed.has('minimum')) {
      copyBounds(node, out);
    }
    if (Array.isArray(out.enum)) {
      out.enum = dedupe(out.enum);
    }
    if (typeof out.pattern === 'string' && !validPattern(out.pattern)) {
      notes.push(`${at}: pattern ${JSON.stringify(out.pattern)} is not a JavaScript regular expression, left out`);
      delete out.pattern;
    }
    const nullable = node.nullable === true ? withNull(out.type) : undefined;
    if (nullable !== undefined) {
      out.type = nullable;
    }
    if (nonNull.length > 1) {
      const converted = nonNull.map((a, i) => walk(a, `${at}(option ${i + 1})`, depth + 1) ?? {});
      out.anyOf = converted;
      if (node.discriminator) {
        notes.push(`${at}: one of ${nonNull.length} shapes (discriminator not enforced)`);
      }
    }
    if (isObject(node.items)) {
      out.items = walk(node.items, `${at}[]`, depth + 1) ?? {};
    } else if (Array.isArray(node.items) || node.prefixItems) {
      notes.push(`${at}: tuple items are not supported, any items accepted`);
    }
    if (node.not !== undefined) {
      notes.push(`${at}: 'not' is not carried over`);
    }
    if (isObject(node.properties)) {
      properties(node, out, at, depth);
    }
    if (isObject(node.additionalProperties)) {
      out.additionalProperties = walk(node.additionalProperties, `${at}.*`, depth + 1) ?? {};
    } else if (node.additionalProperties === false) {
      out.additionalProperties = false;
    }
    return out;
  };

  const properties = (node: JsonObject, out: JsonObject, at: string, depth: number) => {
    const required = new Set(strings(node.required));
    const props: JsonObject = {};
    const kept: string[] = [];
    for (const [name, value] of Object.entries(obj(node.properties))) {
      const sub = obj(value);
      const where = `${at}.${name}`;
      const isRequired = required.has(name);
      if (options.mode === 'input' && sub.readOnly === true) {
        continue;
      }
      if (options.mode === 'output' && sub.writeOnly === true) {
        continue;
      }
      if (options.mode === 'input') {
        const problem = undocumented(sub, options.minDescription);
        if (problem) {
          if (isRequired) {
            blocking ??= `required ${where} ${problem}`;
          } else {
            notes.push(`${where} left out: ${problem}`);
          }
          continue;
        }
      }
      const converted = walk(sub, where, depth + 1);
      if (!converted) {
        continue;
      }
      props[name] = converted;
      if (isRequired) {
        kept.push(name);
      }
    }
    out.type ??= 'object';
    out.properties = props;
    if (kept.length > 0) {
      out.required = kept;
    }
  };

  const schema = walk(source, options.at, 0);
  // One line per schema: which bound trimmed it and how often (a per-node list drowns the report).
  const bounds = [
    trimmed.circular ? `${trimmed.circular} circular reference(s)` : '',
    trimmed.deep ? `${trimmed.deep} object(s) nested deeper than ${maxDepth} levels` : '',
    trimmed.large
      ? `${trimmed.large} schema(s) past the ${options.maxNodes ?? defaultNodes(options.mode)}-node bound`
      : '',
  ].filter(Boolean);
  if (bounds.length > 0) {
    notes.push(`${options.at}: ${bounds.join(', ')} left open (type and description only)`);
  }
  return blocking ? { blocking, notes } : { schema, notes };
}

function defaultNodes(mode: SchemaOptions['mode']): number {
  return mode === 'input' ? 1_000 : 60;
}

/** A schema with something below it (properties, items, alternatives): what the depth bound trims. */
function structured(node: JsonObject): boolean {
  return ['properties', 'items', 'allOf', 'oneOf', 'anyOf', 'additionalProperties'].some(
    (k) => isObject(node[k]) || Array.isArray(node[k]),
  );
}

/** The vendor's description of a property or parameter, when it passes the gate; else why not. */
export function undocumented(node: JsonObject, min: number): string | undefined {
  const text = vendorText(node.description);
  if (!text) {
    return 'has no description in the document';
  }
  return text.length < min ? `has a description shorter than ${min} characters ("${text}")` : undefined;
}

/** The vendor's description, the only words a docs entry is written from. */
export function describedBy(node: JsonObject): string | undefined {
  return vendorText(node.description);
}

/** allOf parts merged into one: properties and required lists unite, other keywords first-wins. */
function mergeAllOf(node: JsonObject, parts: JsonObject[]): JsonObject {
  const { allOf: _drop, ...outer } = node;
  const merged: JsonObject = {};
  const props: JsonObject = {};
  const required = new Set<string>();
  for (const part of [outer, ...parts.map(flattenAllOf)]) {
    for (const [k, v] of Object.entries(part)) {
      if (k === 'properties') {
        Object.assign(props, obj(v));
      } else if (k === 'required') {
        for (const r of strings(v)) {
          required.add(r);
        }
      } else if (!(k in merged)) {
        merged[k] = v;
      }
    }
  }
  if (Object.keys(props).length > 0) {
    merged.properties = props;
  }
  if (required.size > 0) {
    merged.required = [...required];
  }
  return merged;
}

function flattenAllOf(part: JsonObject): JsonObject {
  const nested = list(part.allOf).filter(isObject);
  return nested.length > 0 ? mergeAllOf(part, nested) : part;
}

/** Where the walk stops: the type and the vendor's description, nothing below. */
function openSchema(node: JsonObject): JsonObject {
  const out: JsonObject = {};
  if (typeof node.type === 'string' && node.type !== 'null') {
    out.type = node.type;
  }
  const text = describedBy(node);
  if (text) {
    out.description = text;
  }
  return out;
}

function copyFormat(node: JsonObject, out: JsonObject, at: string, notes: string[]): void {
  const format = str(node.format);
  if (!format) {
    return;
  }
  if (knownFormats.has(format)) {
    out.format = format;
  } else if (!['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password'].includes(format)) {
    notes.push(`${at}: format '${format}' is not one the generator validates, left out`);
  }
}

/** 3.0 writes exclusiveMinimum: true beside minimum; draft-07 (and 3.1) take the bound itself. */
function copyBounds(node: JsonObject, out: JsonObject): void {
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    const value = node[flag];
    if (typeof value === 'number') {
      out[flag] = value;
    } else if (value === true && typeof node[bound] === 'number') {
      out[flag] = node[bound];
      delete out[bound];
    }
  }
}

function typesOf(type: Json | undefined): string[] {
  return typeof type === 'string'
    ? [type]
    : Array.isArray(type)
      ? type.filter((t): t is string => typeof t === 'string')
      : [];
}

function dedupe(values: Json[]): Json[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = JSON.stringify(v);
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

function withNull(type: Json | undefined): Json | undefined {
  if (typeof type === 'string') {
    return type === 'null' ? type : [type, 'null'];
  }
  if (Array.isArray(type)) {
    return type.includes('null') ? type : [...type, 'null'];
  }
  return type;
}

function validPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
