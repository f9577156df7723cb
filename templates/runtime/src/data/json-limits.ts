/**
 * Bounds on JSON values from outside (tool arguments, upstream answers). The depth check recurses
 * at most `maxDepth` levels (it stops there), so a value nested thousands of levels deep cannot
 * overflow the stack while being checked.
 */

/** Arguments nest far less than this in any real tool; deeper input is refused before validation. */
export const MAX_ARGUMENT_DEPTH = 64;
/** Upstream answers are refused past this depth (serialising them would overflow the stack). */
export const MAX_UPSTREAM_DEPTH = 256;

/**
 * True when arrays/objects in `value` nest more than `maxDepth` levels deep. It allocates nothing:
 * every upstream answer goes through it, and a list page has thousands of values.
 */
export function exceedsDepth(value: unknown, maxDepth: number): boolean {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  if (maxDepth <= 0) {
    return true;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (exceedsDepth(value[i], maxDepth - 1)) {
        return true;
      }
    }
    return false;
  }
  for (const key in value) {
    if (Object.hasOwn(value, key) && exceedsDepth((value as Record<string, unknown>)[key], maxDepth - 1)) {
      return true;
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
