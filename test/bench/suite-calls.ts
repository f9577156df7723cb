/**
 * (1) Per call: the same two calls through every target, in the same run against the same sandbox.
 * Each round makes `warmup` untimed then `calls` timed sequential calls per target and call kind,
 * interleaved in small chunks and in a rotated order, so drift on a shared machine spreads evenly.
 */
import type { PeerSlot } from './bench.js';
import type { BenchOptions } from './options.js';
import { peerCalls } from './peer.js';
import { beforeProgram, generatedProgram, minimalProgram, startSandboxChild, type Upstream } from './processes.js';
import { type BenchStore, sealedUrlTarget, storeTarget, storeUnavailable } from './server-urls.js';
import { type LatencySummary, medianRatio, medianSummary, summarize } from './stats.js';
import {
  CALL_KINDS,
  type CallKind,
  type CallTarget,
  directTarget,
  generatedCalls,
  httpTarget,
  minimalCalls,
  sampleUserId,
  stdioTarget,
} from './targets.js';

export type TargetId =
  | 'direct'
  | 'minimal-stdio'
  | 'minimal-http'
  | 'peer-stdio'
  | 'before-stdio'
  | 'generated-stdio'
  | 'generated-http'
  | 'sealed'
  | 'store'
  | 'store-pg';

export interface TargetFigures {
  id: TargetId;
  name: string;
  /** Medians over rounds. */
  get: LatencySummary;
  list: LatencySummary;
  rounds: Record<CallKind, LatencySummary[]>;
}

export interface Ratio {
  name: string;
  /** Median over rounds of the per-round p50 ratio. */
  get: number;
  list: number;
}

export interface CallsResult {
  userId: number;
  targets: TargetFigures[];
  ratios: Ratio[];
  /** Targets that could not run, with the reason. */
  skipped: Array<{ id: TargetId; reason: string }>;
}

const RATIOS: Array<[name: string, of: TargetId, to: TargetId]> = [
  ['(b)/(a) minimal stdio / direct', 'minimal-stdio', 'direct'],
  ['(c)/(b) generated / minimal, stdio', 'generated-stdio', 'minimal-stdio'],
  ['(p)/(b) peer / minimal, stdio', 'peer-stdio', 'minimal-stdio'],
  ['(c0)/(b) before / minimal, stdio', 'before-stdio', 'minimal-stdio'],
  ['(c)/(p) generated / peer, stdio', 'generated-stdio', 'peer-stdio'],
  ['(d)/(b) generated / minimal, HTTP', 'generated-http', 'minimal-http'],
  ['(d2)/(d) sealed URL / plain /mcp', 'sealed', 'generated-http'],
  ['(e)/(d) store URL (SQLite) / plain /mcp', 'store', 'generated-http'],
  ['(e2)/(d) store URL (PostgreSQL) / plain /mcp', 'store-pg', 'generated-http'],
];

type Opener = () => Promise<CallTarget>;

async function storeOpener(upstream: Upstream, userId: number, kind: BenchStore): Promise<CallTarget> {
  const why = await storeUnavailable();
  if (why) {
    throw new Error(why);
  }
  return storeTarget(upstream, userId, kind);
}

function openers(upstream: Upstream, userId: number, peer: PeerSlot | undefined): Array<[TargetId, Opener]> {
  const minimal = minimalProgram();
  const generated = generatedProgram();
  const before = beforeProgram();
  return [
    ['direct', async () => directTarget(upstream, userId)],
    ['minimal-stdio', () => stdioTarget('(b) minimal stdio', minimal, upstream, minimalCalls(userId))],
    ['minimal-http', () => httpTarget('(b) minimal HTTP', minimal, upstream, minimalCalls(userId))],
    [
      'peer-stdio',
      async () => {
        if (!peer?.program) {
          throw new Error(peer && 'reason' in peer ? peer.reason : 'not prepared');
        }
        return stdioTarget('(p) peer stdio (openapi-mcp-generator)', peer.program, upstream, peerCalls(userId));
      },
    ],
    ...(before
      ? [
          [
            'before-stdio',
            () =>
              stdioTarget('(c0) generated before (BENCH_BEFORE_CLI) stdio', before, upstream, generatedCalls(userId)),
          ] as [TargetId, Opener],
        ]
      : []),
    ['generated-stdio', () => stdioTarget('(c) generated stdio', generated, upstream, generatedCalls(userId))],
    ['generated-http', () => httpTarget('(d) generated HTTP /mcp', generated, upstream, generatedCalls(userId))],
    ['sealed', () => sealedUrlTarget(upstream, userId)],
    ['store', () => storeOpener(upstream, userId, 'sqlite')],
    ['store-pg', () => storeOpener(upstream, userId, 'postgres')],
  ];
}

const CHUNK = 25;

/**
 * One round: every target makes `warmup` untimed calls, then the timed calls go in chunks of 25,
 * target after target, so that a burst of load from elsewhere on the machine hits all of them alike.
 */
async function measureRound(targets: CallTarget[], kind: CallKind, options: BenchOptions): Promise<LatencySummary[]> {
  const calls = (target: CallTarget) => (kind === 'get' ? target.get : target.list);
  for (const target of targets) {
    for (let i = 0; i < options.warmup; i++) {
      await calls(target)();
    }
  }
  const latencies = targets.map(() => [] as number[]);
  const busy = targets.map(() => 0);
  for (let done = 0; done < options.calls; done += CHUNK) {
    const size = Math.min(CHUNK, options.calls - done);
    for (const [index, target] of targets.entries()) {
      const call = calls(target);
      const start = performance.now();
      for (let i = 0; i < size; i++) {
        const t0 = performance.now();
        await call();
        latencies[index]?.push(performance.now() - t0);
      }
      busy[index] = (busy[index] ?? 0) + performance.now() - start;
    }
  }
  return targets.map((_, index) => summarize(latencies[index] ?? [], busy[index] ?? 0));
}

export async function runCallsSuite(
  options: BenchOptions,
  log: (line: string) => void,
  peer?: PeerSlot,
): Promise<CallsResult> {
  const sandbox = await startSandboxChild();
  const open: Array<{ id: TargetId; target: CallTarget; rounds: Record<CallKind, LatencySummary[]> }> = [];
  const skipped: CallsResult['skipped'] = [];
  try {
    const userId = await sampleUserId(sandbox);
    for (const [id, opener] of openers(sandbox, userId, peer)) {
      try {
        open.push({ id, target: await opener(), rounds: { get: [], list: [] } });
      } catch (error) {
        skipped.push({ id, reason: (error as Error).message });
        log(`  calls: ${id} left out: ${(error as Error).message}`);
      }
    }
    for (let round = 0; round < options.rounds; round++) {
      const order = [...open.slice(round % open.length), ...open.slice(0, round % open.length)];
      for (const kind of CALL_KINDS) {
        const figures = await measureRound(
          order.map((entry) => entry.target),
          kind,
          options,
        );
        for (const [index, entry] of order.entries()) {
          entry.rounds[kind].push(figures[index] as LatencySummary);
        }
      }
      log(`  calls: round ${round + 1}/${options.rounds} done`);
    }
    const targets = open.map(({ id, target, rounds }) => ({
      id,
      name: target.name,
      get: medianSummary(rounds.get),
      list: medianSummary(rounds.list),
      rounds,
    }));
    const byId = new Map(targets.map((t) => [t.id, t]));
    const ratios: Ratio[] = [];
    for (const [name, of, to] of RATIOS) {
      const a = byId.get(of);
      const b = byId.get(to);
      if (!a || !b) {
        continue;
      }
      const p50s = (t: TargetFigures, kind: CallKind) => t.rounds[kind].map((r) => r.p50);
      ratios.push({
        name,
        get: medianRatio(p50s(a, 'get'), p50s(b, 'get')),
        list: medianRatio(p50s(a, 'list'), p50s(b, 'list')),
      });
    }
    return { userId, targets, ratios, skipped };
  } finally {
    for (const entry of open) {
      await entry.target.close().catch(() => undefined);
    }
    await sandbox.close();
  }
}
