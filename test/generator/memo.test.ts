/**
 * What the generator remembers between runs (generator/io/memo.ts: parsed YAML, spec schema checks,
 * token counts) and the precompiled meta-schema validators must never change an answer: a
 * remembered run reports exactly what a fresh one does, a changed input is computed anew, and a
 * memo or precompiled file made from other inputs is not used.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../generator/compile.js';
import { formatDiagnostics } from '../../generator/diagnostics/diagnostic.js';
import { fileMemo } from '../../generator/io/memo.js';
import * as precompiled from '../../generator/meta-schemas/validators.gen.mjs';
import { parseSource, type SpecSources, type YamlMemo } from '../../generator/pipeline/load.js';
import { createMetaValidators, PRECOMPILED_FILE, precompiledSource } from '../../generator/pipeline/meta-validators.js';
import { countJsonTokens, rememberTokenCounts } from '../../generator/pipeline/tokens.js';
import { loadOverlay } from './overlay.js';

const temp = mkdtempSync(path.join(tmpdir(), 'generator-memo-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The same sources, parsed through a YAML memo. */
const throughMemo = (sources: SpecSources, memo: YamlMemo): SpecSources => ({
  dir: sources.dir,
  docs: sources.docs.map((d) => parseSource(d.kind, d.file, d.text, memo)),
});

const report = (r: Awaited<ReturnType<typeof compile>>) =>
  formatDiagnostics([...r.diagnostics, ...r.warnings]) + JSON.stringify(r.files);

describe('memos between runs', () => {
  it.each(['yaml-syntax', 'spec-schema', 'invalid-json-schema', 'token-budget', 'more-without-cursor'])(
    '%s: a run from memos reports what a fresh run does',
    async (name) => {
      const sources = await loadOverlay('test/fixtures/specs/octo', `test/fixtures/invalid/${name}`);
      const fresh = report(await compile(sources));
      const cacheDir = path.join(temp, name);
      for (let run = 0; run < 2; run++) {
        const yaml: YamlMemo = fileMemo(cacheDir, 'yaml');
        rememberTokenCounts(cacheDir);
        expect(report(await compile(throughMemo(sources, yaml), undefined, { cacheDir }))).toBe(fresh);
        yaml.save();
      }
      rememberTokenCounts(undefined);
    },
  );

  it('a changed schema is checked anew, and a memo of another generator is ignored', async () => {
    const cacheDir = path.join(temp, 'changed');
    const base = await loadOverlay('test/fixtures/specs/octo', 'test/fixtures/invalid/more-without-cursor');
    expect((await compile(base, undefined, { cacheDir })).diagnostics).toEqual([]);
    const broken = await loadOverlay('test/fixtures/specs/octo', 'test/fixtures/invalid/invalid-json-schema');
    const expected = (await compile(broken)).diagnostics;
    expect(expected.map((d) => d.code)).toContain('INVALID_JSON_SCHEMA');
    expect((await compile(broken, undefined, { cacheDir })).diagnostics).toEqual(expected);

    // Entries written by another generator (another fingerprint) are never read.
    const file = path.join(cacheDir, 'memo', 'schema-checks.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, unknown> };
    const emptied = Object.fromEntries(Object.keys(stored.entries).map((key) => [key, []]));
    writeFileSync(file, JSON.stringify({ fingerprint: 'another generator', entries: emptied }));
    expect((await compile(broken, undefined, { cacheDir })).diagnostics).toEqual(expected);
  });

  it('an edited spec remakes only what it changed: the files are those a fresh run makes', async () => {
    const cacheDir = path.join(temp, 'edited');
    const base = await loadOverlay('test/fixtures/specs/octo', 'test/fixtures/invalid/more-without-cursor');
    await compile(base, undefined, { cacheDir });
    const edits: [string, string][] = [
      ['Text to search in project titles', 'Words to look for in project titles'],
      ['Key of the new project.', 'Key the new project gets.'],
    ];
    let edited = base;
    for (const [from, to] of edits) {
      edited = {
        dir: edited.dir,
        docs: edited.docs.map((d) =>
          d.text.includes(from) ? parseSource(d.kind, d.file, d.text.replace(from, to)) : d,
        ),
      };
      const fresh = await compile(edited);
      expect(fresh.files.find((f) => f.path.endsWith('types.gen.ts'))?.contents).toContain(to);
      expect(report(await compile(edited, undefined, { cacheDir }))).toBe(report(fresh));
    }
  });

  it('remembered YAML keeps shared nodes shared and gives positions on demand', () => {
    const memo: YamlMemo = fileMemo(path.join(temp, 'yaml'), 'yaml');
    const text = 'a: &x { b: [1, 2.5, "s", null, true] }\nc: *x\nd: -0\n';
    const plain = 'a: &x { b: [1, 2.5, "s", null, true] }\nc: *x\n';
    for (const t of [text, plain]) {
      const fresh = parseSource('docs', 'f.yaml', t);
      parseSource('docs', 'f.yaml', t, memo);
      const hit = parseSource('docs', 'f.yaml', t, memo);
      expect(hit.data).toEqual(fresh.data);
      const data = hit.data as { a: unknown; c: unknown };
      expect(data.c).toBe(data.a);
      expect(hit.errors).toEqual([]);
      expect(hit.doc.toJS()).toEqual(fresh.data);
    }
    const bad = 'a: [1\n';
    parseSource('docs', 'f.yaml', bad, memo);
    expect(parseSource('docs', 'f.yaml', bad, memo).errors.length).toBeGreaterThan(0);
  });

  it('token counts: a remembered count is the fresh one, a changed text is counted anew', () => {
    const cacheDir = path.join(temp, 'tokens');
    const fresh = [countJsonTokens({ a: 'one two three' }), countJsonTokens({ a: 'one two three four' })];
    rememberTokenCounts(cacheDir);
    expect(countJsonTokens({ a: 'one two three' })).toBe(fresh[0]);
    rememberTokenCounts(cacheDir).save();
    const again = rememberTokenCounts(cacheDir);
    expect(countJsonTokens({ a: 'one two three' })).toBe(fresh[0]);
    expect(countJsonTokens({ a: 'one two three four' })).toBe(fresh[1]);
    again.save();
    rememberTokenCounts(undefined);
  });
});

describe('precompiled meta-schema validators', () => {
  it('are current (npx tsx generator/pipeline/meta-validators.ts rewrites them)', () => {
    expect(readFileSync(PRECOMPILED_FILE, 'utf8')).toBe(`${precompiledSource()}\n`);
  });

  it('made from other meta-schemas, are not used: the validators are compiled instead', () => {
    const stale = { ...precompiled, sourceHash: 'other meta-schemas' };
    const compiled = createMetaValidators(stale);
    expect(compiled.resource).not.toBe(precompiled.resource);
    expect(createMetaValidators().resource).toBe(precompiled.resource);
    const doc = { resource: 'x', unknown_key: 1 };
    expect(compiled.resource(doc)).toBe(precompiled.resource(doc));
    expect(compiled.resource.errors).toEqual(precompiled.resource.errors);
  });
});
