/**
 * The vendor side of connecting an account: the authorization-code flow and the refresh grant,
 * as the integration's spec describes them (`auth.oauth`). Token values never reach a message.
 */

import type { FetchFunction, IntegrationInfo, OAuthInfo, Outcome } from 'saas-mcp-runtime/host';
import { bearerScheme, isPlainObject, postTokenRequest, tokenErrorCode } from 'saas-mcp-runtime/host';
import type { StoredCredentials } from './vault.js';

type Env = Record<string, string | undefined>;

export interface OAuthApp {
  info: OAuthInfo;
  clientId: string;
  clientSecret: string;
}

/** The app from the environment, or a sentence saying what is missing. */
export function oauthApp(integration: IntegrationInfo, env: Env): Outcome<OAuthApp> {
  const info = bearerScheme(integration)?.oauth;
  if (!info) {
    return { ok: false, message: `${integration.displayName} has no OAuth flow in its spec` };
  }
  const clientId = env[info.clientIdEnv]?.trim();
  const clientSecret = env[info.clientSecretEnv]?.trim();
  if (!clientId || !clientSecret) {
    return { ok: false, message: `connecting by OAuth needs ${info.clientIdEnv} and ${info.clientSecretEnv}` };
  }
  return { ok: true, value: { info, clientId, clientSecret } };
}

export function authorizeUrl(app: OAuthApp, baseUrl: string, redirectUri: string, state: string): string {
  const url = new URL(`${baseUrl}${app.info.authorizePath}`);
  url.searchParams.set('client_id', app.clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('response_type', 'code');
  if (app.info.scopes.length > 0) {
    url.searchParams.set('scope', app.info.scopes.join(' '));
  }
  url.searchParams.set('state', state);
  return url.href;
}

/** Reads a token answer; a missing refresh token keeps the previous one (refresh grants may omit it). */
function readTokenAnswer(body: unknown, now: Date, previousRefresh?: string): StoredCredentials | undefined {
  if (!isPlainObject(body)) {
    return undefined;
  }
  const answer = body;
  if (typeof answer.access_token !== 'string' || answer.access_token === '') {
    return undefined;
  }
  const refreshToken =
    typeof answer.refresh_token === 'string' && answer.refresh_token !== '' ? answer.refresh_token : previousRefresh;
  const expiresIn = Number(answer.expires_in);
  return {
    accessToken: answer.access_token,
    ...(refreshToken ? { refreshToken } : {}),
    ...(Number.isFinite(expiresIn) && expiresIn > 0
      ? { expiresAt: new Date(now.getTime() + expiresIn * 1000).toISOString() }
      : {}),
  };
}

export async function requestTokens(
  app: OAuthApp,
  baseUrl: string,
  grant:
    | { grant_type: 'authorization_code'; code: string; redirect_uri: string }
    | { grant_type: 'refresh_token'; refresh_token: string },
  fetchFunction: FetchFunction | undefined,
  now: Date,
): Promise<Outcome<StoredCredentials>> {
  const form = Object.entries({ ...grant, client_id: app.clientId, client_secret: app.clientSecret });
  const sent = await postTokenRequest(`${baseUrl}${app.info.tokenPath}`, form, { timeoutMs: 30_000 }, fetchFunction);
  if (!sent.ok) {
    return { ok: false, message: `could not reach the token endpoint (${sent.message})` };
  }
  const { status, body } = sent.value;
  const what = grant.grant_type === 'refresh_token' ? 'refreshing the token' : 'exchanging the authorization code';
  if (status !== 200) {
    return {
      ok: false,
      message: `${what} failed: the token endpoint answered ${status} (${tokenErrorCode(body) ?? 'no error code'})`,
    };
  }
  const tokens = readTokenAnswer(body, now, grant.grant_type === 'refresh_token' ? grant.refresh_token : undefined);
  return tokens
    ? { ok: true, value: tokens }
    : { ok: false, message: `${what} failed: the answer has no access_token` };
}
