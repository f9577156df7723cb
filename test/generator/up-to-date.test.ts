import { describe, expect, it } from 'vitest';
import { run } from '../../generator/run.js';

describe('committed generated/', () => {
  it('matches what the specs generate, byte for byte (same as npm run generate -- --check)', async () => {
    const result = await run({ specsRoot: 'specs', outRoot: 'generated', mode: 'check' });
    expect(result.diagnostics).toEqual([]);
    expect(result.changes).toEqual([]);
  });
});
