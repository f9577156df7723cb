/**
 * Reads an upstream answer's body with a cap on the bytes read after decoding: fetch inflates gzip
 * and brotli as it streams, so counting decoded chunks bounds memory even for a compression bomb.
 * Reading stops at the cap and the rest of the stream is cancelled, never buffered.
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

async function readCapped(answer: Response, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false }> {
  if (!answer.body) {
    return { ok: true, text: '' };
  }
  const reader = answer.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    // Decoded once at the end: nothing past the cap is ever turned into text.
    if (done) {
      return { ok: true, text: Buffer.concat(chunks, size).toString('utf8') };
    }
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false };
    }
    chunks.push(value);
  }
}

/** The body as text and, when it is JSON, parsed; refused past the cap or the nesting bound. */
export async function readUpstreamBody(answer: Response, maxBytes: number): Promise<BodyOutcome> {
  const read = await readCapped(answer, maxBytes);
  if (!read.ok) {
    const message = `the upstream answer (status ${answer.status}) is larger than ${sizeText(maxBytes)}; reading stopped there. Narrow the request`;
    return { ok: false, kind: 'response_too_large', message };
  }
  let body: unknown;
  if (read.text.trim() !== '') {
    try {
      body = JSON.parse(read.text);
    } catch {
      body = undefined;
    }
  }
  if (body !== undefined && exceedsDepth(body, MAX_UPSTREAM_DEPTH)) {
    const message = `the upstream answer (status ${answer.status}) nests more than ${MAX_UPSTREAM_DEPTH} levels deep; it was not read`;
    return { ok: false, kind: 'unexpected_response', message };
  }
  return { ok: true, text: read.text, body };
}
