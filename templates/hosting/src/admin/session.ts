/**
 * Web-page sessions: a signed cookie (HMAC-SHA256 under a key derived from MCP_SERVER_SECRET), so
 * every instance that shares the secret accepts it and nothing is stored. The cookie carries its
 * expiry and a fingerprint of the admin token it was opened with: removing that token from
 * MCP_ADMIN_TOKENS ends its sessions. The CSRF token is derived from the session id.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { deriveKeys, type SealKey } from 'saas-mcp-runtime/host';

export const SESSION_COOKIE = 'mcp_admin_session';
/** A working day; the page asks for the admin token again after it. */
export const SESSION_LIFETIME_MS = 8 * 60 * 60_000;

export interface Session {
  id: string;
  expiresAt: Date;
  csrfToken: string;
}

export type SessionCheck = { ok: true; session: Session } | { ok: false; reason: 'missing' | 'invalid' | 'expired'; expiredAt?: Date };

const mac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('base64url');

function sameText(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  return timingSafeEqual(left, createHash('sha256').update(b).digest());
}

/** The cookie's value from a Cookie header; undefined when absent. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export class SessionKeeper {
  private readonly keys: SealKey[];

  constructor(
    secrets: readonly string[],
    private readonly adminTokens: readonly string[],
    private readonly now: () => Date,
  ) {
    this.keys = deriveKeys(secrets, 'mcp-admin-page-session', 'v1');
  }

  /** The admin token that `presented` equals, compared in constant time; undefined when none. */
  private matchingToken(presented: string): string | undefined {
    let found: string | undefined;
    for (const token of this.adminTokens) if (sameText(presented, token)) found = token;
    return found;
  }

  /** A new session for a valid admin token, with the cookie value that carries it; undefined otherwise. */
  open(presentedToken: string): { cookie: string; session: Session } | undefined {
    const token = this.matchingToken(presentedToken);
    const key = this.keys[0]?.key;
    if (token === undefined || key === undefined) return undefined;
    const id = randomBytes(16).toString('base64url');
    const expiresAt = new Date(this.now().getTime() + SESSION_LIFETIME_MS);
    const body = `${id}.${expiresAt.getTime()}.${mac(key, `admin:${token}`).slice(0, 22)}`;
    return { cookie: `${body}.${mac(key, body)}`, session: { id, expiresAt, csrfToken: mac(key, `csrf:${id}`) } };
  }

  check(cookieHeader: string | undefined): SessionCheck {
    const value = readCookie(cookieHeader, SESSION_COOKIE);
    if (value === undefined || value === '') return { ok: false, reason: 'missing' };
    const [id, expires, fingerprint, signature, ...rest] = value.split('.');
    if (!id || !expires || !fingerprint || !signature || rest.length > 0 || !/^\d+$/.test(expires)) return { ok: false, reason: 'invalid' };
    const body = `${id}.${expires}.${fingerprint}`;
    const key = this.keys.find((candidate) => sameText(mac(candidate.key, body), signature))?.key;
    if (!key) return { ok: false, reason: 'invalid' };
    const tokenLive = this.adminTokens.some((token) => sameText(mac(key, `admin:${token}`).slice(0, 22), fingerprint));
    if (!tokenLive) return { ok: false, reason: 'invalid' };
    const expiresAt = new Date(Number(expires));
    if (expiresAt.getTime() <= this.now().getTime()) return { ok: false, reason: 'expired', expiredAt: expiresAt };
    return { ok: true, session: { id, expiresAt, csrfToken: mac(key, `csrf:${id}`) } };
  }
}
