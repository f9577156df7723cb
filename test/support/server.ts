/**
 * The server as a child process: the BUILT generated server (generated/egnyte-mcp-server/dist/cli.js,
 * `npm run build` first), or a test stand-in run with tsx. One readiness rule: the line the runtime's
 * CLI prints once its port is bound (`<package> listening on <url>/mcp`, templates/runtime/src/cli/
 * main.ts), then /healthz answering. The whole start-up summary is written before the server
 * answers anything, so once /healthz has answered (and its output is read), stderr() holds it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Child, type Env, startChild } from './child.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = fileURLToPath(new URL('../../generated/egnyte-mcp-server/dist/cli.js', import.meta.url));

/** The readiness line; group 1 is the base URL as the server printed it (JSON log lines quote it). */
export const LISTENING = /listening on (http:\/\/[^\s"\\/]+)\/mcp\b/;

export function assertBuilt(script = CLI): void {
  if (!existsSync(script)) {
    throw new Error(`${script} is missing: run \`npm run build\` first`);
  }
}

/** The child's whole environment: PATH plus what the test gives, nothing inherited (no stray EGNYTE_*). */
export function childEnv(extra: Env = {}): Env {
  return { PATH: process.env.PATH ?? '', ...extra };
}

export function sandboxEnv(sandbox: { baseUrl: string; token: string }): Env {
  return { EGNYTE_BASE_URL: sandbox.baseUrl, EGNYTE_ACCESS_TOKEN: sandbox.token };
}

export interface ServerOptions {
  /** The entry to run: the built CLI by default; a .ts file runs through tsx. */
  script?: string;
  /** `--host`; `0.0.0.0` is reached on 127.0.0.1. */
  host?: string;
  /** Skip the /healthz check (a stand-in server that has none). */
  noHealth?: boolean;
  /** Modules node loads first (`--import`), e.g. a loader hook. */
  imports?: string[];
}

/** `node [--import ...] <script> ...args` (with tsx for a .ts entry). */
function nodeArgs(options: ServerOptions, args: string[]): string[] {
  const script = options.script ?? CLI;
  assertBuilt(script);
  // tsx first, so that the other preloads may be TypeScript too.
  const imports = [...(script.endsWith('.ts') ? ['tsx'] : []), ...(options.imports ?? [])];
  return [...imports.flatMap((name) => ['--import', name]), script, ...args];
}

/** The server over stdio, driven by the test: stdin piped, answers on stdout. */
export function startStdioServer(args: string[], env: Env, options: ServerOptions = {}): Child {
  return startChild(process.execPath, nodeArgs(options, args), { env: childEnv(env), cwd: REPO, stdin: true });
}

export interface HttpServerProcess extends Child {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `<url>/mcp`, the Streamable HTTP endpoint. */
  mcpUrl: string;
  close(): Promise<void>;
}

/**
 * `<script> --transport http --host 127.0.0.1 --port 0 ...args`: port 0 lets the server pick a free
 * port (no race between finding one and binding it); the port comes from its "listening on" line.
 */
export async function startHttpServer(
  args: string[],
  env: Env,
  options: ServerOptions = {},
): Promise<HttpServerProcess> {
  const host = options.host ?? '127.0.0.1';
  const child = startChild(
    process.execPath,
    nodeArgs(options, ['--transport', 'http', '--host', host, '--port', '0', ...args]),
    { env: childEnv(env), cwd: REPO },
  );
  try {
    const url = await serverReady(child, options);
    return { ...child, url, mcpUrl: `${url}/mcp`, close: child.stop };
  } catch (error) {
    await child.stop();
    throw error;
  }
}

/**
 * The readiness rule, for any serving child: its "listening on" line, then /healthz answering.
 * Resolves with the base URL to reach it on (`0.0.0.0` is reached on 127.0.0.1).
 */
export async function serverReady(child: Child, options: Pick<ServerOptions, 'noHealth'> = {}): Promise<string> {
  const [, printed = ''] = await child.waitFor(LISTENING);
  const url = printed.replace('//0.0.0.0:', '//127.0.0.1:');
  if (!options.noHealth) {
    await expectHealthy(url);
    // The child wrote its whole summary before it answered; those bytes wait in the pipe, read in
    // this same turn of the event loop as the answer (after its promise callbacks): one turn more.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return url;
}

async function expectHealthy(url: string): Promise<void> {
  const health = await fetch(`${url}/healthz`);
  const { status } = (await health.json()) as { status?: string };
  // A server whose --expires-at has already passed is up too: /healthz says so with 503 "expired".
  if (health.status !== 200 && status !== 'expired') {
    throw new Error(`/healthz answered ${health.status}`);
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI to completion (e.g. `mint-url`, a store verb). */
export async function runCli(args: string[], env: Env, options: ServerOptions = {}): Promise<CliRun> {
  const child = startChild(process.execPath, nodeArgs(options, args), { env: childEnv(env), cwd: REPO });
  const code = await child.exited;
  return { code, stdout: child.stdout(), stderr: child.stderr() };
}
