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
  /** Codes only: the PKCE challenge and the redirect URI of the authorization request. */
  codeChallenge?: string;
  redirectUri?: string;
}

export class OAuthRecords {
  constructor(private readonly driver: SqlDriver) {}

  async insertClient(clientId: string, metadata: string, now: string): Promise<void> {
    await this.driver.run('INSERT INTO oauth_clients (client_id, metadata, created_at) VALUES (?, ?, ?)', [clientId, metadata, now]);
  }

  async client(clientId: string): Promise<string | undefined> {
    return (await this.driver.all<{ metadata: string }>('SELECT metadata FROM oauth_clients WHERE client_id = ?', [clientId]))[0]?.metadata;
  }

  async insertRequest(idHash: string, request: string, expiresAt: string): Promise<void> {
    await this.driver.run('INSERT INTO oauth_requests (id_hash, request, expires_at) VALUES (?, ?, ?)', [idHash, request, expiresAt]);
  }

  async request(idHash: string): Promise<{ request: string; account_id: string | null; expires_at: string } | undefined> {
    return (await this.driver.all<{ request: string; account_id: string | null; expires_at: string }>(
      'SELECT request, account_id, expires_at FROM oauth_requests WHERE id_hash = ?',
      [idHash],
    ))[0];
  }

  async updateRequest(idHash: string, request: string, accountId: string | null): Promise<void> {
    await this.driver.run('UPDATE oauth_requests SET request = ?, account_id = ? WHERE id_hash = ?', [request, accountId, idHash]);
  }

  /** Takes a request once (consent answered): deleted as it is read. */
  async takeRequest(idHash: string): Promise<{ request: string; account_id: string | null; expires_at: string } | undefined> {
    return (await this.driver.all<{ request: string; account_id: string | null; expires_at: string }>(
      'DELETE FROM oauth_requests WHERE id_hash = ? RETURNING request, account_id, expires_at',
      [idHash],
    ))[0];
  }

  async insertToken(row: TokenRow): Promise<void> {
    await this.driver.run(
      'INSERT INTO oauth_tokens (token_hash, kind, server_id, client_id, grant_data, expires_at, used) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [row.token_hash, row.kind, row.server_id, row.client_id, row.grant_data, row.expires_at, row.used],
    );
  }

  async token(tokenHash: string): Promise<TokenRow | undefined> {
    return (await this.driver.all<TokenRow>('SELECT token_hash, kind, server_id, client_id, grant_data, expires_at, used FROM oauth_tokens WHERE token_hash = ?', [tokenHash]))[0];
  }

  /** Marks a code or refresh token used; true only for the one caller that got there first. */
  async markUsed(tokenHash: string): Promise<boolean> {
    return (await this.driver.run('UPDATE oauth_tokens SET used = 1 WHERE token_hash = ? AND used = 0', [tokenHash])) === 1;
  }

  /** Every code and token of one grant (a replayed code or refresh token). */
  async deleteGrantTokens(serverId: string): Promise<void> {
    await this.driver.run('DELETE FROM oauth_tokens WHERE server_id = ?', [serverId]);
  }

  async deleteToken(tokenHash: string): Promise<void> {
    await this.driver.run('DELETE FROM oauth_tokens WHERE token_hash = ?', [tokenHash]);
  }
}
