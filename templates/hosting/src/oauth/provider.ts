/**
 * The authorization server's storage side, behind the MCP SDK's own OAuth handlers (authorize,
 * token, register, revoke: request parsing, PKCE S256 verification, client authentication and
 * error answers are the SDK's). Here: clients (registered or by metadata document), codes and
 * tokens (random, stored as hashes, bound to one grant = one MCP server record), refresh rotation
 * with replay detection, and the access-token check of the resource server.
 */

import type { IncomingMessage } from 'node:http';
import type { OAuthRegisteredClientsStore } from '@modelcontextprotocol/sdk/server/auth/clients.js';
import {
  InvalidClientMetadataError,
  InvalidGrantError,
  InvalidScopeError,
  InvalidTargetError,
  InvalidTokenError,
} from '@modelcontextprotocol/sdk/server/auth/errors.js';
import type { AuthorizationParams, OAuthServerProvider } from '@modelcontextprotocol/sdk/server/auth/provider.js';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';
import type {
  OAuthClientInformationFull,
  OAuthTokenRevocationRequest,
  OAuthTokens,
} from '@modelcontextprotocol/sdk/shared/auth.js';
import { hashSecret, newId, newSecret } from '../control/context.js';
import { newSession, presentedSession, sessionCookie, sessionHash } from './browser-binding.js';
import { isMetadataDocumentId, MetadataDocuments } from './client-metadata.js';
import {
  decodeGrantData,
  type GrantData,
  type OAuthRecords,
  type SignInRequest,
  type TokenKind,
  type TokenRow,
} from './records.js';
import { redirectUrisProblem } from './redirect-uris.js';
import { grantedScopes, type OAuthSettings } from './settings.js';

export const ACCESS_TOKEN_PREFIX = 'mcp_at_';
const REFRESH_TOKEN_PREFIX = 'mcp_rt_';
const LIFETIME_MS: Record<TokenKind, number> = {
  code: 5 * 60_000,
  access: 60 * 60_000,
  refresh: 30 * 24 * 60 * 60_000,
};
/** How long the user has to sign in with the vendor and answer the consent page. */
export const REQUEST_WINDOW_MS = 15 * 60_000;

/** What `authorize` needs of the Express response the SDK hands it. */
interface Redirecting {
  redirect(status: number, url: string): void;
  setHeader(name: string, value: string): void;
  req: IncomingMessage;
}

export interface IssuedGrant {
  serverId: string;
  accountId: string;
  clientId: string;
  scopes: string[];
  resource: string;
}

export class StoreOAuthProvider implements OAuthServerProvider {
  private readonly documents: MetadataDocuments;

  constructor(
    private readonly records: OAuthRecords,
    private readonly settings: OAuthSettings,
  ) {
    this.documents = new MetadataDocuments(settings);
  }

  get clientsStore(): OAuthRegisteredClientsStore {
    return {
      getClient: (clientId) => this.client(clientId),
      // Every client is public (PKCE protects the code); a requested secret method is replaced by "none".
      registerClient: async (metadata) => {
        const { client_secret: _secret, client_secret_expires_at: _expires, ...rest } = metadata;
        const problem = redirectUrisProblem(rest.redirect_uris);
        if (problem) {
          throw new InvalidClientMetadataError(problem);
        }
        const client: OAuthClientInformationFull = {
          ...rest,
          token_endpoint_auth_method: 'none',
          client_id: newId(),
          client_id_issued_at: Math.floor(this.settings.now().getTime() / 1000),
        };
        await this.records.insertClient(client.client_id, JSON.stringify(client), this.settings.now().toISOString());
        return client;
      },
    };
  }

  private async client(clientId: string): Promise<OAuthClientInformationFull | undefined> {
    if (isMetadataDocumentId(clientId, this.settings)) {
      return this.documents.get(clientId);
    }
    const stored = await this.records.client(clientId);
    return stored === undefined ? undefined : (JSON.parse(stored) as OAuthClientInformationFull);
  }

  /** The SDK has checked the client, the redirect URI and the PKCE parameters; the user signs in next. */
  async authorize(client: OAuthClientInformationFull, params: AuthorizationParams, res: Redirecting): Promise<void> {
    if (params.resource && !sameResource(params.resource.href, this.settings.resource)) {
      throw new InvalidTargetError(`this server issues tokens only for ${this.settings.resource}`);
    }
    const scopes = grantedScopes(params.scopes, this.settings);
    if (!scopes.ok) {
      throw new InvalidScopeError(scopes.message);
    }
    const request: SignInRequest = {
      clientId: client.client_id,
      clientName: client.client_name ?? client.client_id,
      redirectUri: params.redirectUri,
      codeChallenge: params.codeChallenge,
      scopes: scopes.value,
      ...(params.state !== undefined ? { state: params.state } : {}),
    };
    const id = newSecret('');
    // The browser that asked: every later step of this sign-in needs its cookie.
    const secure = this.settings.publicUrl.startsWith('https:');
    const session = presentedSession(res.req, secure) ?? newSession();
    await this.records.insertRequest(
      hashSecret(id),
      JSON.stringify(request),
      new Date(this.settings.now().getTime() + REQUEST_WINDOW_MS).toISOString(),
      sessionHash(session),
    );
    res.setHeader('set-cookie', sessionCookie(session, REQUEST_WINDOW_MS / 1000, secure));
    res.redirect(302, `${this.settings.publicUrl}/oauth/signin?request=${encodeURIComponent(id)}`);
  }

  /** After consent: a single-use code for the grant. */
  async issueCode(grant: IssuedGrant, request: SignInRequest): Promise<string> {
    const code = newSecret('');
    await this.insert(code, 'code', grant, { codeChallenge: request.codeChallenge, redirectUri: request.redirectUri });
    return code;
  }

  async challengeForAuthorizationCode(client: OAuthClientInformationFull, code: string): Promise<string> {
    const row = await this.live(code, 'code', client);
    return decodeGrantData(row.grant_data).codeChallenge ?? '';
  }

  async exchangeAuthorizationCode(
    client: OAuthClientInformationFull,
    code: string,
    _verifier?: string,
    redirectUri?: string,
    resource?: URL,
  ): Promise<OAuthTokens> {
    const row = await this.live(code, 'code', client);
    const data = decodeGrantData(row.grant_data);
    if (redirectUri !== data.redirectUri) {
      throw new InvalidGrantError('redirect_uri does not match the authorization request');
    }
    if (resource && !sameResource(resource.href, data.resource)) {
      throw new InvalidTargetError('resource does not match the authorization request');
    }
    if (!(await this.records.markUsed(row.token_hash))) {
      return this.replayed(row);
    }
    return this.issueTokens({
      serverId: row.server_id,
      accountId: data.accountId,
      clientId: client.client_id,
      scopes: data.scopes,
      resource: data.resource,
    });
  }

  /** Rotation: the old refresh token is spent; presenting it again revokes the whole grant (RFC 9700 §4.14). */
  async exchangeRefreshToken(
    client: OAuthClientInformationFull,
    refreshToken: string,
    scopes?: string[],
    resource?: URL,
  ): Promise<OAuthTokens> {
    const row = await this.live(refreshToken, 'refresh', client);
    const data = decodeGrantData(row.grant_data);
    if (resource && !sameResource(resource.href, data.resource)) {
      throw new InvalidTargetError('resource does not match the grant');
    }
    if (scopes?.some((scope) => !data.scopes.includes(scope))) {
      throw new InvalidScopeError('a refresh cannot widen the granted scopes');
    }
    if (!(await this.records.markUsed(row.token_hash))) {
      return this.replayed(row);
    }
    return this.issueTokens({
      serverId: row.server_id,
      accountId: data.accountId,
      clientId: client.client_id,
      scopes: scopes ?? data.scopes,
      resource: data.resource,
    });
  }

  /** The resource server's check: known, unexpired (injected clock), and its grant still exists. */
  async verifyAccessToken(token: string): Promise<AuthInfo> {
    const row = token.startsWith(ACCESS_TOKEN_PREFIX) ? await this.records.token(hashSecret(token)) : undefined;
    if (row?.kind !== 'access') {
      throw new InvalidTokenError('unknown or revoked access token');
    }
    const expiresAt = Date.parse(row.expires_at);
    if (expiresAt <= this.settings.now().getTime()) {
      throw new InvalidTokenError('the access token has expired');
    }
    const data = decodeGrantData(row.grant_data);
    return {
      token,
      clientId: row.client_id,
      scopes: data.scopes,
      expiresAt: Math.floor(expiresAt / 1000),
      resource: new URL(data.resource),
      extra: { serverId: row.server_id, accountId: data.accountId },
    };
  }

  /**
   * RFC 7009 §2.1: revoking a refresh token ends every token of its grant; revoking an access token
   * ends that token. Unknown tokens, and tokens of another client, are not an error.
   */
  async revokeToken(client: OAuthClientInformationFull, request: OAuthTokenRevocationRequest): Promise<void> {
    const row = await this.records.token(hashSecret(request.token));
    if (!row || row.client_id !== client.client_id || row.kind === 'code') {
      return;
    }
    if (row.kind === 'refresh') {
      await this.records.deleteGrantTokens(row.server_id);
    } else {
      await this.records.deleteToken(row.token_hash);
    }
  }

  private async issueTokens(grant: IssuedGrant): Promise<OAuthTokens> {
    const access = newSecret(ACCESS_TOKEN_PREFIX);
    const refresh = newSecret(REFRESH_TOKEN_PREFIX);
    await this.records.insertTokens([this.tokenRow(access, 'access', grant), this.tokenRow(refresh, 'refresh', grant)]);
    return {
      access_token: access,
      token_type: 'Bearer',
      expires_in: LIFETIME_MS.access / 1000,
      refresh_token: refresh,
      scope: grant.scopes.join(' '),
    };
  }

  private async insert(
    secret: string,
    kind: TokenKind,
    grant: IssuedGrant,
    extra: Partial<GrantData> = {},
  ): Promise<void> {
    await this.records.insertToken(this.tokenRow(secret, kind, grant, extra));
  }

  private tokenRow(secret: string, kind: TokenKind, grant: IssuedGrant, extra: Partial<GrantData> = {}): TokenRow {
    const data: GrantData = { scopes: grant.scopes, resource: grant.resource, accountId: grant.accountId, ...extra };
    return {
      token_hash: hashSecret(secret),
      kind,
      server_id: grant.serverId,
      client_id: grant.clientId,
      grant_data: JSON.stringify(data),
      expires_at: new Date(this.settings.now().getTime() + LIFETIME_MS[kind]).toISOString(),
      used: 0,
    };
  }

  /** A code or refresh token of this client, not expired; a used one is a replay. */
  private async live(secret: string, kind: TokenKind, client: OAuthClientInformationFull): Promise<TokenRow> {
    const row = await this.records.token(hashSecret(secret));
    if (!row || row.kind !== kind || row.client_id !== client.client_id) {
      throw new InvalidGrantError(`unknown ${kind === 'code' ? 'authorization code' : 'refresh token'}`);
    }
    if (row.used === 1) {
      return this.replayed(row);
    }
    if (Date.parse(row.expires_at) <= this.settings.now().getTime()) {
      throw new InvalidGrantError(`the ${kind === 'code' ? 'authorization code' : 'refresh token'} has expired`);
    }
    return row;
  }

  /** A spent code or refresh token presented again: someone has a copy, so the grant's tokens all go. */
  private async replayed(row: TokenRow): Promise<never> {
    await this.records.deleteGrantTokens(row.server_id);
    throw new InvalidGrantError(
      `this ${row.kind === 'code' ? 'authorization code' : 'refresh token'} was already used; the grant's tokens are revoked`,
    );
  }
}

/** RFC 8707 resource identifiers compare as URLs without a fragment or one trailing slash. */
export function sameResource(a: string, b: string): boolean {
  const norm = (value: string) => {
    try {
      const url = new URL(value);
      url.hash = '';
      return url.href.replace(/\/$/, '');
    } catch {
      return value;
    }
  };
  return norm(a) === norm(b);
}
