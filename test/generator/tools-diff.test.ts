import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../generator/tools-diff-cli.js';

function capture() {
  const lines: string[] = [];
  const log = (s: string) => void lines.push(s);
  return { lines, log };
}

describe('npm run tools:diff', () => {
  it('against HEAD of this repo: classifies the current specs against the committed tools.json', async () => {
    const { lines, log } = capture();
    expect(await main(['HEAD'], log, log)).toBe(0);
    expect(lines[0]).toMatch(/^egnyte-mcp-server \(HEAD -> specs\): (none|patch|minor|breaking)$/);
  });

  // A shallow clone has no real root commit to compare with.
  const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'true';
  it.skipIf(shallow)(
    'against the root commit, where no tools.json existed yet: every tool is added (minor)',
    async () => {
      const root = execFileSync('git', ['rev-list', '--max-parents=0', 'HEAD'], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .pop()!;
      const { lines, log } = capture();
      expect(await main([root], log, log)).toBe(0);
      expect(lines[0]).toContain(': minor');
      expect(lines.join('\n')).toContain('list_all_egnyte_users: tool added');
    },
  );

  it('explains usage without a ref, and fails clearly on an unknown ref', async () => {
    const { lines, log } = capture();
    expect(await main([], log, log)).toBe(2);
    expect(lines.join('\n')).toContain('Usage: npm run tools:diff -- <git-ref>');
    const bad = capture();
    expect(await main(['no-such-ref-xyz'], bad.log, bad.log)).toBe(3);
    expect(bad.lines.join('\n')).toContain('git show no-such-ref-xyz');
  });
});
