/** Reads vendor payloads by the dotted paths the specs use (`Errors.0.description`, `data.-1.id`). */

/**
 * The value at a dotted path, or undefined when any step is missing. `0` indexes arrays and `-1`
 * counts from the end (the last item's id: `data.-1.id`). A key that itself holds dots
 * (`@odata.nextLink`) is matched whole before the path is split there.
 */
export function readPath(value: unknown, path: string): unknown {
  if (path === '') {
    return value;
  }
  let current: unknown = value;
  const steps = path.split('.');
  for (const [index, step] of steps.entries()) {
    if (Array.isArray(current)) {
      if (!/^-?\d+$/.test(step)) {
        return undefined;
      }
      const at = Number(step);
      current = current[at < 0 ? current.length + at : at];
    } else if (isPlainObject(current)) {
      const whole = steps.slice(index).join('.');
      if (index < steps.length - 1 && Object.hasOwn(current, whole)) {
        return current[whole];
      }
      current = Object.hasOwn(current, step) ? current[step] : undefined;
    } else {
      return undefined;
    }
  }
  return current;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
