import type { Plan } from '../ir/types.js';
import { emitSkipReport } from './skip-report.js';
import { emitToolsJson } from './tools-json.js';

/** A file the generator owns: a posix path relative to the output root, and its exact text. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/** Stage 5: plan -> files of `generated/<package>/`, sorted by path. Writes nothing. */
export async function emit(plan: Plan, specDir: string): Promise<GeneratedFile[]> {
  const pkg = plan.integration.info.packageName;
  const files: GeneratedFile[] = [
    { path: `${pkg}/tools.json`, contents: emitToolsJson(plan, specDir) },
    { path: `${pkg}/SKIPPED.md`, contents: emitSkipReport(plan.skipped, specDir) },
  ];
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
