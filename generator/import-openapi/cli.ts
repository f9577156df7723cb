/**
 * `npm run generate -- import-openapi <file> --integration <name> [--specs dir] [--tags a,b]
 * [--operations regex] [--force]`: argv -> importOpenApi -> printed report -> exit code.
 * Exit codes: 0 imported, 1 an edited file would be overwritten (nothing written), 2 bad input.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fsStorage } from '../io/storage.js';
import { importOpenApi } from './import.js';
import { ImportError } from './read-document.js';
import { formatReport, gateSummary } from './report.js';

export const IMPORT_USAGE = `Usage: npm run generate -- import-openapi <file.yaml|file.json> --integration NAME [options]

Writes specs/NAME/ (integration.yaml, resources/, docs/) from an OpenAPI 3.0 or 3.1 document.

Options:
  --integration NAME   integration name: lower-case letters and digits (used in tool names)
  --specs DIR          spec root (default: specs)
  --tags T1,T2         only operations with one of these OpenAPI tags
  --operations REGEX   only operations whose operationId or "METHOD /path" matches
  --force              also overwrite files edited since the last import
  -h, --help           this help

Exit codes: 0 imported, 1 edited files would be overwritten (nothing written), 2 bad input, 3 internal error.`;

export async function importMain(
  argv: string[],
  // biome-ignore lint/suspicious/noConsole: the CLI's printer (tests pass their own)
  out = console.log,
  // biome-ignore lint/suspicious/noConsole: the CLI's printer (tests pass their own)
  err = console.error,
  cwd = process.cwd(),
): Promise<number> {
  let parsed: ReturnType<typeof parseImportArgs>;
  try {
    parsed = parseImportArgs(argv);
  } catch (e) {
    err(`${(e as Error).message}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(IMPORT_USAGE);
    return 0;
  }
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined || !values.integration) {
    err(`import-openapi takes one document and --integration NAME\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const specsRoot = path.resolve(cwd, values.specs);
  const started = performance.now();
  try {
    const result = await importOpenApi({
      file: path.resolve(cwd, file),
      integration: values.integration,
      storage: fsStorage(specsRoot),
      ...(values.tags
        ? {
            tags: values.tags
              .split(',')
              .map((t) => t.trim())
              .filter(Boolean),
          }
        : {}),
      ...(values.operations ? { operations: values.operations } : {}),
      force: values.force,
    });
    const ms = performance.now() - started;
    out(formatReport(result, { file, folder: path.join(values.specs, values.integration), ms }));
    if (result.write.edited.length > 0) {
      return 1;
    }
    out(await gateSummary(path.join(values.specs, values.integration), cwd));
    return 0;
  } catch (e) {
    if (e instanceof ImportError) {
      err(`error: ${e.message}\nnothing was written.`);
      return 2;
    }
    err(`internal error: ${(e as Error).stack ?? String(e)}`);
    return 3;
  }
}

function parseImportArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      integration: { type: 'string' },
      specs: { type: 'string', default: 'specs' },
      tags: { type: 'string' },
      operations: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
}
