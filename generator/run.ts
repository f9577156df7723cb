import path from 'node:path';
import { compile } from './compile.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { GeneratedFile } from './emit/emit.js';
import { applyChanges, type Change, diffFiles } from './io/diff.js';
import { fileMemo } from './io/memo.js';
import { integrationFolders } from './io/specs-root.js';
import { fsStorage, type Storage } from './io/storage.js';
import type { Plan } from './ir/types.js';
import { load, type YamlMemo } from './pipeline/load.js';
import { loadTemplates, type Templates } from './pipeline/load-templates.js';
import { rememberTokenCounts } from './pipeline/tokens.js';
import { classifySurface, type SurfaceChange } from './surface/classify.js';
import { parseTools } from './surface/tools-file.js';

export type Mode = 'write' | 'check' | 'dry-run';

export interface RunOptions {
  specsRoot: string;
  outRoot: string;
  mode: Mode;
  /** Only these integration folders (names under specsRoot); all when empty. */
  only?: readonly string[];
  cwd?: string;
  /** Where output goes; defaults to the file system at outRoot. */
  storage?: Storage;
  /** What packages are made from; defaults to the repository's templates/. */
  templates?: Templates;
  /** Where emitted files and memos are remembered by their inputs (io/memo.ts); `<cwd>/.tmp/generator-cache` unless false. */
  emitCache?: string | false;
}

export interface RunResult {
  exitCode: 0 | 1 | 2;
  diagnostics: Diagnostic[];
  /** Build-time warnings of every integration; they never stop generation. */
  warnings: Diagnostic[];
  changes: Change[];
  plans: Plan[];
  /** The integration folders run over, in order; with exit code 0 each made the plan at its index. */
  names: string[];
  files: GeneratedFile[];
  /** Per package: how the tool surface differs from the tools.json in storage (check and dry-run). */
  surface: { packageName: string; changes: SurfaceChange[]; unreadable?: string }[];
}

/**
 * Generates every integration under `specsRoot`. Nothing is written unless all of them compile
 * without diagnostics; --check and --dry-run go through the same diff, against storage or a copy.
 */
export async function run(opts: RunOptions): Promise<RunResult> {
  const cwd = opts.cwd ?? process.cwd();
  const names = opts.only?.length ? [...opts.only] : await integrationFolders(path.resolve(cwd, opts.specsRoot));
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const plans: Plan[] = [];
  const files: GeneratedFile[] = [];
  const templates = opts.templates ?? (await loadTemplates());
  const cacheDir = opts.emitCache === false ? undefined : path.resolve(cwd, opts.emitCache ?? '.tmp/generator-cache');
  const tokenCounts = rememberTokenCounts(cacheDir);
  const yaml: YamlMemo = fileMemo(cacheDir, 'yaml');
  for (const name of names) {
    const result = await compile(await load(path.join(opts.specsRoot, name), cwd, yaml), templates, { cacheDir });
    diagnostics.push(...result.diagnostics);
    warnings.push(...result.warnings);
    if (result.plan) {
      plans.push(result.plan);
    }
    files.push(...result.files);
  }
  tokenCounts.save();
  yaml.save();
  if (diagnostics.length > 0) {
    return { exitCode: 2, diagnostics, warnings, changes: [], plans, names, files: [], surface: [] };
  }

  const storage = opts.storage ?? fsStorage(path.resolve(cwd, opts.outRoot));
  const owned = plans.map((p) => p.integration.info.packageName);
  const changes = await diffFiles(files, storage, owned);
  const surface = await Promise.all(plans.map((p) => surfaceChanges(p, storage)));
  if (opts.mode === 'write') {
    await applyChanges(files, changes, storage);
  }
  const stale = opts.mode === 'check' && changes.length > 0;
  return { exitCode: stale ? 1 : 0, diagnostics, warnings, changes, plans, names, files, surface };
}

/** How the new tools differ from the tools.json on disk; a corrupt file is reported, not fatal. */
async function surfaceChanges(plan: Plan, storage: Storage): Promise<RunResult['surface'][number]> {
  const packageName = plan.integration.info.packageName;
  try {
    const before = parseTools(await storage.read(`${packageName}/tools.json`));
    return {
      packageName,
      changes: classifySurface(
        before,
        plan.tools.map((t) => t.definition),
      ),
    };
  } catch (e) {
    return { packageName, changes: [], unreadable: (e as Error).message };
  }
}
