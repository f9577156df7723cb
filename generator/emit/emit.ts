import { RUNTIME_NAME } from 'saas-mcp-runtime/contract';
import { fileMemo } from '../io/memo.js';
import type { Plan } from '../ir/types.js';
import type { Templates } from '../pipeline/load-templates.js';
import { lockTools } from '../surface/lockfile.js';
import { emitCode } from './code.js';
import { headerText, stableJson } from './header.js';
import { renderPackageFiles } from './package.js';
import { emitSkipReport } from './skip-report.js';
import { emitToolsJson } from './tools-json.js';
import { emitTypes } from './types.js';

/** A file the generator owns: a posix path relative to the output root, and its exact text. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/**
 * Stage 5: plan -> every file of `generated/<package>/`, sorted by path. Writes nothing.
 * Data as JSON, spec-shaped code through ts-morph, types through json-schema-to-typescript,
 * prose and fixed files through handlebars. The runtime is not copied: the package depends on the
 * runtime package (templates/runtime, `saas-mcp-runtime`).
 */
export async function emit(
  plan: Plan,
  specDir: string,
  templates: Templates,
  /** The generator's cache folder: types made before are taken from its memo (types.ts). */
  cacheDir?: string,
): Promise<GeneratedFile[]> {
  const pkg = plan.integration.info.packageName;
  // Code and types made before come from memos: only what a spec change changed is made again.
  const codeMemo = fileMemo<Awaited<ReturnType<typeof emitCode>>>(cacheDir, 'code');
  const code = await emitCode(plan, specDir, RUNTIME_NAME, codeMemo);
  const typeMemo = fileMemo<string>(cacheDir, 'types');
  const types = await emitTypes(plan, specDir, typeMemo);
  codeMemo.save();
  typeMemo.save();
  const lock = lockTools(
    pkg,
    plan.tools.map((t) => t.definition),
  );
  const files: GeneratedFile[] = [
    { path: 'tools.json', contents: emitToolsJson(plan, specDir) },
    { path: 'tools.lock.json', contents: stableJson({ '//': headerText(specDir), ...lock }) },
    { path: 'SKIPPED.md', contents: emitSkipReport(plan.skipped, specDir) },
    { path: 'src/tools.gen.ts', contents: code.toolsModule },
    { path: 'src/types.gen.ts', contents: types },
    { path: 'src/index.ts', contents: code.index },
    { path: 'src/cli.ts', contents: code.cli },
    ...renderPackageFiles(plan, specDir, templates),
  ];
  return files.map((f) => ({ ...f, path: `${pkg}/${f.path}` })).sort((a, b) => a.path.localeCompare(b.path));
}
