/**
 * Sends an upstream request with the credentials of its auth scheme: bearer, API key (header or
 * query), HTTP basic, or an OAuth 2.0 token (client credentials or refresh token) fetched, cached
 * and renewed here.
 */

import type { Outcome } from '../../data/outcome.js';
import type { AuthScheme } from '../../data/tool-data.js';
import { type SendOptions, type SendOutcome, sendRequest, type UpstreamContext } from '../client.js';
import type { UpstreamCredentials } from '../credentials.js';
import type { UpstreamRequest } from '../request.js';
import { fetchClientToken, forgetClientToken } from './oauth-client.js';
import { authSchemes } from './schemes.js';
import { isTokenScheme } from './token-url.js';

/** The request with this scheme's credentials added; `token` is the OAuth access token. */
export function withCredentials(
  request: UpstreamRequest,
  scheme: AuthScheme,
  credentials: UpstreamCredentials,
  token?: string,
): UpstreamRequest {
  const headers = { ...request.headers };
  let url = request.url;
  switch (scheme.type) {
    case 'bearer':
      headers.authorization = `Bearer ${credentials.accessToken}`;
      break;
    case 'api_key':
      if (scheme.in === 'query') {
        url += `${url.includes('?') ? '&' : '?'}${encodeURIComponent(scheme.name)}=${encodeURIComponent(credentials.accessToken)}`;
      } else {
        headers[scheme.name.toLowerCase()] = scheme.scheme
          ? `${scheme.scheme} ${credentials.accessToken}`
          : credentials.accessToken;
      }
      break;
    case 'basic': {
      // Without a password variable the secret is the user name: `<key>:`.
      const pair =
        scheme.passwordEnv === undefined
          ? `${credentials.accessToken}:`
          : `${credentials.account ?? ''}:${credentials.accessToken}`;
      headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
      break;
    }
    case 'oauth2_client_credentials':
    case 'oauth2_refresh_token':
      headers.authorization = `${scheme.headerScheme ?? 'Bearer'} ${token ?? ''}`;
      break;
  }
  return { ...request, url, headers };
}

export function schemeOf(runtime: UpstreamContext, credentials: UpstreamCredentials): AuthScheme {
  const schemes = authSchemes(runtime.data.integration);
  return schemes[credentials.scheme ?? 0] ?? runtime.data.integration.auth;
}

/** Query parameters that carry this scheme's credentials (none unless the key travels in the query). */
export function secretQueryParams(runtime: UpstreamContext, credentials: UpstreamCredentials): string[] {
  const scheme = schemeOf(runtime, credentials);
  return scheme.type === 'api_key' && scheme.in === 'query' ? [scheme.name] : [];
}

export type AuthorizedOutcome = SendOutcome | { ok: false; kind: 'auth_failed'; message: string };

/** One upstream call; an OAuth token refused with 401 is renewed once and the call repeated. */
export async function sendAuthorized(
  runtime: UpstreamContext,
  credentials: UpstreamCredentials,
  request: UpstreamRequest,
  options: SendOptions,
): Promise<AuthorizedOutcome> {
  const scheme = schemeOf(runtime, credentials);
  if (!isTokenScheme(scheme)) {
    return sendRequest(withCredentials(request, scheme, credentials), options, runtime.fetch);
  }
  const attempt = async (): Promise<AuthorizedOutcome> => {
    const token: Outcome<string> = await fetchClientToken(runtime, scheme, credentials, options);
    if (!token.ok) {
      return { ok: false, kind: 'auth_failed', message: token.message };
    }
    return sendRequest(withCredentials(request, scheme, credentials, token.value), options, runtime.fetch);
  };
  const first = await attempt();
  if (!first.ok || first.response.status !== 401) {
    return first;
  }
  forgetClientToken(runtime, scheme, credentials);
  return attempt();
}
