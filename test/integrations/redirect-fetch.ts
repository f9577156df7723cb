/**
 * Preloaded into a generated bin under test (node --import): requests to TEST_FETCH_FROM (an
 * https origin the stand-in cannot serve, such as a data center's token server) go to
 * TEST_FETCH_TO instead, with the URL the runtime built in an x-test-original-url header. The
 * runtime calls vendors through node:https (and through fetch when one is passed in): both are
 * redirected.
 */
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';

const from = process.env.TEST_FETCH_FROM;
const to = process.env.TEST_FETCH_TO;

function redirected(url: string): { target: string; original: string } | undefined {
  return from && to && url.startsWith(from) ? { target: to + url.slice(from.length), original: url } : undefined;
}

if (from && to) {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
    const route = redirected(input instanceof Request ? input.url : String(input));
    if (!route) {
      return realFetch(input, init);
    }
    const headers = new Headers(init?.headers);
    headers.set('x-test-original-url', route.original);
    return realFetch(route.target, { ...init, headers });
  };

  const realRequest = https.request;
  const request = (...args: Parameters<typeof https.request>) => {
    const [url, options, callback] = args;
    const route = url instanceof URL || typeof url === 'string' ? redirected(String(url)) : undefined;
    if (!route || typeof options !== 'object' || options === null) {
      return realRequest(...args);
    }
    const { agent: _agent, ...plain } = options;
    const headers = { ...plain.headers, 'x-test-original-url': route.original };
    return http.request(new URL(route.target), { ...plain, headers }, callback);
  };
  https.request = request as typeof https.request;
  syncBuiltinESMExports();
}
