/**
 * generator/emit/code.ts prints its ts-morph structures with two-space indentation and no
 * formatting pass (TypeScript's formatter cost about 0.2 s per run, #22): that is only right while
 * the printed code is already what the formatter makes of it, for every spec we have.
 */
import { readdirSync } from 'node:fs';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { compile } from '../../generator/compile.js';
import { load } from '../../generator/pipeline/load.js';

const SPECS = ['specs/egnyte', ...readdirSync('test/fixtures/specs').map((name) => `test/fixtures/specs/${name}`)];
const CODE = /\/src\/(tools\.gen|index|cli)\.ts$/;

describe('emitted code', () => {
  it.each(SPECS)(
    '%s: printed exactly as the TypeScript formatter would format it',
    async (dir) => {
      const { files } = await compile(await load(dir));
      const code = files.filter((f) => CODE.test(f.path));
      expect(code).toHaveLength(3);
      const project = new Project({ useInMemoryFileSystem: true });
      for (const { path, contents } of code) {
        const file = project.createSourceFile(path, contents, { overwrite: true });
        file.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
        expect(file.getFullText(), path).toBe(contents);
      }
    },
    60_000,
  );
});
