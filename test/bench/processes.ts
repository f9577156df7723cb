/**
 * The processes a bench measures: the sandbox, the built generated server and the minimal server,
 * each a child of this process on loopback with an ephemeral port, plus the SDK clients that talk
 * to them. Every child starts and stops through test/support (SIGTERM, then SIGKILL after 3 s).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import ts from 'typescript';
import { startChild } from '../support/child.js';
import { startHttpServer as startServer } from '../support/server.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const GENERATED_CLI = path.join(ROOT, 'generated/egnyte-mcp-server/dist/cli.js');
const MINIMAL_SOURCE = path.join(ROOT, 'test/bench/minimal-server.ts');
const SANDBOX_CLI = path.join(ROOT, 'test/sandbox/cli.ts');

export type Env = Record<string, string>;

/** A program started as `node <script> ...args`: the built server, or the transpiled minimal one. */
export interface Program {
  name: string;
  script: string;
  args: string[];
  /** Its environment for an upstream; by default our EGNYTE_* variables (see upstreamEnv). */
  env?: (upstream: Upstream) => Env;
}

export interface Upstream {
  baseUrl: string;
  token: string;
}

export function upstreamEnv(upstream: Upstream): Env {
  return { PATH: process.env.PATH ?? '', EGNYTE_BASE_URL: upstream.baseUrl, EGNYTE_ACCESS_TOKEN: upstream.token };
}

/** The environment that points a program at an upstream, in the variables it reads. */
export function programEnv(program: Program, upstream: Upstream): Env {
  return program.env ? program.env(upstream) : upstreamEnv(upstream);
}

/**
 * With BENCH_BEFORE_CLI (the dist/cli.js of another build, e.g. a worktree of the commit before a
 * change), the calls and cold-start parts also run that build over stdio, interleaved with ours.
 */
export function beforeProgram(): Program | undefined {
  const script = process.env.BENCH_BEFORE_CLI;
  return script ? { name: 'before', script: path.resolve(script), args: [] } : undefined;
}

export function generatedProgram(args: string[] = []): Program {
  if (!existsSync(GENERATED_CLI)) {
    throw new Error(`${path.relative(ROOT, GENERATED_CLI)} is missing: run \`npm run build\` first`);
  }
  return { name: 'generated', script: GENERATED_CLI, args };
}

/**
 * Transpiles minimal-server.ts to plain ESM so that `node` starts it as it starts dist/cli.js. It
 * goes under the repository's git-ignored .tmp/ so that its imports resolve to the same SDK.
 */
export function minimalProgram(): Program {
  const script = path.join(ROOT, '.tmp/bench/minimal-server.mjs');
  const output = ts.transpileModule(readFileSync(MINIMAL_SOURCE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  mkdirSync(path.dirname(script), { recursive: true });
  writeFileSync(script, output.outputText);
  return { name: 'minimal', script, args: [] };
}

export interface RunningSandbox extends Upstream {
  pid: number;
  close(): Promise<void>;
}

/** `test/sandbox/cli.ts --port 0` as its own process, so that it does not share this event loop. */
export async function startSandboxChild(): Promise<RunningSandbox> {
  const sandbox = startChild(process.execPath, ['--import', 'tsx', SANDBOX_CLI, '--port', '0'], {
    env: { PATH: process.env.PATH ?? '' },
    cwd: ROOT,
  });
  try {
    const match = await sandbox.waitFor(/listening on (http:\/\/\S+)[\s\S]*access token\s*:\s*(\S+)/, 'stdout');
    sandbox.discardOutput();
    return { baseUrl: match[1] ?? '', token: match[2] ?? '', pid: sandbox.pid, close: sandbox.stop };
  } catch (error) {
    await sandbox.stop();
    throw error;
  }
}

export interface RunningHttpServer {
  /** The Streamable HTTP endpoint, `http://127.0.0.1:<port>/mcp`. */
  mcpUrl: string;
  pid: number;
  close(): Promise<void>;
}

/**
 * The program over HTTP, started as the tests start the server. From then on its output (the audit
 * log, a line a call) is drained and dropped, so that reading it costs this process nothing that
 * grows with the number of calls.
 */
export async function startHttpServer(
  program: Program,
  env: Env,
  extraArgs: string[] = [],
): Promise<RunningHttpServer> {
  const server = await startServer([...program.args, ...extraArgs], env, { script: program.script, noHealth: true });
  server.discardOutput();
  return { mcpUrl: server.mcpUrl, pid: server.pid, close: server.stop };
}

export function newClient(): Client {
  return new Client({ name: 'bench', version: '1.0.0' });
}

/**
 * fetch with a private AbortSignal per request, tied to the caller's until the response arrives.
 * The SDK's HTTP client passes one connection-wide signal to every fetch, and undici leaves a
 * listener on it per request: thousands of calls would grow that list (and warn) in the client.
 */
const isolatedFetch: typeof fetch = async (input, init) => {
  const shared = init?.signal;
  if (!shared) {
    return fetch(input, init);
  }
  const own = new AbortController();
  const onAbort = () => own.abort(shared.reason);
  shared.addEventListener('abort', onAbort, { once: true });
  try {
    return await fetch(input, { ...init, signal: own.signal });
  } finally {
    shared.removeEventListener('abort', onAbort);
  }
};

export async function connectHttp(mcpUrl: string, headers: Record<string, string> = {}): Promise<Client> {
  const client = newClient();
  await client.connect(
    new StreamableHTTPClientTransport(new URL(mcpUrl), { requestInit: { headers }, fetch: isolatedFetch }),
  );
  return client;
}

export interface StdioConnection {
  client: Client;
  pid: number;
  close(): Promise<void>;
}

/** Spawns `node <script>` through the SDK's StdioClientTransport and initializes a Client. */
export async function connectStdio(program: Program, env: Env, extraArgs: string[] = []): Promise<StdioConnection> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [program.script, ...program.args, ...extraArgs],
    env,
    stderr: 'ignore',
  });
  const client = newClient();
  await client.connect(transport);
  return { client, pid: transport.pid ?? 0, close: () => client.close() };
}

/** Peak resident set size of a process in bytes (VmHWM), or null where /proc does not say. */
export function peakRss(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Resets the peak RSS of a child (Linux clear_refs "5"); false where it cannot. */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
