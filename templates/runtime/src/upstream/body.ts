/**
 * What an upstream answer's body may be: at most `maxResponseBytes` once decoded (the exchange stops
 * reading there) and, when it is JSON, nested at most MAX_UPSTREAM_DEPTH deep.
 */
import { exceedsDepth, MAX_UPSTREAM_DEPTH } from '../data/json-limits.js';

/** 10 MiB: ten times the largest result the server returns, so a cut never hides a usable answer. */
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

export type BodyOutcome =
  | { ok: true; text: string; body: unknown }
  | { ok: false; kind: 'response_too_large' | 'unexpected_response'; message: string };

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MiB` : `${Math.round(bytes / 1024)} kB`;
}

export function tooLargeMessage(status: number, maxBytes: number): string {
  return `the upstream answer (status ${status}) is larger than ${sizeText(maxBytes)}; reading stopped there. Narrow the request`;
}

/** The body text parsed when it is JSON; refused past the nesting bound. */
export function parseUpstreamBody(text: string, status: number): BodyOutcome {
  let body: unknown;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (body !== undefined && exceedsDepth(body, MAX_UPSTREAM_DEPTH)) {
    const message = `the upstream answer (status ${status}) nests more than ${MAX_UPSTREAM_DEPTH} levels deep; it was not read`;
    return { ok: false, kind: 'unexpected_response', message };
  }
  return { ok: true, text, body };
}
