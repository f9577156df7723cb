import { readdir } from 'node:fs/promises';
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
  it('matches every file in test/golden/octo/__out__, and no other file exists there', async () => {
    const result = await compile(await load(FIXTURE));
    expect(result.diagnostics).toEqual([]);
    for (const file of result.files) {
      await expect(file.contents).toMatchFileSnapshot(`../golden/octo/__out__/${file.path}`);
    }
    expect(await listFiles(`${GOLDEN}/__out__`)).toEqual(result.files.map((f) => f.path).sort());
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
