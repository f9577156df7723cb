/**
 * What the generator remembers between runs under `.tmp/generator-cache/` (git-ignored): the emit
 * cache (emit/emit-cache.ts) and small memos of pure, costly answers (a spec schema's strictness
 * problems, a text's token count), each keyed by a hash of its whole input. Every memo is dropped
 * when the generator's fingerprint changes (its sources, the runtime's, the installed versions of
 * the packages it computes with, ICU), so a remembered answer is always the one computing it again
 * would give. A missing, damaged or unwritable memo is only slower.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dependencyVersions, filesAt, hashFiles } from '../stamp/inputs.js';

const GENERATOR_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The runtime's contract (versions, listing, token-relevant serving) goes into the emitted files too. */
const RUNTIME_DIR = path.resolve(GENERATOR_DIR, '../templates/runtime');
const SOURCES = [GENERATOR_DIR, path.join(RUNTIME_DIR, 'src'), path.join(RUNTIME_DIR, 'package.json')];
/** The packages whose answers are remembered: the emitters, the schema checker, the tokenizer. */
const PACKAGES = [
  'ts-morph',
  'prettier',
  'json-schema-to-typescript',
  'handlebars',
  'ajv',
  'ajv-formats',
  'gpt-tokenizer',
];
/** A memo holding more than this is cut down to the entries the current run used. */
const MAX_MEMO_ENTRIES = 20_000;

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

let fingerprint: string | undefined;

/** The generator's and the runtime's source files and the package versions, hashed once per process. */
export function generatorFingerprint(): string {
  if (fingerprint === undefined) {
    // The packages and everything they depend on, at their installed versions; sorting follows ICU.
    const versions = JSON.stringify([dependencyVersions(PACKAGES), process.versions.icu]);
    const sources = SOURCES.flatMap((source) => filesAt(source, GENERATOR_DIR));
    fingerprint = hashFiles([...sources, ['versions', Buffer.from(versions)]]);
  }
  return fingerprint;
}

export interface Memo<T> {
  /** The remembered answer for `input` (any text that determines it wholly), computed on a miss. */
  get(input: string, compute: () => T): T;
  /** The remembered answer, if there is one (for answers computed asynchronously, then kept). */
  find(input: string): T | undefined;
  keep(input: string, value: T): void;
  /** Writes what was added this run; nothing when nothing was. */
  save(): void;
}

/** A memo of `kind` in `cacheDir`; without a folder it only remembers within this process. */
export function fileMemo<T>(cacheDir: string | undefined, kind: string): Memo<T> {
  const file = cacheDir && path.join(cacheDir, 'memo', `${kind}.json`);
  let stored: Record<string, T> = {};
  if (file) {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint?: string; entries?: Record<string, T> };
      if (parsed.fingerprint === generatorFingerprint() && parsed.entries && typeof parsed.entries === 'object') {
        stored = parsed.entries;
      }
    } catch {
      // No memo yet (or a damaged one): compute.
    }
  }
  const used: Record<string, T> = {};
  let added = false;
  const find = (input: string): T | undefined => {
    const key = sha256(input);
    if (!Object.hasOwn(used, key) && Object.hasOwn(stored, key)) {
      used[key] = stored[key] as T;
    }
    return used[key];
  };
  const keep = (input: string, value: T): void => {
    used[sha256(input)] = value;
    added = true;
  };
  return {
    find,
    keep,
    get(input, compute) {
      const found = find(input);
      if (found !== undefined) {
        return found;
      }
      const value = compute();
      keep(input, value);
      return value;
    },
    save() {
      if (!file || !added) {
        return;
      }
      const all = { ...stored, ...used };
      const entries = Object.keys(all).length > MAX_MEMO_ENTRIES ? used : all;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        // Written whole, then renamed: a concurrent run never reads half a memo.
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(partial, JSON.stringify({ fingerprint: generatorFingerprint(), entries }));
        renameSync(partial, file);
        added = false;
      } catch {
        // A read-only checkout still generates; it just does not remember.
      }
    },
  };
}
