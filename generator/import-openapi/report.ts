/** Stage 4, report: what was imported, left out and why, what changed, and what the generator makes of it. */
import { compile } from '../compile.js';
import { formatDiagnostics } from '../diagnostics/diagnostic.js';
import { load } from '../pipeline/load.js';
import type { ImportResult } from './import.js';

export function formatReport(r: ImportResult, at: { file: string; folder: string; ms: number }): string {
  const lines: string[] = [];
  const documented = r.imported.filter((i) => i.documented).length;
  lines.push(
    `import-openapi: ${r.title} ${r.version} (OpenAPI ${r.openapi}, ${(r.bytes / 1024).toFixed(0)} KB) -> ${at.folder} in ${Math.round(at.ms)} ms`,
  );
  lines.push(
    `  ${r.selected} of ${r.total} operations selected; ${r.imported.length} imported (${documented} with the vendor's own description, ${r.undocumented.length} without), ${r.skipped.length} skipped`,
  );
  for (const i of r.imported) {
    lines.push(`  ${i.documented ? 'imported' : 'no docs '} ${i.tool} <- ${i.operation}`);
  }
  section(
    lines,
    'skipped (not written):',
    r.skipped.map((s) => `${s.operation}: ${s.reason}`),
  );
  section(
    lines,
    'written without a docs entry, so no tool until you write one:',
    r.undocumented.map((u) => `${u.tool} <- ${u.operation}: ${u.reason}`),
  );
  section(
    lines,
    'left out of imported methods, or to check:',
    r.leftOut.map((l) => `${l.operation}: ${l.note}`),
  );
  section(lines, 'integration.yaml:', r.integrationNotes);
  if (r.changes) {
    const c = r.changes;
    const any = c.added.length + c.removed.length + c.changed.length > 0;
    lines.push(
      any
        ? `  changes since the last import: ${c.added.length} added, ${c.removed.length} removed, ${c.changed.length} changed`
        : '  changes since the last import: none',
    );
    for (const op of c.added) {
      lines.push(`    + ${op}`);
    }
    for (const op of c.removed) {
      lines.push(`    - ${op}`);
    }
    for (const op of c.changed) {
      lines.push(`    ~ ${op}`);
    }
  }
  if (r.write.edited.length > 0) {
    lines.push(
      `  refused: ${r.write.edited.length} file(s) were edited since the last import; nothing was written (--force overwrites them):`,
    );
    for (const f of r.write.edited) {
      lines.push(`    ${f}`);
    }
    return lines.join('\n');
  }
  for (const f of r.write.kept) {
    lines.push(`  kept (edited, no longer produced): ${f}`);
  }
  for (const c of r.write.changes) {
    lines.push(`  ${c.kind}: ${c.path}`);
  }
  if (r.write.changes.length === 0) {
    lines.push('  no files changed.');
  }
  return lines.join('\n');
}

function section(lines: string[], title: string, items: readonly string[]): void {
  if (items.length === 0) {
    return;
  }
  lines.push(`  ${title}`);
  for (const item of items) {
    lines.push(`    ${item}`);
  }
}

/** Runs the generator's own validation on the imported folder: the tools it would make, or its diagnostics. */
export async function gateSummary(folder: string, cwd: string): Promise<string> {
  const result = await compile(await load(folder, cwd));
  if (result.diagnostics.length > 0) {
    return `  the generator does not accept the import yet (${result.diagnostics.length} problem(s)):\n${formatDiagnostics(result.diagnostics).replace(/^/gm, '    ')}`;
  }
  const plan = result.plan;
  return `  the generator makes ${plan?.tools.length ?? 0} tools from it (${plan?.skipped.length ?? 0} methods skipped); next: npm run generate -- --specs ${folder.split('/').slice(0, -1).join('/') || '.'} --integration ${folder.split('/').pop()}`;
}
