/**
 * `npm run bench:hosting`: figures for the control plane, through the BUILT server and the sandbox.
 *   1. per-call p50 (tools/call over Streamable HTTP) through a store-backed URL (SQLite and
 *      PostgreSQL) vs the default /mcp vs a stateless sealed URL, interleaved in one run, one call
 *      per target in a shuffled order;
 *   2. requests per second with 50 concurrent clients spread over two instances on one PostgreSQL;
 *   3. time from DELETE on instance A to the refusal of the next request on instance B;
 *   4. admin list/get/logs with 1,000 and 100,000 server records, and their query plans
 *      (bench-admin-scale.ts). BENCH_ONLY=admin runs part 4 alone, BENCH_ONLY=calls part 1 alone.
 * Prints figures; asserts nothing (speed is measured, never tested).
 */
import { performance } from 'node:perf_hooks';
import { startSandbox } from '../sandbox/index.js';
import { type HttpServerProcess, runCli, sandboxEnv, startHttpServer } from '../support/server.js';
import { benchAdminScale } from './bench-admin-scale.js';
import { createTestStore, type TestStore } from './stores.js';

const ADMIN = 'bench-admin-token';
const SECRET = 'bench-server-secret-0123456789abcdef';
const CALLS = Number(process.env.BENCH_CALLS ?? 300);
const HEADERS = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' };
const CALL = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'tools/call',
  params: { name: 'get_egnyte_current_user', arguments: {} },
});

async function post(url: string, body = CALL): Promise<number> {
  const response = await fetch(url, { method: 'POST', headers: HEADERS, body });
  await response.arrayBuffer();
  return response.status;
}

// biome-ignore lint/suspicious/noExplicitAny: test convenience: answers are asserted field by field
async function admin(base: string, method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return text === '' ? { status: response.status } : JSON.parse(text);
}

async function storeServerPath(
  base: string,
  sandbox: { baseUrl: string; token: string },
): Promise<{ path: string; accountId: string; id: string }> {
  const account = await admin(base, 'POST', '/integrated-account', {
    name: 'bench',
    base_url: sandbox.baseUrl,
    access_token: sandbox.token,
  });
  const server = await admin(base, 'POST', `/integrated-account/${account.id}/mcp`, { name: 'bench' });
  return { path: new URL(server.url).pathname, accountId: account.id, id: server.id };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? NaN;
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function latency(variants: Record<string, string>): Promise<Record<string, number[]>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (const url of Object.values(variants)) {
    for (let i = 0; i < 30; i++) {
      await post(url);
    }
  }
  const entries = Object.entries(variants);
  let seed = 22;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = 0; i < CALLS; i++) {
    // A fresh (seeded) order each time: a call that follows calls to another process meets colder
    // caches and a sleeping store connection, and a fixed or rotated order would always give that
    // place to the same target (a rotation keeps each target's neighbours).
    const order = entries.map((entry) => [next(), entry] as const).sort((a, b) => a[0] - b[0]);
    for (const [, [name, url]] of order) {
      const started = performance.now();
      if ((await post(url)) !== 200) {
        throw new Error(`${name} answered an error`);
      }
      samples[name]!.push(performance.now() - started);
    }
  }
  return samples;
}

async function main(): Promise<void> {
  const adminEnv = {
    MCP_SERVER_SECRET: SECRET,
    MCP_ADMIN_TOKENS: ADMIN,
    EGNYTE_BASE_URL: 'http://127.0.0.1:9',
    EGNYTE_ACCESS_TOKEN: 'bench-admin-scale',
  };
  if (process.env.BENCH_ONLY === 'admin') {
    return benchAdminScale(adminEnv);
  }
  const sandbox = await startSandbox();
  const stores: TestStore[] = [await createTestStore('sqlite'), await createTestStore('postgres')];
  const servers: HttpServerProcess[] = [];
  try {
    const env = {
      ...sandboxEnv(sandbox),
      MCP_SERVER_SECRET: SECRET,
      MCP_ADMIN_TOKENS: ADMIN,
      MCP_AUDIT_LOG: '/dev/null',
    };
    const minted = JSON.parse((await runCli(['mint-url', '--name', 'bench'], env)).stdout) as { url: string };
    const [sqliteServer, pgA, pgB] = await Promise.all([
      startHttpServer(['--store', stores[0]!.url], env),
      startHttpServer(['--store', stores[1]!.url], env),
      startHttpServer(['--store', stores[1]!.url], env),
    ]);
    servers.push(sqliteServer, pgA, pgB);
    const sqlitePath = await storeServerPath(sqliteServer.url, sandbox);
    const pgPath = await storeServerPath(pgA.url, sandbox);

    console.log(`1. per-call p50/p90 of tools/call get_egnyte_current_user, ${CALLS} calls each, interleaved`);
    const samples = await latency({
      'default /mcp': `${sqliteServer.url}/mcp`,
      'sealed URL (stateless)': `${sqliteServer.url}${minted.url}`,
      'store-backed URL (SQLite)': `${sqliteServer.url}${sqlitePath.path}`,
      'store-backed URL (PostgreSQL)': `${pgA.url}${pgPath.path}`,
      'default /mcp, PostgreSQL instance': `${pgA.url}/mcp`,
    });
    const base = percentile(samples['default /mcp']!, 50);
    for (const [name, values] of Object.entries(samples)) {
      console.log(
        `   ${name.padEnd(34)} p50 ${ms(percentile(values, 50))}  p90 ${ms(percentile(values, 90))}  (${(percentile(values, 50) / base).toFixed(2)}x default)`,
      );
    }
    // Each store against the plain /mcp of its own instance (the figure for PostgreSQL).
    const ownRatio = (store: string, plain: string) =>
      (percentile(samples[store]!, 50) / percentile(samples[plain]!, 50)).toFixed(2);
    console.log(
      `   store URL / plain /mcp of the same instance: SQLite ${ownRatio('store-backed URL (SQLite)', 'default /mcp')}x, PostgreSQL ${ownRatio('store-backed URL (PostgreSQL)', 'default /mcp, PostgreSQL instance')}x`,
    );
    if (process.env.BENCH_ONLY === 'calls') {
      return;
    }

    const seconds = Number(process.env.BENCH_SECONDS ?? 5);
    console.log(
      `2. 50 concurrent clients over two instances on one PostgreSQL, ${seconds} s, tools/call through the store-backed URL`,
    );
    const targets = [`${pgA.url}${pgPath.path}`, `${pgB.url}${pgPath.path}`];
    let done = 0;
    let failed = 0;
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: 50 }, async (_, worker) => {
        while (performance.now() < end) {
          if ((await post(targets[worker % 2]!)) === 200) {
            done++;
          } else {
            failed++;
          }
        }
      }),
    );
    console.log(`   ${(done / seconds).toFixed(0)} requests/s (${done} ok, ${failed} failed)`);

    console.log('3. DELETE on A, then the next request on B (20 rounds)');
    const gaps: number[] = [];
    let servedAfterDelete = 0;
    for (let round = 0; round < 20; round++) {
      const created = await storeServerPath(pgA.url, sandbox);
      if ((await post(`${pgB.url}${created.path}`)) !== 200) {
        throw new Error('B does not serve the new server');
      }
      const deleted = performance.now();
      await admin(pgA.url, 'DELETE', `/integrated-account/${created.accountId}/mcp/${created.id}`);
      const status = await post(`${pgB.url}${created.path}`);
      if (status === 200) {
        servedAfterDelete++;
      }
      gaps.push(performance.now() - deleted);
    }
    console.log(
      `   DELETE sent -> refusal received on B: p50 ${ms(percentile(gaps, 50))}, max ${ms(Math.max(...gaps))}; requests served by B after the DELETE answered: ${servedAfterDelete}`,
    );
    await benchAdminScale(adminEnv);
  } finally {
    await Promise.all(servers.map((server) => server.close()));
    for (const store of stores) {
      await store.drop();
    }
    await sandbox.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
