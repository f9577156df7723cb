import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTemplates, type Templates } from '../../generator/pipeline/load-templates.js';
import { emitRuntimePackage } from '../../generator/runtime-package/emit.js';
import { checkRuntimeRelease, compareVersions, runtimeIdentity } from '../../generator/runtime-package/release.js';
import { run } from '../../generator/run.js';
import { RUNTIME_NAME, RUNTIME_VERSION } from '../../templates/runtime/versions.js';

const committed = await loadTemplates();
const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

/** The patch release after the current one (the tests bump to it). */
const NEXT = RUNTIME_VERSION.replace(/\d+$/, (patch) => String(Number(patch) + 1));

/** The committed templates with some runtime files replaced (and the version bumped, with its changelog entry, when given). */
function changed(files: Templates['runtime'], bumpTo?: string, changelog = true): Templates {
  const runtime = { ...committed.runtime, ...files };
  const docs = { ...committed.runtimeDocs };
  if (bumpTo) {
    runtime['versions.ts'] = runtime['versions.ts']!.replace(`RUNTIME_VERSION = '${RUNTIME_VERSION}'`, `RUNTIME_VERSION = '${bumpTo}'`);
    if (changelog) docs['CHANGELOG.md'] = docs['CHANGELOG.md']!.replace(/^## /m, `## ${bumpTo}\n\n- A fix.\n\n## `);
  }
  return { ...committed, runtime, runtimeDocs: docs };
}

const touchedFilters = { 'filters.ts': `${committed.runtime['filters.ts']}\n// a change\n` };


describe('the runtime package', () => {
  it('is emitted from templates/runtime alone: every source file, README, CHANGELOG, package.json and tsconfig', async () => {
    const files = emitRuntimePackage(committed);
    const sources = (await readdir('templates/runtime', { recursive: true })).map((n) => n.split(path.sep).join('/')).filter((n) => /\.(ts|tsx|css)$/.test(n) && !n.endsWith('.test.ts')).sort(); // .tsx, .css: the admin page, bundled by the build
    expect(files.filter((f) => f.path.startsWith(`${RUNTIME_NAME}/src/`)).map((f) => f.path.slice(`${RUNTIME_NAME}/src/`.length))).toEqual(sources);
    for (const name of sources) {
      const file = files.find((f) => f.path === `${RUNTIME_NAME}/src/${name}`)!;
      const header = `Generated from templates/runtime/${name} by \`npm run generate\`. Do not edit: change the specs and regenerate.`;
      expect(file.contents).toBe(`${name.endsWith('.css') ? `/* ${header} */` : `// ${header}`}\n${await readFile(`templates/runtime/${name}`, 'utf8')}`);
    }
    const paths = files.map((f) => f.path);
    for (const file of ['CHANGELOG.md', 'README.md', 'package.json', 'tsconfig.json']) expect(paths).toContain(`${RUNTIME_NAME}/${file}`);
  });

  it('takes its name and version from versions.ts, and pins the dependencies the repository tests with', () => {
    const manifest = JSON.parse(emitRuntimePackage(committed).find((f) => f.path === `${RUNTIME_NAME}/package.json`)!.contents) as Record<string, unknown>;
    expect(manifest.name).toBe(RUNTIME_NAME);
    expect(manifest.version).toBe(RUNTIME_VERSION);
    const serving = ['@modelcontextprotocol/node', '@modelcontextprotocol/server', '@modelcontextprotocol/server-legacy', 'ajv', 'ajv-formats', 'minisearch', 'ipaddr.js', 'better-sqlite3', 'pg', '@modelcontextprotocol/sdk', 'express'];
    expect(manifest.dependencies).toEqual(Object.fromEntries(serving.map((name) => [name, committed.versions[name]])));
    for (const name of serving) expect(committed.versions[name]).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('committed generated/ has the runtime package and the egnyte package depends on it with a caret range', async () => {
    const egnyte = JSON.parse(await readFile('generated/egnyte-mcp-server/package.json', 'utf8')) as { dependencies: object };
    expect(egnyte.dependencies).toEqual({ [RUNTIME_NAME]: `^${RUNTIME_VERSION}` });
    const runtime = JSON.parse(await readFile(`generated/${RUNTIME_NAME}/package.json`, 'utf8')) as { version: string };
    expect(runtime.version).toBe(RUNTIME_VERSION);
  });
});

describe('runtime version record (templates/runtime/releases.json)', () => {
  it('records the committed runtime under its version', () => {
    const check = checkRuntimeRelease(committed);
    expect(check.problems).toEqual([]);
    expect(check.newRecord).toBeUndefined();
    expect(committed.runtimeReleases[RUNTIME_VERSION]).toBe(check.hash);
  });

  it('a runtime change without a version bump fails --check, saying how to fix it', async () => {
    const templates = changed(touchedFilters);
    const check = checkRuntimeRelease(templates);
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]).toMatch(new RegExp(`^the runtime changed after ${RUNTIME_NAME} ${RUNTIME_VERSION.replace(/\./g, '\\.')} was recorded`));
    expect(check.problems[0]).toContain('raise RUNTIME_VERSION in templates/runtime/versions.ts');
    const result = await run({ specsRoot: 'specs', outRoot: 'generated', mode: 'check', templates });
    expect(result.exitCode).toBe(1);
    expect(result.release?.problems).toEqual(check.problems);
  });

  it('a change of a pinned dependency counts as a runtime change', () => {
    const templates = { ...committed, versions: { ...committed.versions, ajv: '8.0.0' } };
    expect(checkRuntimeRelease(templates).problems[0]).toContain('the runtime changed after');
  });

  it('a bumped version with its changelog entry is recorded by generate, and refused by --check until then', async () => {
    const templates = changed(touchedFilters, NEXT);
    const check = checkRuntimeRelease(templates);
    expect(check.problems).toEqual([]);
    expect(check.newRecord).toEqual({ ...committed.runtimeReleases, [NEXT]: check.hash });

    const checked = await run({ specsRoot: 'specs', outRoot: 'generated', mode: 'check', only: ['egnyte'], templates });
    expect(checked.exitCode).toBe(1);
    expect(checked.release?.problems.join('\n')).toContain(`${NEXT} is a new version not yet recorded`);

    const root = await mkdtemp(path.join(tmpdir(), 'runtime-release-'));
    temps.push(root);
    await mkdir(path.join(root, 'templates/runtime'), { recursive: true });
    const written = await run({ specsRoot: 'specs', outRoot: path.join(root, 'out'), mode: 'write', templates: { ...templates, root } });
    expect(written.exitCode).toBe(0);
    const record = JSON.parse(await readFile(path.join(root, 'templates/runtime/releases.json'), 'utf8')) as Record<string, string>;
    expect(record[NEXT]).toBe(check.hash);
    const manifest = JSON.parse(await readFile(path.join(root, 'out', RUNTIME_NAME, 'package.json'), 'utf8')) as { version: string };
    expect(manifest.version).toBe(NEXT);
  });

  it('a bump without a changelog entry, or to an older version, is refused', () => {
    expect(checkRuntimeRelease(changed(touchedFilters, NEXT, false)).problems).toEqual([
      `templates/runtime/CHANGELOG.md must start with an entry "## ${NEXT}" saying what changed in ${RUNTIME_NAME} ${NEXT} (its first entry is "## ${RUNTIME_VERSION}").`,
    ]);
    const older = { ...changed(touchedFilters, '0.9.0'), runtimeReleases: { ...committed.runtimeReleases } };
    const refusal = checkRuntimeRelease(older).problems[0];
    expect(refusal).toContain(`${RUNTIME_NAME} 0.9.0 is not newer than the recorded `);
    expect(refusal).toContain(RUNTIME_VERSION);
  });

  it('orders versions as semver does', () => {
    expect(['1.10.0', '1.2.0', '1.2.0-rc.1', '0.9.9'].sort(compareVersions)).toEqual(['0.9.9', '1.2.0-rc.1', '1.2.0', '1.10.0']);
    expect(runtimeIdentity(committed)).toEqual({ name: RUNTIME_NAME, version: RUNTIME_VERSION });
  });

  it('a versions.ts without literal constants is an internal error, not a silent default', () => {
    const broken = { ...committed, runtime: { ...committed.runtime, 'versions.ts': 'export const RUNTIME_VERSION = VERSION;' } };
    expect(() => runtimeIdentity(broken)).toThrow(/must declare RUNTIME_NAME and RUNTIME_VERSION/);
  });
});
