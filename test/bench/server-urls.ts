/**
 * Per-account server URLs as call targets: a sealed `mint-url` URL (`/mcp/<token>`, no store), and
 * a store-backed server URL made through the admin API of design.md §4a, on (e) SQLite and (e2)
 * PostgreSQL (a schema of its own in the tests' database: TEST_POSTGRES_URL, by default
 * 127.0.0.1:5432, database `test`). A store case is used only when the built server offers `--store` (its --help
 * says so) and, for (e2), when PostgreSQL answers; otherwise the bench says why it was left out.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createTestStore, type STORE_KINDS } from '../control/stores.js';
import {
  connectHttp,
  type Env,
  generatedProgram,
  type Program,
  type RunningHttpServer,
  startHttpServer,
  type Upstream,
} from './processes.js';
import { type CallTarget, generatedCalls, mcpTarget } from './targets.js';

/** Where a store target keeps its records. */
export type BenchStore = (typeof STORE_KINDS)[number];

const run = promisify(execFile);
const SECRET = 'bench-server-secret-0123456789abcdef';
const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';

async function cli(args: string[], env: Env): Promise<string> {
  const { stdout } = await run(process.execPath, [generatedProgram().script, ...args], { env, maxBuffer: 1 << 20 });
  return stdout;
}

/** `/mcp/<token>` next to `/mcp`: the same server, one more path segment. */
function serverUrl(server: RunningHttpServer, pathAndToken: string): string {
  return new URL(pathAndToken, server.mcpUrl).toString();
}

async function urlTarget(
  name: string,
  server: RunningHttpServer,
  url: string,
  userId: number,
  cleanup: () => void = () => undefined,
): Promise<CallTarget> {
  try {
    const client = await connectHttp(url);
    await client.listTools();
    return mcpTarget(name, client, generatedCalls(userId), async () => {
      await client.close().catch(() => undefined);
      await server.close();
      cleanup();
    });
  } catch (error) {
    await server.close();
    cleanup();
    throw error;
  }
}

/** A sealed URL from `mint-url`, served by an HTTP server that holds only MCP_SERVER_SECRET. */
export async function sealedUrlTarget(upstream: Upstream, userId: number): Promise<CallTarget> {
  const base = { PATH: process.env.PATH ?? '', MCP_SERVER_SECRET: SECRET };
  const minted = JSON.parse(
    await cli(['mint-url', '--name', 'bench'], {
      ...base,
      EGNYTE_BASE_URL: upstream.baseUrl,
      EGNYTE_ACCESS_TOKEN: upstream.token,
    }),
  ) as { url: string };
  const server = await startHttpServer(generatedProgram(), base);
  return urlTarget('(d2) generated sealed URL', server, serverUrl(server, minted.url), userId);
}

/** Why the store case cannot run against this build, or undefined when it can. */
export async function storeUnavailable(): Promise<string | undefined> {
  const help = await cli(['--help'], { PATH: process.env.PATH ?? '' });
  return help.includes('--store')
    ? undefined
    : 'the built server has no --store (the control plane is not on this branch yet)';
}

async function admin(server: RunningHttpServer, route: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(new URL(route, server.mcpUrl), {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  if (response.status !== 201) {
    throw new Error(`POST ${route} answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
  }
  return answer;
}

const STORE_NAMES: Record<BenchStore, string> = {
  sqlite: '(e) generated store URL (SQLite)',
  postgres: '(e2) generated store URL (PostgreSQL)',
};

/** An account and an MCP server created through the admin API; the call goes to the returned URL. */
export async function storeTarget(
  upstream: Upstream,
  userId: number,
  kind: BenchStore,
  program: Program = generatedProgram(),
): Promise<CallTarget> {
  const store = await createTestStore(kind);
  const cleanup = () => void store.drop().catch(() => undefined);
  const env = { PATH: process.env.PATH ?? '', MCP_SERVER_SECRET: SECRET, MCP_ADMIN_TOKENS: ADMIN_TOKEN };
  let server: RunningHttpServer;
  try {
    server = await startHttpServer(program, env, ['--store', store.url]);
  } catch (error) {
    cleanup();
    throw error;
  }
  try {
    const account = await admin(server, '/integrated-account', {
      name: 'bench',
      base_url: upstream.baseUrl,
      access_token: upstream.token,
    });
    const created = await admin(server, `/integrated-account/${String(account.id)}/mcp`, { name: 'bench', config: {} });
    // The returned URL's origin depends on MCP_PUBLIC_URL or the request; its path is what this server answers on.
    return await urlTarget(
      STORE_NAMES[kind],
      server,
      serverUrl(server, new URL(String(created.url)).pathname),
      userId,
      cleanup,
    );
  } catch (error) {
    await server.close();
    cleanup();
    throw error;
  }
}
