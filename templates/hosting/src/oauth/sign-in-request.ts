/**
 * Where node-oidc-provider sends the browser once it has checked an authorization request (the
 * client, the redirect URI, PKCE, the resource): the request is kept in the store, bound to this
 * browser's `mcp_signin` cookie (browser-binding.ts; the provider's own cookies are dropped from the
 * answer and this one set, provider.ts), and the browser goes to the consent page (signin.ts).
 * No scope asked means the least privilege; an unknown scope is refused to the client.
 */
import { errors, type Interaction, type KoaContextWithOIDC } from 'oidc-provider';
import { hashSecret } from '../control/context.js';
import { newSession, presentedSession, sessionCookie, sessionHash } from './browser-binding.js';
import { REQUEST_WINDOW_MS } from './provider.js';
import type { OAuthRecords, SignInRequest } from './records.js';
import { grantedScopes, type OAuthSettings } from './settings.js';

export function beginSignIn(records: OAuthRecords, settings: OAuthSettings) {
  const secure = settings.publicUrl.startsWith('https:');
  return async (koa: KoaContextWithOIDC, interaction: Interaction): Promise<string> => {
    const { params, client } = koa.oidc;
    const asked = typeof params?.scope === 'string' ? params.scope.split(' ').filter(Boolean) : [];
    const scopes = grantedScopes(asked, settings);
    if (!scopes.ok) {
      throw new errors.InvalidScope(scopes.message, asked.join(' '));
    }
    if (!client || typeof params?.redirect_uri !== 'string' || typeof params.code_challenge !== 'string') {
      throw new errors.InvalidRequest('the authorization request is incomplete');
    }
    // The answer comes back in the query (the metadata says so); the sign-in pages send no other kind.
    if (params.response_mode !== undefined && params.response_mode !== 'query') {
      throw new errors.InvalidRequest('response_mode must be query here');
    }
    const request: SignInRequest = {
      clientId: client.clientId,
      clientName: client.clientName ?? client.clientId,
      redirectUri: params.redirect_uri,
      codeChallenge: params.code_challenge,
      scopes: scopes.value,
      ...(typeof params.state === 'string' ? { state: params.state } : {}),
    };
    const session = presentedSession(koa.req, secure) ?? newSession();
    await records.insertRequest(
      hashSecret(interaction.uid),
      request,
      new Date(settings.now().getTime() + REQUEST_WINDOW_MS).toISOString(),
      sessionHash(session),
    );
    koa.state.signinCookie = sessionCookie(session, REQUEST_WINDOW_MS / 1000, secure);
    return `${settings.publicUrl}/oauth/signin?request=${encodeURIComponent(interaction.uid)}`;
  };
}
