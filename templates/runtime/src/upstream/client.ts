/**
 * The one place that talks to the vendor: a single exchange with a timeout and a cap on the answer,
 * never retried, never following redirects (a redirect could carry the bearer token to another
 * host). Node's HTTP client makes the exchange unless a `fetch` function was passed in.
 */
import { readPath } from '../data/json-path.js';
import type { ServerData } from '../data/tool-data.js';
import { parseUpstreamBody, tooLargeMessage } from './body.js';
import { type Exchange, UndecodableBody } from './exchange.js';
import { type FetchFunction, fetchExchange } from './exchange-fetch.js';
import { boundMessage, readableSnippet } from './message.js';
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
  | {
      ok: false;
      kind: 'timeout' | 'network_error' | 'cancelled' | 'response_too_large' | 'unexpected_response';
      message: string;
    };

export type { FetchFunction };

export interface SendOptions {
  timeoutMs: number;
  /** Cap on the decoded bytes read from one answer. */
  maxResponseBytes: number;
  /** Aborted when the MCP request is cancelled or its client goes away: the fetch stops too. */
  signal?: AbortSignal;
}

let nodeExchange: Promise<Exchange> | undefined;

/** The exchange through a fetch function passed in, else Node's HTTP client (loaded on the first call). */
function exchangeFor(fetchFunction: FetchFunction | undefined): Exchange | Promise<Exchange> {
  if (fetchFunction) {
    return fetchExchange(fetchFunction);
  }
  nodeExchange ??= import('./exchange-node.js').then((module) => module.nodeExchange);
  return nodeExchange;
}

export async function sendRequest(
  request: UpstreamRequest,
  options: SendOptions,
  fetchFunction?: FetchFunction,
): Promise<SendOutcome> {
  const { timeoutMs, signal } = options;
  // One controller and a timer cleared when the call settles: AbortSignal.timeout + AbortSignal.any
  // cost about 45 us a call, and keep a 30 s timer and a composite signal per call until they expire.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('upstream timeout', 'TimeoutError')), timeoutMs);
  timer.unref(); // like AbortSignal.timeout's: a pending call alone does not keep the process up
  const onCancel = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onCancel, { once: true });
  if (signal?.aborted) {
    onCancel();
  }
  try {
    const exchange = await exchangeFor(fetchFunction);
    const answer = await exchange(request, controller.signal, options.maxResponseBytes);
    if (answer.tooLarge) {
      return {
        ok: false,
        kind: 'response_too_large',
        message: tooLargeMessage(answer.status, options.maxResponseBytes),
      };
    }
    const read = parseUpstreamBody(answer.text, answer.status);
    if (!read.ok) {
      return read;
    }
    return { ok: true, response: { status: answer.status, header: answer.header, body: read.body, text: read.text } };
  } catch (error) {
    if (signal?.aborted) {
      return {
        ok: false,
        kind: 'cancelled',
        message: 'the call was cancelled by the client; the upstream request was aborted',
      };
    }
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return {
        ok: false,
        kind: 'timeout',
        message: `the upstream API did not answer within ${formatDuration(timeoutMs)}`,
      };
    }
    if (error instanceof UndecodableBody) {
      return {
        ok: false,
        kind: 'unexpected_response',
        message: `the upstream answer could not be decoded as its content-encoding (${error.message}) says`,
      };
    }
    // Node's client puts the code on the error, fetch on its cause.
    const failure = error as { code?: unknown; cause?: { code?: unknown } };
    const code = failure.cause?.code ?? failure.code;
    const cause = typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? code : undefined;
    return {
      ok: false,
      kind: 'network_error',
      message: `could not reach the upstream API${cause ? ` (${cause})` : ''}`,
    };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCancel);
  }
}

/** The vendor's own error message: the first listed path holding text, else a readable snippet. */
export function vendorMessage(response: UpstreamResponse, messagePaths: readonly string[]): string {
  for (const path of messagePaths) {
    const message = readPath(response.body, path);
    if (typeof message === 'string' && message.trim() !== '') {
      return boundMessage(message);
    }
  }
  if (response.body === undefined && response.text.trim() !== '') {
    const snippet = readableSnippet(response.text);
    return `the upstream API answered ${response.status} with a non-JSON body${snippet ? `: ${snippet}` : ''}`;
  }
  return `the upstream API answered ${response.status}`;
}

/** 300 -> "300 ms", 1400 -> "1.4 s", 30000 -> "30 s": never rounds a short timeout down to "0 s". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

/** What upstream auth needs of the runtime (`ToolRuntime` has it): the integration, fetch and the clock. */
export interface UpstreamContext {
  readonly data: Pick<ServerData, 'integration'>;
  /** A fetch function passed in; undefined: Node's HTTP client. */
  fetch?: FetchFunction;
  now: () => Date;
}
