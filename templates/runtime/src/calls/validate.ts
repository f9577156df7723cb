/**
 * Argument validation before any upstream request, and the output check that decides whether a
 * payload may go out as `structuredContent`. Each tool's schemas are compiled on its first call.
 */
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { isPlainObject } from '../data/json-path.js';
import type { IdentifierHint, JsonSchema, ToolDefinition } from '../data/tool-data.js';
import type { ArgumentProblem } from './arguments/problem.js';

export type { ArgumentProblem };

export interface ToolValidators {
  checkArguments(args: unknown): ArgumentProblem[];
  /** True when the value may be served as structuredContent (always true without an outputSchema). */
  matchesOutput(value: unknown): boolean;
}

/** What the runtime needs of ajv: compiling a schema. */
export interface SchemaCompiler {
  compile(schema: JsonSchema): ValidateFunction;
}

// ajv and ajv-formats are CommonJS and load on the first compile (a tool's first call), not at
// start: a server answers initialize and tools/list without them.
const requireCjs = createRequire(import.meta.url);

function newAjv(): Ajv {
  const { Ajv: AjvClass } = requireCjs('ajv') as typeof import('ajv');
  const formats = requireCjs('ajv-formats') as { default?: unknown };
  const addFormats = (typeof formats === 'function' ? formats : formats.default) as (ajv: Ajv) => Ajv;
  // strict off so custom `x-` keywords pass through unchanged; verbose: errors carry their
  // parentSchema, where an `x-identifier` hint sits (nested ones too).
  const ajv = new AjvClass({ allErrors: true, strict: false, validateFormats: true, verbose: true });
  addFormats(ajv);
  return ajv;
}

/** One compiler per runtime; ajv itself is made on the first compile. */
export function createSchemaCompiler(): SchemaCompiler {
  let ajv: Ajv | undefined;
  return {
    compile: (schema) => {
      ajv ??= newAjv();
      return ajv.compile(schema);
    },
  };
}

function describeValue(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function withArticle(words: string): string {
  return /^[aeiou]/i.test(words) ? `an ${words}` : `a ${words}`;
}

function identifierHint(schema: unknown): IdentifierHint | undefined {
  const hint = isPlainObject(schema) ? schema['x-identifier'] : undefined;
  return isPlainObject(hint) && typeof hint.kind === 'string' ? (hint as unknown as IdentifierHint) : undefined;
}

/** The hint of the value an error is about: the missing property's schema, or the failing schema. */
function hintOf(error: ErrorObject): IdentifierHint | undefined {
  if (error.keyword === 'additionalProperties') {
    return undefined;
  }
  if (error.keyword === 'required') {
    const properties = isPlainObject(error.parentSchema) ? error.parentSchema.properties : undefined;
    return isPlainObject(properties) ? identifierHint(properties[String(error.params.missingProperty)]) : undefined;
  }
  return identifierHint(error.parentSchema);
}

function expectationOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'a value';
    case 'additionalProperties':
      return 'left out (it is not an argument of this tool)';
    case 'type':
      return withArticle(String(params.type));
    case 'enum':
      return `one of ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'format':
      return `a valid ${String(params.format)}`;
    default:
      return (error.message ?? 'a valid value').replace(/^must (be )?/, '');
  }
}

function placeOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const steps = error.instancePath
    .split('/')
    .slice(1)
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required') {
    steps.push(String(params.missingProperty));
  }
  if (error.keyword === 'additionalProperties') {
    steps.push(String(params.additionalProperty));
  }
  return steps.join('.') || '(arguments)';
}

function valueAt(args: unknown, place: string): unknown {
  let current = args;
  for (const step of place.split('.')) {
    current = isPlainObject(current) || Array.isArray(current) ? (current as Record<string, unknown>)[step] : undefined;
  }
  return current;
}

/** The confusion hint fits only a value that looks like the thing it is confused with, when the spec says how that looks. */
function looksConfused(hint: IdentifierHint, value: unknown): boolean {
  if (hint.notWhen === undefined) {
    return true;
  }
  if (typeof value !== 'string' && typeof value !== 'number') {
    return false;
  }
  try {
    return new RegExp(hint.notWhen, 'u').test(String(value));
  } catch {
    return true;
  }
}

/** Words for a value whose type is wrong, where its printed form alone would puzzle: "1.5" is text, not a number. */
function whatItIs(value: unknown, error: ErrorObject): string | undefined {
  if (error.keyword !== 'type') {
    return undefined;
  }
  const wanted = String((error.params as Record<string, unknown>).type);
  if (typeof value === 'string' && /integer|number/.test(wanted)) {
    const trimmed = value.trim();
    if (trimmed !== value && trimmed !== '' && Number.isFinite(Number(trimmed))) {
      return 'text with spaces around a number';
    }
    if (/^-?[1-9]\d*$/.test(value)) {
      return 'a whole number too large to be exact';
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value)) {
      return 'text holding a number that is not written as a plain whole number';
    }
    return 'text, not a number';
  }
  if (typeof value === 'number' && wanted === 'integer') {
    return 'a number with a fraction';
  }
  return undefined;
}

function toProblems(errors: ErrorObject[], args: unknown): ArgumentProblem[] {
  const byPlace = new Map<string, ArgumentProblem>();
  for (const error of errors) {
    const argument = placeOf(error);
    const hint = hintOf(error);
    const kind =
      error.keyword === 'required' ? 'missing' : error.keyword === 'additionalProperties' ? 'unknown' : 'invalid';
    const expected = hint && kind !== 'unknown' ? withArticle(hint.label ?? hint.kind) : expectationOf(error);
    const existing = byPlace.get(argument);
    if (existing) {
      if (!existing.expected.includes(expected)) {
        existing.expected += ` and ${expected}`;
      }
      continue;
    }
    const value = valueAt(args, argument);
    const problem: ArgumentProblem = { argument, problem: kind, expected, given: describeValue(value) };
    if (hint?.not && kind === 'invalid' && looksConfused(hint, value)) {
      problem.not = hint.not;
    }
    const what = kind === 'invalid' ? whatItIs(value, error) : undefined;
    if (what) {
      problem.given_is = what;
    }
    if (hint?.findWith) {
      problem.find_with = hint.findWith;
    }
    byPlace.set(argument, problem);
  }
  return [...byPlace.values()];
}

/** One sentence per problem: "user_id must be a numeric user id, not "jsmith"; find it with list_users". */
export function describeProblems(problems: ArgumentProblem[]): string {
  return problems
    .map((problem) => {
      const sentence =
        problem.problem === 'missing'
          ? `${problem.argument} is required: ${problem.expected}`
          : problem.problem === 'unknown'
            ? `${problem.argument} is not an argument of this tool`
            : problem.not
              ? `${problem.argument} must be ${problem.expected}, not ${problem.not} (got ${problem.given})`
              : `${problem.argument} must be ${problem.expected}, not ${problem.given}${problem.given_is ? ` (${problem.given_is})` : ''}`;
      return problem.find_with ? `${sentence}; find it with ${problem.find_with}` : sentence;
    })
    .join('. ');
}

/**
 * Compiles a tool's validators on their first use, once: tools/list needs none of them, and
 * compiling every tool's schemas up front tripled a server's cold start (#16).
 */
export function compileToolValidators(
  ajv: SchemaCompiler,
  tool: ToolDefinition,
  inputSchema: () => JsonSchema = () => tool.inputSchema,
): ToolValidators {
  let compiled: { input: ValidateFunction; output: ValidateFunction | undefined } | undefined;
  const validators = () => {
    if (compiled) {
      return compiled;
    }
    const schema = inputSchema();
    try {
      compiled = { input: ajv.compile(schema), output: tool.outputSchema ? ajv.compile(tool.outputSchema) : undefined };
    } catch (error) {
      throw new Error(`tool ${tool.name}: its schema does not compile: ${(error as Error).message}`);
    }
    return compiled;
  };
  return {
    checkArguments(args) {
      const { input } = validators();
      return input(args) ? [] : toProblems(input.errors ?? [], args);
    },
    matchesOutput(value) {
      const { output } = validators();
      return output ? output(value) === true : true;
    },
  };
}
