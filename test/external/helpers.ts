/**
 * Shared plumbing for the external-tool checks (MCP Inspector CLI, MCP conformance suite, npm pack):
 * paths that do not depend on PATH or the working directory, and a child-process runner that never
 * throws (the exit code is the assertion). The built server itself starts through test/support/server.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI } from '../support/server.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const PKG_DIR = join(REPO, 'generated', 'egnyte-mcp-server');
/** The runtime package every generated package depends on. */
export const RUNTIME_DIR = join(REPO, 'templates', 'runtime');
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

/** The Inspector's arguments for the built server over stdio: `-e` hands it the Egnyte settings. */
export function inspectorStdioTarget(upstream: { baseUrl: string; token: string }): string[] {
  return [
    '-e',
    `EGNYTE_BASE_URL=${upstream.baseUrl}`,
    '-e',
    `EGNYTE_ACCESS_TOKEN=${upstream.token}`,
    process.execPath,
    CLI,
  ];
}

/** The number of tools the generator wrote into the package's tools.json. */
export function toolsJsonCount(): number {
  const toolsJson = JSON.parse(readFileSync(join(PKG_DIR, 'tools.json'), 'utf8')) as { tools?: unknown[] };
  if (!Array.isArray(toolsJson.tools)) {
    throw new Error('generated/egnyte-mcp-server/tools.json has no tools array');
  }
  return toolsJson.tools.length;
}
