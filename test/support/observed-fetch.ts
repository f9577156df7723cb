/**
 * A fetch that records what passes through it, for assertions on what a client sent and what it
 * got back: hand `observed.fetch` to the code under test (the runtime's `fetch` option, an SDK
 * transport's `fetch`), then read `observed.exchanges`. By default it passes requests on to the
 * real fetch; a test can answer them itself instead.
 */

export interface Exchange {
  url: string;
  method: string;
  /** The request's headers as sent (names lower-cased). */
  headers: Record<string, string>;
  /** The request body when it was text (JSON, a form), else undefined. */
  body: string | undefined;
  init: RequestInit;
  /** The answer's status and headers (not its body: a copy of the body would hold up a caller that cancels it). */
  answer?: { status: number; headers: Headers };
}

export type Answer = (request: Exchange) => Response | Promise<Response>;

export interface ObservedFetch {
  fetch: typeof fetch;
  exchanges: Exchange[];
  /** The exchanges whose URL contains `part` (a path, a host). */
  to(part: string): Exchange[];
}

function headerRecord(headers: HeadersInit | undefined): Record<string, string> {
  return Object.fromEntries([...new Headers(headers ?? {}).entries()]);
}

/** `answer`: how the test answers each request (by default the real fetch does). */
export function observedFetch(answer?: Answer): ObservedFetch {
  const exchanges: Exchange[] = [];
  const observed: typeof fetch = async (input, init = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    const exchange: Exchange = {
      url,
      method: init.method ?? (input instanceof Request ? input.method : 'GET'),
      headers: headerRecord(init.headers ?? (input instanceof Request ? input.headers : undefined)),
      body:
        typeof init.body === 'string'
          ? init.body
          : init.body instanceof URLSearchParams
            ? String(init.body)
            : undefined,
      init,
    };
    exchanges.push(exchange);
    const response = answer ? await answer(exchange) : await fetch(input, init);
    exchange.answer = { status: response.status, headers: new Headers(response.headers) };
    return response;
  };
  return { fetch: observed, exchanges, to: (part) => exchanges.filter((exchange) => exchange.url.includes(part)) };
}
