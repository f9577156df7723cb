import { describe, expect, it } from 'vitest';
import { run } from '../../generator/run.js';

describe('committed generated/', () => {
  it('matches what the specs generate, byte for byte (same as npm run generate -- --check)', async () => {
    const result = await run({ specsRoot: 'specs', outRoot: 'generated', mode: 'check' });
    expect(result.diagnostics).toEqual([]);
    expect(result.changes).toEqual([]);
  });
});

describe('generated package metadata', () => {
  it('serves the package version in initialize (tools.json version = package.json version)', async () => {
    const { readFile } = await import('node:fs/promises');
    const tools = JSON.parse(await readFile('generated/egnyte-mcp-server/tools.json', 'utf8')) as { version: string };
    const pkg = JSON.parse(await readFile('generated/egnyte-mcp-server/package.json', 'utf8')) as { version: string };
    expect(tools.version).toBe(pkg.version);
  });
});
