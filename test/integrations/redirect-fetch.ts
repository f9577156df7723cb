/**
 * Preloaded into a generated bin under test (node --import): requests to TEST_FETCH_FROM (an
 * https origin the stand-in cannot serve, such as a data center's token server) go to
 * TEST_FETCH_TO instead, with the URL the runtime built in an x-test-original-url header.
 */
const from = process.env.TEST_FETCH_FROM;
const to = process.env.TEST_FETCH_TO;
if (from && to) {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(from)) {
      return realFetch(input, init);
    }
    const headers = new Headers(init?.headers);
    headers.set('x-test-original-url', url);
    return realFetch(to + url.slice(from.length), { ...init, headers });
  };
}
