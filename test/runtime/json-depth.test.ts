/** The depth bound on outside JSON (data/json-limits.ts): exact at the limit, and safe far past it. */
import { describe, expect, it } from 'vitest';
import { exceedsDepth } from '../../templates/runtime/src/data/json-limits.js';

/** `levels` arrays/objects nested in one another, alternating. */
function nested(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) {
    value = i % 2 === 0 ? [value] : { key: value };
  }
  return value;
}

describe('exceedsDepth', () => {
  it.each([
    ['a string', 'text', 0, false],
    ['null', null, 0, false],
    ['an object at limit 0', {}, 0, true],
    ['an object at limit 1', {}, 1, false],
    ['4 levels at limit 4', nested(4), 4, false],
    ['5 levels at limit 4', nested(5), 4, true],
    ['a deep value in the last item of a wide array', [1, 2, { a: 1 }, nested(4)], 4, true],
    ['a deep value under the last key', { a: 1, b: [], c: nested(3) }, 3, true],
    ['a wide, shallow page', { data: Array.from({ length: 1000 }, (_, id) => ({ id, tags: ['a'] })) }, 4, false],
  ])('%s', (_name, value, limit, want) => {
    expect(exceedsDepth(value, limit)).toBe(want);
  });

  it('does not count inherited properties', () => {
    const child = Object.create({ inherited: nested(10) }) as Record<string, unknown>;
    child.own = 1;
    expect(exceedsDepth(child, 2)).toBe(false);
  });

  it('stops at the limit on a value nested 200,000 levels deep', () => {
    expect(exceedsDepth(nested(200_000), 256)).toBe(true);
  });
});
