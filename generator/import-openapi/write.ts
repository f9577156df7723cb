/**
 * Stage 3b, write: through the generator's storage seam and diff, with one rule added: a file the
 * importer wrote and nobody edited since may be replaced or removed; an edited one only with
 * --force. When any edited file would change, nothing at all is written.
 */
import type { GeneratedFile } from '../emit/emit.js';
import { applyChanges, type Change, diffFiles } from '../io/diff.js';
import type { Storage } from '../io/storage.js';
import { MANIFEST } from './manifest.js';
import { ownership } from './render.js';

export interface WritePlan {
  changes: Change[];
  /** Edited files the import would replace: it refuses unless --force. */
  edited: string[];
  /** Edited files the new import no longer produces: kept as they are. */
  kept: string[];
}

export async function planWrite(
  files: readonly GeneratedFile[],
  storage: Storage,
  folder: string,
  force: boolean,
): Promise<WritePlan> {
  const all = await diffFiles(files, storage, [folder]);
  const changes: Change[] = [];
  const edited: string[] = [];
  const kept: string[] = [];
  for (const change of all) {
    const current = await storage.read(change.path);
    const ours = change.path.endsWith(`/${MANIFEST}`) || current === undefined || ownership(current) === 'ours';
    if (change.kind === 'deleted') {
      // Only our own untouched YAML is removed; anything else in the folder is the user's.
      if (ours && change.path.endsWith('.yaml')) {
        changes.push(change);
      } else if (change.path.endsWith('.yaml')) {
        kept.push(change.path);
      }
      continue;
    }
    if (!ours && !force) {
      edited.push(change.path);
    }
    changes.push(change);
  }
  return { changes: edited.length > 0 ? [] : changes, edited, kept };
}

export async function applyWrite(files: readonly GeneratedFile[], plan: WritePlan, storage: Storage): Promise<void> {
  if (plan.edited.length > 0) {
    return;
  }
  await applyChanges(files, plan.changes, storage);
}
