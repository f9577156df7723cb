import type { Diagnostic, Issue, Origin } from './diagnostics/diagnostic.js';
import { compareDiagnostics } from './diagnostics/diagnostic.js';
import type { GeneratedFile } from './emit/emit.js';
import { emitCached } from './emit/emit-cache.js';
import { fileMemo } from './io/memo.js';
import type { Plan } from './ir/types.js';
import { type SchemaProblem, schemaCheck } from './pipeline/json-schema-check.js';
import { positionOf, type SpecSources } from './pipeline/load.js';
import { loadTemplates, type Templates } from './pipeline/load-templates.js';
import { normalize } from './pipeline/normalize.js';
import { plan as planTools } from './pipeline/plan.js';
import { validate } from './pipeline/validate.js';

export interface CompileResult {
  /** Empty when there are diagnostics: nothing is written from a broken spec. */
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
  /** Printed at build time; they do not stop generation. */
  warnings: Diagnostic[];
  plan?: Plan;
}

/**
 * The whole pipeline for one integration, from loaded sources to files in memory:
 * validate -> normalize -> plan -> emit. Every stage is pure; all problems are reported together.
 */
export async function compile(
  sources: SpecSources,
  templates?: Templates,
  /** The generator's cache folder (`.tmp/generator-cache`): emitted files and memos; none when absent. */
  options: { cacheDir?: string } = {},
): Promise<CompileResult> {
  const problems = validate(sources);
  if (problems.length > 0) {
    return { files: [], diagnostics: problems.sort(compareDiagnostics), warnings: [] };
  }

  const locateIssue = (i: Issue): Diagnostic => ({
    code: i.code,
    message: i.message,
    position: positionOf(sources, i.origin),
    ...(i.severity ? { severity: i.severity } : {}),
  });
  const where = (o: Origin): string => {
    const p = positionOf(sources, o);
    return `${p.file}:${p.line}:${p.column}`;
  };
  const normalized = normalize(sources);
  const checked = fileMemo<SchemaProblem[]>(options.cacheDir, 'schema-checks');
  const planned = planTools(normalized.model, where, schemaCheck(checked));
  checked.save();
  const all = [...normalized.issues, ...planned.issues];
  const warnings = all
    .filter((i) => i.severity === 'warning')
    .map(locateIssue)
    .sort(compareDiagnostics);
  const issues = all.filter((i) => i.severity !== 'warning');
  if (issues.length > 0) {
    return { files: [], diagnostics: issues.map(locateIssue).sort(compareDiagnostics), warnings };
  }

  const using = templates ?? (await loadTemplates());
  // The emitters load only when this plan's files are not cached (emit-cache.ts).
  const files = options.cacheDir
    ? await emitCached(planned.plan, sources.dir, using, options.cacheDir)
    : await (await import('./emit/emit.js')).emit(planned.plan, sources.dir, using);
  return { files, diagnostics: [], warnings, plan: planned.plan };
}
