/**
 * Cross-site request forgery checks for the web page's state-changing requests: the browser's
 * Origin must be this server's, and a signed-in request must also carry the session's CSRF token
 * in `X-CSRF-Token` (a header a cross-site form or image cannot set).
 */
import type { IncomingMessage } from 'node:http';
import { constantTimeEqual } from 'saas-mcp-runtime/host';

export const CSRF_HEADER = 'x-csrf-token';

export function isStateChanging(method: string | undefined): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

/**
 * True when Origin names this server: the Host the request came to, or MCP_PUBLIC_URL behind a
 * proxy. Browsers send Origin on every POST, PATCH and DELETE, so a missing one is refused too.
 */
export function isSameOrigin(req: IncomingMessage, publicUrl: string | undefined): boolean {
  const origin = req.headers.origin;
  if (origin === undefined || origin === 'null') {
    return false;
  }
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (publicUrl !== undefined && parsed.origin === new URL(publicUrl).origin) {
    return true;
  }
  return parsed.host.toLowerCase() === (req.headers.host ?? '').toLowerCase();
}

export function hasCsrfToken(req: IncomingMessage, expected: string): boolean {
  const sent = req.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || sent === '') {
    return false;
  }
  return constantTimeEqual(sent, expected);
}
