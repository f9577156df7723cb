/**
 * Bracketed keys for nested values in a form body or a deepObject query parameter:
 * `metadata[plan]=pro`, `filter[owner][id]=7`, `items[0][price]=p_1`. Arrays of scalars keep their
 * array style (`tags[]=a` with brackets, `tags=a&tags=b` by default).
 */
import { isPlainObject } from '../data/json-path.js';
import type { ArrayStyle } from '../data/tool-data.js';
import { encodePairs } from './request-encoding.js';

export function encodeNested(name: string, value: unknown, style?: ArrayStyle): Array<[string, string]> {
  if (isPlainObject(value)) {
    return Object.entries(value).flatMap(([key, inner]) => encodeNested(`${name}[${key}]`, inner, style));
  }
  if (Array.isArray(value) && value.some((item) => isPlainObject(item) || Array.isArray(item))) {
    return value.flatMap((item, index) => encodeNested(`${name}[${index}]`, item, style));
  }
  return encodePairs(name, value, style);
}
