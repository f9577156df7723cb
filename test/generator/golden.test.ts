import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { HOSTING_NAME, RUNTIME_VERSION } from 'saas-mcp-runtime/contract';
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
    if (e.isDirectory()) {
      out.push(...(await listFiles(dir, child)));
    } else {
      out.push(child);
    }
  }
  return out.sort();
}

/** A deep freeze: any stage that mutates its input throws in strict-mode ESM. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) {
      deepFreeze(v);
    }
  }
  return value;
}

describe('golden output of a non-Egnyte fixture integration', () => {
  it('matches every file in test/golden/octo/__out__, and no other file exists there', async () => {
    const result = await compile(await load(FIXTURE));
    expect(result.diagnostics).toEqual([]);
    for (const file of result.files) {
      await expect(file.contents).toMatchFileSnapshot(`../golden/octo/__out__/${file.path}`);
    }
    expect(await listFiles(`${GOLDEN}/__out__`)).toEqual(result.files.map((f) => f.path).sort());
  });

  it('carries no runtime copy: it imports the runtime package and depends on it with a caret range', async () => {
    const result = await compile(await load(FIXTURE));
    expect(result.files.filter((f) => f.path.includes('/runtime/'))).toEqual([]);
    const manifest = JSON.parse(result.files.find((f) => f.path === 'octo-mcp-server/package.json')!.contents) as {
      dependencies: object;
      peerDependenciesMeta: object;
    };
    expect(manifest.dependencies).toEqual({ 'saas-mcp-runtime': `^${RUNTIME_VERSION}` });
    // The hosting layer is an optional peer: npm installs none of it for a stdio user.
    expect(manifest.peerDependenciesMeta).toEqual({ [HOSTING_NAME]: { optional: true } });
    const index = result.files.find((f) => f.path === 'octo-mcp-server/src/index.ts')!.contents;
    expect(index).toContain('from "saas-mcp-runtime"');
  });

  it('starts every file with a generated-file header', async () => {
    const result = await compile(await load(FIXTURE));
    // LICENSE stays the license text alone, so npm and GitHub recognise it.
    for (const file of result.files.filter((f) => !f.path.endsWith('/LICENSE'))) {
      expect(file.contents.slice(0, 400)).toMatch(/Generated from test\/fixtures\/specs\/octo/);
    }
    expect(result.files.find((f) => f.path.endsWith('/LICENSE'))?.contents).toMatch(/^MIT License\n/);
  });

  it('is deterministic: compiling twice gives byte-identical files', async () => {
    const a = await compile(await load(FIXTURE));
    const b = await compile(await load(FIXTURE));
    expect(b.files).toEqual(a.files);
  });

  it('never mutates its input', async () => {
    const sources = await load(FIXTURE);
    const before = JSON.stringify(sources.docs.map((d) => d.data));
    for (const d of sources.docs) {
      deepFreeze(d.data);
    }
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
