/**
 * Upstream credentials at rest: sealed with AES-256-GCM under a key derived (HKDF) from
 * MCP_SERVER_SECRET, with the same key list and rotation as sealed server URLs (the first secret
 * seals, every listed secret opens). The account id is sealed in too, so a sealed value copied onto
 * another account's row does not open there.
 */
import { deriveKeys, isPlainObject, openText, type SealKey, sealText } from 'saas-mcp-runtime/host';

export interface StoredCredentials {
  accessToken: string;
  /** Present for OAuth accounts whose tokens expire. */
  refreshToken?: string;
  /** ISO-8601; absent for tokens that do not expire. */
  expiresAt?: string;
}

export class CredentialVault {
  private readonly keys: SealKey[];

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
    const text = openText(sealed, this.keys);
    if (text === undefined) {
      return undefined;
    }
    const value: unknown = JSON.parse(text);
    if (!isPlainObject(value) || value.account !== accountId || typeof value.accessToken !== 'string') {
      return undefined;
    }
    return {
      accessToken: value.accessToken,
      ...(typeof value.refreshToken === 'string' ? { refreshToken: value.refreshToken } : {}),
      ...(typeof value.expiresAt === 'string' ? { expiresAt: value.expiresAt } : {}),
    };
  }
}
