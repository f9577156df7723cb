/**
 * A Map used as a small cache in insertion order: after a set, the oldest entries go until at most
 * `max` are left. A key set again moves to the end only if the caller deletes it first.
 */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= max) {
      return;
    }
    map.delete(oldest);
  }
}
