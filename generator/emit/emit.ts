import { RUNTIME_NAME } from 'saas-mcp-runtime/contract';
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
export async function emit(plan: Plan, specDir: string, templates: Templates): Promise<GeneratedFile[]> {
  const pkg = plan.integration.info.packageName;
  const code = emitCode(plan, specDir, RUNTIME_NAME);
  const lock = lockTools(
    pkg,
    plan.tools.map((t) => t.definition),
  );
  const files: GeneratedFile[] = [
    { path: 'tools.json', contents: emitToolsJson(plan, specDir) },
    { path: 'tools.lock.json', contents: stableJson({ '//': headerText(specDir), ...lock }) },
    { path: 'SKIPPED.md', contents: emitSkipReport(plan.skipped, specDir) },
    { path: 'src/tools.gen.ts', contents: code.toolsModule },
    { path: 'src/types.gen.ts', contents: await emitTypes(plan, specDir) },
    { path: 'src/index.ts', contents: code.index },
    { path: 'src/cli.ts', contents: code.cli },
    ...renderPackageFiles(plan, specDir, templates),
  ];
  return files.map((f) => ({ ...f, path: `${pkg}/${f.path}` })).sort((a, b) => a.path.localeCompare(b.path));
}
