/**
 * One request/answer exchange with the vendor, below the client's policy (timeout, cap, error
 * kinds): the answer's status, headers and decoded body text, read up to a byte cap. Two ways to
 * make it: Node's own HTTP client (the default, exchange-node.ts) and a `fetch` function that an
 * embedder or a test passes in (exchange-fetch.ts).
 * An exchange rejects with the signal's reason when the signal aborts, and with the network error
 * otherwise; the client turns both into its error kinds.
 */
import type { HeaderLookup } from './ratelimit.js';
import type { UpstreamRequest } from './request.js';

export type ExchangeAnswer =
  | { tooLarge: false; status: number; header: HeaderLookup; text: string }
  | { tooLarge: true; status: number };

export type Exchange = (request: UpstreamRequest, signal: AbortSignal, maxBytes: number) => Promise<ExchangeAnswer>;

/**
 * Collects decoded chunks up to `maxBytes`; `add` says false once the cap is passed, and nothing
 * past it is kept. The text is decoded once at the end, so no chunk is turned into text twice.
 */
export class CappedBody {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  add(chunk: Uint8Array): boolean {
    this.size += chunk.byteLength;
    if (this.size > this.maxBytes) {
      this.chunks.length = 0;
      return false;
    }
    this.chunks.push(chunk);
    return true;
  }

  text(): string {
    const [only] = this.chunks;
    if (this.chunks.length === 1 && only) {
      return Buffer.from(only.buffer, only.byteOffset, only.byteLength).toString('utf8');
    }
    return Buffer.concat(this.chunks, this.size).toString('utf8');
  }
}

/** The body could not be inflated as its content-encoding says (the message names the coding). */
export class UndecodableBody extends Error {
  override readonly name = 'UndecodableBody';
}
