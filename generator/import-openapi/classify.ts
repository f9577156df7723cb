/**
 * Stage 2b: mapped operations -> resources with method keys. CRUD keys (list/get/create/update/
 * delete) go to the one operation per resource whose HTTP method and path shape fit, shortest path
 * first; every other operation is a custom method named from its operationId. Tool names come from
 * the generator's own naming rule, so what the importer predicts is what the generator produces.
 */

import { MAX_TOOL_NAME, toolName } from '../pipeline/naming.js';
import { articleFor } from '../pipeline/normalize-integration.js';
import { describeOperation, type MappedOperation, type Operation } from './operations.js';
import { snake, words } from './values.js';

type Kind = 'list' | 'get' | 'create' | 'update' | 'delete';
const CRUD: readonly Kind[] = ['list', 'get', 'create', 'update', 'delete'];

export interface ResourceDraft {
  name: string;
  singular: string;
  tags: string[];
  methods: Map<string, MappedOperation>;
}

export interface ClassifiedOperation {
  mapped: MappedOperation;
  resource: string;
  key: string;
  tool: string;
}

export interface Classified {
  resources: ResourceDraft[];
  operations: ClassifiedOperation[];
  skipped: { source: Operation; reason: string }[];
}

export function classify(integration: string, mapped: readonly MappedOperation[]): Classified {
  const naming = { info: { name: integration }, article: articleFor(integration) };
  const byResource = new Map<string, MappedOperation[]>();
  for (const m of mapped) {
    byResource.set(m.resource, [...(byResource.get(m.resource) ?? []), m]);
  }
  const resources: ResourceDraft[] = [];
  const operations: ClassifiedOperation[] = [];
  const skipped: Classified['skipped'] = [];
  const tools = new Map<string, Operation>();
  for (const name of [...byResource.keys()].sort()) {
    const ops = byResource.get(name) ?? [];
    const resource: ResourceDraft = { name, singular: singular(name), tags: tagsOf(ops), methods: new Map() };
    const crud = crudWinners(ops, resource);
    for (const op of ops) {
      const kind = crud.get(op);
      const key = kind ?? customKey(op.source, resource, new Set(resource.methods.keys()));
      const names = toolNames(naming, resource, kind ?? 'custom', key);
      const tool = names.find((n) => n.length <= MAX_TOOL_NAME && !tools.has(n));
      if (!tool) {
        const taken = names.map((n) => tools.get(n)).find(Boolean);
        skipped.push({
          source: op.source,
          reason: taken
            ? `its tool name ${names[0]} is taken by ${describeOperation(taken)}`
            : `its tool name ${names[0]} is longer than ${MAX_TOOL_NAME} characters`,
        });
        continue;
      }
      tools.set(tool, op.source);
      if (tool !== names[0]) {
        op.entry.tool_name = tool;
      }
      resource.methods.set(key, op);
      operations.push({ mapped: op, resource: name, key, tool });
    }
    if (resource.methods.size > 0) {
      resources.push(resource);
    }
  }
  return { resources, operations, skipped };
}

/** The naming rule's name, then shorter fallbacks (trailing words dropped) for over-long custom names. */
function toolNames(
  naming: Parameters<typeof toolName>[0],
  resource: ResourceDraft,
  kind: Kind | 'custom',
  key: string,
): string[] {
  const first = toolName(naming, resource, { kind, key });
  if (first.length <= MAX_TOOL_NAME || kind !== 'custom') {
    return [first];
  }
  const parts = first.split('_');
  const out = [first];
  while (parts.length > 3) {
    parts.pop();
    out.push(parts.join('_'));
  }
  return out;
}

/** One operation per CRUD kind per resource: the shortest path of the right HTTP method and shape. */
function crudWinners(
  ops: readonly MappedOperation[],
  resource: Pick<ResourceDraft, 'name' | 'singular'>,
): Map<MappedOperation, Kind> {
  const winners = new Map<MappedOperation, Kind>();
  for (const kind of CRUD) {
    const candidates = ops
      .filter((op) => !winners.has(op) && fits(kind, op) && namesResource(op, resource))
      .sort((a, b) => rank(a) - rank(b) || a.source.path.localeCompare(b.source.path));
    if (candidates[0]) {
      winners.set(candidates[0], kind);
    }
  }
  return winners;
}

/** A CRUD method acts on the resource itself: its path's last fixed segment names it (/issues, /issues/{n}). */
function namesResource(op: MappedOperation, resource: Pick<ResourceDraft, 'name' | 'singular'>): boolean {
  const segment =
    op.source.path
      .split('/')
      .filter((s) => s && !s.startsWith('{'))
      .pop() ?? '';
  const name = snake(segment, 'x');
  return name === resource.name || name === resource.singular;
}

function fits(kind: Kind, op: MappedOperation): boolean {
  const item = /\{[^}]+\}$/.test(op.source.path);
  const method = op.source.method;
  switch (kind) {
    case 'list':
      return method === 'GET' && !item && op.paged;
    case 'get':
      return method === 'GET' && item && !op.paged;
    case 'create':
      return method === 'POST' && !item;
    case 'update':
      return (method === 'PATCH' || method === 'PUT') && item;
    case 'delete':
      return method === 'DELETE' && item;
  }
}

/** Shorter paths first; PATCH before PUT for update. */
function rank(op: MappedOperation): number {
  return op.source.path.length * 2 + (op.source.method === 'PUT' ? 1 : 0);
}

/** A custom method's key: the operationId in snake case (its last "/" part), naming the resource. */
function customKey(op: Operation, resource: ResourceDraft, taken: ReadonlySet<string>): string {
  const fromId = op.id ? (op.id.split('/').pop() ?? op.id) : '';
  let parts = words(fromId);
  if (parts.length === 0) {
    parts = [
      verbFor(op.method),
      ...op.path
        .split('/')
        .filter((s) => s && !s.startsWith('{'))
        .flatMap(words),
    ];
  }
  const own = new Set([...words(resource.name), ...words(resource.singular)]);
  if (!parts.some((w) => own.has(w))) {
    parts = [parts[0] ?? 'call', ...words(resource.name), ...parts.slice(1)];
  }
  let key = snake(parts.join('_'), 'call');
  if ((CRUD as readonly string[]).includes(key)) {
    key = `${key}_${resource.name}`;
  }
  let unique = key;
  for (let i = 2; taken.has(unique); i++) {
    unique = `${key}_${i}`;
  }
  return unique;
}

function verbFor(method: string): string {
  return { GET: 'get', POST: 'create', PUT: 'replace', PATCH: 'update', DELETE: 'delete' }[method] ?? 'call';
}

/** Naive English singular of the last word: issues -> issue, policies -> policy, status stays. */
export function singular(plural: string): string {
  const parts = plural.split('_');
  const last = parts.pop() ?? plural;
  const one = /ies$/.test(last)
    ? `${last.slice(0, -3)}y`
    : /(ss|us|is)$/.test(last)
      ? last
      : /(xes|ches|shes|sses)$/.test(last)
        ? last.slice(0, -2)
        : /s$/.test(last)
          ? last.slice(0, -1)
          : last;
  return [...parts, one || last].join('_');
}

function tagsOf(ops: readonly MappedOperation[]): string[] {
  const tags = new Set<string>();
  for (const op of ops) {
    for (const tag of op.source.tags) {
      if (words(tag).length > 0) {
        tags.add(tagSlug(tag));
      }
    }
  }
  if (tags.size === 0) {
    tags.add(tagSlug(ops[0]?.resource ?? 'api'));
  }
  return [...tags].sort();
}

/** The spec format's tag pattern: lower-case words joined by "-", starting with a letter. */
export function tagSlug(tag: string): string {
  const slug = words(tag).join('-') || 'api';
  return /^[a-z]/.test(slug) ? slug : `tag-${slug}`;
}
