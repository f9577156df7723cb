/**
 * Binds a sign-in to the browser that started it (design.md §4b): `/authorize` sets an HttpOnly,
 * SameSite=Lax cookie and stores its hash with the request; every later step (the consent form,
 * the vendor's callback) must come with that cookie, and the consent form also with a CSRF token
 * derived from the cookie and the request. Knowing the request id alone gets nothing.
 * Lax, not Strict: the vendor's redirect back to the callback is a cross-site top-level navigation.
 * On https the cookie is `__Host-` prefixed (Secure, Path=/, no Domain), so a sibling subdomain
 * cannot plant one in the user's browser.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { constantTimeEqual } from 'saas-mcp-runtime/host';
import { readCookie } from '../admin/session.js';
import { hashSecret } from '../control/context.js';

const COOKIE_FORM = /^[A-Za-z0-9_-]{43}$/;
const cookieName = (secure: boolean) => (secure ? '__Host-mcp_signin' : 'mcp_signin');

/** The browser's sign-in cookie when it has a well-formed one (several sign-ins may share it). */
export function presentedSession(req: IncomingMessage, secure: boolean): string | undefined {
  const value = readCookie(req.headers.cookie, cookieName(secure));
  return value !== undefined && COOKIE_FORM.test(value) ? value : undefined;
}

export function newSession(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionCookie(session: string, maxAgeSeconds: number, secure: boolean): string {
  return `${cookieName(secure)}=${session}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

export const sessionHash = (session: string) => hashSecret(`signin-session:${session}`);

/** The consent form's CSRF token: only the browser holding the cookie can know it. */
export const csrfToken = (session: string, requestId: string) => hashSecret(`signin-csrf:${session}:${requestId}`);

/** True when the request carries the cookie whose hash the sign-in request stored. */
export function isBoundBrowser(req: IncomingMessage, storedHash: string | null, secure: boolean): boolean {
  const session = presentedSession(req, secure);
  return session !== undefined && storedHash !== null && constantTimeEqual(sessionHash(session), storedHash);
}
