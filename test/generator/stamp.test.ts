/**
 * The generate record (generator/stamp/stamp.ts): `--check` may answer from it only while the specs,
 * the generator and the output on disk are what `generate` recorded; every other case renders.
 * A record whose report text was altered (hashes kept) shows which path answered.
 */
import { readFileSync } from 'node:fs';
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../generator/cli.js';
import type { GeneratorIdentity } from '../../generator/stamp/inputs.js';
import { dependencyVersions } from '../../generator/stamp/inputs.js';
import { STAMP_FILE } from '../../generator/stamp/stamp.js';

const GENERATOR: GeneratorIdentity = { fingerprint: 'generator-a', externals: ['yaml', 'handlebars'] };

let dir: string;
let lines: string[];
const log = (s: string) => void lines.push(s);
const stampPath = () => path.join(dir, 'out', STAMP_FILE);
/** `generator: null` runs as without the launcher (tsx, tests): no record is read or written. */
async function cli(args: string[], generator: GeneratorIdentity | null = GENERATOR): Promise<number> {
  lines = [];
  const out = ['--specs', path.join(dir, 'specs'), '--out', path.join(dir, 'out'), ...args];
  return main(out, log, log, generator ?? undefined);
}
/** The record with its report text marked: a check that prints the mark answered from the record. */
async function markRecord(): Promise<void> {
  const stamp = JSON.parse(await readFile(stampPath(), 'utf8'));
  stamp.integrations.octo.lines[0] = 'FROM THE RECORD';
  await writeFile(stampPath(), JSON.stringify(stamp));
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gen-stamp-'));
  await cp('test/fixtures/specs/octo', path.join(dir, 'specs/octo'), { recursive: true });
  expect(await cli([])).toBe(0);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('generate record', () => {
  it('is written by generate and makes --check print exactly what rendering prints, text and JSON', async () => {
    const stamp = JSON.parse(await readFile(stampPath(), 'utf8'));
    expect(stamp.integrations.octo).toMatchObject({ packageName: 'octo-mcp-server', name: 'octo' });
    for (const format of ['text', 'json']) {
      expect(await cli(['--check', '--format', format], null)).toBe(0);
      const rendered = lines;
      expect(await cli(['--check', '--format', format])).toBe(0);
      expect(lines).toEqual(rendered);
    }
  });

  it('replays build-time warnings as rendering prints them', async () => {
    await cp(
      'test/fixtures/invalid/more-without-cursor/resources/tasks.yaml',
      path.join(dir, 'specs/octo/resources/tasks.yaml'),
    );
    expect(await cli([])).toBe(0);
    for (const format of ['text', 'json']) {
      expect(await cli(['--check', '--format', format], null)).toBe(0);
      const rendered = lines;
      expect(rendered.join('\n')).toContain('MORE_WITHOUT_CURSOR');
      await markRecord();
      expect(await cli(['--check', '--format', format])).toBe(0);
      expect(lines.filter((l) => !l.includes('FROM THE RECORD'))).toEqual(
        rendered.filter((l) => !l.startsWith('octo:')),
      );
      expect(await cli([])).toBe(0);
    }
  });

  it('answers --check while specs, generator and output are unchanged', async () => {
    await markRecord();
    expect(await cli(['--check'])).toBe(0);
    expect(lines).toContain('FROM THE RECORD');
  });

  it('catches a hand edit, an extra file and a deleted file of the output (exit 1)', async () => {
    await markRecord();
    const pkg = path.join(dir, 'out/octo-mcp-server');
    await appendFile(path.join(pkg, 'src/index.ts'), '// hand edit\n');
    expect(await cli(['--check'])).toBe(1);
    expect(lines).toContain('  stale: octo-mcp-server/src/index.ts');
    expect(await cli([], null)).toBe(0);
    await writeFile(path.join(pkg, 'notes.txt'), 'x');
    expect(await cli(['--check'])).toBe(1);
    expect(lines).toContain('  extra: octo-mcp-server/notes.txt');
    await rm(path.join(pkg, 'notes.txt'));
    await rm(path.join(pkg, 'SKIPPED.md'));
    expect(await cli(['--check'])).toBe(1);
    expect(lines).toContain('  missing: octo-mcp-server/SKIPPED.md');
  });

  it('renders when a spec file changes, even when the output does not', async () => {
    await markRecord();
    await appendFile(path.join(dir, 'specs/octo/integration.yaml'), '# a comment changes no output\n');
    expect(await cli(['--check'])).toBe(0);
    expect(lines).not.toContain('FROM THE RECORD');
    expect(lines.join('\n')).toContain('octo: 7 tools generated');
    await writeFile(path.join(dir, 'specs/octo/docs/tasks.yaml'), 'not: [valid');
    expect(await cli(['--check'])).toBe(2);
  });

  it('renders under another generator, or without a record, or with a damaged one', async () => {
    await markRecord();
    expect(await cli(['--check'], { ...GENERATOR, fingerprint: 'generator-b' })).toBe(0);
    expect(lines).not.toContain('FROM THE RECORD');
    await writeFile(stampPath(), '{"integrations": {"octo": {"inputs": 1}}}');
    expect(await cli(['--check'])).toBe(0);
    expect(lines).not.toContain('FROM THE RECORD');
    await rm(stampPath());
    expect(await cli(['--check'])).toBe(0);
    expect(lines.join('\n')).toContain('up to date');
  });

  it('is not written by --check, --dry-run or a run without the launcher identity', async () => {
    await rm(stampPath());
    for (const args of [['--check'], ['--dry-run']]) {
      await cli(args);
      await expect(readFile(stampPath(), 'utf8')).rejects.toThrow();
    }
    expect(await cli([], null)).toBe(0);
    await expect(readFile(stampPath(), 'utf8')).rejects.toThrow();
  });
});

describe('dependency versions in the record key', () => {
  it('lists each package and what it depends on, with installed versions', () => {
    const versions = dependencyVersions(['json-schema-to-typescript']);
    const own = JSON.parse(readFileSync('node_modules/json-schema-to-typescript/package.json', 'utf8')) as {
      version: string;
    };
    expect(versions).toContain(`json-schema-to-typescript@${own.version}`);
    expect(versions.some((v) => v.startsWith('lodash@'))).toBe(true);
    expect(dependencyVersions(['no-such-package-here'])).toEqual([]);
  });
});
