/**
 * Bearer-token check. Egnyte documents 401 for a missing, invalid, expired or revoked token
 * (egnyte-api.md §5) but not the body; we send the RFC 6750 `WWW-Authenticate: Bearer` challenge
 * plus a flat `errorMessage` body (§5 envelope 2), which is what every Egnyte client can read.
 */
import type { User } from './model.js';
import type { Tenant } from './store.js';

export type AuthResult =
  | { ok: true; token: string; user: User }
  | { ok: false; status: 401; headers: Record<string, string>; body: unknown };

/**
 * Maps tokens to user ids; a token stops working when its user is deleted or deactivated, when it
 * is revoked, or (OAuth tokens) when the sandbox clock passes its expiry.
 */
export class TokenBook {
  private readonly tokens = new Map<string, { userId: number; expiresAt?: number }>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  add(token: string, userId: number, expiresAt?: number): void {
    this.tokens.set(token, expiresAt === undefined ? { userId } : { userId, expiresAt });
  }

  revoke(token: string): void {
    this.tokens.delete(token);
  }

  authenticate(tenant: Tenant, authorization: string | undefined): AuthResult {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    const token = match?.[1];
    const entry = token === undefined ? undefined : this.tokens.get(token);
    const expired = entry?.expiresAt !== undefined && this.now() >= entry.expiresAt;
    const user = entry === undefined || expired ? undefined : tenant.users.get(entry.userId);
    if (token !== undefined && user?.active) {
      return { ok: true, token, user };
    }
    const reason =
      token === undefined
        ? 'Missing access token'
        : expired
          ? 'Access token expired'
          : 'Invalid or revoked access token';
    return {
      ok: false,
      status: 401,
      headers: { 'WWW-Authenticate': `Bearer realm="Egnyte", error="invalid_token", error_description="${reason}"` },
      body: { errorMessage: reason },
    };
  }
}
