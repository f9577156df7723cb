import type { JsonSchema, JsonValue, ToolDefinition } from 'saas-mcp-runtime/contract';
import { validationSchema } from 'saas-mcp-runtime/contract';
import { hash } from './lockfile.js';

export type Severity = 'breaking' | 'minor' | 'patch';

export interface SurfaceChange {
  tool: string;
  severity: Severity;
  message: string;
}

const RANK: Record<Severity, number> = { patch: 0, minor: 1, breaking: 2 };
/** Keywords whose change can reject an argument that used to be accepted. */
const NARROWING = [
  'type',
  'enum',
  'const',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'items',
  'properties',
  'required',
  'additionalProperties',
];

/**
 * Classifies every difference between two tool surfaces, semver-style:
 * breaking = removed or renamed tool, removed parameter, newly required parameter, narrowed type,
 * removed output field, a tool that stops being read-only; minor = added tool or optional
 * parameter, widened type, other annotation changes; patch = descriptions only.
 */
export function classifySurface(before: readonly ToolDefinition[], after: readonly ToolDefinition[]): SurfaceChange[] {
  const out: SurfaceChange[] = [];
  const old = new Map(before.map((t) => [t.name, t]));
  const now = new Map(after.map((t) => [t.name, t]));
  const sourceOf = (t: ToolDefinition) => `${t.source.resource}.${t.source.method}`;
  for (const [name, tool] of old) {
    if (now.has(name)) {
      continue;
    }
    const renamed = after.find((t) => !old.has(t.name) && sourceOf(t) === sourceOf(tool));
    out.push({ tool: name, severity: 'breaking', message: renamed ? `renamed to ${renamed.name}` : 'tool removed' });
  }
  for (const [name, tool] of now) {
    const prior = old.get(name);
    if (!prior) {
      const wasRenamed = before.some((t) => !now.has(t.name) && sourceOf(t) === sourceOf(tool));
      if (!wasRenamed) {
        out.push({ tool: name, severity: 'minor', message: 'tool added' });
      }
      continue;
    }
    // An unchanged tool (the usual case) has nothing to classify.
    if (hash(prior) !== hash(tool)) {
      out.push(...compareTool(prior, tool));
    }
  }
  return out.sort(
    (a, b) => RANK[b.severity] - RANK[a.severity] || a.tool.localeCompare(b.tool) || a.message.localeCompare(b.message),
  );
}

function compareTool(a: ToolDefinition, b: ToolDefinition): SurfaceChange[] {
  const out: SurfaceChange[] = [];
  const add = (severity: Severity, message: string) => out.push({ tool: b.name, severity, message });
  // What the server accepts: the served schema plus its runtime-only checks (a pattern moved out of
  // tools/list into argumentChecks is still enforced, so it is no change to callers).
  const propsA = props(validationSchema(a));
  const propsB = props(validationSchema(b));
  const reqA = required(a.inputSchema);
  const reqB = required(b.inputSchema);
  for (const name of Object.keys(propsA)) {
    if (!(name in propsB)) {
      add('breaking', `parameter ${name} removed`);
    }
  }
  for (const [name, schema] of Object.entries(propsB)) {
    const prior = propsA[name];
    if (!prior) {
      add(reqB.has(name) ? 'breaking' : 'minor', `${reqB.has(name) ? 'required' : 'optional'} parameter ${name} added`);
      continue;
    }
    if (reqB.has(name) && !reqA.has(name)) {
      add('breaking', `parameter ${name} is now required`);
    }
    if (!reqB.has(name) && reqA.has(name)) {
      add('minor', `parameter ${name} is now optional`);
    }
    const change = compareSchema(prior, schema);
    if (change) {
      add(change.severity, `parameter ${name}: ${change.message}`);
    }
  }
  const outA = props(a.outputSchema ?? {});
  const outB = props(b.outputSchema ?? {});
  for (const name of Object.keys(outA)) {
    if (!(name in outB)) {
      add('breaking', `output field ${name} removed`);
    }
  }
  for (const name of Object.keys(outB)) {
    if (!(name in outA)) {
      add('minor', `output field ${name} added`);
    }
  }
  if (Boolean(a.outputSchema) !== Boolean(b.outputSchema)) {
    add(a.outputSchema ? 'breaking' : 'minor', a.outputSchema ? 'output schema removed' : 'output schema added');
  } else if (
    a.outputSchema &&
    b.outputSchema &&
    hash(a.outputSchema) !== hash(b.outputSchema) &&
    out.every((c) => !c.message.startsWith('output'))
  ) {
    add(
      hash(stripText(a.outputSchema)) === hash(stripText(b.outputSchema)) ? 'patch' : 'minor',
      'output schema changed',
    );
  }
  if (a.annotations.readOnlyHint && !b.annotations.readOnlyHint) {
    add('breaking', 'no longer read-only');
  } else if (hash(a.annotations) !== hash(b.annotations)) {
    add('minor', `annotations changed (${describeHints(a, b)})`);
  }
  if (hash(a.tags) !== hash(b.tags)) {
    add('minor', `tags changed: [${a.tags.join(', ')}] -> [${b.tags.join(', ')}]`);
  }
  if (a.description !== b.description || a.title !== b.title) {
    add('patch', 'description changed');
  }
  if (out.length === 0 && hash(a) !== hash(b)) {
    add('patch', 'parameter descriptions or request details changed');
  }
  return out;
}

/** Narrowed (may reject old arguments) is breaking; any other change of validation keywords is minor. */
function compareSchema(a: JsonSchema, b: JsonSchema): { severity: Severity; message: string } | undefined {
  if (hash(stripText(a)) === hash(stripText(b))) {
    return undefined;
  }
  const changed = NARROWING.filter((k) => hash(a[k] ?? null) !== hash(b[k] ?? null));
  const widenedOnly = changed.every((k) => isWidening(k, a[k], b[k]));
  return widenedOnly
    ? { severity: 'minor', message: `accepts more (${changed.join(', ')})` }
    : { severity: 'breaking', message: `narrowed or changed (${changed.join(', ') || 'schema'})` };
}

function isWidening(keyword: string, a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (b === undefined) {
    return true; // a constraint was dropped
  }
  if (a === undefined) {
    return false; // a constraint was added
  }
  if (keyword === 'enum' || keyword === 'type') {
    const setA = new Set(Array.isArray(a) ? a : [a]);
    const listB = Array.isArray(b) ? b : [b];
    return [...setA].every((v) => listB.includes(v));
  }
  if (keyword === 'maximum' || keyword === 'maxLength' || keyword === 'maxItems') {
    return Number(b) >= Number(a);
  }
  if (keyword === 'minimum' || keyword === 'minLength' || keyword === 'minItems') {
    return Number(b) <= Number(a);
  }
  return false;
}

function props(schema: JsonSchema): { [k: string]: JsonSchema } {
  const p = schema.properties;
  return p && typeof p === 'object' && !Array.isArray(p) ? (p as { [k: string]: JsonSchema }) : {};
}

function required(schema: JsonSchema): Set<string> {
  return new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
}

/** A schema without its prose (descriptions, examples, identifier hints), to tell wording-only edits apart. */
function stripText(node: JsonValue | undefined): JsonValue {
  if (Array.isArray(node)) {
    return node.map(stripText);
  }
  if (node === null || node === undefined || typeof node !== 'object') {
    return node ?? null;
  }
  const out: { [k: string]: JsonValue } = {};
  for (const [k, v] of Object.entries(node)) {
    if (!['description', 'title', 'examples', 'x-identifier'].includes(k)) {
      out[k] = stripText(v);
    }
  }
  return out;
}

function describeHints(a: ToolDefinition, b: ToolDefinition): string {
  const keys = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const;
  return (
    keys
      .filter((k) => a.annotations[k] !== b.annotations[k])
      .map((k) => `${k} ${a.annotations[k]} -> ${b.annotations[k]}`)
      .join(', ') || 'title'
  );
}

export function overallSeverity(changes: readonly SurfaceChange[]): Severity | 'none' {
  return changes.reduce<Severity | 'none'>(
    (worst, c) => (worst === 'none' || RANK[c.severity] > RANK[worst] ? c.severity : worst),
    'none',
  );
}

export function formatSurfaceChanges(changes: readonly SurfaceChange[]): string {
  if (changes.length === 0) {
    return 'tool surface: no changes';
  }
  const lines = [`tool surface: ${overallSeverity(changes)} change (${changes.length} difference(s))`];
  for (const c of changes) {
    lines.push(`  ${c.severity.padEnd(8)} ${c.tool}: ${c.message}`);
  }
  return lines.join('\n');
}
