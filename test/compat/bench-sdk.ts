/**
 * Before/after figures of the SDK v2 move, side by side in one run against the sandbox, over stdio:
 * - before: the generated package as on `main` (SDK v1; `--before <git-ref>`, default `main`),
 *   extracted to .tmp/ and compiled there (it resolves @modelcontextprotocol/sdk 1.32 from the root);
 * - after: generated/egnyte-mcp-server/dist (SDK v2), in the initialize era and in 2026-07-28.
 * Cold start = spawn to the first tools/list answer; per-call p50 of get-user and list-100-users.
 * Runs are interleaved so machine noise hits every side alike. Prints a table; asserts nothing.
 *
 *   npm run bench:sdk -- [--before main] [--starts 8] [--calls 40]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { REPO } from '../external/helpers.js';
import { type Sandbox, SEED_FACTS, startSandbox } from '../sandbox/index.js';
import { CLI, childEnv, sandboxEnv } from '../support/server.js';

const { values } = parseArgs({
  options: {
    before: { type: 'string', default: 'main' },
    starts: { type: 'string', default: '8' },
    calls: { type: 'string', default: '40' },
  },
});
const STARTS = Number(values.starts);
const CALLS = Number(values.calls);

interface Side {
  label: string;
  cli: string;
  era: 'legacy' | 'modern';
}

/** Extracts the generated package at `ref` into .tmp/ and compiles it with the repo's TypeScript. */
function buildBefore(ref: string): string {
  const dir = join(REPO, '.tmp', 'bench-before');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tsc = (pkg: string) =>
    execFileSync(
      process.execPath,
      [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(pkg, 'tsconfig.json')],
      { cwd: pkg, stdio: 'inherit' },
    );
  const extract = (path: string) => {
    const archive = execFileSync('git', ['archive', '--format=tar', ref, path], {
      cwd: REPO,
      maxBuffer: 64 * 1024 * 1024,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  };
  // A ref with the runtime as its own package: build that ref's runtime, found before the tree's (dir/node_modules).
  // It is written in place under templates/runtime (built with tsconfig.build.json), or, at older refs, generated.
  const has = (path: string) =>
    execFileSync('git', ['ls-tree', '--name-only', ref, path], { cwd: REPO }).toString().trim() !== '';
  const runtimeAtRef = has('templates/runtime/package.json')
    ? 'templates/runtime'
    : has('generated/saas-mcp-runtime')
      ? 'generated/saas-mcp-runtime'
      : undefined;
  if (runtimeAtRef) {
    extract(runtimeAtRef);
    const runtimeDir = join(dir, runtimeAtRef);
    const config = runtimeAtRef.startsWith('templates/') ? 'tsconfig.build.json' : 'tsconfig.json';
    execFileSync(
      process.execPath,
      [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(runtimeDir, config)],
      { cwd: runtimeDir, stdio: 'inherit' },
    );
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(runtimeDir, join(dir, 'node_modules', 'saas-mcp-runtime'), 'dir');
  }
  extract('generated/egnyte-mcp-server');
  const pkg = join(dir, 'generated', 'egnyte-mcp-server');
  tsc(pkg);
  return join(pkg, 'dist', 'cli.js');
}

function client(era: Side['era']): Client {
  const mode = era === 'modern' ? { pin: '2026-07-28' } : ('legacy' as const);
  return new Client({ name: 'bench-sdk', version: '1.0.0' }, { versionNegotiation: { mode } });
}

/**
 * A subclass probes `server/discover` in place instead of in a sibling process (SDK docs, "Understand
 * the probe"), so a 2026-07-28 cold start counts one server process, like the initialize era.
 */
class InPlaceStdioClientTransport extends StdioClientTransport {}

async function connected(side: Side, sandbox: Sandbox): Promise<{ client: Client; coldMs: number }> {
  const started = performance.now();
  const c = client(side.era);
  await c.connect(
    new InPlaceStdioClientTransport({
      command: process.execPath,
      args: [side.cli],
      env: childEnv(sandboxEnv(sandbox)),
      stderr: 'ignore',
    }),
  );
  await c.listTools();
  return { client: c, coldMs: performance.now() - started };
}

function p50(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  const result = (await action()) as { isError?: boolean };
  if (result.isError) {
    throw new Error(`tool error: ${JSON.stringify(result)}`);
  }
  return performance.now() - started;
}

const sandbox = await startSandbox({ port: 0 });
try {
  const before = buildBefore(values.before);
  const sides: Side[] = [
    { label: `before (${values.before}, SDK v1), initialize era`, cli: before, era: 'legacy' },
    { label: 'after (SDK v2), initialize era', cli: CLI, era: 'legacy' },
    { label: 'after (SDK v2), 2026-07-28', cli: CLI, era: 'modern' },
  ];
  const jsmith = sandbox.state.userByName(SEED_FACTS.jsmith.userName)!.id;
  const figures = sides.map(() => ({ cold: [] as number[], getUser: [] as number[], list100: [] as number[] }));
  for (let round = 0; round < STARTS; round++) {
    for (const [index, side] of sides.entries()) {
      const { client: c, coldMs } = await connected(side, sandbox);
      figures[index]!.cold.push(coldMs);
      await c.close();
    }
  }
  const open = await Promise.all(sides.map((side) => connected(side, sandbox)));
  for (let call = 0; call < CALLS; call++) {
    for (const [index, { client: c }] of open.entries()) {
      figures[index]!.getUser.push(
        await timed(() => c.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: jsmith } })),
      );
      figures[index]!.list100.push(
        await timed(() => c.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 100 } })),
      );
    }
  }
  await Promise.all(open.map(({ client: c }) => c.close()));
  console.log(
    `node ${process.version}, ${STARTS} cold starts and ${CALLS} calls per side, stdio, sandbox in-process\n`,
  );
  console.log('| side | cold start p50 (ms) | get-user p50 (ms) | list-100-users p50 (ms) |');
  console.log('| --- | --- | --- | --- |');
  for (const [index, side] of sides.entries()) {
    const f = figures[index]!;
    console.log(
      `| ${side.label} | ${p50(f.cold).toFixed(0)} | ${p50(f.getUser).toFixed(2)} | ${p50(f.list100).toFixed(2)} |`,
    );
  }
} finally {
  await sandbox.close();
}
