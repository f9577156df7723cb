import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RELEASES_FILE, type Templates } from '../pipeline/load-templates.js';

/** The runtime package's npm name and version, read from templates/runtime/versions.ts (the one place they are written). */
export interface RuntimeIdentity {
  name: string;
  version: string;
}

/** What `--check` and `generate` conclude about the runtime's version record. */
export interface ReleaseCheck {
  identity: RuntimeIdentity;
  hash: string;
  /** Each a full sentence saying what to do; any problem fails --check and generate. */
  problems: string[];
  /** The record with this version added, when the version is new (written by `generate`, refused by `--check`). */
  newRecord?: Templates['runtimeReleases'];
}

const VERSION_FILE = 'templates/runtime/versions.ts';
const SEMVER = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/;

export function runtimeIdentity(templates: Templates): RuntimeIdentity {
  const text = templates.runtime['versions.ts'] ?? '';
  const name = /^export const RUNTIME_NAME = '([^']+)';$/m.exec(text)?.[1];
  const version = /^export const RUNTIME_VERSION = '([^']+)';$/m.exec(text)?.[1];
  if (!name || !version) throw new Error(`${VERSION_FILE} must declare RUNTIME_NAME and RUNTIME_VERSION as single-quoted string constants`);
  if (!SEMVER.test(version)) throw new Error(`${VERSION_FILE}: RUNTIME_VERSION '${version}' is not a semver version such as 1.2.3`);
  return { name, version };
}

/**
 * Everything that makes the published runtime what it is: its sources, its pinned dependencies and
 * the templates of its package.json and tsconfig. Docs (README, CHANGELOG) are left out.
 */
export function runtimeContentHash(templates: Templates): string {
  const hash = createHash('sha256');
  const part = (label: string, text: string) => hash.update(`${label}\0${text}\0`);
  for (const name of Object.keys(templates.runtime).sort()) part(`src/${name}`, templates.runtime[name] ?? '');
  part('versions', JSON.stringify(Object.entries(templates.versions).sort()));
  for (const name of ['runtime-package.json', 'tsconfig.json']) part(name, templates.package[name] ?? '');
  return `sha256:${hash.digest('hex')}`;
}

/** -1, 0 or 1: release order of two semver versions (prereleases before their release). */
export function compareVersions(a: string, b: string): number {
  const pa = SEMVER.exec(a);
  const pb = SEMVER.exec(b);
  if (!pa || !pb) return a.localeCompare(b);
  for (const i of [1, 2, 3]) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return Math.sign(d);
  }
  if (pa[4] === pb[4]) return 0;
  if (!pa[4]) return 1;
  if (!pb[4]) return -1;
  return pa[4].localeCompare(pb[4]);
}

export function checkRuntimeRelease(templates: Templates): ReleaseCheck {
  const identity = runtimeIdentity(templates);
  const { name, version } = identity;
  const hash = runtimeContentHash(templates);
  const record = templates.runtimeReleases;
  const problems: string[] = [];
  const bump = `raise RUNTIME_VERSION in ${VERSION_FILE}, add its entry at the top of templates/runtime/CHANGELOG.md, and run \`npm run generate\` to record it`;
  const recorded = record[version];
  let newRecord: ReleaseCheck['newRecord'];
  if (recorded !== undefined && recorded !== hash) {
    problems.push(`the runtime changed after ${name} ${version} was recorded in templates/runtime/${RELEASES_FILE} (${recorded.slice(0, 19)}…, now ${hash.slice(0, 19)}…), but its version did not: ${bump}.`);
  } else if (recorded === undefined) {
    const newer = Object.keys(record).filter((v) => compareVersions(v, version) >= 0).sort(compareVersions);
    if (newer.length > 0) problems.push(`${name} ${version} is not newer than the recorded ${newer.join(', ')}: ${bump}.`);
    else newRecord = Object.fromEntries([...Object.entries(record), [version, hash] as const].sort(([a], [b]) => compareVersions(a, b)));
  }
  const changelogTop = /^## \[?(\S+?)\]?(?:\s|$)/m.exec(templates.runtimeDocs['CHANGELOG.md'] ?? '')?.[1];
  if (changelogTop !== version) {
    problems.push(`templates/runtime/CHANGELOG.md must start with an entry "## ${version}" saying what changed in ${name} ${version} (its first entry is ${changelogTop ? `"## ${changelogTop}"` : 'missing'}).`);
  }
  return { identity, hash, problems, newRecord };
}

/** `npm run generate` records a new runtime version; `--check` only reports that it is unrecorded. */
export async function recordRelease(templates: Templates, record: Templates['runtimeReleases']): Promise<void> {
  await writeFile(path.join(templates.root, 'templates/runtime', RELEASES_FILE), `${JSON.stringify(record, null, 2)}\n`, 'utf8');
}
