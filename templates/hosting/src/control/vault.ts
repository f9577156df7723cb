/**
 * Upstream credentials at rest: sealed with AES-256-GCM under a key derived (HKDF) from
 * MCP_SERVER_SECRET, with the same key list and rotation as sealed server URLs (the first secret
 * seals, every listed secret opens). The account id is sealed in too, so a sealed value copied onto
 * another account's row does not open there.
 *
 * Every MCP request through a store-backed URL opens its account's credentials: the last values
 * opened are kept (bounded), keyed by the sealed text itself, so a changed row opens afresh.
 */
import { deriveKeys, isPlainObject, openText, type SealKey, sealText, setBounded } from 'saas-mcp-runtime/host';

export interface StoredCredentials {
  accessToken: string;
  /** Present for OAuth accounts whose tokens expire. */
  refreshToken?: string;
  /** ISO-8601; absent for tokens that do not expire. */
  expiresAt?: string;
}

/** How many accounts' opened credentials are kept; past it the oldest is dropped. */
const OPENED_KEPT = 1000;

export class CredentialVault {
  private readonly keys: SealKey[];
  private readonly opened = new Map<string, { sealed: string; credentials: StoredCredentials }>();

  constructor(secrets: readonly string[], integrationName: string) {
    this.keys = deriveKeys(secrets, 'mcp-stored-credentials', `v1:${integrationName}`);
  }

  seal(accountId: string, credentials: StoredCredentials): string {
    const [first] = this.keys;
    if (!first) {
      throw new Error('MCP_SERVER_SECRET is not set');
    }
    return sealText(JSON.stringify({ account: accountId, ...credentials }), first);
  }

  /** The credentials, or undefined when the value does not open with any key or belongs elsewhere. */
  open(accountId: string, sealed: string): StoredCredentials | undefined {
    const kept = this.opened.get(accountId);
    if (kept?.sealed === sealed) {
      return kept.credentials;
    }
    const credentials = this.decrypt(accountId, sealed);
    this.opened.delete(accountId);
    if (credentials) {
      setBounded(this.opened, accountId, { sealed, credentials }, OPENED_KEPT);
    }
    return credentials;
  }

  private decrypt(accountId: string, sealed: string): StoredCredentials | undefined {
    const text = openText(sealed, this.keys);
    if (text === undefined) {
      return undefined;
    }
    const value: unknown = JSON.parse(text);
    if (!isPlainObject(value) || value.account !== accountId || typeof value.accessToken !== 'string') {
      return undefined;
    }
    return Object.freeze({
      accessToken: value.accessToken,
      ...(typeof value.refreshToken === 'string' ? { refreshToken: value.refreshToken } : {}),
      ...(typeof value.expiresAt === 'string' ? { expiresAt: value.expiresAt } : {}),
    });
  }
}
