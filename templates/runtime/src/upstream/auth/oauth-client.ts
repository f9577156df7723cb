/**
 * OAuth 2.0 access tokens the runtime fetches itself: client credentials (RFC 6749 §4.4) and a
 * stored refresh token (§6). A form-encoded POST to the token endpoint, the token kept per runtime
 * and client until shortly before it expires. Concurrent calls share one token request. A refresh
 * token the server rotates replaces the stored one for later requests. Secrets and tokens never
 * appear in messages.
 */
import { createHash } from 'node:crypto';
import { isPlainObject } from '../../data/json-path.js';
import type { Outcome } from '../../data/outcome.js';
import type { TokenAuth } from '../../data/tool-data.js';
import type { SendOptions, UpstreamContext } from '../client.js';
import type { UpstreamCredentials } from '../credentials.js';
import { postTokenRequest, tokenErrorCode } from './token-endpoint.js';
import { tokenEndpoint } from './token-url.js';

interface CachedToken {
  token: string;
  /** Renew from this instant on (ms); undefined: until the API refuses it. */
  renewAt?: number;
}

const caches = new WeakMap<UpstreamContext, Map<string, Promise<Outcome<CachedToken>>>>();
/** Refresh tokens the authorization server rotated, by cache key: they replace the configured one. */
const rotated = new WeakMap<UpstreamContext, Map<string, string>>();

function mapFor<V>(maps: WeakMap<UpstreamContext, Map<string, V>>, runtime: UpstreamContext): Map<string, V> {
  let map = maps.get(runtime);
  if (!map) {
    map = new Map();
    maps.set(runtime, map);
  }
  return map;
}

function cacheFor(runtime: UpstreamContext): Map<string, Promise<Outcome<CachedToken>>> {
  return mapFor(caches, runtime);
}

function cacheKey(scheme: TokenAuth, credentials: UpstreamCredentials): string {
  const text = JSON.stringify([
    tokenEndpoint(scheme, credentials),
    credentials.account,
    credentials.accessToken,
    credentials.refreshToken,
    scheme.scopes,
  ]);
  return createHash('sha256').update(text).digest('base64url');
}

/** The grant's own form fields. */
function grantPairs(
  runtime: UpstreamContext,
  scheme: TokenAuth,
  credentials: UpstreamCredentials,
): Array<[string, string]> {
  if (scheme.type === 'oauth2_client_credentials') {
    return [['grant_type', 'client_credentials']];
  }
  const refreshToken = mapFor(rotated, runtime).get(cacheKey(scheme, credentials)) ?? credentials.refreshToken ?? '';
  return [
    ['grant_type', 'refresh_token'],
    ['refresh_token', refreshToken],
  ];
}

/** Renew a minute early, or a tenth of the lifetime early for short-lived tokens. */
export function renewAt(obtainedAt: number, expiresIn: unknown): number | undefined {
  if (typeof expiresIn !== 'number' || !Number.isFinite(expiresIn) || expiresIn <= 0) {
    return undefined;
  }
  return obtainedAt + (expiresIn - Math.min(60, expiresIn / 10)) * 1000;
}

async function requestToken(
  runtime: UpstreamContext,
  scheme: TokenAuth,
  credentials: UpstreamCredentials,
  options: SendOptions,
): Promise<Outcome<CachedToken>> {
  const url = tokenEndpoint(scheme, credentials);
  const unfilled = /\{[^}]+\}/.exec(url);
  if (unfilled) {
    return { ok: false, message: `the token URL ${scheme.tokenUrl} needs ${unfilled[0]}: set its base URL variable` };
  }
  const pairs = grantPairs(runtime, scheme, credentials);
  if (scheme.scopes && scheme.scopes.length > 0) {
    pairs.push(['scope', scheme.scopes.join(' ')]);
  }
  const headers: Record<string, string> = {};
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
  const sent = await postTokenRequest(url, pairs, { timeoutMs: options.timeoutMs, headers }, runtime.fetch);
  const failed = (why: string): Outcome<CachedToken> => ({
    ok: false,
    message: `could not get an access token from ${url}: ${why}`,
  });
  if (!sent.ok) {
    return failed(sent.message);
  }
  const { status, body } = sent.value;
  const error = tokenErrorCode(body);
  const code = error ? ` (${error})` : '';
  if (status < 200 || status >= 300) {
    return failed(`the authorization server answered ${status}${code}`);
  }
  if (!isPlainObject(body) || typeof body.access_token !== 'string' || body.access_token === '') {
    return failed('the authorization server answered without an access_token');
  }
  if (scheme.type === 'oauth2_refresh_token' && typeof body.refresh_token === 'string' && body.refresh_token !== '') {
    mapFor(rotated, runtime).set(cacheKey(scheme, credentials), body.refresh_token);
  }
  const renew = renewAt(obtainedAt, body.expires_in);
  return { ok: true, value: { token: body.access_token, ...(renew !== undefined ? { renewAt: renew } : {}) } };
}

/** A valid access token for these credentials: cached, or fetched now. */
export async function fetchClientToken(
  runtime: UpstreamContext,
  scheme: TokenAuth,
  credentials: UpstreamCredentials,
  options: SendOptions,
): Promise<Outcome<string>> {
  const cache = cacheFor(runtime);
  const key = cacheKey(scheme, credentials);
  const cached = cache.get(key);
  if (cached) {
    const held = await cached;
    if (held.ok && (held.value.renewAt === undefined || runtime.now().getTime() < held.value.renewAt)) {
      return { ok: true, value: held.value.token };
    }
    if (cache.get(key) === cached) {
      cache.delete(key);
    }
  }
  let pending = cache.get(key);
  if (!pending) {
    pending = requestToken(runtime, scheme, credentials, options);
    cache.set(key, pending);
  }
  const fresh = await pending;
  if (!fresh.ok && cache.get(key) === pending) {
    cache.delete(key);
  }
  return fresh.ok ? { ok: true, value: fresh.value.token } : fresh;
}

/** Drops the cached token (the API refused it), so the next call fetches a new one. */
export function forgetClientToken(runtime: UpstreamContext, scheme: TokenAuth, credentials: UpstreamCredentials): void {
  cacheFor(runtime).delete(cacheKey(scheme, credentials));
}
