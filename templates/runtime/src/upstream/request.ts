/**
 * Turns validated flat arguments back into the vendor's request: path, query, headers and body by
 * the generated location map, plus fixed values and paging parameters. Credentials are added
 * afterwards by `authorize.ts`.
 */
import { isPlainObject } from '../data/json-path.js';
import type { Outcome } from '../data/outcome.js';
import type { JsonValue, ToolDefinition } from '../data/tool-data.js';
import { underBase } from './base-url.js';
import type { UpstreamCredentials } from './credentials.js';
import { encodePathValue } from './path-encoding.js';
import { encodeForm, encodePairs, encodeQuery, headerValue } from './request-encoding.js';
import { encodeNested } from './request-nested.js';

export interface UpstreamRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Paging parameters in vendor names, and whether follow-ups drop the other arguments. */
export interface PagingParams {
  values: Record<string, JsonValue>;
  paramsIn: 'query' | 'body';
  onlyPagingArguments: boolean;
  /** Link paging: the next page's path and query relative to the base URL, called as it is. */
  nextUrl?: string;
}

function fillPath(tool: ToolDefinition, args: Record<string, unknown>): Outcome<string> {
  let path = tool.request.path;
  for (const [flatName, location] of Object.entries(tool.request.locations)) {
    if (location.in !== 'path') {
      continue;
    }
    const value = args[flatName];
    if (value === undefined || value === null) {
      return { ok: false, message: `${flatName} is required` };
    }
    const encoded = encodePathValue(String(value), flatName, location.multiSegment === true);
    if (!encoded.ok) {
      return encoded;
    }
    path = path.split(`{${location.name}}`).join(encoded.value);
  }
  return { ok: true, value: path };
}

/** Sets an own property even for a key like `__proto__`, which plain assignment would not. */
function setOwn(target: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `[{name: "jsmith", permission: "Full"}]` -> `{jsmith: "Full"}`; a key given twice is refused, not silently overwritten. */
export function mapFromEntries(
  flatName: string,
  value: unknown,
  names: { key: string; value: string },
): Outcome<{ [key: string]: JsonValue }> {
  const map: { [key: string]: JsonValue } = {};
  if (!Array.isArray(value)) {
    return { ok: false, message: `${flatName} must be an array of { ${names.key}, ${names.value} }` };
  }
  for (const entry of value) {
    if (!isPlainObject(entry) || typeof entry[names.key] !== 'string' || !Object.hasOwn(entry, names.value)) {
      return { ok: false, message: `${flatName} must be an array of { ${names.key}, ${names.value} }` };
    }
    const key = entry[names.key] as string;
    if (Object.hasOwn(map, key)) {
      return { ok: false, message: `${flatName} names ${JSON.stringify(key)} twice; give each ${names.key} once` };
    }
    setOwn(map, key, entry[names.value] as JsonValue);
  }
  return { ok: true, value: map };
}

export function buildRequest(
  tool: ToolDefinition,
  args: Record<string, unknown>,
  credentials: UpstreamCredentials,
  paging?: PagingParams,
): Outcome<UpstreamRequest> {
  const path = fillPath(tool, args);
  if (!path.ok) {
    return path;
  }
  const query: Array<[string, string]> = Object.entries(tool.request.fixedQuery ?? {});
  const body: Record<string, JsonValue> = { ...tool.request.fixedBody };
  const headers: Record<string, string> = { accept: 'application/json' };
  let hasBody = tool.request.fixedBody !== undefined;

  const skipArguments = paging?.onlyPagingArguments === true;
  for (const [flatName, location] of Object.entries(tool.request.locations)) {
    if (location.in === 'body') {
      hasBody = true;
    }
    const value = args[flatName];
    if (value === undefined || skipArguments || location.in === 'path') {
      continue;
    }
    if (location.in === 'query') {
      const encode = location.objectStyle === 'deep_object' ? encodeNested : encodePairs;
      query.push(...encode(location.name, value, location.arrayStyle));
    } else if (location.in === 'header') {
      const text = headerValue(flatName, value as JsonValue);
      if (!text.ok) {
        return text;
      }
      headers[location.name.toLowerCase()] = text.value;
    } else if (location.sendAsMap) {
      const map = mapFromEntries(flatName, value, location.sendAsMap);
      if (!map.ok) {
        return map;
      }
      if (location.sendAsMap.spread) {
        for (const [key, entry] of Object.entries(map.value)) {
          setOwn(body, key, entry);
        }
      } else {
        body[location.name] = map.value;
      }
    } else {
      body[location.name] = value as JsonValue;
    }
  }
  // A partial update that changes nothing is almost always a mistake by the caller, not a no-op to send.
  const bodyNames = Object.entries(tool.request.locations)
    .filter(([, l]) => l.in === 'body')
    .map(([flat]) => flat);
  if (
    tool.request.method === 'PATCH' &&
    !tool.request.fixedBody &&
    bodyNames.length > 0 &&
    Object.keys(body).length === 0
  ) {
    return { ok: false, message: `nothing to change: pass at least one of ${bodyNames.join(', ')}` };
  }
  for (const [name, value] of Object.entries(paging?.values ?? {})) {
    if (paging?.paramsIn === 'body') {
      body[name] = value;
      hasBody = true;
    } else {
      // A paging value (a decoded cursor, say) replaces an argument of the same vendor name.
      for (let index = query.length - 1; index >= 0; index--) {
        if (query[index]?.[0] === name) {
          query.splice(index, 1);
        }
      }
      query.push(...encodePairs(name, value));
    }
  }
  let url = credentials.baseUrl + path.value + (query.length > 0 ? `?${encodeQuery(query)}` : '');
  if (paging?.nextUrl !== undefined) {
    // The vendor's next-page URL, checked again: a cursor could have been forged to point elsewhere.
    const next = underBase(credentials.baseUrl, `${credentials.baseUrl}${paging.nextUrl}`);
    if (!next.ok || next.value !== paging.nextUrl) {
      return { ok: false, message: 'next_cursor does not point into this API; omit it to start over' };
    }
    url = credentials.baseUrl + next.value;
  }
  if (!hasBody) {
    return { ok: true, value: { method: tool.request.method, url, headers } };
  }
  if (tool.request.bodyEncoding === 'form') {
    const styles = new Map(
      Object.values(tool.request.locations)
        .filter((l) => l.in === 'body')
        .map((l) => [l.name, l.arrayStyle]),
    );
    const pairs = Object.entries(body).flatMap(([name, value]) => encodeNested(name, value, styles.get(name)));
    headers['content-type'] = 'application/x-www-form-urlencoded';
    return { ok: true, value: { method: tool.request.method, url, headers, body: encodeForm(pairs) } };
  }
  headers['content-type'] = 'application/json';
  return { ok: true, value: { method: tool.request.method, url, headers, body: JSON.stringify(body) } };
}
