/**
 * Web-page sessions as records in the store (design.md §4b): the cookie carries only a random id;
 * the store keeps its hash, its expiry and a fingerprint (HMAC under a key derived from
 * MCP_SERVER_SECRET) of the admin token it was opened with. Every request looks the record up, so
 * signing out (the record is deleted) or removing that admin token from MCP_ADMIN_TOKENS ends the
 * session at its next request on every instance sharing the store. The CSRF token is derived from
 * the session id.
 */
import { createHash, createHmac } from 'node:crypto';
import { constantTimeEqual, deriveKeys, randomId, type SealKey } from 'saas-mcp-runtime/host';
import type { SqlDriver } from '../store/driver.js';
import { firstRow, rowDecoder, text } from '../store/rows.js';

export const SESSION_COOKIE = 'mcp_admin_session';
/** A working day; the page asks for the admin token again after it. */
export const SESSION_LIFETIME_MS = 8 * 60 * 60_000;
const ID_FORM = /^[A-Za-z0-9_-]{43}$/;

export interface Session {
  id: string;
  expiresAt: Date;
  csrfToken: string;
}

export type SessionCheck =
  | { ok: true; session: Session }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired'; expiredAt?: Date };

/** What `check` reads of a session record. */
const SESSIONS = rowDecoder<{ token_fingerprint: string; expires_at: string }>('admin_sessions', {
  token_fingerprint: text,
  expires_at: text,
});

const mac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('base64url');
const idHash = (id: string) => createHash('sha256').update(`admin-session:${id}`).digest('hex');

/** The cookie's value from a Cookie header; undefined when absent. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      return value.join('=');
    }
  }
  return undefined;
}

export class SessionKeeper {
  private readonly keys: SealKey[];

  constructor(
    private readonly driver: SqlDriver,
    secrets: readonly string[],
    private readonly adminTokens: readonly string[],
    private readonly now: () => Date,
  ) {
    this.keys = deriveKeys(secrets, 'mcp-admin-page-session', 'v1');
  }

  private fingerprint(key: Buffer, token: string): string {
    return mac(key, `admin:${token}`);
  }

  /** The admin token that `presented` equals, compared in constant time; undefined when none. */
  private matchingToken(presented: string): string | undefined {
    let found: string | undefined;
    for (const token of this.adminTokens) {
      if (constantTimeEqual(presented, token)) {
        found = token;
      }
    }
    return found;
  }

  private csrf(id: string): string {
    return mac(this.keys[0]?.key ?? Buffer.alloc(32), `csrf:${id}`);
  }

  /** A new session for a valid admin token, with the cookie value that carries it; undefined otherwise. */
  async open(presentedToken: string): Promise<{ cookie: string; session: Session } | undefined> {
    const token = this.matchingToken(presentedToken);
    const key = this.keys[0]?.key;
    if (token === undefined || key === undefined) {
      return undefined;
    }
    const id = randomId(32);
    const now = this.now();
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await this.driver.run(
      'INSERT INTO admin_sessions (id_hash, token_fingerprint, expires_at, created_at) VALUES (?, ?, ?, ?)',
      [idHash(id), this.fingerprint(key, token), expiresAt.toISOString(), now.toISOString()],
    );
    return { cookie: id, session: { id, expiresAt, csrfToken: this.csrf(id) } };
  }

  async check(cookieHeader: string | undefined): Promise<SessionCheck> {
    const id = readCookie(cookieHeader, SESSION_COOKIE);
    if (id === undefined || id === '') {
      return { ok: false, reason: 'missing' };
    }
    if (!ID_FORM.test(id)) {
      return { ok: false, reason: 'invalid' };
    }
    const row = firstRow(
      await this.driver.all(`SELECT ${SESSIONS.columns()} FROM admin_sessions WHERE id_hash = ?`, [idHash(id)]),
      SESSIONS,
    );
    if (!row) {
      return { ok: false, reason: 'invalid' };
    }
    // The admin token it was opened with must still be configured (under the current or an older secret).
    const tokenLive = this.keys.some(({ key }) =>
      this.adminTokens.some((token) => constantTimeEqual(this.fingerprint(key, token), row.token_fingerprint)),
    );
    if (!tokenLive) {
      await this.close(id);
      return { ok: false, reason: 'invalid' };
    }
    const expiresAt = new Date(row.expires_at);
    if (expiresAt.getTime() <= this.now().getTime()) {
      return { ok: false, reason: 'expired', expiredAt: expiresAt };
    }
    return { ok: true, session: { id, expiresAt, csrfToken: this.csrf(id) } };
  }

  /** Signing out: the record goes, on every instance at once. */
  async close(id: string): Promise<void> {
    await this.driver.run('DELETE FROM admin_sessions WHERE id_hash = ?', [idHash(id)]);
  }
}
