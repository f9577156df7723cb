import type { GeneratedFile } from '../emit/emit.js';
import type { Storage } from './storage.js';

export type ChangeKind = 'created' | 'updated' | 'deleted';

export interface Change {
  path: string;
  kind: ChangeKind;
}

/**
 * Compares rendered files with what storage holds under the owned folders. Files the generator no
 * longer produces are `deleted`; in --check they are reported as extra.
 */
export async function diffFiles(
  files: readonly GeneratedFile[],
  storage: Storage,
  ownedDirs: readonly string[],
): Promise<Change[]> {
  const changes: Change[] = [];
  const produced = new Set(files.map((f) => f.path));
  for (const file of files) {
    const current = await storage.read(file.path);
    if (current === undefined) {
      changes.push({ path: file.path, kind: 'created' });
    } else if (current !== file.contents) {
      changes.push({ path: file.path, kind: 'updated' });
    }
  }
  for (const dir of ownedDirs) {
    for (const existing of await storage.list(dir)) {
      if (!produced.has(existing)) {
        changes.push({ path: existing, kind: 'deleted' });
      }
    }
  }
  return changes.sort((a, b) => a.path.localeCompare(b.path));
}

/** Applies changes: the one place that writes generated output. */
export async function applyChanges(
  files: readonly GeneratedFile[],
  changes: readonly Change[],
  storage: Storage,
): Promise<void> {
  const byPath = new Map(files.map((f) => [f.path, f.contents]));
  for (const change of changes) {
    if (change.kind === 'deleted') {
      await storage.remove(change.path);
    } else {
      const contents = byPath.get(change.path);
      if (contents === undefined) {
        throw new Error(`internal: a change to ${change.path} without its rendered file`);
      }
      await storage.write(change.path, contents);
    }
  }
}
