/**
 * `npm run generate` as users run it: generator/launch.mjs builds the bundle (or reuses it) and runs
 * it with plain Node. The bundle must find what the sources read beside themselves (meta-schemas,
 * templates, the runtime's package.json), write the generate record, and answer --check from it.
 */
import { execFile } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAMP_FILE } from '../../generator/stamp/stamp.js';

let dir: string;

async function launch(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const argv = ['generator/launch.mjs', '--specs', path.join(dir, 'specs'), '--out', path.join(dir, 'out'), ...args];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, argv);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gen-launch-'));
  await cp('test/fixtures/specs/octo', path.join(dir, 'specs/octo'), { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('generator/launch.mjs', () => {
  it('generates, records, answers --check from the record, and still catches a hand edit', async () => {
    const written = await launch();
    expect(written).toMatchObject({ code: 0 });
    expect(written.stdout).toContain('octo: 7 tools generated');
    const stamp = JSON.parse(await readFile(path.join(dir, 'out', STAMP_FILE), 'utf8'));
    expect(Object.keys(stamp.integrations)).toEqual(['octo']);

    const checked = await launch('--check');
    expect(checked).toMatchObject({ code: 0 });
    expect(checked.stdout).toContain('generated output is up to date.');
    expect(checked.stderr).not.toContain('record is out of date');

    await appendFile(path.join(dir, 'out/octo-mcp-server/tools.json'), ' ');
    const stale = await launch('--check');
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('stale: octo-mcp-server/tools.json');
  }, 120_000);

  it('keeps the exit codes: 2 for a bad flag', async () => {
    expect((await launch('--bogus')).code).toBe(2);
  }, 60_000);
});
