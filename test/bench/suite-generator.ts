/**
 * (4) Generator: `generate` (into a fresh folder) and `--check` (against it, up to date) on
 * specs/egnyte and on synthetic integrations of N endpoints, each run in a fresh process that
 * times itself (generator-child.ts) so the generator's own work is told apart from Node + tsx
 * start-up and module loading. Then `npm run generate -- --check` on Egnyte as a user runs it
 * (generator/launch.mjs), with the CPU of its whole process tree (npm, node, esbuild): answered
 * from the generate record, in a clean clone, and rendering (no record) with and without the emit
 * cache, and after a one-line edit of a spec (the emit cache misses; the memos hold the rest).
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BenchOptions } from './options.js';
import { ROOT } from './processes.js';
import { median } from './stats.js';
import { writeSyntheticIntegration } from './synthetic-spec.js';

const CHILD = path.join(ROOT, 'test/bench/generator-child.ts');

interface ChildTimes {
  bootMs: number;
  loadMs: number;
  workMs: number;
  ownCpuMs: number;
  wallMs: number;
}

export interface GeneratorRow {
  integration: string;
  /**
   * `check` finds the emitted files in the emit cache `generate` filled; the uncached check redoes the
   * emit. The `npm` rows are the command itself; their CPU is the process tree's (boot, load and run are n/a).
   */
  mode: 'generate' | 'check' | 'check, emit not cached' | NpmCase;
  endpoints: number;
  /** Medians over rounds, ms. */
  wallMs: number;
  bootMs: number;
  loadMs: number;
  workMs: number;
  /** CPU time of module load + run(): the generator's own work, much less disturbed by other load than wall time. */
  ownCpuMs: number;
  /** workMs / endpoints. */
  perEndpointMs: number;
}

export interface GeneratorResult {
  rows: GeneratorRow[];
  /** Per-endpoint work at the largest synthetic size over the smallest, per mode. */
  flatness: { generate: number; check: number; from: number; to: number } | null;
  /** `npm run generate -- --check` on Egnyte answered from the record, wall ms (median), and npm's share of it. */
  npmCheck: { wallMs: number; npmShareMs: number };
}

const NPM_CASES = [
  'npm --check: record, bundle built',
  'npm --check: record, clean clone',
  'npm --check: no record, emit cached',
  'npm --check: no record, clean clone',
  'npm --check: no record, a spec edited',
] as const;
type NpmCase = (typeof NPM_CASES)[number];
/** What a clean clone lacks: the launcher's bundle and the emit cache (both git-ignored). */
const CACHES = ['.tmp/generator-build', '.tmp/generator-cache'].map((dir) => path.join(ROOT, dir));
const TIME = '/usr/bin/time';

async function childRun(
  mode: 'write' | 'check',
  specsRoot: string,
  outRoot: string,
  integration: string,
  cache: string,
): Promise<ChildTimes> {
  const start = performance.now();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', CHILD, mode, specsRoot, outRoot, integration, cache],
    { cwd: ROOT, maxBuffer: 1 << 22 },
  );
  const wallMs = performance.now() - start;
  const answer = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChildTimes & {
    exitCode: number;
    diagnostics: unknown[];
  };
  if (answer.exitCode !== 0) {
    throw new Error(
      `generator ${mode} on ${integration} exited ${answer.exitCode}: ${JSON.stringify(answer.diagnostics).slice(0, 500)}`,
    );
  }
  return { bootMs: answer.bootMs, loadMs: answer.loadMs, workMs: answer.workMs, ownCpuMs: answer.ownCpuMs, wallMs };
}

const NPM_CHECK = ['npm', 'run', '--silent', 'generate', '--', '--check'];

/** One run of `command` (npm by default), wall ms and CPU ms of the whole process tree; `stale` allows exit 1. */
function timedRun(
  args: string[] = [],
  command = [...NPM_CHECK, ...args],
  stale = false,
): Promise<{ wallMs: number; cpuMs: number }> {
  // GNU time reports user and system time of every process the command started and waited for.
  const timed = existsSync(TIME);
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const [file = 'npm', ...rest] = timed ? [TIME, '-f', 'cpu %U %S', ...command] : command;
    const child = spawn(file, rest, {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      const wallMs = performance.now() - start;
      const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
      if (code !== 0 && !(stale && code === 1)) {
        reject(new Error(`${command.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
      } else {
        resolve({ wallMs, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : Number.NaN });
      }
    });
  });
}

/** The command in each state of NPM_CASES, one of each per round; a record miss checks a copy of the output. */
async function npmRows(temp: string, rounds: number): Promise<{ rows: GeneratorRow[]; bareWallMs: number }> {
  const unrecorded = path.join(temp, 'no-record');
  cpSync(path.join(ROOT, 'generated/egnyte-mcp-server'), path.join(unrecorded, 'egnyte-mcp-server'), {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|dist)$/.test(source),
  });
  const clean = () => CACHES.forEach((dir) => void rmSync(dir, { recursive: true, force: true }));
  // A copy of the specs whose first plain one-sentence description changes every round.
  const edited = path.join(temp, 'edited-specs');
  cpSync(path.join(ROOT, 'specs/egnyte'), path.join(edited, 'egnyte'), { recursive: true });
  const editedDoc = path.join(edited, 'egnyte/docs/users.yaml');
  const original = readFileSync(editedDoc, 'utf8');
  const edit = (round: number) => {
    const changed = original.replace(/^(\s+description: )([A-Za-z][^'"\n:#]*\.)$/m, `$1$2 Edited in round ${round}.`);
    if (changed === original) {
      throw new Error(`no plain description to edit in ${editedDoc}`);
    }
    writeFileSync(editedDoc, changed);
  };
  const runs = new Map<NpmCase, { wallMs: number; cpuMs: number }[]>(NPM_CASES.map((c) => [c, []]));
  const bare: number[] = [];
  const steps: [NpmCase, () => void, string[]][] = [
    ['npm --check: record, clean clone', clean, []],
    ['npm --check: record, bundle built', () => {}, []],
    ['npm --check: no record, clean clone', clean, ['--out', unrecorded]],
    ['npm --check: no record, emit cached', () => {}, ['--out', unrecorded]],
  ];
  for (let round = 0; round < rounds; round++) {
    for (const [name, prepare, args] of steps) {
      prepare();
      runs.get(name)?.push(await timedRun(args));
    }
    // Renders output that differs from the copy (exit 1), as a --check after an edit does.
    edit(round);
    const editedArgs = ['--specs', edited, '--out', unrecorded];
    runs.get('npm --check: no record, a spec edited')?.push(await timedRun(editedArgs, undefined, true));
    // The same answer without npm in front: what npm adds.
    bare.push((await timedRun([], [process.execPath, 'generator/launch.mjs', '--check'])).wallMs);
  }
  const rows = NPM_CASES.map((mode) => {
    const times = runs.get(mode) ?? [];
    return {
      integration: 'egnyte',
      mode,
      endpoints: 59,
      wallMs: median(times.map((t) => t.wallMs)),
      bootMs: Number.NaN,
      loadMs: Number.NaN,
      workMs: Number.NaN,
      ownCpuMs: median(times.map((t) => t.cpuMs)),
      perEndpointMs: Number.NaN,
    };
  });
  return { rows, bareWallMs: median(bare) };
}

function row(integration: string, mode: GeneratorRow['mode'], endpoints: number, runs: ChildTimes[]): GeneratorRow {
  const pick = (key: keyof ChildTimes) => median(runs.map((r) => r[key]));
  return {
    integration,
    mode,
    endpoints,
    wallMs: pick('wallMs'),
    bootMs: pick('bootMs'),
    loadMs: pick('loadMs'),
    workMs: pick('workMs'),
    ownCpuMs: pick('ownCpuMs'),
    perEndpointMs: pick('workMs') / endpoints,
  };
}

export async function runGeneratorSuite(options: BenchOptions, log: (line: string) => void): Promise<GeneratorResult> {
  const temp = mkdtempSync(path.join(tmpdir(), 'bench-generator-'));
  try {
    const specsRoot = path.join(temp, 'specs');
    const subjects = [
      { integration: 'egnyte', specsRoot: path.join(ROOT, 'specs'), endpoints: 59 },
      ...options.sizes.map((size) => ({
        integration: writeSyntheticIntegration(specsRoot, size),
        specsRoot,
        endpoints: size,
      })),
    ];
    const rows: GeneratorRow[] = [];
    for (const subject of subjects) {
      const generate: ChildTimes[] = [];
      const check: ChildTimes[] = [];
      const uncached: ChildTimes[] = [];
      for (let round = 0; round < options.rounds; round++) {
        const outRoot = path.join(temp, `out-${subject.integration}-${round}`);
        // generate starts from an empty emit cache (the whole pipeline); check then finds its files there.
        const cache = path.join(temp, `cache-${subject.integration}-${round}`);
        generate.push(await childRun('write', subject.specsRoot, outRoot, subject.integration, cache));
        check.push(await childRun('check', subject.specsRoot, outRoot, subject.integration, cache));
        if (subject.integration === 'egnyte') {
          uncached.push(await childRun('check', subject.specsRoot, outRoot, subject.integration, 'off'));
        }
        rmSync(outRoot, { recursive: true, force: true });
      }
      rows.push(
        row(subject.integration, 'generate', subject.endpoints, generate),
        row(subject.integration, 'check', subject.endpoints, check),
      );
      if (uncached.length > 0) {
        rows.push(row(subject.integration, 'check, emit not cached', subject.endpoints, uncached));
      }
      log(`  generator: ${subject.integration} done`);
    }
    const npm = await npmRows(temp, options.rounds);
    rows.push(...npm.rows);
    log('  generator: npm run generate -- --check done');
    const recorded = rows.find((r) => r.mode === 'npm --check: record, bundle built');
    const synthetic = rows.filter((r) => r.integration !== 'egnyte');
    const sizes = [...new Set(synthetic.map((r) => r.endpoints))].sort((a, b) => a - b);
    const at = (size: number | undefined, mode: GeneratorRow['mode']) =>
      synthetic.find((r) => r.endpoints === size && r.mode === mode)?.perEndpointMs ?? Number.NaN;
    const from = sizes[0];
    const to = sizes[sizes.length - 1];
    return {
      rows,
      flatness:
        sizes.length > 1 && from !== undefined && to !== undefined
          ? {
              generate: at(to, 'generate') / at(from, 'generate'),
              check: at(to, 'check') / at(from, 'check'),
              from,
              to,
            }
          : null,
      npmCheck: {
        wallMs: recorded?.wallMs ?? Number.NaN,
        npmShareMs: (recorded?.wallMs ?? Number.NaN) - npm.bareWallMs,
      },
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
