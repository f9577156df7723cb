/**
 * The package as npm ships it: `npm pack` (its prepack step builds dist/ from src/), then an install
 * of the tarball into an empty project, where the bin and the ESM entry must work.
 *
 * The pack runs on a copy of generated/egnyte-mcp-server (sources, manifest, tools.json, README;
 * no dist/) in a temp dir whose node_modules links to the repository's: packing in place would
 * make prepack rewrite the shared dist/ while the other test files, running in parallel, spawn
 * dist/cli.js. The copy still exercises prepack and the manifest's `files` list, unchanged.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PKG_DIR, REPO, TEST_TIMEOUT_MS, cleanNpmEnv, describeRun, npmTool, run, toolsJsonCount, type RunResult } from './helpers.js';

interface PackEntry {
  name: string;
  version: string;
  filename: string;
  files: { path: string; size: number }[];
}

let work: string;
let pack: RunResult;
let packed: PackEntry | undefined;
let tarball: string;
let install: RunResult | undefined;
let appDir: string;

const npm = npmTool('npm');
const npx = npmTool('npx');
const env = cleanNpmEnv();

/** `npm pack --json` prints a JSON array on stdout; tolerate anything a lifecycle script adds before it. */
function parsePackJson(stdout: string): PackEntry | undefined {
  const start = stdout.search(/^\[/m);
  if (start < 0) return undefined;
  try {
    return (JSON.parse(stdout.slice(start)) as PackEntry[])[0];
  } catch {
    return undefined;
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'egnyte-pack-'));
  const pkgCopy = join(work, 'egnyte-mcp-server');
  const skip = new Set(['dist', 'node_modules']);
  cpSync(PKG_DIR, pkgCopy, {
    recursive: true,
    filter: (source) => !skip.has(relative(PKG_DIR, source).split(sep)[0] ?? ''),
  });
  // tsc (prepack) and the type packages it needs come from the repository's install.
  symlinkSync(join(REPO, 'node_modules'), join(pkgCopy, 'node_modules'), process.platform === 'win32' ? 'junction' : 'dir');
  const out = join(work, 'out');
  mkdirSync(out);
  pack = await run(npm, ['pack', '--json', '--pack-destination', out], { cwd: pkgCopy, env });
  packed = parsePackJson(pack.stdout);
  if (pack.code !== 0 || !packed) return;
  tarball = join(out, packed.filename);

  appDir = join(work, 'app');
  mkdirSync(appDir);
  const init = await run(npm, ['init', '-y'], { cwd: appDir, env });
  if (init.code !== 0) {
    install = init;
    return;
  }
  // --ignore-scripts: the store driver better-sqlite3 compiles from source where no prebuilt binary can
  // be downloaded (minutes on a busy machine). It loads only with --store sqlite:, which the store
  // suites cover; what is checked here (--help, import) must work without it.
  install = await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: appDir, env });
}, 2 * TEST_TIMEOUT_MS + 20_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function requirePacked(): PackEntry {
  expect(pack.code, describeRun('npm pack --json', pack)).toBe(0);
  expect(packed, describeRun('npm pack --json (unparseable stdout)', pack)).toBeDefined();
  return packed!;
}

function requireInstalled(): void {
  requirePacked();
  expect(install, 'npm install did not run').toBeDefined();
  expect(install!.code, describeRun(`npm install ${tarball}`, install!)).toBe(0);
}

describe('npm pack of egnyte-mcp-server', () => {
  it('prepack builds dist/ and the tarball exists', () => {
    const entry = requirePacked();
    expect(entry.name).toBe('egnyte-mcp-server');
    expect(existsSync(tarball)).toBe(true);
    expect(readdirSync(join(work, 'out'))).toEqual([entry.filename]);
  });

  it('ships the built entry points, types, tools.json and README, and no sources', () => {
    const paths = requirePacked().files.map((file) => file.path.split('\\').join('/'));
    for (const required of ['package.json', 'README.md', 'tools.json', 'dist/cli.js', 'dist/index.js', 'dist/index.d.ts']) {
      expect(paths, `tarball lacks ${required}`).toContain(required);
    }
    expect(paths.filter((path) => path.startsWith('src/'))).toEqual([]);
    expect(paths.filter((path) => /\.(c|m)?ts$/.test(path) && !/\.d\.(c|m)?ts$/.test(path))).toEqual([]);
    expect(paths.filter((path) => path.endsWith('.map') || path.startsWith('node_modules/') || path === 'tsconfig.json')).toEqual([]);
  });
});

describe('the tarball installed into an empty project', () => {
  it('installs with its dependencies', () => {
    requireInstalled();
    expect(existsSync(join(appDir, 'node_modules', 'egnyte-mcp-server', 'dist', 'cli.js'))).toBe(true);
    expect(existsSync(join(appDir, 'node_modules', '@modelcontextprotocol', 'server', 'package.json'))).toBe(true);
  });

  it('npx egnyte-mcp-server --help exits 0 and prints the usage', async () => {
    requireInstalled();
    // --no: use the installed bin, never fetch one from the registry; `--` keeps --help for the bin.
    const help = await run(npx, ['--no', '--', 'egnyte-mcp-server', '--help'], { cwd: appDir, env });
    expect(help.code, describeRun('npx egnyte-mcp-server --help', help)).toBe(0);
    expect(help.stdout).toContain('Usage:');
    expect(help.stdout).toContain('egnyte-mcp-server [--transport stdio|http]');
    expect(help.stdout).toContain('EGNYTE_ACCESS_TOKEN');
  }, TEST_TIMEOUT_MS);

  it("import('egnyte-mcp-server') exposes every tool", async () => {
    requireInstalled();
    const script = "import('egnyte-mcp-server').then(m => console.log(m.tools.length))";
    const result = await run(process.execPath, ['-e', script], { cwd: appDir, env });
    expect(result.code, describeRun(`node -e "${script}"`, result)).toBe(0);
    expect(result.stdout.trim()).toBe(String(toolsJsonCount()));
  }, TEST_TIMEOUT_MS);
});
