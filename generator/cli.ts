import { parseArgs } from 'node:util';
import { formatDiagnostics } from './diagnostics/diagnostic.js';
import { sortSkipped } from './emit/skip-report.js';
import { importMain } from './import-openapi/cli.js';
import { specsRootProblem } from './io/specs-root.js';
import { surfaceCost, TOKENIZER } from './pipeline/tokens.js';
import { type Mode, type RunResult, run } from './run.js';
import { formatSurfaceChanges } from './surface/classify.js';

const USAGE = `Usage: npm run generate -- [options]

Reads specs/<integration>/ and writes generated/<package>/.
       npm run generate -- import-openapi <file> --integration NAME   (OpenAPI -> specs/NAME/; see its --help)

Options:
  --specs DIR          spec root (default: specs)
  --out DIR            output root (default: generated)
  --integration NAME   only this integration folder (repeatable)
  --check              render in memory and compare with --out; exit 1 on any difference
  --dry-run            print what would change; write nothing
  --format text|json   output format (default: text)
  -h, --help           this help

Exit codes: 0 ok, 1 generated output is stale (--check), 2 spec errors, 3 internal error.`;

/** The flags, parsed strictly (an unknown or malformed flag throws). */
function parseFlags(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      specs: { type: 'string', default: 'specs' },
      out: { type: 'string', default: 'generated' },
      integration: { type: 'string', multiple: true },
      check: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}

/** argv -> run() -> printed report -> exit code. The only place that prints or decides the exit code. */
export async function main(argv: string[], out = console.log, err = console.error): Promise<number> {
  if (argv[0] === 'import-openapi') {
    return importMain(argv.slice(1), out, err);
  }
  let values: ReturnType<typeof parseFlags>;
  try {
    values = parseFlags(argv);
  } catch (e) {
    err(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (values.check && values['dry-run']) {
    err('--check and --dry-run cannot be used together');
    return 2;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    err(`--format must be text or json, not '${values.format}'`);
    return 2;
  }
  const mode: Mode = values.check ? 'check' : values['dry-run'] ? 'dry-run' : 'write';
  const rootProblem = await specsRootProblem(values.specs);
  if (rootProblem) {
    err(`error: ${rootProblem}`);
    return 2;
  }
  try {
    const result = await run({ specsRoot: values.specs, outRoot: values.out, mode, only: values.integration ?? [] });
    if (values.format === 'json') {
      out(JSON.stringify(toJson(result), null, 2));
    } else {
      report(result, mode, out, err);
    }
    return result.exitCode;
  } catch (e) {
    err(`internal error: ${(e as Error).stack ?? String(e)}`);
    return 3;
  }
}

function report(result: RunResult, mode: Mode, out: (s: string) => void, err: (s: string) => void): void {
  if (result.warnings.length > 0) {
    err(formatDiagnostics(result.warnings));
  }
  if (result.diagnostics.length > 0) {
    err(formatDiagnostics(result.diagnostics));
    err(`\n${result.diagnostics.length} problem(s) in the specs; nothing was written.`);
    return;
  }
  for (const plan of result.plans) {
    const { name, packageName } = plan.integration.info;
    out(`${name}: ${plan.tools.length} tools generated, ${plan.skipped.length} methods skipped -> ${packageName}`);
    for (const s of sortSkipped(plan.skipped)) {
      out(`  skipped ${s.resource}.${s.method}: ${s.reason}`);
    }
    out(`  ${tokenSummary(plan)}`);
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
    out(mode === 'check' ? 'generated output is up to date.' : 'no files changed.');
  } else if (mode === 'check') {
    out(`\n${result.changes.length} file(s) differ from the specs: run \`npm run generate\` and commit the result.`);
  } else {
    out(`${result.changes.length} file(s) ${mode === 'dry-run' ? 'would change' : 'changed'}.`);
  }
}

/** Token cost (real tokenizer) of tools/list against the budget, and the heaviest tools: what to trim first. */
function tokenSummary(plan: RunResult['plans'][number]): string {
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

function toJson(result: RunResult): object {
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

if (import.meta.url === `file://${process.argv[1]}`) {
  // `npm run generate | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') {
      throw e;
    }
  });
  process.exitCode = await main(process.argv.slice(2));
}
