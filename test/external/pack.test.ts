/**
 * The packages as npm ships them: `npm pack` of the runtime package and of the integration package
 * (each prepack step builds dist/ from src/), then an install of both tarballs into an empty
 * project, where the bin and the ESM entries must work. The runtime is not on the registry, so the
 * integration's `^x.y.z` dependency can only be met by the runtime tarball.
 *
 * Each pack runs on a copy of its generated/ folder (sources, manifest, docs; no dist/) in a temp dir
 * whose node_modules links to the repository's: packing in place would make prepack rewrite the
 * shared dist/ while the other test files, running in parallel, spawn dist/cli.js. The copy still
 * exercises prepack and the manifest's `files` list, unchanged.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, sep } from 'node:path';
import { DATA_CONTRACT, RUNTIME_NAME, RUNTIME_VERSION } from 'saas-mcp-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanNpmEnv,
  describeRun,
  npmTool,
  PKG_DIR,
  REPO,
  RUNTIME_DIR,
  type RunResult,
  run,
  TEST_TIMEOUT_MS,
  toolsJsonCount,
} from './helpers.js';

interface PackEntry {
  name: string;
  version: string;
  filename: string;
  files: { path: string; size: number }[];
}

interface Packed {
  run: RunResult;
  entry?: PackEntry;
  tarball: string;
}

let work: string;
let packs: Record<'runtime' | 'egnyte', Packed>;
let install: RunResult | undefined;
let appDir: string;

const npm = npmTool('npm');
const npx = npmTool('npx');
const env = cleanNpmEnv();

/** `npm pack --json` prints a JSON array on stdout; tolerate anything a lifecycle script adds before it. */
function parsePackJson(stdout: string): PackEntry | undefined {
  const start = stdout.search(/^\[/m);
  if (start < 0) {
    return undefined;
  }
  try {
    return (JSON.parse(stdout.slice(start)) as PackEntry[])[0];
  } catch {
    return undefined;
  }
}

/** Copies a generated package without dist/ and node_modules, and packs the copy into `out`. */
async function packCopy(sourceDir: string, out: string): Promise<Packed> {
  const pkgCopy = join(work, basename(sourceDir));
  const skip = new Set(['dist', 'node_modules']);
  cpSync(sourceDir, pkgCopy, {
    recursive: true,
    filter: (source) => !skip.has(relative(sourceDir, source).split(sep)[0] ?? ''),
  });
  // tsc (prepack) and the packages it needs (types; the built runtime for the integration) come from the repository's install.
  symlinkSync(
    join(REPO, 'node_modules'),
    join(pkgCopy, 'node_modules'),
    process.platform === 'win32' ? 'junction' : 'dir',
  );
  const result = await run(npm, ['pack', '--json', '--pack-destination', out], { cwd: pkgCopy, env });
  const entry = parsePackJson(result.stdout);
  return { run: result, entry, tarball: entry ? join(out, entry.filename) : '' };
}

beforeAll(
  async () => {
    work = mkdtempSync(join(tmpdir(), 'egnyte-pack-'));
    const out = join(work, 'out');
    mkdirSync(out);
    packs = { runtime: await packCopy(RUNTIME_DIR, out), egnyte: await packCopy(PKG_DIR, out) };
    if (Object.values(packs).some((p) => p.run.code !== 0 || !p.entry)) {
      return;
    }

    appDir = join(work, 'app');
    mkdirSync(appDir);
    const init = await run(npm, ['init', '-y'], { cwd: appDir, env });
    if (init.code !== 0) {
      install = init;
      return;
    }
    const tarballs = [packs.runtime.tarball, packs.egnyte.tarball];
    // Install scripts run: a stdio install has no native module left to build (the store drivers are in
    // the optional saas-mcp-hosting package, which is not installed here).
    install = await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs], {
      cwd: appDir,
      env,
    });
  },
  3 * TEST_TIMEOUT_MS + 20_000,
);

afterAll(() => {
  if (work) {
    rmSync(work, { recursive: true, force: true });
  }
});

function requirePacked(which: keyof typeof packs): PackEntry {
  const { run: result, entry } = packs[which];
  expect(result.code, describeRun(`npm pack --json (${which})`, result)).toBe(0);
  expect(entry, describeRun(`npm pack --json (${which}, unparseable stdout)`, result)).toBeDefined();
  return entry!;
}

function requireInstalled(): void {
  requirePacked('runtime');
  requirePacked('egnyte');
  expect(install, 'npm install did not run').toBeDefined();
  expect(install!.code, describeRun(`npm install ${packs.runtime.tarball} ${packs.egnyte.tarball}`, install!)).toBe(0);
}

function shippedPaths(which: keyof typeof packs): string[] {
  return requirePacked(which).files.map((file) => file.path.split('\\').join('/'));
}

function expectNoSources(paths: string[]): void {
  expect(paths.filter((path) => path.startsWith('src/'))).toEqual([]);
  expect(paths.filter((path) => /\.(c|m)?ts$/.test(path) && !/\.d\.(c|m)?ts$/.test(path))).toEqual([]);
  expect(
    paths.filter((path) => path.endsWith('.map') || path.startsWith('node_modules/') || path === 'tsconfig.json'),
  ).toEqual([]);
}

describe('npm pack of saas-mcp-runtime and egnyte-mcp-server', () => {
  it('prepack builds dist/ and both tarballs exist', () => {
    const runtime = requirePacked('runtime');
    const egnyte = requirePacked('egnyte');
    expect([runtime.name, runtime.version]).toEqual([RUNTIME_NAME, RUNTIME_VERSION]);
    expect(egnyte.name).toBe('egnyte-mcp-server');
    expect(readdirSync(join(work, 'out')).sort()).toEqual([egnyte.filename, runtime.filename].sort());
  });

  it('the integration ships its built entry points, types, tools.json and README, no sources and no runtime copy', () => {
    const paths = shippedPaths('egnyte');
    for (const required of [
      'package.json',
      'README.md',
      'tools.json',
      'dist/cli.js',
      'dist/index.js',
      'dist/index.d.ts',
    ]) {
      expect(paths, `tarball lacks ${required}`).toContain(required);
    }
    expect(paths.filter((path) => path.startsWith('dist/runtime/'))).toEqual([]);
    expectNoSources(paths);
  });

  it('the runtime ships its built entry, types, README and CHANGELOG, and no sources', () => {
    const paths = shippedPaths('runtime');
    for (const required of [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/contract.js',
      'dist/cli/main.js',
    ]) {
      expect(paths, `tarball lacks ${required}`).toContain(required);
    }
    expectNoSources(paths);
  });
});

describe('the tarball installed into an empty project', () => {
  it('installs with its dependencies, the runtime from its tarball', () => {
    requireInstalled();
    expect(existsSync(join(appDir, 'node_modules', 'egnyte-mcp-server', 'dist', 'cli.js'))).toBe(true);
    const runtime = JSON.parse(readFileSync(join(appDir, 'node_modules', RUNTIME_NAME, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(runtime.version).toBe(RUNTIME_VERSION);
    expect(existsSync(join(appDir, 'node_modules', '@modelcontextprotocol', 'server', 'package.json'))).toBe(true);
  });

  it('pulls none of the hosting layer: no native build, no Express, no second MCP SDK line', () => {
    requireInstalled();
    for (const absent of ['saas-mcp-hosting', 'better-sqlite3', 'pg', 'express', '@modelcontextprotocol/sdk']) {
      expect(existsSync(join(appDir, 'node_modules', absent)), `${absent} was installed`).toBe(false);
    }
  });

  it(
    '--store without saas-mcp-hosting fails with one line saying what to install',
    async () => {
      requireInstalled();
      const store = await run(
        npx,
        ['--no', '--', 'egnyte-mcp-server', '--transport', 'http', '--store', 'sqlite:store.db'],
        { cwd: appDir, env: { ...env, MCP_SERVER_SECRET: 'a-secret-long-enough-for-the-store' } },
      );
      expect(store.code, describeRun('npx egnyte-mcp-server --store', store)).toBe(2);
      expect(store.stderr).toContain('error: --store needs the hosting package: npm install saas-mcp-hosting\n');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'npx egnyte-mcp-server --version prints the package and runtime versions',
    async () => {
      requireInstalled();
      const version = await run(npx, ['--no', '--', 'egnyte-mcp-server', '--version'], { cwd: appDir, env });
      expect(version.code, describeRun('npx egnyte-mcp-server --version', version)).toBe(0);
      const pkg = JSON.parse(readFileSync(join(PKG_DIR, 'package.json'), 'utf8')) as { version: string };
      expect(version.stdout).toBe(
        `egnyte-mcp-server ${pkg.version}\n${RUNTIME_NAME} ${RUNTIME_VERSION} (data contract ${DATA_CONTRACT})\n`,
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'npx egnyte-mcp-server --help exits 0 and prints the usage',
    async () => {
      requireInstalled();
      // --no: use the installed bin, never fetch one from the registry; `--` keeps --help for the bin.
      const help = await run(npx, ['--no', '--', 'egnyte-mcp-server', '--help'], { cwd: appDir, env });
      expect(help.code, describeRun('npx egnyte-mcp-server --help', help)).toBe(0);
      expect(help.stdout).toContain('Usage:');
      expect(help.stdout).toContain('egnyte-mcp-server [--transport stdio|http]');
      expect(help.stdout).toContain('EGNYTE_ACCESS_TOKEN');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "import('egnyte-mcp-server') exposes every tool",
    async () => {
      requireInstalled();
      const script = "import('egnyte-mcp-server').then(m => console.log(m.tools.length))";
      const result = await run(process.execPath, ['-e', script], { cwd: appDir, env });
      expect(result.code, describeRun(`node -e "${script}"`, result)).toBe(0);
      expect(result.stdout.trim()).toBe(String(toolsJsonCount()));
    },
    TEST_TIMEOUT_MS,
  );
});

describe('the installed typed API', () => {
  it(
    'createMcpHandler and createToolCaller are there and check their options',
    async () => {
      requireInstalled();
      const script = [
        "const m = await import('egnyte-mcp-server');",
        "const credentials = { baseUrl: 'http://127.0.0.1:1', accessToken: 't' };",
        "console.log(typeof m.createMcpHandler({ credentials, methods: ['read'] }), typeof m.createToolCaller({ credentials }).callTool);",
        "try { m.createToolCaller({ credentials, tags: ['nope'] }); } catch (e) { console.log(e.message); }",
      ].join('\n');
      const result = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: appDir, env });
      expect(result.code, describeRun('node -e <typed API script>', result)).toBe(0);
      const [types, refusal] = result.stdout.trim().split('\n');
      expect(types).toBe('function function');
      expect(refusal).toContain('invalid egnyte-mcp-server options: unknown tag "nope"');
    },
    TEST_TIMEOUT_MS,
  );
});
