/**
 * Shared plumbing for the external-tool checks (MCP Inspector CLI, MCP conformance suite, npm pack):
 * paths that do not depend on PATH or the working directory, a child-process runner that never
 * throws (the exit code is the assertion), and the built server started over Streamable HTTP.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const PKG_DIR = join(REPO, 'generated', 'egnyte-mcp-server');
/** The runtime package every generated package depends on. */
export const RUNTIME_DIR = join(REPO, 'templates', 'runtime');
/** Built by the root `npm run build` (the `pretest` step of `npm test`). */
export const SERVER_CLI = join(PKG_DIR, 'dist', 'cli.js');
/** Spawned children get this long; vitest's per-test timeout is set above it. */
export const CHILD_TIMEOUT_MS = 100_000;
export const TEST_TIMEOUT_MS = 120_000;

/** The JS entry of a devDependency's bin, run with `process.execPath` (no .bin shims, no PATH). */
export function binEntry(pkg: string, bin: string, root = REPO): string {
  const dir = join(root, 'node_modules', ...pkg.split('/'));
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const rel = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin];
  if (!rel) {
    throw new Error(`${pkg} has no bin "${bin}"`);
  }
  return join(dir, rel);
}

/** npm and npx next to the running node when they are there (a normal install), else from PATH. */
export function npmTool(name: 'npm' | 'npx'): string {
  const beside = join(dirname(process.execPath), process.platform === 'win32' ? `${name}.cmd` : name);
  return existsSync(beside) ? beside : name;
}

/**
 * The environment for nested npm commands: `npm test` exports npm_config_local_prefix, npm_package_*
 * and friends, which would point a nested `npm install` back at the repository. Keep only the
 * settings that describe the machine (cache, registry, certificates, proxies).
 */
export function cleanNpmEnv(): NodeJS.ProcessEnv {
  const keep = /^npm_config_(cache|registry|userconfig|globalconfig|cafile|ca|proxy|https_proxy|noproxy|strict_ssl)$/i;
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) && !keep.test(key)) {
      continue;
    }
    if (key === 'INIT_CWD') {
      continue;
    }
    env[key] = value;
  }
  return env;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion; never rejects on a non-zero exit. Killed after `timeoutMs`. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32' && /\.cmd$/i.test(command),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? CHILD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** A readable summary for assertion messages. */
export function describeRun(label: string, result: RunResult): string {
  const tail = (text: string): string => (text.length > 4000 ? `...${text.slice(-4000)}` : text);
  return `${label} exited ${result.code ?? result.signal}\n--- stdout\n${tail(result.stdout)}\n--- stderr\n${tail(result.stderr)}`;
}

export interface HttpServer {
  /** The Streamable HTTP endpoint, e.g. http://127.0.0.1:40123/mcp */
  url: string;
  child: ChildProcess;
  stderr: () => string;
  close: () => Promise<void>;
}

/**
 * Starts the built server with `--transport http --host 127.0.0.1 --port 0` (the OS picks a free
 * port, so there is no probe-then-bind race) and waits for its "listening on <url>" line.
 */
export function startHttpServer(env: Record<string, string>, extraArgs: string[] = []): Promise<HttpServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [SERVER_CLI, '--transport', 'http', '--host', '127.0.0.1', '--port', '0', ...extraArgs],
      {
        cwd: REPO,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    let settled = false;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const close = async (): Promise<void> => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
    };
    const fail = (error: Error): void => {
      if (settled) {
        return;
      }
      settled = true;
      clearTimeout(timer);
      void close();
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error(`server did not start within 30 s; stderr:\n${stderr}`)), 30_000);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const match = /listening on (http:\/\/\S+\/mcp)\b/.exec(stderr);
      if (match?.[1] && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ url: match[1], child, stderr: () => stderr, close });
      }
    });
    child.once('error', (error) => fail(error));
    child.once('exit', (code, signal) =>
      fail(new Error(`server exited (${code ?? signal}) before listening; stderr:\n${stderr}`)),
    );
  });
}

/** The number of tools the generator wrote into the package's tools.json. */
export function toolsJsonCount(): number {
  const toolsJson = JSON.parse(readFileSync(join(PKG_DIR, 'tools.json'), 'utf8')) as { tools?: unknown[] };
  if (!Array.isArray(toolsJson.tools)) {
    throw new Error('generated/egnyte-mcp-server/tools.json has no tools array');
  }
  return toolsJson.tools.length;
}
