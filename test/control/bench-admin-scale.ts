/**
 * Part 4 of `npm run bench:hosting`: admin list, get and logs calls (over HTTP, through the BUILT
 * server) on a store seeded with 1,000 and then 100,000 MCP server records, on SQLite and on
 * PostgreSQL, plus the query plans of those calls at the largest size. Prints figures; asserts
 * nothing. Sizes: BENCH_ADMIN_SIZES (default 1000,100000).
 */
import { performance } from 'node:perf_hooks';
import type { SqlDriver } from '../../templates/hosting/src/store/driver.js';
import { openStore, parseStoreUrl } from '../../templates/hosting/src/store/open.js';
import { Records } from '../../templates/hosting/src/store/records.js';
import { startHttpServer } from '../support/server.js';
import { queryPlan, STORE_QUERIES, type StoreQuery } from './query-plans.js';
import { createTestStore } from './stores.js';

const SIZES = (process.env.BENCH_ADMIN_SIZES ?? '1000,100000').split(',').map(Number);
const REQUESTS = Number(process.env.BENCH_ADMIN_REQUESTS ?? 200);
const ACCOUNTS = 100;

type Admin = (method: string, path: string) => Promise<{ status: number }>;

function adminClient(base: string, token: string): Admin {
  return async (method, path) => {
    const response = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    return { status: response.status };
  };
}

/**
 * Adds servers until the store holds `total`, spread over ACCOUNTS seeded accounts: one SQL
 * statement (a recursive CTE both databases run). One in ten expires in a year, one in a
 * hundred has already expired (admin calls skip those; the retention purge deletes them).
 */
async function seedServers(driver: SqlDriver, from: number, total: number): Promise<void> {
  const accounts = `'seed-' || ((n % ${ACCOUNTS}) + 1)`;
  const created = `'2030-01-01T00:00:00.000Z'`;
  const expires = `CASE WHEN n % 100 = 7 THEN '2020-01-01T00:00:00.000Z' WHEN n % 10 = 3 THEN '2099-01-01T00:00:00.000Z' ELSE NULL END`;
  await driver.run(
    `INSERT INTO mcp_servers (id, account_id, name, config, token_hash, expires_at, require_api_token_auth, created_at, updated_at, last_used_at)
     WITH RECURSIVE seq(n) AS (SELECT ${from + 1} UNION ALL SELECT n + 1 FROM seq WHERE n < ${total})
     SELECT 'seed-server-' || n, ${accounts}, 'seeded', '{}', 'seed-hash-' || n, ${expires}, 0, ${created}, ${created}, NULL FROM seq`,
  );
}

async function seedAccounts(driver: SqlDriver): Promise<void> {
  await driver.run(
    `INSERT INTO accounts (id, name, domain, base_url, status, credentials, credentials_version, created_at, updated_at)
     WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${ACCOUNTS})
     SELECT 'seed-' || n, 'seeded', NULL, 'https://seed.invalid', 'active', NULL, 0, '2030-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z' FROM seq`,
  );
}

/** p50 of each piece of work, measured interleaved (a burst of load falls on all of them alike). */
async function p50s<K extends string>(works: Record<K, () => Promise<unknown>>): Promise<Record<K, number>> {
  const entries = Object.entries(works) as Array<[K, () => Promise<unknown>]>;
  const times = new Map<K, number[]>(entries.map(([name]) => [name, []]));
  for (let i = 0; i < 10 + REQUESTS; i++) {
    for (const [name, work] of entries) {
      const started = performance.now();
      await work();
      if (i >= 10) {
        times.get(name)?.push(performance.now() - started);
      }
    }
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  return Object.fromEntries(entries.map(([name]) => [name, median(times.get(name) ?? [])])) as Record<K, number>;
}

function httpGet(admin: Admin, path: string): () => Promise<void> {
  return async () => {
    const answer = await admin('GET', path);
    if (answer.status !== 200) {
      throw new Error(`GET ${path} answered ${answer.status}`);
    }
  };
}

/** `env` holds MCP_ADMIN_TOKENS (its first token is used) and MCP_SERVER_SECRET. */
export async function benchAdminScale(env: Record<string, string>): Promise<void> {
  console.log(
    `4. admin calls (HTTP, p50 of ${REQUESTS}, interleaved) with the store holding N MCP server records in ${ACCOUNTS} accounts (the list page is 50 servers, 10 at N = 1,000)`,
  );
  for (const kind of ['sqlite', 'postgres'] as const) {
    const store = await createTestStore(kind);
    const location = parseStoreUrl(store.url);
    if (!location.ok) {
      throw new Error(location.message);
    }
    const driver = await openStore(location.value, new Date());
    const server = await startHttpServer(['--store', store.url], { ...env, MCP_AUDIT_LOG: '/dev/null' });
    try {
      const admin = adminClient(server.url, (env.MCP_ADMIN_TOKENS ?? '').split(',')[0] ?? '');
      await seedAccounts(driver);
      // The measured server and its logs: the first seeded server of account seed-1, 1,000 log rows.
      let seeded = 0;
      for (const size of SIZES) {
        await seedServers(driver, seeded, size);
        seeded = size;
        if (size === SIZES[0]) {
          await driver.run(
            `INSERT INTO mcp_logs (server_id, time, tool, outcome, upstream_status, duration_ms)
             WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 1000)
             SELECT 'seed-server-100', '2030-01-01T00:00:00.000Z', 'get_user', 'ok', 200, 3 FROM seq`,
          );
        }
        if (kind === 'postgres') {
          await driver.run('ANALYZE');
        }
        const base = '/integrated-account/seed-1/mcp';
        // /healthz: the HTTP round trip alone (no auth, no store), the floor under every admin call.
        const http = await p50s({
          floor: httpGet(admin, '/healthz'),
          list: httpGet(admin, base),
          get: httpGet(admin, `${base}/seed-server-100`),
          logs: httpGet(admin, `${base}/seed-server-100/logs`),
        });
        // The store's share of each call, in this process: the statement behind it (one each).
        const records = new Records(driver);
        const now = () => new Date().toISOString();
        const store = await p50s({
          list: () => records.servers('seed-1', now(), null, 50),
          get: () => records.server('seed-1', 'seed-server-100', now()),
          logs: () => records.logs('seed-1', 'seed-server-100', now(), null, 50),
        });
        const show = (f: { list: number; get: number; logs: number }) =>
          `list ${f.list.toFixed(2)}, get ${f.get.toFixed(2)}, logs ${f.logs.toFixed(2)} ms`;
        console.log(
          `   ${kind.padEnd(8)} ${String(size).padStart(7)} servers: over HTTP ${show(http)} (HTTP floor, GET /healthz: ${http.floor.toFixed(2)} ms); store share (its query) ${show(store)}`,
        );
      }
      console.log(`   query plans on ${kind} at ${seeded} servers (the planner's own choice):`);
      for (const query of Object.keys(STORE_QUERIES) as StoreQuery[]) {
        const plan = await queryPlan(driver, query, { discourageScans: false });
        console.log(`     ${query}:\n       ${plan.replace(/\n/g, '\n       ')}`);
      }
    } finally {
      await server.close();
      await driver.close();
      await store.drop();
    }
  }
}
