import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../generator/compile.js';
import { load } from '../../generator/pipeline/load.js';

const FIXTURE = 'test/fixtures/specs/octo';
const GOLDEN = 'test/golden/octo';

async function listFiles(dir: string, rel = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, rel), { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, child)));
    else out.push(child);
  }
  return out.sort();
}

/** A deep freeze: any stage that mutates its input throws in strict-mode ESM. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('golden output of a non-Egnyte fixture integration', () => {
  // The runtime copies are tested where they live (test/runtime); here only that they are copied intact.
  const isRuntime = (p: string) => p.includes('/src/runtime/');

  it('matches every file in test/golden/octo/__out__, and no other file exists there', async () => {
    const result = await compile(await load(FIXTURE));
    expect(result.diagnostics).toEqual([]);
    const specific = result.files.filter((f) => !isRuntime(f.path));
    for (const file of specific) {
      await expect(file.contents).toMatchFileSnapshot(`../golden/octo/__out__/${file.path}`);
    }
    expect(await listFiles(`${GOLDEN}/__out__`)).toEqual(specific.map((f) => f.path).sort());
  });

  it('copies every runtime file from templates/runtime with a do-not-edit header', async () => {
    const result = await compile(await load(FIXTURE));
    const runtime = result.files.filter((f) => isRuntime(f.path));
    // .ts modules, and the admin page's browser code (.tsx, .css) that the package's build bundles.
    const templates = (await listFiles('templates/runtime')).filter((n) => /\.(ts|tsx|css)$/.test(n) && !n.endsWith('.test.ts')).sort();
    expect(runtime.map((f) => f.path.slice(f.path.indexOf('src/runtime/') + 'src/runtime/'.length)).sort()).toEqual(templates);
    for (const file of runtime) {
      const name = file.path.slice(file.path.indexOf('src/runtime/') + 'src/runtime/'.length);
      const header = `Generated from ${FIXTURE} and templates/runtime/${name} by \`npm run generate\`. Do not edit: change the specs and regenerate.`;
      const comment = name.endsWith('.css') ? `/* ${header} */` : `// ${header}`;
      expect(file.contents).toBe(`${comment}\n${await readFile(`templates/runtime/${name}`, 'utf8')}`);
    }
  });

  it('starts every file with a generated-file header', async () => {
    const result = await compile(await load(FIXTURE));
    for (const file of result.files) expect(file.contents.slice(0, 400)).toMatch(/Generated from test\/fixtures\/specs\/octo/);
  });

  it('is deterministic: compiling twice gives byte-identical files', async () => {
    const a = await compile(await load(FIXTURE));
    const b = await compile(await load(FIXTURE));
    expect(b.files).toEqual(a.files);
  });

  it('never mutates its input', async () => {
    const sources = await load(FIXTURE);
    const before = JSON.stringify(sources.docs.map((d) => d.data));
    for (const d of sources.docs) deepFreeze(d.data);
    const result = await compile(sources);
    expect(result.diagnostics).toEqual([]);
    expect(JSON.stringify(sources.docs.map((d) => d.data))).toBe(before);
  });

  it('uses only LF line endings and no absolute paths', async () => {
    const result = await compile(await load(FIXTURE));
    for (const file of result.files) {
      expect(file.contents).not.toContain('\r');
      expect(file.contents).not.toContain(process.cwd());
    }
  });
});
