/**
 * Which redirect URIs a client may name (design.md §4b, OAuth 2.1 §2.3.1, RFC 8252 §7.3): https,
 * or http only on a loopback host. They are compared exactly at authorize, except that the port of
 * an http loopback URI may vary (RFC 8252 §7.3: native apps listen on whatever port is free).
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

/** An http loopback URI without its port; undefined for any other URI. */
function loopbackWithoutPort(uri: string): string | undefined {
  const url = URL.canParse(uri) ? new URL(uri) : undefined;
  if (url?.protocol !== 'http:' || !isLoopbackHost(url.hostname)) {
    return undefined;
  }
  url.port = '';
  return url.href;
}

/** Whether an authorization request's redirect URI is one the client registered. */
export function redirectUriRegistered(uri: string, registered: readonly string[]): boolean {
  if (registered.includes(uri)) {
    return true;
  }
  const loose = loopbackWithoutPort(uri);
  return loose !== undefined && registered.some((candidate) => loopbackWithoutPort(candidate) === loose);
}
