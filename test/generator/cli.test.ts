import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../generator/cli.js';

let dir: string;
let lines: string[];
const log = (s: string) => void lines.push(s);
const cli = (...args: string[]) =>
  main(['--specs', path.join(dir, 'specs'), '--out', path.join(dir, 'out'), ...args], log, log);

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gen-cli-'));
  await cp('test/fixtures/specs/octo', path.join(dir, 'specs/octo'), { recursive: true });
  lines = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('generate CLI', () => {
  it('writes, then --check passes; exit codes 0 and 0', async () => {
    expect(await cli()).toBe(0);
    expect(lines.join('\n')).toContain('octo: 7 tools generated, 1 methods skipped');
    expect(lines.join('\n')).toContain('skipped projects.archive: no documentation entry');
    lines = [];
    expect(await cli('--check')).toBe(0);
    expect(lines.join('\n')).toContain('up to date');
  });

  it('--check lists missing, stale and extra files and exits 1, writing nothing', async () => {
    expect(await cli('--check')).toBe(1);
    expect(lines.join('\n')).toContain('missing: octo-mcp-server/tools.json');
    await cli();
    await writeFile(path.join(dir, 'out/octo-mcp-server/tools.json'), '{}\n');
    await writeFile(path.join(dir, 'out/octo-mcp-server/stray.txt'), 'x');
    lines = [];
    expect(await cli('--check')).toBe(1);
    const text = lines.join('\n');
    expect(text).toContain('stale: octo-mcp-server/tools.json');
    expect(text).toContain('extra: octo-mcp-server/stray.txt');
    expect(await readFile(path.join(dir, 'out/octo-mcp-server/tools.json'), 'utf8')).toBe('{}\n');
  });

  it('--dry-run reports what would change and writes nothing', async () => {
    expect(await cli('--dry-run')).toBe(0);
    expect(lines.join('\n')).toContain('would be created: octo-mcp-server/tools.json');
    await expect(readFile(path.join(dir, 'out/octo-mcp-server/tools.json'), 'utf8')).rejects.toThrow();
  });

  it('exits 2 on spec errors, prints located diagnostics and leaves existing output alone', async () => {
    await cli();
    const before = await readFile(path.join(dir, 'out/octo-mcp-server/tools.json'), 'utf8');
    await writeFile(
      path.join(dir, 'specs/octo/resources/tasks.yaml'),
      'resource: tasks\nsingular: task\ntags: [tasks]\nmethods:\n  list: { method: GET }\n',
    );
    lines = [];
    expect(await cli()).toBe(2);
    expect(lines.join('\n')).toMatch(/specs\/octo\/resources\/tasks\.yaml:5:\d+ SPEC_SCHEMA/);
    expect(await readFile(path.join(dir, 'out/octo-mcp-server/tools.json'), 'utf8')).toBe(before);
  });

  it('prints a build-time warning, located, and still writes (exit 0); --format json carries it too', async () => {
    await cp(
      'test/fixtures/invalid/more-without-cursor/resources/tasks.yaml',
      path.join(dir, 'specs/octo/resources/tasks.yaml'),
    );
    expect(await cli()).toBe(0);
    const text = lines.join('\n');
    expect(text).toMatch(
      /specs\/octo\/resources\/tasks\.yaml:12:5 warning MORE_WITHOUT_CURSOR list_all_octo_tasks \(list\) reports when more items exist/,
    );
    expect(text).toContain('octo: 7 tools generated');
    await expect(readFile(path.join(dir, 'out/octo-mcp-server/tools.json'), 'utf8')).resolves.toContain(
      '"style": "none"',
    );
    lines = [];
    expect(await cli('--check', '--format', 'json')).toBe(0);
    expect(JSON.parse(lines.join('\n')).warnings).toEqual([
      expect.objectContaining({ code: 'MORE_WITHOUT_CURSOR', severity: 'warning' }),
    ]);
  });

  it('rejects unknown flags with exit 2', async () => {
    expect(await main(['--bogus'], log, log)).toBe(2);
  });
});
