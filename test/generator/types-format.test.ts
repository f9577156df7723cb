/**
 * generator/emit/types.ts formats each type on its own (so a memo can keep it) and joins them with
 * a blank line; that must be the text one prettier pass over the whole file gives, and one pass
 * over several types split again (formatEach) must give each type as formatting it alone does.
 * formatEach parses with babel-ts; here the typescript parser formats, so both must agree.
 */
import { readdirSync } from 'node:fs';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { compile } from '../../generator/compile.js';
import { formatEach } from '../../generator/emit/types.js';
import { load } from '../../generator/pipeline/load.js';

const SPECS = ['specs/egnyte', ...readdirSync('test/fixtures/specs').map((name) => `test/fixtures/specs/${name}`)];
const OPTIONS = {
  parser: 'typescript',
  filepath: 'types.gen.d.ts',
  bracketSpacing: false,
  printWidth: 120,
  semi: true,
  singleQuote: true,
  tabWidth: 2,
  trailingComma: 'none',
  useTabs: false,
} as const;

describe('types.gen.ts formatting', () => {
  it.each(SPECS)(
    '%s: the emitted types are what one pass over the file gives, and formatEach formats each as alone',
    async (dir) => {
      const { files } = await compile(await load(dir));
      const text = files.find((f) => f.path.endsWith('/src/types.gen.ts'))?.contents ?? '';
      // Prettier's unformatted input is not kept, but formatting is idempotent: the emitted text,
      // formatted as one file, must come back unchanged.
      expect(await format(text, OPTIONS)).toBe(text);
      // The declarations, each with its JSDoc and final newline (the header comment left out).
      const types = text.split(/(?<=\n)\n(?=\/\*\*|export )/).filter((part) => /^(\/\*\*|export )/.test(part));
      expect(types.length).toBeGreaterThan(0);
      expect(await formatEach(types)).toEqual(await Promise.all(types.map((t) => format(t, OPTIONS))));
    },
    60_000,
  );
});
