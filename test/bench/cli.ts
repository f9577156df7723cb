/**
 * `npm run bench -- [options]` (see options.ts): builds nothing itself (the npm script builds
 * first), runs the selected parts, prints Markdown tables and the targets, and writes
 * `<out>/bench-<time>.json` and `<out>/latest.json`. Exit codes: 0 done (targets met or not),
 * 1 a part failed, 2 bad flags.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBench } from './bench.js';
import { type BenchOptions, parseOptions, USAGE } from './options.js';
import { ROOT } from './processes.js';
import { renderReport } from './report.js';

async function main(argv: string[]): Promise<number> {
  let options: BenchOptions | undefined;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (!options) {
    console.log(USAGE);
    return 0;
  }
  const log = (line: string) => console.error(line);
  log(`bench: ${options.only.join(', ')}; ${options.rounds} round(s)`);
  const results = await runBench(options, log);
  const outDir = path.resolve(ROOT, options.outDir);
  mkdirSync(outDir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const file = path.join(outDir, `bench-${results.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(path.join(outDir, 'latest.json'), json);
  console.log(renderReport(results));
  console.log(`Results: ${path.relative(ROOT, file)}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`bench failed: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  },
);
