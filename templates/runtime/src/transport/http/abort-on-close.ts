/**
 * An AbortSignal for "the client went away": aborted when the HTTP response closes before it was
 * fully written. Passed down to the upstream fetch, so a call whose client disconnected stops there
 * too (the SDK's own request signal does not fire on a dropped HTTP connection).
 */
import type { ServerResponse } from 'node:http';

export function abortOnClose(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) {
      controller.abort();
    }
  });
  return controller.signal;
}
