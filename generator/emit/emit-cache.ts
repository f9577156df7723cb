/**
 * Stage 5 without redoing it: emitting a plan is a pure function of the plan, the spec folder's
 * name, the templates, the generator's and the runtime's sources and the installed versions of the
 * formatters and their dependencies, so its files are kept under `.tmp/generator-cache/` (git-ignored:
 * nothing of it is committed) keyed by a hash of all of those. On a hit the
 * emitters are not even loaded (ts-morph with its TypeScript, prettier, json-schema-to-typescript:
 * most of `generate --check`'s CPU, #22). Any change to any input is a miss; a damaged or missing
 * cache entry is a miss too. Nothing here decides what is generated.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatorFingerprint } from '../io/memo.js';
import type { Plan } from '../ir/types.js';
import type { Templates } from '../pipeline/load-templates.js';
import type { GeneratedFile } from './emit.js';

/** Entries kept; the least recently written go first (tests generate into ever new temp folders). */
const MAX_ENTRIES = 64;

/** Maps and Sets as their entries; a function would make two different plans look alike, so it is refused. */
function keyJson(_key: string, value: unknown): unknown {
  if (value instanceof Map) {
    return { map: [...value] };
  }
  if (value instanceof Set) {
    return { set: [...value] };
  }
  if (typeof value === 'function') {
    throw new Error('a plan holds a function: it cannot be a cache key');
  }
  return value;
}

function entryKey(plan: Plan, specDir: string, templates: Templates): string {
  return createHash('sha256')
    .update(generatorFingerprint())
    .update(JSON.stringify({ plan, specDir, templates }, keyJson))
    .digest('hex');
}

function isFiles(value: unknown): value is GeneratedFile[] {
  return Array.isArray(value) && value.every((f) => typeof f?.path === 'string' && typeof f?.contents === 'string');
}

function prune(cacheDir: string): void {
  const entries = readdirSync(cacheDir).filter((name) => name.endsWith('.json'));
  if (entries.length <= MAX_ENTRIES) {
    return;
  }
  const byAge = entries
    .map((name) => ({ name, time: statSync(path.join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => a.time - b.time);
  for (const { name } of byAge.slice(0, entries.length - MAX_ENTRIES)) {
    rmSync(path.join(cacheDir, name), { force: true });
  }
}

export async function emitCached(
  plan: Plan,
  specDir: string,
  templates: Templates,
  cacheDir: string,
): Promise<GeneratedFile[]> {
  const file = path.join(cacheDir, `${entryKey(plan, specDir, templates)}.json`);
  try {
    const cached: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isFiles(cached)) {
      return cached;
    }
  } catch {
    // No entry (or a damaged one): emit.
  }
  const { emit } = await import('./emit.js');
  const files = await emit(plan, specDir, templates, cacheDir);
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written whole, then renamed: a concurrent run never reads half an entry.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(files));
    renameSync(partial, file);
    prune(cacheDir);
  } catch {
    // A read-only checkout still generates; it just does not remember.
  }
  return files;
}
