/**
 * `npm run stress -- [--minutes 10] [--clients 200]`: the built server over HTTP under mixed load
 * from many clients, against the sandbox and a hostile upstream (bombs, huge pages, echoed tokens,
 * deep JSON, abandoned calls). Loopback only; every loop is bounded by the deadline and a count.
 * Prints figures (calls, failures, degraded answers, latency, /healthz latency, RSS) and exits 1 when any answer was
 * wrong, the server died, or its memory after the run is not within 10% of before it. "Before" and
 * "after" are read once the server has idled and run a full GC (a test-only preload, gc-on-signal.mjs).
 */
import { randomBytes } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { deriveSealKeys, sealGrant } from '../../templates/runtime/src/security/sealed.js';
import { startHostileUpstream } from '../hardening/hostile-upstream.js';
import { startSandbox } from '../sandbox/index.js';
import { startHttpServer } from '../support/server.js';
import { ACTIONS, Degraded, isConnectionReset, pickAction, type Target } from './actions.js';
import { parseStressOptions } from './options.js';
import { mb, rssBytes, sampleRss } from './rss.js';

const MAX_ITERATIONS_PER_CLIENT = 1_000_000;
/** Full load until the heap reaches its working size; "before" is measured after it (and idle). */
const MAX_WARMUP_MS = 60_000;
const SETTLE_MS = 15_000;
const MEMORY_TOLERANCE = 0.1;

interface Tally {
  count: number;
  failures: number;
  /** Upstream timeouts/network errors and connection resets: right answers from an overloaded box. */
  degraded: number;
  latencies: number[];
  firstError?: string;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const GC_PRELOAD = fileURLToPath(new URL('./gc-on-signal.mjs', import.meta.url));

/** RSS after idling and two full collections in the server: the median of five readings a second apart. */
async function settledRss(pid: number): Promise<number> {
  await sleep(SETTLE_MS);
  for (let round = 0; round < 2; round++) {
    process.kill(pid, 'SIGUSR2');
    await sleep(1000);
  }
  const readings: number[] = [];
  for (let index = 0; index < 5; index++, await sleep(1000)) {
    readings.push(rssBytes(pid));
  }
  return readings.sort((a, b) => a - b)[2]!;
}
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function connect(url: string): Promise<Client> {
  const client = new Client({ name: 'stress', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return client;
}

async function runLoad(
  clients: Array<{ sandbox: Client; hostile: Client }>,
  target: Target,
  until: number,
  tallies: Map<string, Tally>,
): Promise<void> {
  await Promise.all(
    clients.map(async (pair, index) => {
      const random = mulberry32(index + 1);
      for (let iteration = 0; iteration < MAX_ITERATIONS_PER_CLIENT && Date.now() < until; iteration++) {
        const [name, action] = pickAction(random());
        const tally = tallies.get(name) ?? { count: 0, failures: 0, degraded: 0, latencies: [] };
        tallies.set(name, tally);
        const started = performance.now();
        try {
          await action(pair, target);
        } catch (error) {
          if (error instanceof Degraded || isConnectionReset(error)) {
            tally.degraded++;
          } else {
            tally.failures++;
          }
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          tally.firstError ??= `${(error as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}`;
        }
        tally.count++;
        tally.latencies.push(performance.now() - started);
      }
    }),
  );
}

async function main(): Promise<number> {
  const options = parseStressOptions(process.argv.slice(2));
  const sandbox = await startSandbox();
  const hostileToken = `hostile-upstream-${randomBytes(8).toString('hex')}`;
  const hostile = await startHostileUpstream(hostileToken);
  const secret = randomBytes(24).toString('hex');
  const server = await startHttpServer([], {
    EGNYTE_BASE_URL: sandbox.baseUrl,
    EGNYTE_ACCESS_TOKEN: sandbox.token,
    MCP_SERVER_SECRET: secret,
    MCP_AUDIT_LOG: '/dev/null',
    NODE_OPTIONS: `--expose-gc --import ${GC_PRELOAD}`,
  });
  const pid = server.child.pid!;
  const [key] = deriveSealKeys([secret], 'egnyte');
  const hostilePath = `/mcp/${sealGrant({ id: 'stress', requireApiToken: false, credentials: { baseUrl: hostile.url, accessToken: hostileToken } }, key!)}`;
  const target: Target = { url: server.url, hostilePath, upstreamToken: hostileToken };
  let exitCode = 0;
  try {
    console.log(
      `stress: ${options.clients} clients, ${options.minutes} min of mixed load against ${server.url} (pid ${pid}), RSS at start ${mb(rssBytes(pid))}`,
    );
    const clients = await Promise.all(
      Array.from({ length: options.clients }, async () => ({
        sandbox: await connect(`${server.url}/mcp`),
        hostile: await connect(`${server.url}${hostilePath}`),
      })),
    );
    const warmupMs = Math.min(MAX_WARMUP_MS, (options.minutes * 60_000) / 2);
    await runLoad(clients, target, Date.now() + warmupMs, new Map());
    const before = await settledRss(pid);
    console.log(`after ${warmupMs / 1000} s warm-up, ${SETTLE_MS / 1000} s idle and a full GC: RSS ${mb(before)}`);

    const tallies = new Map<string, Tally>();
    const sampler = sampleRss(pid, 2000);
    const health: number[] = [];
    const deadline = Date.now() + options.minutes * 60_000;
    const probe = (async () => {
      while (Date.now() < deadline) {
        const started = performance.now();
        await fetch(`${server.url}/healthz`)
          .then((answer) => answer.arrayBuffer())
          .catch(() => undefined);
        health.push(performance.now() - started);
        await sleep(1000);
      }
    })();
    await runLoad(clients, target, deadline, tallies);
    await probe;
    sampler.stop();
    await Promise.all(clients.flatMap((pair) => [pair.sandbox.close(), pair.hostile.close()]));
    const after = await settledRss(pid);

    let calls = 0;
    let failures = 0;
    let degraded = 0;
    console.log('action                 calls  failures  degraded   p50 ms   p95 ms   p99 ms');
    for (const [name] of ACTIONS) {
      const tally = tallies.get(name);
      if (!tally) {
        continue;
      }
      const sorted = tally.latencies.sort((a, b) => a - b);
      calls += tally.count;
      failures += tally.failures;
      degraded += tally.degraded;
      const row = `${name.padEnd(20)} ${String(tally.count).padStart(7)} ${String(tally.failures).padStart(9)} ${String(tally.degraded).padStart(9)} ${[0.5, 0.95, 0.99].map((p) => percentile(sorted, p).toFixed(1).padStart(8)).join(' ')}`;
      console.log(tally.firstError ? `${row}   first failure: ${tally.firstError}` : row);
    }
    const healthSorted = health.sort((a, b) => a - b);
    const change = (after - before) / before;
    console.log(
      `total: ${calls} calls in ${options.minutes} min (${(calls / options.minutes / 60).toFixed(0)}/s), ${failures} failures, ${degraded} degraded (upstream timeout or dropped socket, connection reset)`,
    );
    console.log(
      `machine load average (1 min) at the end: ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
    );
    console.log(
      `/healthz under load: ${health.length} probes, p50 ${percentile(healthSorted, 0.5).toFixed(1)} ms, max ${(healthSorted.at(-1) ?? 0).toFixed(1)} ms`,
    );
    console.log(
      `RSS: before ${mb(before)}, peak ${mb(Math.max(...sampler.samples))} (${sampler.samples.length} samples), after ${mb(after)} (${(change * 100).toFixed(1)}%)`,
    );
    const every = Math.max(1, Math.floor(sampler.samples.length / 10));
    console.log(
      `RSS samples: ${sampler.samples
        .filter((_, index) => index % every === 0)
        .map(mb)
        .join(', ')}`,
    );
    if (failures > 0) {
      exitCode = 1;
    }
    if (Math.abs(change) > MEMORY_TOLERANCE) {
      console.log(`FAIL: memory after the run is not within ${MEMORY_TOLERANCE * 100}% of before`);
      exitCode = 1;
    }
    if (server.child.exitCode !== null) {
      console.log(`FAIL: the server exited with code ${server.child.exitCode}`);
      exitCode = 1;
    }
  } finally {
    await server.close();
    await hostile.close();
    await sandbox.close();
  }
  console.log(exitCode === 0 ? 'stress: PASS' : 'stress: FAIL');
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`stress: ${(error as Error).message}`);
    process.exit(2);
  },
);
