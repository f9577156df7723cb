/**
 * Decoders for the parsed OpenAPI document: it is untyped JSON, so every read goes through these
 * (a wrong shape reads as absent, never as a crash) instead of casts.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function obj(v: unknown): JsonObject {
  return isObject(v) ? v : {};
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function list(v: unknown): Json[] {
  return Array.isArray(v) ? (v as Json[]) : [];
}

export function strings(v: unknown): string[] {
  return list(v).filter((s): s is string => typeof s === 'string');
}

/** Words of a name in any casing or separator: "listForRepo", "list-for-repo", "page[size]" -> [list, for, repo]. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** snake_case that always starts with a letter (the spec format's name pattern). */
export function snake(text: string, fallback = 'x'): string {
  const joined = words(text).join('_');
  return /^[a-z]/.test(joined) ? joined : `${fallback}_${joined}`.replace(/_$/, '');
}

/** Upper snake for environment variable names. */
export function envName(...parts: string[]): string {
  return parts.flatMap(words).join('_').toUpperCase();
}

/** The vendor's own text, trimmed; undefined when there is none. */
export function vendorText(v: unknown): string | undefined {
  const text = str(v)?.trim();
  return text ? text : undefined;
}
