/**
 * Everything a generated package is a function of, hashed: the spec folder, the generator (its
 * bundled sources, as the launcher fingerprints them), what it reads beside its code (meta-schemas,
 * the runtime's package.json, templates), the versions of every npm package it runs on (and theirs)
 * and the Node.js behaviour it depends on. Two equal hashes mean the same output (design.md: output
 * is deterministic); anything missed here would let `--check` trust a stale record, so when in
 * doubt a file goes in.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTemplates } from '../pipeline/load-templates.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Read at run time rather than bundled, so not in the launcher's fingerprint. */
const READ_BESIDE = ['generator/meta-schemas', 'templates/runtime/package.json'];

/** The generator's identity: given by the launcher (generator/launch.mjs), which knows what it bundled. */
export interface GeneratorIdentity {
  /** Hash of every bundled module (generator/ and the runtime's contract entry) without comments and types. */
  fingerprint: string;
  /** npm packages the bundle imports. */
  externals: readonly string[];
}

/** A file, or the files under a folder (recursively), as [path relative to `base`, contents], sorted. */
export function filesAt(at: string, base: string): [string, Buffer][] {
  const info = statSync(at, { throwIfNoEntry: false });
  if (!info) {
    return [];
  }
  if (!info.isDirectory()) {
    return [[path.relative(base, at).split(path.sep).join('/'), readFileSync(at)]];
  }
  return readdirSync(at)
    .flatMap((name) => filesAt(path.join(at, name), base))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function hashFiles(files: [string, Buffer][], hash = createHash('sha256')): string {
  for (const [name, contents] of files) {
    hash.update(`${name}\0${contents.length}\0`).update(contents);
  }
  return hash.digest('hex');
}

/** name@version of each package and of everything it depends on, found the way Node resolves them. */
export function dependencyVersions(names: readonly string[], from = REPO_ROOT): string[] {
  const seen = new Set<string>();
  const found = new Set<string>();
  const visit = (name: string, dir: string): void => {
    const manifest = packageJsonOf(name, dir);
    if (!manifest || seen.has(manifest)) {
      return;
    }
    seen.add(manifest);
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
      version?: string;
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    found.add(`${name}@${pkg.version ?? '?'}`);
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      visit(dep, path.dirname(manifest));
    }
  };
  for (const name of names) {
    visit(name, from);
  }
  return [...found].sort();
}

function packageJsonOf(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) {
      return candidate;
    }
    if (path.dirname(dir) === dir) {
      return undefined;
    }
  }
}

/** The part shared by every integration of one run. */
export async function sharedInputs(generator: GeneratorIdentity, root = REPO_ROOT): Promise<string> {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      generator: generator.fingerprint,
      dependencies: dependencyVersions(generator.externals, root),
      // Sorting (localeCompare) follows ICU; the rest is plain ECMAScript.
      node: [process.versions.node.split('.')[0], process.versions.icu, process.versions.unicode],
      templates: await loadTemplates(root),
    }),
  );
  return hashFiles(
    READ_BESIDE.flatMap((rel) => filesAt(path.join(root, rel), root)),
    hash,
  );
}

/** One integration's inputs: the shared part, the folder as headers print it, and every file in it. */
export function integrationInputs(shared: string, specDir: string, shownDir: string): string {
  return hashFiles(filesAt(specDir, specDir), createHash('sha256').update(`${shared}\0${shownDir}\0`));
}

/** The output of one package as [path, contents] pairs: the same hash from rendered files and from disk. */
export function outputHash(files: readonly { path: string; contents: string }[]): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return hashFiles(sorted.map((f) => [f.path, Buffer.from(f.contents, 'utf8')]));
}
