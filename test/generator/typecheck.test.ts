import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../generator/compile.js';
import { load } from '../../generator/pipeline/load.js';
import { typecheck, writeFiles } from './typecheck.js';

describe('generated packages compile under tsc --strict', () => {
  it('the committed egnyte-mcp-server', () => {
    expect(typecheck('generated/egnyte-mcp-server')).toEqual([]);
  });

  it.each(['github', 'gitlab', 'zendesk', 'persona', 'chargebee', 'zoho'])('the %s fixture package', async (name) => {
    const result = await compile(await load(`test/fixtures/specs/${name}`));
    expect(result.diagnostics).toEqual([]);
    const dir = `.tmp/typecheck-${name}`;
    await writeFiles(dir, result.files);
    expect(typecheck(path.join(dir, `${name}-mcp-server`))).toEqual([]);
  });

  // biome-ignore lint/suspicious/noTemplateCurlyInString: a test name quoting fixture text
  it('the octo fixture package, whose docs hold */ and ${...}', async () => {
    const result = await compile(await load('test/fixtures/specs/octo'));
    const dir = '.tmp/typecheck';
    await writeFiles(dir, result.files);
    expect(typecheck(path.join(dir, 'octo-mcp-server'))).toEqual([]);
    const types = result.files.find((f) => f.path.endsWith('types.gen.ts'))!.contents;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the generated text must keep ${...} literally
    expect(types).toContain('*\\/ and ${danger} stay text');
  });
});
