/**
 * The JSON text a result already made of its structuredContent, for a transport to reuse instead of
 * serialising the same object a second time (a page of 100 items costs 0.15-0.2 ms to serialise).
 * A transport that can reuse it turns the notes on; until then nothing is noted, so a transport that
 * never takes them (HTTP) holds nothing. At most MAX_NOTES are kept, oldest dropped first: a result
 * that is never sent (a cancelled call) cannot make the notes grow.
 */
import { setBounded } from './bounded-map.js';

const MAX_NOTES = 16;
const notes = new Map<string, Record<string, unknown>>();
let noting = false;

/** Called once by a transport that takes notes (stdio). */
export function startNotingJsonText(): void {
  noting = true;
}

/** Notes that `text` is exactly `JSON.stringify(value)`. */
export function noteJsonText(value: Record<string, unknown>, text: string): void {
  if (!noting) {
    return;
  }
  setBounded(notes, text, value, MAX_NOTES);
}

/** Same keys in the same order holding the same values: the two serialise to the same JSON. */
function shallowSame(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  const others = Object.keys(b);
  return keys.length === others.length && keys.every((key, index) => others[index] === key && a[key] === b[key]);
}

/**
 * `text` when it was noted as the JSON of an object shallowly the same as `value` (the SDK may pass
 * on a copy of the result it checked, but never copies the values inside), else undefined. The note
 * is used up either way.
 */
export function takeJsonText(value: Record<string, unknown>, text: string): string | undefined {
  const noted = notes.get(text);
  if (noted === undefined) {
    return undefined;
  }
  notes.delete(text);
  return shallowSame(noted, value) ? text : undefined;
}
