import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { run } from './run.js';
import { classifySurface, formatSurfaceChanges, overallSeverity } from './surface/classify.js';
import { parseTools } from './surface/tools-file.js';

const exec = promisify(execFile);
const USAGE =
  'Usage: npm run tools:diff -- <git-ref>\n\nClassifies how the tool surface of the current specs differs from generated/<package>/tools.json at <git-ref>.';

/** `npm run tools:diff -- <ref>`: the semantic tool-surface diff against any earlier commit. */
export async function main(argv: string[], out = console.log, err = console.error): Promise<number> {
  const ref = argv[0];
  if (!ref || ref.startsWith('-') || argv.length > 1) {
    err(USAGE);
    return 2;
  }
  try {
    const result = await run({ specsRoot: 'specs', outRoot: 'generated', mode: 'dry-run' });
    if (result.exitCode === 2) {
      err('the specs have errors: run `npm run generate` to see them');
      return 2;
    }
    for (const plan of result.plans) {
      const pkg = plan.integration.info.packageName;
      const before = await exec('git', ['show', `${ref}:generated/${pkg}/tools.json`], { maxBuffer: 64 * 1024 * 1024 })
        .then((r) => r.stdout)
        .catch((e: { stderr?: string }) => {
          if (/does not exist|exists on disk, but not in/.test(e.stderr ?? '')) {
            return undefined;
          }
          throw new Error(`git show ${ref}: ${(e.stderr ?? '').trim()}`);
        });
      const changes = classifySurface(
        parseTools(before, `${ref}:generated/${pkg}/tools.json`),
        plan.tools.map((t) => t.definition),
      );
      out(`${pkg} (${ref} -> specs): ${overallSeverity(changes)}`);
      out(formatSurfaceChanges(changes));
    }
    return 0;
  } catch (e) {
    err((e as Error).message);
    return 3;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
