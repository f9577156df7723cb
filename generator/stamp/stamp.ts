/**
 * The record `npm run generate` leaves in the output root (`generated/.generate-stamp.json`,
 * committed): per integration, the hash of its inputs (inputs.ts), the hash of the files it wrote
 * and what `--check` prints for it. `--check` trusts it only when both hashes match what is there
 * now: then rendering again would give the same files (the output is a pure function of those
 * inputs) and they are on disk unchanged, a hand edit included. Any other case renders and compares
 * as before, so a stale or missing record costs time, never a wrong answer. Saves loading the
 * parser, validators, tokenizer and emitters (#22), also in a clean clone, where no cache is.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { GeneratedFile } from '../emit/emit.js';
import { shownDir } from '../io/specs-root.js';
import type { Storage } from '../io/storage.js';
import type { SkippedMethod } from '../ir/types.js';
import { type GeneratorIdentity, integrationInputs, outputHash, sharedInputs } from './inputs.js';

export const STAMP_FILE = '.generate-stamp.json';

export interface StampEntry {
  inputs: string;
  outputs: string;
  packageName: string;
  /** The integration's own name (from its spec) and what `--check` reports for it when up to date. */
  name: string;
  lines: string[];
  warnings: Diagnostic[];
  tools: string[];
  skipped: SkippedMethod[];
}

interface Stamp {
  '//': string;
  integrations: Record<string, StampEntry>;
}

const NOTE =
  'Written by `npm run generate`: lets `--check` skip rendering while the specs, the generator and this output are unchanged (generator/stamp/stamp.ts).';

export interface StampScope {
  generator: GeneratorIdentity;
  specsRoot: string;
  cwd: string;
  storage: Storage;
}

function parseStamp(text: string | undefined): Stamp['integrations'] {
  try {
    const parsed: unknown = JSON.parse(text ?? '{}');
    const entries = (parsed as Partial<Stamp>).integrations;
    return entries && typeof entries === 'object' ? entries : {};
  } catch {
    return {};
  }
}

function isEntry(value: unknown): value is StampEntry {
  const e = value as Partial<StampEntry> | undefined;
  return (
    typeof e?.inputs === 'string' &&
    typeof e.outputs === 'string' &&
    typeof e.packageName === 'string' &&
    typeof e.name === 'string' &&
    Array.isArray(e.lines) &&
    Array.isArray(e.warnings) &&
    Array.isArray(e.tools) &&
    Array.isArray(e.skipped)
  );
}

/** Each integration's inputs hash, in order. */
async function inputsOf(scope: StampScope, names: readonly string[]): Promise<string[]> {
  const shared = await sharedInputs(scope.generator);
  return names.map((name) => {
    const dir = path.join(scope.specsRoot, name);
    return integrationInputs(shared, path.resolve(scope.cwd, dir), shownDir(dir, scope.cwd));
  });
}

/**
 * The recorded report of every named integration when the record vouches for all of them (inputs
 * and output unchanged); undefined as soon as one does not, and then the caller renders.
 */
export async function stampedCheck(scope: StampScope, names: readonly string[]): Promise<StampEntry[] | undefined> {
  const stamp = parseStamp(await scope.storage.read(STAMP_FILE));
  const entries = names.map((name) => stamp[name]);
  if (names.length === 0 || !entries.every(isEntry)) {
    return undefined;
  }
  const inputs = await inputsOf(scope, names);
  for (const [i, entry] of entries.entries()) {
    if (entry.inputs !== inputs[i]) {
      return undefined;
    }
    const files = await Promise.all(
      (await scope.storage.list(entry.packageName)).map(async (file) => ({
        path: file,
        contents: (await scope.storage.read(file)) ?? '',
      })),
    );
    if (entry.outputs !== outputHash(files)) {
      return undefined;
    }
  }
  return entries;
}

/** What a successful write records per integration; the hashes are filled in by writeStamp. */
export type StampReport = Omit<StampEntry, 'inputs' | 'outputs'>;

/**
 * Records the integrations just written (their files are what storage now holds); entries of other
 * integrations still in the spec root are kept, those of removed ones dropped.
 */
export async function writeStamp(
  scope: StampScope,
  written: { folder: string; report: StampReport; files: readonly GeneratedFile[] }[],
  present: readonly string[],
): Promise<void> {
  const stored = await scope.storage.read(STAMP_FILE);
  const before = parseStamp(stored);
  const inputs = await inputsOf(
    scope,
    written.map((w) => w.folder),
  );
  const integrations: Record<string, StampEntry> = {};
  for (const name of [...present].sort()) {
    const index = written.findIndex((w) => w.folder === name);
    const w = written[index];
    if (w) {
      const own = w.files
        .filter((f) => f.path.startsWith(`${w.report.packageName}/`))
        .map((f) => ({ path: f.path, contents: f.contents }));
      integrations[name] = { inputs: inputs[index] ?? '', outputs: outputHash(own), ...w.report };
    } else if (isEntry(before[name])) {
      integrations[name] = before[name];
    }
  }
  const text = `${JSON.stringify({ '//': NOTE, integrations } satisfies Stamp, null, 2)}\n`;
  if (stored !== text) {
    await scope.storage.write(STAMP_FILE, text);
  }
}
