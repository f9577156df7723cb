/** Reads vendor payloads by the dotted paths the specs use (`Errors.0.description`, `resources`). */

/** The value at a dotted path, or undefined when any step is missing; `0` indexes arrays. */
export function readPath(value: unknown, path: string): unknown {
  if (path === '') return value;
  let current: unknown = value;
  for (const step of path.split('.')) {
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(step)) return undefined;
      current = current[Number(step)];
    } else if (isPlainObject(current)) {
      current = Object.prototype.hasOwnProperty.call(current, step) ? current[step] : undefined;
    } else {
      return undefined;
    }
  }
  return current;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
