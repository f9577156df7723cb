/**
 * What the sign-in keeps in the store beside the authorization server's own records (adapter.ts):
 * registered clients, and authorization requests in flight (bound to a browser, while the user
 * answers the consent page and signs in with the vendor).
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

/** Stored JSON that does not have the shape this code wrote: a corrupt or foreign row, never guessed at. */
function corrupt(what: string): Error {
  return new Error(`the store holds a malformed ${what}`);
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const optionalString = (value: unknown): value is string | undefined =>
  value === undefined || typeof value === 'string';

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
}
