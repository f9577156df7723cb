/**
 * A body whose keys the caller chooses (metadata values, say) cannot be an object in a strict-mode
 * tool schema, so the tool takes `[{ key, value }]` and this spreads it back into `{ key: value }`.
 */
import type { Outcome } from '../data/outcome.js';
import { isPlainObject } from '../data/json-path.js';
import type { JsonValue } from '../data/tool-data.js';

/** Sets an own property even for a key like `__proto__`, which plain assignment would not. */
export function setOwn(target: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function entriesToObject(flatName: string, value: unknown): Outcome<{ [key: string]: JsonValue }> {
  const object: { [key: string]: JsonValue } = {};
  if (!Array.isArray(value)) return { ok: false, message: `${flatName} must be an array of { key, value }` };
  for (const entry of value) {
    if (!isPlainObject(entry) || typeof entry.key !== 'string' || !('value' in entry)) {
      return { ok: false, message: `${flatName} must be an array of { key, value }` };
    }
    if (Object.hasOwn(object, entry.key)) return { ok: false, message: `${flatName} has the key "${entry.key}" twice` };
    setOwn(object, entry.key, entry.value as JsonValue);
  }
  return { ok: true, value: object };
}
