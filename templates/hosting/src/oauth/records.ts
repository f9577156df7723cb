/**
 * What the sign-in keeps in the store beside the authorization server's own records (adapter.ts):
 * registered clients, and authorization requests in flight (bound to a browser, while the user
 * answers the consent page and signs in with the vendor). Rows are decoded (store/tables.ts).
 */
import { isStringList } from 'saas-mcp-runtime/host';
import type { SqlDriver } from '../store/driver.js';
import { firstRow, StoredRowError, storedObject } from '../store/rows.js';
import { OAUTH_CLIENTS, SIGNIN_REQUESTS, type SignInRequestRow } from '../store/tables.js';

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

const isString = (value: unknown): value is string => typeof value === 'string';

/** `request` of an authorization request row, checked field by field (a StoredRowError names what is wrong). */
export function decodeSignInRequest(stored: string): SignInRequest {
  const { clientId, clientName, redirectUri, codeChallenge, scopes, state, domain } = storedObject(
    'oauth_requests',
    'request',
    stored,
  );
  if (
    !isString(clientId) ||
    !isString(clientName) ||
    !isString(redirectUri) ||
    !isString(codeChallenge) ||
    !isStringList(scopes) ||
    !(state === undefined || isString(state)) ||
    !(domain === undefined || isString(domain))
  ) {
    throw new StoredRowError('oauth_requests', 'request', 'a field is missing or has the wrong form');
  }
  return {
    clientId,
    clientName,
    redirectUri,
    codeChallenge,
    scopes,
    ...(state !== undefined ? { state } : {}),
    ...(domain !== undefined ? { domain } : {}),
  };
}

export class OAuthRecords {
  constructor(private readonly driver: SqlDriver) {}

  async insertClient(clientId: string, metadata: Record<string, unknown>, now: string): Promise<void> {
    const { sql, params } = OAUTH_CLIENTS.insert({
      client_id: clientId,
      metadata: JSON.stringify(metadata),
      created_at: now,
    });
    await this.driver.run(sql, params);
  }

  /** A registered client's metadata, as the authorization server stored it. */
  async client(clientId: string): Promise<Record<string, unknown> | undefined> {
    const rows = await this.driver.all(`SELECT ${OAUTH_CLIENTS.columns()} FROM oauth_clients WHERE client_id = ?`, [
      clientId,
    ]);
    const row = firstRow(rows, OAUTH_CLIENTS);
    return row && storedObject('oauth_clients', 'metadata', row.metadata);
  }

  /** `sessionHash` binds the request to the browser that asked (see browser-binding.ts). */
  async insertRequest(idHash: string, request: SignInRequest, expiresAt: string, sessionHash: string): Promise<void> {
    const { sql, params } = SIGNIN_REQUESTS.insert({
      id_hash: idHash,
      request: JSON.stringify(request),
      account_id: null,
      expires_at: expiresAt,
      session_hash: sessionHash,
      consented: 0,
    });
    await this.driver.run(sql, params);
  }

  async request(idHash: string): Promise<SignInRequestRow | undefined> {
    const rows = await this.driver.all(`SELECT ${SIGNIN_REQUESTS.columns()} FROM oauth_requests WHERE id_hash = ?`, [
      idHash,
    ]);
    return firstRow(rows, SIGNIN_REQUESTS);
  }

  /** The user allowed the client: the vendor round trip may start, for this account. */
  async markConsented(idHash: string, request: SignInRequest, accountId: string): Promise<void> {
    await this.driver.run('UPDATE oauth_requests SET request = ?, account_id = ?, consented = 1 WHERE id_hash = ?', [
      JSON.stringify(request),
      accountId,
      idHash,
    ]);
  }

  /** Takes a request once (consent denied, or the code issued): deleted as it is read. */
  async takeRequest(idHash: string): Promise<SignInRequestRow | undefined> {
    const rows = await this.driver.all(
      `DELETE FROM oauth_requests WHERE id_hash = ? RETURNING ${SIGNIN_REQUESTS.columns()}`,
      [idHash],
    );
    return firstRow(rows, SIGNIN_REQUESTS);
  }
}
