/**
 * How argument values travel outside a JSON body: query and form pairs (with the three array
 * styles), header values, and the `application/x-www-form-urlencoded` body.
 */
import type { Outcome } from '../data/outcome.js';
import type { ArrayStyle, JsonValue } from '../data/tool-data.js';

function scalarText(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** `name=value` pairs for one argument: arrays as repeated keys, one comma-joined value or `name[]` keys. */
export function encodePairs(name: string, value: unknown, style: ArrayStyle = 'repeat'): Array<[string, string]> {
  if (value === null || value === undefined) {
    return [];
  }
  if (!Array.isArray(value)) {
    return [[name, scalarText(value)]];
  }
  const items = value.filter((item) => item !== null && item !== undefined).map(scalarText);
  if (style === 'comma') {
    return items.length > 0 ? [[name, items.join(',')]] : [];
  }
  const key = style === 'brackets' ? `${name}[]` : name;
  return items.map((item) => [key, item]);
}

/** encodeURIComponent, not URLSearchParams: a space travels as %20, never as "+". */
export function encodeQuery(pairs: ReadonlyArray<[string, string]>): string {
  return pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
}

/** A form body; URLSearchParams is the form encoding by definition (space as "+"). */
export function encodeForm(pairs: ReadonlyArray<[string, string]>): string {
  return new URLSearchParams(pairs.map(([name, value]) => [name, value])).toString();
}

/** A header value from an argument: scalars only, never with a line break (header injection). */
export function headerValue(flatName: string, value: JsonValue): Outcome<string> {
  const text = Array.isArray(value) ? value.map(scalarText).join(', ') : scalarText(value);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL and line breaks are what is refused here
  if (/[\r\n\u0000]/.test(text)) {
    return { ok: false, message: `${flatName} must not contain line breaks` };
  }
  return { ok: true, value: text };
}
