/**
 * What an import produced, per operation, kept beside the specs (`openapi-import.json`) so the next
 * import of a newer document can say which operations were added, removed or changed.
 */
import { hash } from './render.js';
import { isObject, type JsonObject, obj, str } from './values.js';

export const MANIFEST = 'openapi-import.json';

export interface ManifestEntry {
  tool?: string;
  hash: string;
}

export interface Manifest {
  document: string;
  operations: Record<string, ManifestEntry>;
}

export interface OperationChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/** A fingerprint of everything the import wrote for one operation. */
export function operationHash(parts: unknown): string {
  return hash(JSON.stringify(parts)).slice(0, 16);
}

export function renderManifest(manifest: Manifest): string {
  const operations = Object.fromEntries(Object.entries(manifest.operations).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ document: manifest.document, operations }, null, 2)}\n`;
}

/** The previous manifest; undefined when there is none or it cannot be read (then nothing is compared). */
export function parseManifest(text: string | undefined): Manifest | undefined {
  if (text === undefined) {
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(raw) || !isObject(raw.operations)) {
    return undefined;
  }
  const operations: Record<string, ManifestEntry> = {};
  for (const [key, value] of Object.entries(raw.operations)) {
    const entry: JsonObject = obj(value);
    const h = str(entry.hash);
    if (h) {
      operations[key] = { hash: h, ...(str(entry.tool) ? { tool: str(entry.tool) } : {}) };
    }
  }
  return { document: str(raw.document) ?? '', operations };
}

export function compareManifests(before: Manifest, after: Manifest): OperationChanges {
  const old = before.operations;
  const now = after.operations;
  return {
    added: Object.keys(now)
      .filter((k) => !(k in old))
      .sort(),
    removed: Object.keys(old)
      .filter((k) => !(k in now))
      .sort(),
    changed: Object.keys(now)
      .filter((k) => k in old && old[k]?.hash !== now[k]?.hash)
      .sort(),
  };
}
