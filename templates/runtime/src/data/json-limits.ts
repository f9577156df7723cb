/**
 * Bounds on JSON values from outside (tool arguments, upstream answers), checked without recursion
 * so that a value nested thousands of levels deep cannot overflow the stack while being checked.
 */

/** Arguments nest far less than this in any real tool; deeper input is refused before validation. */
export const MAX_ARGUMENT_DEPTH = 64;
/** Upstream answers are refused past this depth (serialising them would overflow the stack). */
export const MAX_UPSTREAM_DEPTH = 256;

/** True when arrays/objects in `value` nest more than `maxDepth` levels deep. */
export function exceedsDepth(value: unknown, maxDepth: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) {
      continue;
    }
    if (depth + 1 > maxDepth) {
      return true;
    }
    for (const child of Object.values(current)) {
      stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * The dotted place of the first string (or key) holding a lone UTF-16 surrogate: such text cannot be
 * encoded as UTF-8, so it would reach the vendor silently changed. Undefined when all are well formed.
 */
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function findIllFormedText(value: unknown, place = ''): string | undefined {
  const stack: Array<[unknown, string]> = [[value, place]];
  while (stack.length > 0) {
    const [current, at] = stack.pop() as [unknown, string];
    if (typeof current === 'string') {
      if (LONE_SURROGATE.test(current)) {
        return at || '(arguments)';
      }
      continue;
    }
    if (typeof current !== 'object' || current === null) {
      continue;
    }
    for (const [key, child] of Object.entries(current)) {
      const childPlace = at ? `${at}.${key}` : key;
      if (LONE_SURROGATE.test(key)) {
        return childPlace;
      }
      stack.push([child, childPlace]);
    }
  }
  return undefined;
}
