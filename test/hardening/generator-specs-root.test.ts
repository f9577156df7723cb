/** `npm run generate -- --specs <wrong folder> --check` must fail loudly, not report "up to date". */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../generator/cli.js';

let dir: string;
let lines: string[];
const log = (s: string) => void lines.push(s);

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gen-root-'));
  lines = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the spec root', () => {
  it.each([
    ['a missing folder', async () => path.join(dir, 'spec'), 'no such folder'],
    [
      'an empty folder',
      async () => {
        await mkdir(path.join(dir, 'empty'));
        return path.join(dir, 'empty');
      },
      'no integration folders in it',
    ],
    [
      'a file',
      async () => {
        await writeFile(path.join(dir, 'file'), 'x');
        return path.join(dir, 'file');
      },
      'not a folder',
    ],
  ])('%s exits 2 with a clear error, in every mode', async (_label, make, message) => {
    const specs = await make();
    for (const mode of [['--check'], ['--dry-run'], []]) {
      lines = [];
      expect(await main(['--specs', specs, '--out', path.join(dir, 'out'), ...mode], log, log)).toBe(2);
      expect(lines).toEqual([`error: --specs ${specs}: ${message}`]);
    }
  });
});
