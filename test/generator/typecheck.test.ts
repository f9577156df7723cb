import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compile } from '../../generator/compile.js';
import { load } from '../../generator/pipeline/load.js';

/** Type-checks a generated package with its own tsconfig (strict), returning formatted errors. */
function typecheck(packageDir: string): string[] {
  const configPath = path.join(packageDir, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, packageDir);
  expect(parsed.options.strict).toBe(true);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('generated packages compile under tsc --strict', () => {
  it('the committed egnyte-mcp-server', () => {
    expect(typecheck('generated/egnyte-mcp-server')).toEqual([]);
  });

  it.each(['github', 'gitlab', 'zendesk', 'persona', 'chargebee', 'zoho'])('the %s fixture package', async (name) => {
    const result = await compile(await load(`test/fixtures/specs/${name}`));
    expect(result.diagnostics).toEqual([]);
    const dir = `.tmp/typecheck-${name}`;
    await rm(dir, { recursive: true, force: true });
    for (const file of result.files) {
      await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
      await writeFile(path.join(dir, file.path), file.contents);
    }
    expect(typecheck(path.join(dir, `${name}-mcp-server`))).toEqual([]);
  });

  it('the octo fixture package, whose docs hold */ and ${...}', async () => {
    const result = await compile(await load('test/fixtures/specs/octo'));
    const dir = '.tmp/typecheck';
    await rm(dir, { recursive: true, force: true });
    for (const file of result.files) {
      await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
      await writeFile(path.join(dir, file.path), file.contents);
    }
    expect(typecheck(path.join(dir, 'octo-mcp-server'))).toEqual([]);
    const types = result.files.find((f) => f.path.endsWith('types.gen.ts'))!.contents;
    expect(types).toContain('*\\/ and ${danger} stay text');
  });
});
