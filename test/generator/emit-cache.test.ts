/**
 * The emit cache (generator/emit/emit-cache.ts): a hit gives exactly the files a fresh emit gives,
 * any change to an input (here a package template) is a miss, and a damaged entry is re-emitted.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../generator/compile.js';
import { load } from '../../generator/pipeline/load.js';
import { loadTemplates } from '../../generator/pipeline/load-templates.js';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'emit-cache-'));
/** The emit cache's entries (the memos sit in a folder beside them). */
const entriesOf = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.json'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('emit cache', () => {
  it('hands back what a fresh emit makes; a changed template or a damaged entry is emitted anew', async () => {
    const sources = await load('specs/egnyte', process.cwd());
    const templates = await loadTemplates();
    const fresh = await compile(sources, templates);
    const first = await compile(sources, templates, { cacheDir });
    const entries = entriesOf(cacheDir);
    expect(entries).toHaveLength(1);
    const hit = await compile(sources, templates, { cacheDir });
    expect(first.files).toEqual(fresh.files);
    expect(hit.files).toEqual(fresh.files);

    const readme = Object.keys(templates.package).find((name) => name.startsWith('README'))!;
    const changed = {
      ...templates,
      package: { ...templates.package, [readme]: `${templates.package[readme]}\nOne more line.\n` },
    };
    const miss = await compile(sources, changed, { cacheDir });
    expect(entriesOf(cacheDir)).toHaveLength(2);
    expect(miss.files.find((f) => f.path.endsWith('/README.md'))?.contents).toContain('One more line.');

    writeFileSync(path.join(cacheDir, entries[0]!), '{"not": "files"}');
    expect((await compile(sources, templates, { cacheDir })).files).toEqual(fresh.files);
  }, 120_000);
});
