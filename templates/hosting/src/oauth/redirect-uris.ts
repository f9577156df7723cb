/**
 * Which redirect URIs a client may name (design.md §4b, OAuth 2.1 §2.3.1, RFC 8252 §7.3): https,
 * or http only on a loopback host. They are compared exactly at authorize (the SDK's handler; the
 * port of a loopback URI may vary).
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

export const isLoopbackHost = (hostname: string) => LOOPBACK_HOSTS.has(hostname.toLowerCase());

/** Why this redirect URI is refused, or undefined when it is acceptable. */
export function redirectUriProblem(uri: unknown): string | undefined {
  if (typeof uri !== 'string' || !URL.canParse(uri)) {
    return `redirect URI ${JSON.stringify(uri)} is not a URL`;
  }
  const url = new URL(uri);
  if (url.hash !== '') {
    return `redirect URI ${uri} must not have a fragment`;
  }
  if (url.username !== '' || url.password !== '') {
    return `redirect URI ${uri} must not carry credentials`;
  }
  if (url.protocol === 'https:') {
    return undefined;
  }
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) {
    return undefined;
  }
  return `redirect URI ${uri} must be https (http only on a loopback host: 127.0.0.1, [::1], localhost)`;
}

/** The first problem among a client's redirect URIs. */
export function redirectUrisProblem(uris: unknown): string | undefined {
  if (!Array.isArray(uris) || uris.length === 0) {
    return 'redirect_uris must list at least one URI';
  }
  for (const uri of uris) {
    const problem = redirectUriProblem(uri);
    if (problem) {
      return problem;
    }
  }
  return undefined;
}
