/**
 * (2) Cold start: spawn to the first tools/list answer (initialize included), for the generated and
 * the minimal server, each over stdio and over HTTP (spawn, "listening" line, initialize,
 * tools/list), the peer over stdio (all it serves here), plus bare `node -e 0` (spawn to exit) as
 * the floor of any Node process.
 */
import { spawn } from 'node:child_process';
import type { PeerSlot } from './bench.js';
import type { BenchOptions } from './options.js';
import {
  beforeProgram,
  connectHttp,
  connectStdio,
  generatedProgram,
  minimalProgram,
  type Program,
  programEnv,
  startHttpServer,
} from './processes.js';
import { median, medianRatio } from './stats.js';

export type Transport = 'stdio' | 'http';

export interface ColdStartRow {
  program: string;
  transport: Transport | 'exit';
  /** Median over rounds of each round's median, in ms. */
  ms: number;
  /** Each round's median. */
  rounds: number[];
  tools: number;
}

export interface ColdStartResult {
  rows: ColdStartRow[];
  /** generated / minimal, per transport: median of per-round ratios. */
  ratios: Record<Transport, number>;
  /** Over stdio (the peer serves stdio only): peer / minimal and generated / peer, when the peer ran. */
  peer?: { peerToMinimal: number; generatedToPeer: number };
}

// No tool is called during a cold start: the upstream only has to be well-formed.
const UPSTREAM = { baseUrl: 'http://127.0.0.1:9', token: 'bench-cold-start' };

async function startOnce(program: Program, transport: Transport): Promise<{ ms: number; tools: number }> {
  const start = performance.now();
  if (transport === 'stdio') {
    const connection = await connectStdio(program, programEnv(program, UPSTREAM));
    const { tools } = await connection.client.listTools();
    const ms = performance.now() - start;
    await connection.close();
    return { ms, tools: tools.length };
  }
  const server = await startHttpServer(program, programEnv(program, UPSTREAM));
  try {
    const client = await connectHttp(server.mcpUrl);
    const { tools } = await client.listTools();
    const ms = performance.now() - start;
    await client.close().catch(() => undefined);
    return { ms, tools: tools.length };
  } finally {
    await server.close();
  }
}

function nodeExit(): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', () => resolve(performance.now() - start));
  });
}

export async function runColdStartSuite(
  options: BenchOptions,
  log: (line: string) => void,
  peer?: PeerSlot,
): Promise<ColdStartResult> {
  const programs = [minimalProgram(), generatedProgram()];
  const cases = programs.flatMap((program) =>
    (['stdio', 'http'] as const).map((transport) => ({ program, transport, rounds: [] as number[], tools: 0 })),
  );
  if (peer?.program) {
    cases.splice(2, 0, { program: peer.program, transport: 'stdio', rounds: [], tools: 0 });
  }
  const before = beforeProgram();
  if (before) {
    cases.push({ program: before, transport: 'stdio', rounds: [], tools: 0 });
  }
  const floor: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    // One spawn of each case in turn (rotated), so that load from elsewhere hits every case alike.
    const times = cases.map(() => [] as number[]);
    const exits: number[] = [];
    for (let i = 0; i < options.coldStarts; i++) {
      for (let step = 0; step < cases.length; step++) {
        const index = (step + i) % cases.length;
        const item = cases[index];
        if (!item) {
          continue;
        }
        const once = await startOnce(item.program, item.transport);
        times[index]?.push(once.ms);
        item.tools = once.tools;
      }
      exits.push(await nodeExit());
    }
    for (const [index, item] of cases.entries()) {
      item.rounds.push(median(times[index] ?? []));
    }
    floor.push(median(exits));
    log(`  cold: round ${round + 1}/${options.rounds} done`);
  }
  const rows: ColdStartRow[] = cases.map((c) => ({
    program: c.program.name,
    transport: c.transport,
    ms: median(c.rounds),
    rounds: c.rounds,
    tools: c.tools,
  }));
  rows.push({ program: 'node -e 0', transport: 'exit', ms: median(floor), rounds: floor, tools: 0 });
  const roundsOf = (program: string, transport: Transport) =>
    cases.find((c) => c.program.name === program && c.transport === transport)?.rounds ?? [];
  return {
    rows,
    ratios: {
      stdio: medianRatio(roundsOf('generated', 'stdio'), roundsOf('minimal', 'stdio')),
      http: medianRatio(roundsOf('generated', 'http'), roundsOf('minimal', 'http')),
    },
    ...(peer?.program
      ? {
          peer: {
            peerToMinimal: medianRatio(roundsOf('peer', 'stdio'), roundsOf('minimal', 'stdio')),
            generatedToPeer: medianRatio(roundsOf('generated', 'stdio'), roundsOf('peer', 'stdio')),
          },
        }
      : {}),
  };
}
