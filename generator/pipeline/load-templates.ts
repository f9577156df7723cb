import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the generated package is made from besides the specs: runtime sources, prose templates, pinned versions. */
export interface Templates {
  /** Every .ts file under templates/runtime (tests excluded), and the admin page's .tsx/.css, by path relative to it (`/`-separated). */
  runtime: { [file: string]: string };
  /** templates/package/*.hbs, by file name without `.hbs`. */
  package: { [file: string]: string };
  /** Versions the repo tests with, pinned into the generated package.json. */
  versions: { [pkg: string]: string };
  /** templates/runtime/*.md (README, CHANGELOG): shipped in the runtime package. */
  runtimeDocs: { [file: string]: string };
  /** templates/runtime/releases.json: runtime version -> content hash, one entry per released version. */
  runtimeReleases: { [version: string]: string };
  /** The folder these were read from (where a new runtime release is recorded). */
  root: string;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Under templates/runtime/: the committed record of released runtime versions and their content hashes. */
export const RELEASES_FILE = 'releases.json';
const PINNED = ['@modelcontextprotocol/node', '@modelcontextprotocol/server', '@modelcontextprotocol/server-legacy', '@modelcontextprotocol/sdk', 'ajv', 'ajv-formats', 'minisearch', 'ipaddr.js', 'better-sqlite3', 'express', 'pg', 'typescript', '@types/node', '@types/better-sqlite3', '@types/pg', 'esbuild', 'preact'];
/** Runtime files copied besides .ts: the admin page's browser code, bundled by the runtime package's build. */
const RUNTIME_ASSET = /\.(tsx|css)$/;

/** Reads the templates that ship with the generator (not the user's working directory). */
export async function loadTemplates(root = REPO_ROOT): Promise<Templates> {
  const runtimeDir = path.join(root, 'templates/runtime');
  const packageDir = path.join(root, 'templates/package');
  const runtime: Templates['runtime'] = {};
  const runtimeFiles = (await readdir(runtimeDir, { recursive: true })).map((n) => n.split(path.sep).join('/'));
  for (const name of runtimeFiles.filter((n) => (n.endsWith('.ts') && !n.endsWith('.test.ts')) || RUNTIME_ASSET.test(n)).sort()) {
    runtime[name] = await readFile(path.join(runtimeDir, name), 'utf8');
  }
  const runtimeDocs: Templates['runtimeDocs'] = {};
  for (const name of (await readdir(runtimeDir)).filter((n) => n.endsWith('.md')).sort()) {
    runtimeDocs[name] = await readFile(path.join(runtimeDir, name), 'utf8');
  }
  const runtimeReleases = JSON.parse(await readFile(path.join(runtimeDir, RELEASES_FILE), 'utf8').catch(() => '{}')) as Templates['runtimeReleases'];
  const pkg: Templates['package'] = {};
  for (const name of (await readdir(packageDir)).filter((n) => n.endsWith('.hbs')).sort()) {
    pkg[name.slice(0, -'.hbs'.length)] = await readFile(path.join(packageDir, name), 'utf8');
  }
  const rootPackage = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const all = { ...rootPackage.dependencies, ...rootPackage.devDependencies };
  const versions = Object.fromEntries(PINNED.map((p) => [p, all[p] ?? '*']));
  return { runtime, package: pkg, versions, runtimeDocs, runtimeReleases, root };
}
