import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic, Origin, SourcePosition } from '../diagnostics/diagnostic.js';
import { shownDir } from '../io/specs-root.js';

export type SourceKind = 'integration' | 'resource' | 'docs';

/** One spec file as read from disk: its text, parsed YAML (with source ranges) and plain data. */
export interface SourceDoc {
  kind: SourceKind;
  /** Path as printed in diagnostics (relative to the working directory, posix separators). */
  file: string;
  text: string;
  doc: Document;
  lineCounter: LineCounter;
  /** Plain JS value of the document; null where YAML parsing failed. */
  data: unknown;
}

/** Everything the pipeline needs about one integration folder. */
export interface SpecSources {
  /** Folder path as printed, e.g. `specs/egnyte`. */
  dir: string;
  docs: readonly SourceDoc[];
}

/** Parses one YAML text, keeping positions. Pure: used by load() and by tests on inline text. */
export function parseSource(kind: SourceKind, file: string, text: string): SourceDoc {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const data = doc.errors.length > 0 ? null : (doc.toJS({ maxAliasCount: 100 }) as unknown);
  return { kind, file, text, doc, lineCounter, data };
}

/** Reads `<dir>/integration.yaml`, `<dir>/resources/*.yaml` and `<dir>/docs/*.yaml`. The only reader of specs. */
export async function load(dir: string, cwd = process.cwd()): Promise<SpecSources> {
  const shown = shownDir(dir, cwd);
  const docs: SourceDoc[] = [];
  const integrationFile = path.join(dir, 'integration.yaml');
  const integrationText = await readFile(path.resolve(cwd, integrationFile), 'utf8').catch(() => null);
  if (integrationText !== null) {
    docs.push(parseSource('integration', `${shown}/integration.yaml`, integrationText));
  }
  for (const [sub, kind] of [
    ['resources', 'resource'],
    ['docs', 'docs'],
  ] as const) {
    const names = await readdir(path.resolve(cwd, dir, sub)).catch(() => [] as string[]);
    for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
      const text = await readFile(path.resolve(cwd, dir, sub, name), 'utf8');
      docs.push(parseSource(kind, `${shown}/${sub}/${name}`, text));
    }
  }
  return { dir: shown, docs };
}

/** YAML syntax errors (and duplicate keys) as diagnostics. */
export function syntaxDiagnostics(source: SourceDoc): Diagnostic[] {
  return source.doc.errors.map((e) => {
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
