import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostics } from './diagnostics/diagnostic.js';
import { integrationFolders, shownDir, specsRootProblem } from './io/specs-root.js';
import { fsStorage } from './io/storage.js';
import { type JsonReport, UP_TO_DATE } from './report-shape.js';
import type { Mode, RunResult } from './run.js';
import type { GeneratorIdentity } from './stamp/inputs.js';
import { type StampEntry, type StampScope, stampedCheck, writeStamp } from './stamp/stamp.js';

const USAGE = `Usage: npm run generate -- [options]

Reads specs/<integration>/ and writes generated/<package>/.
       npm run generate -- import-openapi <file> --integration NAME   (OpenAPI -> specs/NAME/; see its --help)

Options:
  --specs DIR          spec root (default: specs)
  --out DIR            output root (default: generated)
  --integration NAME   only this integration folder (repeatable)
  --check              render in memory and compare with --out; exit 1 on any difference
                       (answered from --out/.generate-stamp.json while specs, generator and output are unchanged)
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

/**
 * argv -> run() -> printed report -> exit code. The only place that prints or decides the exit code.
 * `generator` (given by generator/launch.mjs) enables the generate record (stamp/stamp.ts). The
 * pipeline and the importer load only when used: `--check` against an up-to-date record needs neither.
 */
export async function main(
  argv: string[],
  out = console.log,
  err = console.error,
  generator?: GeneratorIdentity,
): Promise<number> {
  if (argv[0] === 'import-openapi') {
    return (await import('./import-openapi/cli.js')).importMain(argv.slice(1), out, err);
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
  const only = values.integration ?? [];
  const cwd = process.cwd();
  const scope: StampScope | undefined = generator && {
    generator,
    specsRoot: values.specs,
    cwd,
    storage: fsStorage(path.resolve(cwd, values.out)),
  };
  try {
    const names = only.length > 0 ? only : await integrationFolders(path.resolve(cwd, values.specs));
    const stamped = scope && mode === 'check' ? await stampedCheck(scope, names) : undefined;
    if (stamped) {
      replay(stamped, values.format, out, err);
      return 0;
    }
    const { run } = await import('./run.js');
    const { report, toJson } = await import('./report.js');
    const result = await run({ specsRoot: values.specs, outRoot: values.out, mode, only });
    if (values.format === 'json') {
      out(JSON.stringify(toJson(result), null, 2));
    } else {
      report(result, mode, out, err);
    }
    if (scope && mode === 'write' && result.exitCode === 0) {
      await record(scope, result);
    } else if (scope && mode === 'check' && result.exitCode === 0) {
      err('note: the generate record is out of date, so --check rendered everything; `npm run generate` refreshes it');
    }
    return result.exitCode;
  } catch (e) {
    err(`internal error: ${(e as Error).stack ?? String(e)}`);
    return 3;
  }
}

/** Prints what a rendering `--check` would print for up-to-date output, from the record. */
function replay(entries: StampEntry[], format: string, out: (s: string) => void, err: (s: string) => void): void {
  const warnings = entries.flatMap((e) => e.warnings);
  if (format === 'json') {
    const json: JsonReport = {
      exitCode: 0,
      diagnostics: [],
      warnings,
      changes: [],
      surface: entries.map((e) => ({ packageName: e.packageName, changes: [] })),
      integrations: entries.map((e) => ({ name: e.name, tools: e.tools, skipped: e.skipped })),
    };
    out(JSON.stringify(json, null, 2));
    return;
  }
  if (warnings.length > 0) {
    err(formatDiagnostics(warnings));
  }
  entries.flatMap((e) => e.lines).forEach((line) => void out(line));
  out(UP_TO_DATE);
}

async function record(scope: StampScope, result: RunResult): Promise<void> {
  const { planLines } = await import('./report.js');
  const written = result.plans.map((plan, i) => {
    const folder = result.names[i] ?? '';
    const shown = `${shownDir(path.join(scope.specsRoot, folder), scope.cwd)}/`;
    return {
      folder,
      files: result.files,
      report: {
        packageName: plan.integration.info.packageName,
        name: plan.integration.info.name,
        lines: planLines(plan),
        warnings: result.warnings.filter((w) => w.position.file.startsWith(shown)),
        tools: plan.tools.map((t) => t.definition.name),
        skipped: [...plan.skipped],
      },
    };
  });
  // Recorded only when every plan and every warning is accounted for by its folder.
  const warnings = written.reduce((sum, w) => sum + w.report.warnings.length, 0);
  if (result.plans.length === result.names.length && warnings === result.warnings.length) {
    await writeStamp(scope, written, await integrationFolders(path.resolve(scope.cwd, scope.specsRoot)));
  }
}

/** The process entry (this file run directly, or generator/launch.mjs with the bundle's identity). */
export async function cliEntry(argv: string[], generator?: GeneratorIdentity): Promise<void> {
  // `npm run generate | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') {
      throw e;
    }
  });
  process.exitCode = await main(argv, console.log, console.error, generator);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await cliEntry(process.argv.slice(2));
}
