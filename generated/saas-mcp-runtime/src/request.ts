// Generated from templates/runtime/request.ts by `npm run generate`. Do not edit: change the specs and regenerate.
/**
 * Turns validated flat arguments back into the vendor's request: path, query and body by the
 * generated location map, plus fixed values and paging parameters.
 */
import type { Outcome, UpstreamCredentials } from './credentials.js';
import { encodePathValue } from './path-encoding.js';
import type { JsonValue, ToolDefinition } from './tool-data.js';

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
}

function queryValues(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(queryValues);
  if (typeof value === 'object') return [JSON.stringify(value)];
  return [String(value)];
}

function fillPath(tool: ToolDefinition, args: Record<string, unknown>): Outcome<string> {
  let path = tool.request.path;
  for (const [flatName, location] of Object.entries(tool.request.locations)) {
    if (location.in !== 'path') continue;
    const value = args[flatName];
    if (value === undefined || value === null) {
      return { ok: false, message: `${flatName} is required` };
    }
    const encoded = encodePathValue(String(value), flatName, location.multiSegment === true);
    if (!encoded.ok) return encoded;
    path = path.split(`{${location.name}}`).join(encoded.value);
  }
  return { ok: true, value: path };
}

export function buildRequest(
  tool: ToolDefinition,
  args: Record<string, unknown>,
  credentials: UpstreamCredentials,
  paging?: PagingParams,
): Outcome<UpstreamRequest> {
  const path = fillPath(tool, args);
  if (!path.ok) return path;
  const query: Array<[string, string]> = Object.entries(tool.request.fixedQuery ?? {});
  const body: Record<string, JsonValue> = { ...tool.request.fixedBody };
  let hasBody = tool.request.fixedBody !== undefined;

  const skipArguments = paging?.onlyPagingArguments === true;
  for (const [flatName, location] of Object.entries(tool.request.locations)) {
    if (location.in === 'body') hasBody = true;
    const value = args[flatName];
    if (value === undefined || skipArguments || location.in === 'path') continue;
    if (location.in === 'query') {
      for (const item of queryValues(value)) query.push([location.name, item]);
    } else {
      body[location.name] = value as JsonValue;
    }
  }
  // A partial update that changes nothing is almost always a mistake by the caller, not a no-op to send.
  const bodyNames = Object.entries(tool.request.locations).filter(([, l]) => l.in === 'body').map(([flat]) => flat);
  if (tool.request.method === 'PATCH' && !tool.request.fixedBody && bodyNames.length > 0 && Object.keys(body).length === 0) {
    return { ok: false, message: `nothing to change: pass at least one of ${bodyNames.join(', ')}` };
  }
  for (const [name, value] of Object.entries(paging?.values ?? {})) {
    if (paging?.paramsIn === 'body') {
      body[name] = value;
      hasBody = true;
    } else {
      // A paging value (a decoded cursor, say) replaces an argument of the same vendor name.
      for (let index = query.length - 1; index >= 0; index--) if (query[index]?.[0] === name) query.splice(index, 1);
      for (const item of queryValues(value)) query.push([name, item]);
    }
  }
  // encodeURIComponent, not URLSearchParams: a space must travel as %20, never as "+".
  const search = query.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
  const url = credentials.baseUrl + path.value + (search ? `?${search}` : '');

  const headers: Record<string, string> = {
    authorization: `Bearer ${credentials.accessToken}`,
    accept: 'application/json',
  };
  if (!hasBody) return { ok: true, value: { method: tool.request.method, url, headers } };
  headers['content-type'] = 'application/json';
  return { ok: true, value: { method: tool.request.method, url, headers, body: JSON.stringify(body) } };
}
