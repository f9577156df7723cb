/** The generated READMEs' TypeScript examples compile against the packages they document. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tsBlocks, typecheckSnippets } from './compile-snippets.js';

describe.each([
  ['egnyte-mcp-server', 'generated/egnyte-mcp-server'],
  ['octo-mcp-server', 'test/golden/octo/__out__/octo-mcp-server'],
])('README of %s', (packageName, dir) => {
  const blocks = tsBlocks(readFileSync(`${dir}/README.md`, 'utf8'));

  it('shows embedding and typed calls', () => {
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toContain(`import { createMcpHandler } from '${packageName}'`);
    expect(blocks[1]).toMatch(/\.callTool\('[a-z0-9_]+', /);
  });

  it('has TypeScript examples that compile under --strict', () => {
    expect(typecheckSnippets(blocks, packageName, `${dir}/src`)).toEqual([]);
  }, 60_000);
});
