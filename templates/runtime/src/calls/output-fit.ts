/**
 * Success results that never break a client. The SDK client throws when a tool with an
 * outputSchema answers without structuredContent, or with structuredContent that does not match;
 * vendors' answers drift (fields go missing, appear, change type). Served output schemas are
 * tolerant (nothing upstream required, objects open), and what still does not match is moved,
 * value by value, into `off_schema` ({ "data.3.id": "abc" }) so the model keeps every value and the
 * client gets a result that validates.
 */
import type { ValidateFunction } from 'ajv';
import { isPlainObject } from '../data/json-path.js';
import type { JsonSchema } from '../data/tool-data.js';
import { withTypeUnions } from './type-unions.js';
import type { SchemaCompiler } from './validate.js';

export const OFF_SCHEMA = 'off_schema';
const MAX_PASSES = 8;

/** Returns a value that matches the output schema, or undefined when none can be made. */
export type OutputFitter = (structured: Record<string, unknown>) => Record<string, unknown> | undefined;

export function createOutputFitter(ajv: SchemaCompiler, schema: JsonSchema | undefined): OutputFitter {
  if (!schema) {
    return (structured) => structured;
  }
  // Compiled on first use, like the tool's validators (validate.ts); nullable fields as type arrays.
  let validate: ValidateFunction | undefined;
  return (structured) => {
    validate ??= ajv.compile(withTypeUnions(schema));
    return fit(structured, validate);
  };
}

function steps(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Deletes the value at a pointer (array items are spliced out) and returns it. */
function takeAt(root: Record<string, unknown>, path: string[]): unknown {
  const last = path.at(-1);
  if (last === undefined) {
    return undefined;
  }
  let parent: unknown = root;
  for (const step of path.slice(0, -1)) {
    parent = isPlainObject(parent) || Array.isArray(parent) ? (parent as Record<string, unknown>)[step] : undefined;
  }
  if (Array.isArray(parent)) {
    return parent.splice(Number(last), 1)[0];
  }
  if (!isPlainObject(parent) || !(last in parent)) {
    return undefined;
  }
  const value = parent[last];
  delete parent[last];
  return value;
}

/** Later array items first, so earlier indexes still point where they did; ancestors win over descendants. */
function failingPaths(validate: ValidateFunction): string[][] | undefined {
  const pointers = [...new Set((validate.errors ?? []).map((error) => error.instancePath))];
  if (pointers.includes('')) {
    return undefined;
  }
  const outermost = pointers.filter((p) => !pointers.some((other) => other !== p && p.startsWith(`${other}/`)));
  return outermost.map(steps).sort((a, b) => compareDescending(a, b));
}

function compareDescending(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [p, q] = [a[i] ?? '', b[i] ?? ''];
    if (p === q) {
      continue;
    }
    const [x, y] = [Number(p), Number(q)];
    return Number.isInteger(x) && Number.isInteger(y) ? y - x : p < q ? 1 : -1;
  }
  return b.length - a.length;
}

function fit(structured: Record<string, unknown>, validate: ValidateFunction): Record<string, unknown> | undefined {
  if (validate(structured)) {
    return structured;
  }
  const current: Record<string, unknown> = structuredClone(structured);
  const moved: Record<string, unknown> = {};
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const paths = failingPaths(validate)?.filter((path) => path[0] !== OFF_SCHEMA);
    if (!paths || paths.length === 0) {
      return undefined;
    }
    for (const path of paths) {
      const value = takeAt(current, path);
      if (value !== undefined) {
        moved[path.join('.')] = value;
      }
    }
    const candidate = { ...current, [OFF_SCHEMA]: moved };
    if (validate(candidate)) {
      return candidate;
    }
  }
  return undefined;
}
