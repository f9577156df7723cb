import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Document, isMap, isScalar, LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { Diagnostic, Origin, SourcePosition } from '../diagnostics/diagnostic.js';
import type { Memo } from '../io/memo.js';
import { shownDir } from '../io/specs-root.js';

export type SourceKind = 'integration' | 'resource' | 'docs';

/** One spec file as read from disk: its text, parsed YAML (with source ranges) and plain data. */
export interface SourceDoc {
  kind: SourceKind;
  /** Path as printed in diagnostics (relative to the working directory, posix separators). */
  file: string;
  text: string;
  /** Parsed on first use when `data` was remembered (only diagnostics need positions). */
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  /** YAML syntax errors (and duplicate keys); a remembered text had none. */
  readonly errors: readonly YAMLError[];
  /** Plain JS value of the document; null where YAML parsing failed. */
  data: unknown;
}

/** Everything the pipeline needs about one integration folder. */
export interface SpecSources {
  /** Folder path as printed, e.g. `specs/egnyte`. */
  dir: string;
  docs: readonly SourceDoc[];
}

/** Plain data as JSON with its shared nodes (YAML aliases) as [where, where first] key paths; null when not plain. */
interface DataJson {
  json: string;
  shared: [Step[], Step[]][];
}
type Step = string | number;
export type YamlMemo = Memo<DataJson | null>;

/**
 * Parses one YAML text, keeping positions. Pure: used by load() and by tests on inline text. With a
 * memo, a text parsed before gives its data from there and is parsed again only for positions.
 */
export function parseSource(kind: SourceKind, file: string, text: string, memo?: YamlMemo): SourceDoc {
  let parsed: { doc: Document; lineCounter: LineCounter; data: unknown } | undefined;
  const parse = () => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { lineCounter, prettyErrors: false });
      const data = doc.errors.length > 0 ? null : (doc.toJS({ maxAliasCount: 100 }) as unknown);
      parsed = { doc, lineCounter, data };
    }
    return parsed;
  };
  const remembered = memo?.get(text, () => toDataJson(parse().data));
  return {
    kind,
    file,
    text,
    get doc() {
      return parse().doc;
    },
    get lineCounter() {
      return parse().lineCounter;
    },
    get errors() {
      return remembered ? [] : parse().doc.errors;
    },
    data: parsed?.data ?? (remembered ? fromDataJson(remembered) : parse().data),
  };
}

/** Data made of JSON values (finite numbers, not -0; plain objects), each shared node noted once; else null. */
function toDataJson(data: unknown): DataJson | null {
  const first = new Map<object, Step[]>();
  const shared: [Step[], Step[]][] = [];
  const copy = (value: unknown, at: Step[]): unknown => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') {
      return value;
    }
    if (typeof value === 'number') {
      return Number.isFinite(value) && !Object.is(value, -0) ? value : NOT_PLAIN;
    }
    if (typeof value !== 'object' || !(Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) {
      return NOT_PLAIN;
    }
    const earlier = first.get(value);
    if (earlier) {
      shared.push([at, earlier]);
      return null;
    }
    first.set(value, at);
    const entries = Object.entries(value).map(([k, v]) => [k, copy(v, [...at, Array.isArray(value) ? Number(k) : k])]);
    if (entries.some(([, v]) => v === NOT_PLAIN)) {
      return NOT_PLAIN;
    }
    return Array.isArray(value) ? entries.map(([, v]) => v) : Object.fromEntries(entries);
  };
  const plain = data === null ? NOT_PLAIN : copy(data, []);
  return plain === NOT_PLAIN ? null : { json: JSON.stringify(plain), shared };
}

const NOT_PLAIN = Symbol('not plain JSON');

function fromDataJson({ json, shared }: DataJson): unknown {
  const root = JSON.parse(json) as unknown;
  const at = (path: Step[]) => path.reduce<unknown>((node, step) => (node as Record<Step, unknown>)[step], root);
  for (const [where, from] of shared) {
    const parent = at(where.slice(0, -1)) as Record<Step, unknown>;
    parent[where[where.length - 1] as Step] = at(from);
  }
  return root;
}

/** Reads `<dir>/integration.yaml`, `<dir>/resources/*.yaml` and `<dir>/docs/*.yaml`. The only reader of specs. */
export async function load(dir: string, cwd = process.cwd(), memo?: YamlMemo): Promise<SpecSources> {
  const shown = shownDir(dir, cwd);
  const docs: SourceDoc[] = [];
  const integrationFile = path.join(dir, 'integration.yaml');
  const integrationText = await readFile(path.resolve(cwd, integrationFile), 'utf8').catch(() => null);
  if (integrationText !== null) {
    docs.push(parseSource('integration', `${shown}/integration.yaml`, integrationText, memo));
  }
  for (const [sub, kind] of [
    ['resources', 'resource'],
    ['docs', 'docs'],
  ] as const) {
    const names = await readdir(path.resolve(cwd, dir, sub)).catch(() => [] as string[]);
    for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
      const text = await readFile(path.resolve(cwd, dir, sub, name), 'utf8');
      docs.push(parseSource(kind, `${shown}/${sub}/${name}`, text, memo));
    }
  }
  return { dir: shown, docs };
}

/** YAML syntax errors (and duplicate keys) as diagnostics. */
export function syntaxDiagnostics(source: SourceDoc): Diagnostic[] {
  return source.errors.map((e) => {
    const { line, col } = source.lineCounter.linePos(e.pos[0]);
    return {
      code: 'YAML_SYNTAX' as const,
      message: e.message.split('\n')[0] ?? e.message,
      position: { file: source.file, line, column: col },
    };
  });
}

/**
 * Turns a key path into a file position: the deepest node that exists on the path. When the last
 * step names a key, point at the key itself rather than its value.
 */
export function locate(source: SourceDoc, keyPath: readonly (string | number)[]): SourcePosition {
  let node: unknown = source.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const step of keyPath) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) {
      break;
    }
    const items = (node as { items: unknown[] }).items;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) {
        break;
      }
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else {
      const item = items[Number(step)];
      if (item === undefined) {
        break;
      }
      offset = rangeStart(item) ?? offset;
      node = item;
    }
  }
  const { line, col } = source.lineCounter.linePos(offset);
  return { file: source.file, line, column: col };
}

/** Resolves an origin against the loaded sources; unknown files fall back to line 1. */
export function positionOf(sources: SpecSources, origin: Origin): SourcePosition {
  const source = sources.docs.find((d) => d.file === origin.file);
  return source ? locate(source, origin.path) : { file: origin.file, line: 1, column: 1 };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}
