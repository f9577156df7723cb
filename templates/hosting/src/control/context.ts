/**
 * What every control-plane operation works with. The admin API and the CLI verbs build the same
 * context and call the same functions, so both follow one set of rules.
 */
import { createHash, randomBytes } from 'node:crypto';
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

/** A random secret with a readable prefix (so a leaked one is recognisable), 256 bits. */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** What the store keeps of a URL or API token: its SHA-256 (the tokens are random, 256 bits). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newId(): string {
  return randomBytes(12).toString('base64url');
}

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
