/**
 * Runs the selected parts in order and returns every figure as plain data; `cli.ts` prints it and
 * writes the JSON. Also used by bench.test.ts in a tiny configuration.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchOptions } from './options.js';
import { PEER_PACKAGE, preparePeer } from './peer.js';
import { type Program, ROOT } from './processes.js';
import { type CallsResult, runCallsSuite } from './suite-calls.js';
import { type ColdStartResult, runColdStartSuite } from './suite-cold-start.js';
import { type LevelFigures, runConcurrencySuite } from './suite-concurrency.js';
import { type ContextResult, runContextSuite } from './suite-context.js';
import { type GeneratorResult, runGeneratorSuite } from './suite-generator.js';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  platform: string;
  node: string;
  /** The MCP SDK both servers run on, and the SDK client the bench drives them with. */
  sdk: string;
  commit: string;
  loadStart: number;
  loadEnd: number;
}

/** The peer's built server, or why it is left out of this run. */
export type PeerSlot = { program: Program; name: string } | { program?: undefined; reason: string };

async function peerSlot(options: BenchOptions, log: (line: string) => void): Promise<PeerSlot> {
  if (!options.peer) {
    return { reason: 'left out with --no-peer' };
  }
  try {
    return { program: await preparePeer(log), name: PEER_PACKAGE };
  } catch (error) {
    log(`  peer: ${(error as Error).message}`);
    return { reason: (error as Error).message };
  }
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  options: BenchOptions;
  /** The peer that ran next to ours (its package), or why it did not. */
  peer?: { name: string } | { reason: string };
  suites: {
    calls?: CallsResult;
    cold?: ColdStartResult;
    concurrency?: LevelFigures[];
    generator?: GeneratorResult;
    context?: ContextResult;
  };
}

/** Installed version of a package, as the generated package resolves it (its node_modules, then the root's). */
function installedVersion(name: string): string {
  for (const dir of ['generated/egnyte-mcp-server/node_modules', 'node_modules']) {
    const file = path.join(ROOT, dir, name, 'package.json');
    if (existsSync(file)) {
      return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    }
  }
  return 'unknown';
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function machine(): Machine {
  const load = os.loadavg()[0] ?? 0;
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    sdk: `server ${installedVersion('@modelcontextprotocol/server')}, client ${installedVersion('@modelcontextprotocol/sdk')} (v1, initialize era)`,
    commit: commit(),
    loadStart: load,
    loadEnd: load,
  };
}

export async function runBench(
  options: BenchOptions,
  log: (line: string) => void = () => undefined,
): Promise<BenchResults> {
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    finishedAt: '',
    machine: machine(),
    options,
    suites: {},
  };
  const only = new Set(options.only);
  const peer = only.has('calls') || only.has('cold') || only.has('context') ? await peerSlot(options, log) : undefined;
  if (peer) {
    results.peer = peer.program ? { name: peer.name } : { reason: peer.reason };
  }
  if (only.has('calls')) {
    results.suites.calls = await runCallsSuite(options, log, peer);
  }
  if (only.has('cold')) {
    results.suites.cold = await runColdStartSuite(options, log, peer);
  }
  if (only.has('concurrency')) {
    results.suites.concurrency = await runConcurrencySuite(options, log);
  }
  if (only.has('generator')) {
    results.suites.generator = await runGeneratorSuite(options, log);
  }
  if (only.has('context')) {
    results.suites.context = await runContextSuite(log, peer);
  }
  results.machine.loadEnd = os.loadavg()[0] ?? 0;
  results.finishedAt = new Date().toISOString();
  return results;
}
