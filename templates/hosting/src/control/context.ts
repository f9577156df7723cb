/**
 * What every control-plane operation works with. The admin API and the CLI verbs build the same
 * context and call the same functions, so both follow one set of rules.
 */
import type { Outcome } from 'saas-mcp-runtime/host';
import type { ServerData } from 'saas-mcp-runtime/host';
import type { FetchFunction } from 'saas-mcp-runtime/host';
import type { Records } from '../store/records.js';
import type { OAuthApp } from './oauth.js';
import type { CredentialVault } from './vault.js';

export interface ControlContext {
  data: ServerData;
  records: Records;
  vault: CredentialVault;
  /** The OAuth app (from EGNYTE_CLIENT_ID / _SECRET), or why accounts cannot be connected by OAuth. */
  oauth: Outcome<OAuthApp>;
  /** External base URL for returned server URLs and the OAuth redirect; undefined: paths only. */
  publicUrl: () => string | undefined;
  fetch: FetchFunction;
  now: () => Date;
}

/** Secrets of the control plane: one module for all of them (saas-mcp-runtime's security/secrets.ts). */
export { hashSecret, randomId as newId, randomToken as newSecret } from 'saas-mcp-runtime/host';

/** Opaque list cursors: the store's sort key, base64url-wrapped. */
export function encodeCursor(after: string | null): string | null {
  return after === null ? null : Buffer.from(after, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | null {
  return cursor === undefined || cursor === '' ? null : Buffer.from(cursor, 'base64url').toString('utf8');
}

export interface ListAnswer<T> {
  result: T[];
  next_cursor: string | null;
}
