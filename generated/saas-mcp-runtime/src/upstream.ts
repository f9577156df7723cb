// Generated from templates/runtime/upstream.ts by `npm run generate`. Do not edit: change the specs and regenerate.
/**
 * The one place that talks to the vendor: a single fetch with a timeout, never retried, never
 * following redirects (a redirect could carry the bearer token to another host).
 */
import { readPath } from './json-path.js';
import type { HeaderLookup } from './ratelimit.js';
import type { UpstreamRequest } from './request.js';

export interface UpstreamResponse {
  status: number;
  header: HeaderLookup;
  /** Parsed JSON body; undefined for an empty or non-JSON body. */
  body: unknown;
  /** The raw body text, for messages when the body is not JSON. */
  text: string;
}

export type SendOutcome =
  | { ok: true; response: UpstreamResponse }
  | { ok: false; kind: 'timeout' | 'network_error'; message: string };

export type FetchFunction = typeof fetch;

export async function sendRequest(request: UpstreamRequest, timeoutMs: number, fetchFunction: FetchFunction = fetch): Promise<SendOutcome> {
  let answer: Response;
  let text: string;
  try {
    answer = await fetchFunction(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await answer.text();
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { ok: false, kind: 'timeout', message: `the upstream API did not answer within ${formatDuration(timeoutMs)}` };
    }
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, kind: 'network_error', message: `could not reach the upstream API${cause ? ` (${cause})` : ''}` };
  }
  let body: unknown;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  return { ok: true, response: { status: answer.status, header: (name) => answer.headers.get(name), body, text } };
}

function plainText(text: string): string {
  const heading = /<(?:title|h1)[^>]*>([^<]{1,200})</i.exec(text)?.[1];
  const stripped = (heading ?? text.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  return stripped.length > 200 ? `${stripped.slice(0, 197)}...` : stripped;
}

/** The vendor's own error message: the first listed path holding text, else a readable snippet. */
export function vendorMessage(response: UpstreamResponse, messagePaths: readonly string[]): string {
  for (const path of messagePaths) {
    const message = readPath(response.body, path);
    if (typeof message === 'string' && message.trim() !== '') return message.trim();
  }
  if (response.body === undefined && response.text.trim() !== '') {
    const snippet = plainText(response.text);
    return `the upstream API answered ${response.status} with a non-JSON body${snippet ? `: ${snippet}` : ''}`;
  }
  return `the upstream API answered ${response.status}`;
}

/** 300 -> "300 ms", 1400 -> "1.4 s", 30000 -> "30 s": never rounds a short timeout down to "0 s". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
