import { formatDiagnostics } from './diagnostics/diagnostic.js';
import { sortSkipped } from './emit/skip-report.js';
import type { Plan } from './ir/types.js';
import { surfaceCost, TOKENIZER } from './pipeline/tokens.js';
import { type JsonReport, UP_TO_DATE } from './report-shape.js';
import type { Mode, RunResult } from './run.js';
import { formatSurfaceChanges } from './surface/classify.js';

/** What a run prints as text: warnings and diagnostics on err, per integration and per file on out. */
export function report(result: RunResult, mode: Mode, out: (s: string) => void, err: (s: string) => void): void {
  if (result.warnings.length > 0) {
    err(formatDiagnostics(result.warnings));
  }
  if (result.diagnostics.length > 0) {
    err(formatDiagnostics(result.diagnostics));
    err(`\n${result.diagnostics.length} problem(s) in the specs; nothing was written.`);
    return;
  }
  for (const plan of result.plans) {
    const { packageName } = plan.integration.info;
    planLines(plan).forEach((line) => void out(line));
    const surface = result.surface.find((s) => s.packageName === packageName);
    if (surface?.unreadable) {
      out(`  tool surface: cannot compare with the current tools.json (${surface.unreadable})`);
    } else if (surface && surface.changes.length > 0 && mode !== 'write') {
      out(indent(formatSurfaceChanges(surface.changes)));
    }
  }
  const verb = { write: '', check: 'stale ', 'dry-run': 'would be ' }[mode];
  for (const c of result.changes) {
    const label =
      mode === 'check' ? { created: 'missing', updated: 'stale', deleted: 'extra' }[c.kind] : `${verb}${c.kind}`;
    out(`  ${label}: ${c.path}`);
  }
  if (result.changes.length === 0) {
    out(mode === 'check' ? UP_TO_DATE : 'no files changed.');
  } else if (mode === 'check') {
    out(`\n${result.changes.length} file(s) differ from the specs: run \`npm run generate\` and commit the result.`);
  } else {
    out(`${result.changes.length} file(s) ${mode === 'dry-run' ? 'would change' : 'changed'}.`);
  }
}

/** An integration's own lines: tools, skipped methods, token cost (the same in every mode). */
export function planLines(plan: Plan): string[] {
  const { name, packageName } = plan.integration.info;
  return [
    `${name}: ${plan.tools.length} tools generated, ${plan.skipped.length} methods skipped -> ${packageName}`,
    ...sortSkipped(plan.skipped).map((s) => `  skipped ${s.resource}.${s.method}: ${s.reason}`),
    `  ${tokenSummary(plan)}`,
  ];
}

/** Token cost (real tokenizer) of tools/list against the budget, and the heaviest tools: what to trim first. */
function tokenSummary(plan: Plan): string {
  const cost = surfaceCost(plan.tools.map((t) => t.definition));
  const budget = plan.integration.budget.maxTotalTokens;
  const count = Math.max(cost.tools.length, 1);
  const heaviest = [...cost.tools].sort((a, b) => b.model - a.model || a.name.localeCompare(b.name)).slice(0, 5);
  return [
    `tools/list ${cost.toolsList} ${TOKENIZER} tokens${budget ? ` (budget ${budget})` : ''}, ${cost.toolsListWithoutOutput} without output schemas;`,
    `model-facing (name, title, description, inputSchema) ${cost.modelTotal}, ${(cost.modelTotal / count).toFixed(1)} per tool;`,
    `heaviest: ${heaviest.map((c) => `${c.name} ${c.model}`).join(', ')}`,
  ].join(' ');
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}

/** `--format json`. */
export function toJson(result: RunResult): JsonReport {
  return {
    exitCode: result.exitCode,
    diagnostics: result.diagnostics,
    warnings: result.warnings,
    changes: result.changes,
    surface: result.surface,
    integrations: result.plans.map((p) => ({
      name: p.integration.info.name,
      tools: p.tools.map((t) => t.definition.name),
      skipped: p.skipped,
    })),
  };
}
