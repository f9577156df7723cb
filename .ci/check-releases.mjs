#!/usr/bin/env node
/**
 * Release guard (run by .ci/run): a workspace package under templates/ whose files changed since its
 * last released version (the last commit that set the `version` in its package.json) needs either a
 * pending changeset naming it (`npx changeset`, a .changeset/*.md file) or a new version. Docs
 * (*.md) need neither. Also checks that CHANGELOG.md starts with the current version's entry.
 * Needs the git history (a shallow clone cannot say what was released).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/** Package names each pending changeset releases (its front matter: `"name": patch|minor|major`). */
function pendingChangesets() {
  const dir = path.join(root, '.changeset');
  const named = new Set();
  for (const file of existsSync(dir) ? readdirSync(dir) : []) {
    if (!file.endsWith('.md') || file === 'README.md') {
      continue;
    }
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1] ?? '';
    for (const match of front.matchAll(/^\s*["']?([^"':]+)["']?\s*:\s*(patch|minor|major)\s*$/gm)) {
      named.add(match[1]);
    }
  }
  return named;
}

const problems = [];
const changesets = pendingChangesets();
for (const dir of readdirSync(path.join(root, 'templates')).sort()) {
  const manifestPath = path.join(root, 'templates', dir, 'package.json');
  if (!existsSync(manifestPath)) {
    continue;
  }
  const { name, version } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const where = `templates/${dir}`;
  const changelog = readFileSync(path.join(root, where, 'CHANGELOG.md'), 'utf8');
  const top = /^## \[?(\S+?)\]?(?:\s|$)/m.exec(changelog)?.[1];
  if (top !== version) {
    problems.push(
      `${where}/CHANGELOG.md must start with an entry "## ${version}" (its first entry is ${top ? `"## ${top}"` : 'missing'})`,
    );
  }
  const released = git('log', '-n1', '--format=%H', '-G"version"\\s*:', '--', `${where}/package.json`);
  if (released === '') {
    console.log(`${name} ${version}: not released yet (no commit sets its version)`);
    continue;
  }
  const changed = git(
    'diff',
    '--name-only',
    released,
    '--',
    where,
    `:(exclude)${where}/**/*.md`,
    `:(exclude)${where}/*.md`,
  )
    .split('\n')
    .filter(Boolean);
  if (changed.length === 0) {
    console.log(`${name} ${version}: unchanged since its release (${released.slice(0, 10)})`);
  } else if (changesets.has(name)) {
    console.log(`${name} ${version}: ${changed.length} file(s) changed, released by a pending changeset`);
  } else {
    problems.push(
      `${name} changed since ${version} was released (${released.slice(0, 10)}): ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', ...' : ''}. ` +
        'Run `npx changeset`, say what changed and whether it is a patch, minor or major, and commit the .changeset/*.md file.',
    );
  }
}
for (const problem of problems) {
  console.error(`error: ${problem}`);
}
process.exit(problems.length > 0 ? 1 : 0);
