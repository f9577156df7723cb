/**
 * The exchange through a `fetch` function passed in (`RuntimeOptions.fetch`): for embedders that
 * route vendor calls through their own client, and for tests that watch the calls. fetch inflates
 * gzip and brotli as it streams, so counting decoded chunks bounds memory even for a compression
 * bomb; reading stops at the cap and the rest of the stream is cancelled, never buffered.
 */
import { CappedBody, type Exchange } from './exchange.js';

export type FetchFunction = typeof fetch;

export function fetchExchange(fetchFunction: FetchFunction): Exchange {
  return async (request, signal, maxBytes) => {
    const answer = await fetchFunction(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal,
    });
    const body = new CappedBody(maxBytes);
    if (answer.body) {
      const reader = answer.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          break;
        }
        if (!body.add(value)) {
          await reader.cancel().catch(() => undefined);
          return { tooLarge: true, status: answer.status };
        }
      }
    }
    return { tooLarge: false, status: answer.status, header: (name) => answer.headers.get(name), text: body.text() };
  };
}
