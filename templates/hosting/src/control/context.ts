/**
 * What every control-plane operation works with. The admin API and the CLI verbs build the same
 * context and call the same functions, so both follow one set of rules.
 */
import type { FetchFunction, Outcome, ServerData } from 'saas-mcp-runtime/host';
import type { Records } from '../store/records.js';
import { ControlError } from './errors.js';
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
  /** Vendor token calls go through this when given; else the runtime's Node HTTP client. */
  fetch?: FetchFunction;
  now: () => Date;
  /** Writes the call logs still waiting for their batch (a logs read sees the calls this instance answered). */
  flushCallLogs: () => Promise<void>;
}

/** Secrets of the control plane: one module for all of them (saas-mcp-runtime's security/secrets.ts). */
export { hashSecret, randomId as newId, randomToken as newSecret } from 'saas-mcp-runtime/host';

/** Opaque list cursors: the store's sort key, base64url-wrapped. */
export function encodeCursor(after: string | null): string | null {
  return after === null ? null : Buffer.from(after, 'utf8').toString('base64url');
}

/** The shapes cursors are made in: `created_at|id` (accounts, servers, tokens) or a log `seq`. */
const CURSOR_SHAPES = {
  creation: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\|[A-Za-z0-9_-]{1,100}$/,
  sequence: /^\d{1,15}$/,
};

/** A cursor this server made, or a 400: a forged or damaged one never reaches a query. */
export function decodeCursor(
  cursor: string | undefined,
  shape: keyof typeof CURSOR_SHAPES = 'creation',
): string | null {
  if (cursor === undefined || cursor === '') {
    return null;
  }
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!CURSOR_SHAPES[shape].test(text)) {
    throw new ControlError(
      400,
      'invalid_cursor',
      '"cursor" is not a cursor this list returned; start again without it',
      'cursor',
    );
  }
  return text;
}

export interface ListAnswer<T> {
  result: T[];
  next_cursor: string | null;
}
