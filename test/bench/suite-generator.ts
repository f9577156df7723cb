/**
 * (4) Generator: `generate` (into a fresh folder) and `--check` (against it, up to date) on
 * specs/egnyte and on synthetic integrations of N endpoints, each run in a fresh process that
 * times itself (generator-child.ts) so the generator's own work is told apart from Node + tsx
 * start-up and module loading; `npm run generate -- --check` on Egnyte adds npm's share.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
  /** `check` finds the emitted files in the emit cache `generate` filled; the uncached check redoes the emit. */
  mode: 'generate' | 'check' | 'check, emit not cached';
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
  /** `npm run generate -- --check` on Egnyte, wall ms (median), and its npm share over the same run in a bare child. */
  npmCheck: { wallMs: number; npmShareMs: number };
}

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

function npmCheckOnce(): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'generate', '--', '--check'], { cwd: ROOT, stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(performance.now() - start) : reject(new Error(`npm run generate -- --check exited ${code}`)),
    );
  });
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
    const npmRuns: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      npmRuns.push(await npmCheckOnce());
    }
    const egnyteCheck = rows.find((r) => r.integration === 'egnyte' && r.mode === 'check');
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
      npmCheck: { wallMs: median(npmRuns), npmShareMs: median(npmRuns) - (egnyteCheck?.wallMs ?? Number.NaN) },
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
