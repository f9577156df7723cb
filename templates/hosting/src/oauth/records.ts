/**
 * What the OAuth front door keeps in the store: registered clients, authorization requests in
 * flight (while the user signs in with the vendor), codes and tokens. Codes and tokens are kept
 * only as SHA-256 hashes; each one belongs to a grant, which is an MCP server record, so deleting
 * the server (admin API) deletes its tokens with it (ON DELETE CASCADE).
 */
import type { SqlDriver } from '../store/driver.js';

/** An authorization request in flight, kept (as JSON) while the user signs in with the vendor. */
export interface SignInRequest {
  clientId: string;
  clientName: string;
  redirectUri: string;
  codeChallenge: string;
  scopes: string[];
  state?: string;
  domain?: string;
}

/** `code` is single-use; `refresh` rotates (a used one is kept, marked, to spot a replay). */
export type TokenKind = 'code' | 'access' | 'refresh';

export interface TokenRow {
  token_hash: string;
  kind: TokenKind;
  server_id: string;
  client_id: string;
  /** JSON of GrantData. */
  grant_data: string;
  expires_at: string;
  used: number;
}

/** What a code or token was issued for. */
export interface GrantData {
  scopes: string[];
  resource: string;
  /** The connected account the grant serves (its MCP server record belongs to it). */
  accountId: string;
  /** Codes only: the PKCE challenge and the redirect URI of the authorization request. */
  codeChallenge?: string;
  redirectUri?: string;
}

/** Stored JSON that does not have the shape this code wrote: a corrupt or foreign row, never guessed at. */
function corrupt(what: string): Error {
  return new Error(`the store holds a malformed ${what}`);
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const optionalString = (value: unknown): value is string | undefined =>
  value === undefined || typeof value === 'string';

/** `grant_data` of a token row, checked field by field. */
export function decodeGrantData(text: string): GrantData {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null) {
    throw corrupt('grant');
  }
  const { scopes, resource, accountId, codeChallenge, redirectUri } = value as Record<string, unknown>;
  if (!isStringList(scopes) || typeof resource !== 'string' || typeof accountId !== 'string') {
    throw corrupt('grant');
  }
  if (!optionalString(codeChallenge) || !optionalString(redirectUri)) {
    throw corrupt('grant');
  }
  return {
    scopes,
    resource,
    accountId,
    ...(codeChallenge !== undefined ? { codeChallenge } : {}),
    ...(redirectUri !== undefined ? { redirectUri } : {}),
  };
}

/** `request` of an authorization request row, checked field by field. */
export function decodeSignInRequest(text: string): SignInRequest {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null) {
    throw corrupt('authorization request');
  }
  const { clientId, clientName, redirectUri, codeChallenge, scopes, state, domain } = value as Record<string, unknown>;
  const strings = [clientId, clientName, redirectUri, codeChallenge];
  if (
    !strings.every((s) => typeof s === 'string') ||
    !isStringList(scopes) ||
    !optionalString(state) ||
    !optionalString(domain)
  ) {
    throw corrupt('authorization request');
  }
  return {
    clientId: clientId as string,
    clientName: clientName as string,
    redirectUri: redirectUri as string,
    codeChallenge: codeChallenge as string,
    scopes,
    ...(state !== undefined ? { state } : {}),
    ...(domain !== undefined ? { domain } : {}),
  };
}

export interface RequestRow {
  /** JSON of SignInRequest. */
  request: string;
  account_id: string | null;
  expires_at: string;
  session_hash: string | null;
  consented: number;
}

const REQUEST_COLUMNS = 'request, account_id, expires_at, session_hash, consented';

export class OAuthRecords {
  constructor(private readonly driver: SqlDriver) {}

  async insertClient(clientId: string, metadata: string, now: string): Promise<void> {
    await this.driver.run('INSERT INTO oauth_clients (client_id, metadata, created_at) VALUES (?, ?, ?)', [
      clientId,
      metadata,
      now,
    ]);
  }

  async client(clientId: string): Promise<string | undefined> {
    return (
      await this.driver.all<{ metadata: string }>('SELECT metadata FROM oauth_clients WHERE client_id = ?', [clientId])
    )[0]?.metadata;
  }

  /** `sessionHash` binds the request to the browser that asked (see browser-binding.ts). */
  async insertRequest(idHash: string, request: string, expiresAt: string, sessionHash: string): Promise<void> {
    await this.driver.run(
      'INSERT INTO oauth_requests (id_hash, request, expires_at, session_hash) VALUES (?, ?, ?, ?)',
      [idHash, request, expiresAt, sessionHash],
    );
  }

  async request(idHash: string): Promise<RequestRow | undefined> {
    return (
      await this.driver.all<RequestRow>(`SELECT ${REQUEST_COLUMNS} FROM oauth_requests WHERE id_hash = ?`, [idHash])
    )[0];
  }

  /** The user allowed the client: the vendor round trip may start, for this account. */
  async markConsented(idHash: string, request: string, accountId: string): Promise<void> {
    await this.driver.run('UPDATE oauth_requests SET request = ?, account_id = ?, consented = 1 WHERE id_hash = ?', [
      request,
      accountId,
      idHash,
    ]);
  }

  /** Takes a request once (consent denied, or the code issued): deleted as it is read. */
  async takeRequest(idHash: string): Promise<RequestRow | undefined> {
    return (
      await this.driver.all<RequestRow>(`DELETE FROM oauth_requests WHERE id_hash = ? RETURNING ${REQUEST_COLUMNS}`, [
        idHash,
      ])
    )[0];
  }

  async insertToken(row: TokenRow): Promise<void> {
    await this.insertTokens([row]);
  }

  /** Several tokens of one grant (an access token and its refresh token): all stored, or none. */
  async insertTokens(rows: readonly TokenRow[]): Promise<void> {
    await this.driver.transaction(async (tx) => {
      for (const row of rows) {
        await tx.run(
          'INSERT INTO oauth_tokens (token_hash, kind, server_id, client_id, grant_data, expires_at, used) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [row.token_hash, row.kind, row.server_id, row.client_id, row.grant_data, row.expires_at, row.used],
        );
      }
    });
  }

  async token(tokenHash: string): Promise<TokenRow | undefined> {
    return (
      await this.driver.all<TokenRow>(
        'SELECT token_hash, kind, server_id, client_id, grant_data, expires_at, used FROM oauth_tokens WHERE token_hash = ?',
        [tokenHash],
      )
    )[0];
  }

  /** Marks a code or refresh token used; true only for the one caller that got there first. */
  async markUsed(tokenHash: string): Promise<boolean> {
    return (
      (await this.driver.run('UPDATE oauth_tokens SET used = 1 WHERE token_hash = ? AND used = 0', [tokenHash])) === 1
    );
  }

  /** Every code and token of one grant (a replayed code or refresh token). */
  async deleteGrantTokens(serverId: string): Promise<void> {
    await this.driver.run('DELETE FROM oauth_tokens WHERE server_id = ?', [serverId]);
  }

  async deleteToken(tokenHash: string): Promise<void> {
    await this.driver.run('DELETE FROM oauth_tokens WHERE token_hash = ?', [tokenHash]);
  }
}
