/**
 * The spec root must exist and hold at least one integration folder: a mistyped `--specs` path
 * used to read as "no integrations", and `--check` then reported "up to date" with exit 0.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** A problem with the spec root, or undefined when there is none (a missing --integration folder is a MISSING_INTEGRATION diagnostic). */
export async function specsRootProblem(specsRoot: string, cwd = process.cwd()): Promise<string | undefined> {
  const root = path.resolve(cwd, specsRoot);
  const info = await stat(root).catch(() => undefined);
  if (!info) {
    return `--specs ${specsRoot}: no such folder`;
  }
  if (!info.isDirectory()) {
    return `--specs ${specsRoot}: not a folder`;
  }
  const folders = await integrationFolders(root);
  return folders.length === 0 ? `--specs ${specsRoot}: no integration folders in it` : undefined;
}

/** The integration folders under an (absolute) spec root, sorted: what a run without --integration generates. */
export async function integrationFolders(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

/** A spec folder as diagnostics and generated headers print it: relative to cwd, posix separators. */
export function shownDir(dir: string, cwd: string): string {
  return path.relative(cwd, path.resolve(cwd, dir)).split(path.sep).join('/') || '.';
}
