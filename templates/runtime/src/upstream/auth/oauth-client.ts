/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4): a form-encoded POST to the token endpoint, the
 * token kept per runtime and client until shortly before it expires. Concurrent calls share one
 * token request. Secrets and tokens never appear in messages.
 */
import { createHash } from 'node:crypto';
import type { Outcome } from '../../data/outcome.js';
import type { UpstreamCredentials } from '../credentials.js';
import { isPlainObject } from '../../data/json-path.js';
import { encodeForm } from '../request-encoding.js';
import type { OAuthClientCredentialsAuth } from '../../data/tool-data.js';
import { sendRequest, type SendOptions, type UpstreamContext } from '../client.js';

interface CachedToken {
  token: string;
  /** Renew from this instant on (ms); undefined: until the API refuses it. */
  renewAt?: number;
}

const caches = new WeakMap<UpstreamContext, Map<string, Promise<Outcome<CachedToken>>>>();

function cacheFor(runtime: UpstreamContext): Map<string, Promise<Outcome<CachedToken>>> {
  let cache = caches.get(runtime);
  if (!cache) caches.set(runtime, (cache = new Map()));
  return cache;
}

/** Absolute, or a path on the base URL's origin (so a sandbox base URL brings its own token endpoint). */
export function tokenEndpoint(scheme: OAuthClientCredentialsAuth, baseUrl: string): string {
  return scheme.tokenUrl.startsWith('/') ? new URL(scheme.tokenUrl, baseUrl).href : scheme.tokenUrl;
}

function cacheKey(scheme: OAuthClientCredentialsAuth, credentials: UpstreamCredentials): string {
  const text = JSON.stringify([tokenEndpoint(scheme, credentials.baseUrl), credentials.account, credentials.accessToken, scheme.scopes]);
  return createHash('sha256').update(text).digest('base64url');
}

/** Renew a minute early, or a tenth of the lifetime early for short-lived tokens. */
export function renewAt(obtainedAt: number, expiresIn: unknown): number | undefined {
  if (typeof expiresIn !== 'number' || !Number.isFinite(expiresIn) || expiresIn <= 0) return undefined;
  return obtainedAt + (expiresIn - Math.min(60, expiresIn / 10)) * 1000;
}

async function requestToken(runtime: UpstreamContext, scheme: OAuthClientCredentialsAuth, credentials: UpstreamCredentials, options: SendOptions): Promise<Outcome<CachedToken>> {
  const url = tokenEndpoint(scheme, credentials.baseUrl);
  const pairs: Array<[string, string]> = [['grant_type', 'client_credentials']];
  if (scheme.scopes && scheme.scopes.length > 0) pairs.push(['scope', scheme.scopes.join(' ')]);
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' };
  const clientId = credentials.account ?? '';
  if (scheme.clientAuth === 'body') {
    pairs.push(['client_id', clientId], ['client_secret', credentials.accessToken]);
  } else {
    // RFC 6749 §2.3.1: both parts form-encoded before the basic encoding.
    const user = `${encodeURIComponent(clientId)}:${encodeURIComponent(credentials.accessToken)}`;
    headers.authorization = `Basic ${Buffer.from(user).toString('base64')}`;
  }
  const obtainedAt = runtime.now().getTime();
  // Not the call's own signal: the token is shared, so one cancelled call must not fail the others waiting for it.
  const sent = await sendRequest({ method: 'POST', url, headers, body: encodeForm(pairs) }, { timeoutMs: options.timeoutMs, maxResponseBytes: options.maxResponseBytes }, runtime.fetch);
  const failed = (why: string): Outcome<CachedToken> => ({ ok: false, message: `could not get an access token from ${url}: ${why}` });
  if (!sent.ok) return failed(sent.message);
  const { status, body } = sent.response;
  const code = isPlainObject(body) && typeof body.error === 'string' ? ` (${body.error.slice(0, 80)})` : '';
  if (status < 200 || status >= 300) return failed(`the authorization server answered ${status}${code}`);
  if (!isPlainObject(body) || typeof body.access_token !== 'string' || body.access_token === '') {
    return failed('the authorization server answered without an access_token');
  }
  const renew = renewAt(obtainedAt, body.expires_in);
  return { ok: true, value: { token: body.access_token, ...(renew !== undefined ? { renewAt: renew } : {}) } };
}

/** A valid access token for these client credentials: cached, or fetched now. */
export async function fetchClientToken(runtime: UpstreamContext, scheme: OAuthClientCredentialsAuth, credentials: UpstreamCredentials, options: SendOptions): Promise<Outcome<string>> {
  const cache = cacheFor(runtime);
  const key = cacheKey(scheme, credentials);
  const cached = cache.get(key);
  if (cached) {
    const held = await cached;
    if (held.ok && (held.value.renewAt === undefined || runtime.now().getTime() < held.value.renewAt)) return { ok: true, value: held.value.token };
    if (cache.get(key) === cached) cache.delete(key);
  }
  let pending = cache.get(key);
  if (!pending) {
    pending = requestToken(runtime, scheme, credentials, options);
    cache.set(key, pending);
  }
  const fresh = await pending;
  if (!fresh.ok && cache.get(key) === pending) cache.delete(key);
  return fresh.ok ? { ok: true, value: fresh.value.token } : fresh;
}

/** Drops the cached token (the API refused it), so the next call fetches a new one. */
export function forgetClientToken(runtime: UpstreamContext, scheme: OAuthClientCredentialsAuth, credentials: UpstreamCredentials): void {
  cacheFor(runtime).delete(cacheKey(scheme, credentials));
}
