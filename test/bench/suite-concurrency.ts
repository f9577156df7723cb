/**
 * (3) Streamable HTTP under N concurrent clients (each its own SDK Client and connection). At each
 * level the clients share a fixed number of `get user` calls, each client calling again as soon as
 * its previous call answers. Reported per level: throughput, p50/p99, errors (thrown or isError)
 * and the server process's peak RSS during the level. The minimal server runs the same levels.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { BenchOptions } from './options.js';
import {
  connectHttp,
  generatedProgram,
  minimalProgram,
  type Program,
  peakRss,
  resetPeakRss,
  startHttpServer,
  startSandboxChild,
  upstreamEnv,
} from './processes.js';
import { median, percentile } from './stats.js';
import { generatedCalls, minimalCalls, sampleUserId, type ToolCalls } from './targets.js';

interface LevelRound {
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** Peak RSS of the server process, bytes (null: not readable here). */
  peakRssBytes: number | null;
  firstError?: string;
}

/** One level: throughput, p50 and p99 are medians over rounds, errors a sum, peak RSS the largest. */
export interface LevelFigures extends LevelRound {
  program: string;
  clients: number;
  calls: number;
}

async function connectMany(url: string, count: number): Promise<Client[]> {
  const clients: Client[] = [];
  // Batches keep the set-up from being a load test of its own.
  for (let i = 0; i < count; i += 25) {
    clients.push(...(await Promise.all(Array.from({ length: Math.min(25, count - i) }, () => connectHttp(url)))));
  }
  return clients;
}

/** A failure with its chain of causes: "fetch failed" alone does not say whether the socket was reset or refused. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let at: unknown = error, depth = 0; at !== undefined && depth < 5; depth++) {
    const { message, code } = (at ?? {}) as { message?: unknown; code?: unknown };
    parts.push([typeof code === 'string' ? code : '', String(message ?? at)].filter(Boolean).join(' '));
    at = at instanceof Error ? at.cause : undefined;
  }
  return parts.join(' <- ');
}

async function runLevel(clients: Client[], pid: number, calls: ToolCalls, total: number): Promise<LevelRound> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let issued = 0;
  const exact = resetPeakRss(pid);
  const start = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      while (issued < total) {
        issued++;
        const t0 = performance.now();
        try {
          const result = await client.callTool(calls.get);
          if (result.isError) {
            throw new Error(JSON.stringify(result.content).slice(0, 200));
          }
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors++;
          firstError ??= describeError(error);
        }
      }
    }),
  );
  const wall = performance.now() - start;
  const rss = peakRss(pid);
  return {
    perSecond: (latencies.length * 1000) / wall,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    peakRssBytes: exact ? rss : null,
    firstError,
  };
}

/**
 * Every client here comes from 127.0.0.1, as clients behind a reverse proxy do, and each SDK client
 * can hold two connections (its POSTs and the GET it opens after initialize): the per-address cap
 * is raised as the README says to for a proxy. At the default (64) the clients past it are answered
 * 503 (test/runtime/http-connection-cap.test.ts), which would count as errors of the bench's own making.
 */
function oneAddressCap(options: BenchOptions): Record<string, string> {
  return { MCP_MAX_CONNECTIONS_PER_ADDRESS: String(Math.max(64, 2 * Math.max(...options.clients))) };
}

export async function runConcurrencySuite(options: BenchOptions, log: (line: string) => void): Promise<LevelFigures[]> {
  const sandbox = await startSandboxChild();
  try {
    const userId = await sampleUserId(sandbox);
    const programs: Array<[Program, ToolCalls]> = [
      [generatedProgram(), generatedCalls(userId)],
      [minimalProgram(), minimalCalls(userId)],
    ];
    const figures: LevelFigures[] = [];
    for (const [program, calls] of programs) {
      const server = await startHttpServer(program, { ...upstreamEnv(sandbox), ...oneAddressCap(options) });
      try {
        const warm = await connectMany(server.mcpUrl, 1);
        await runLevel(warm, server.pid, calls, options.warmup);
        await Promise.all(warm.map((c) => c.close()));
        for (const count of options.clients) {
          const total = Math.max(options.levelCalls, count * 2);
          const rounds: LevelRound[] = [];
          for (let round = 0; round < options.rounds; round++) {
            const clients = await connectMany(server.mcpUrl, count);
            rounds.push(await runLevel(clients, server.pid, calls, total));
            await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
          }
          const rss = rounds.map((r) => r.peakRssBytes).filter((v): v is number => v !== null);
          figures.push({
            program: program.name,
            clients: count,
            calls: total,
            perSecond: median(rounds.map((r) => r.perSecond)),
            p50: median(rounds.map((r) => r.p50)),
            p99: median(rounds.map((r) => r.p99)),
            errors: rounds.reduce((sum, r) => sum + r.errors, 0),
            peakRssBytes: rss.length > 0 ? Math.max(...rss) : null,
            firstError: rounds.find((r) => r.firstError)?.firstError,
          });
          log(`  concurrency: ${program.name} x${count} done`);
        }
      } finally {
        await server.close();
      }
    }
    return figures;
  } finally {
    await sandbox.close();
  }
}
