/**
 * The front door's settings (`--oauth`, `--oauth-methods`) and its scopes: one scope per method
 * word the operator allows (`mcp:read`, `mcp:write`, `mcp:custom`). Every connection needs
 * `mcp:read`; the others add the tools of that kind.
 */
import type { Outcome } from 'saas-mcp-runtime/host';
import type { DoorLimits } from '../control/rate-limits.js';
import type { Resolver } from './public-fetch.js';

export const METHOD_WORDS = ['read', 'write', 'custom'] as const;
export const REQUIRED_SCOPE = 'mcp:read';

export interface OAuthSettings {
  /** MCP_PUBLIC_URL without a trailing slash: the issuer. */
  publicUrl: string;
  /** The protected resource: `<MCP_PUBLIC_URL>/mcp`. */
  resource: string;
  /** Method words a grant may get (`--oauth-methods`, default read). */
  methods: string[];
  now: () => Date;
  /** Metadata documents on loopback addresses are accepted only when the server itself is on loopback http. */
  allowLoopbackMetadata: boolean;
  /** DNS for client ID metadata documents (tests inject one). */
  resolve?: Resolver;
  /** Rate limits of the doors (tests lower them); DOOR_LIMITS otherwise. */
  limits?: DoorLimits;
}

export function parseOAuthMethods(text: string | undefined): Outcome<string[]> {
  const words = (text ?? 'read')
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);
  const unknown = words.filter((w) => !(METHOD_WORDS as readonly string[]).includes(w));
  if (words.length === 0 || unknown.length > 0) {
    return { ok: false, message: `--oauth-methods takes ${METHOD_WORDS.join(', ')} (got "${text ?? ''}")` };
  }
  if (!words.includes('read')) {
    return { ok: false, message: '--oauth-methods must include read: every connection gets the read tools' };
  }
  return { ok: true, value: [...new Set(words)] };
}

export const scopeOf = (method: string) => `mcp:${method}`;
export const methodsOf = (scopes: readonly string[]) =>
  scopes.filter((s) => s.startsWith('mcp:')).map((s) => s.slice('mcp:'.length));
export const supportedScopes = (settings: Pick<OAuthSettings, 'methods'>) => settings.methods.map(scopeOf);

/** The scopes a request gets: the least privilege (`mcp:read`) when none are asked; an unknown one is refused. */
export function grantedScopes(
  requested: readonly string[] | undefined,
  settings: Pick<OAuthSettings, 'methods'>,
): Outcome<string[]> {
  const supported = supportedScopes(settings);
  if (!requested || requested.length === 0) {
    return { ok: true, value: [REQUIRED_SCOPE] };
  }
  const unknown = requested.filter((s) => !supported.includes(s));
  if (unknown.length > 0) {
    return { ok: false, message: `scope ${unknown.join(' ')} is not offered here (offered: ${supported.join(' ')})` };
  }
  return { ok: true, value: [...new Set(requested)] };
}
