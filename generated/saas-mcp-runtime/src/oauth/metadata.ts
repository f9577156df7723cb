// Generated from templates/runtime/oauth/metadata.ts by `npm run generate`. Do not edit: change the specs and regenerate.
/**
 * The authorization server's RFC 8414 metadata and where it is served. With a path in
 * MCP_PUBLIC_URL (`https://host/base`) the issuer is `https://host/base`, the document lives at
 * `/.well-known/oauth-authorization-server/base` (RFC 8414 §3.1) and every endpoint is under
 * `/base`. Every client is public (PKCE), so the only client authentication is `none`.
 */
import type { OAuthSettings } from './settings.js';

export const ENDPOINTS = { authorize: '/authorize', token: '/token', register: '/register', revoke: '/revoke' };

/** MCP_PUBLIC_URL's path without a trailing slash ('' at the root). */
export const basePathOf = (publicUrl: string) => new URL(publicUrl).pathname.replace(/\/+$/, '');

export function authorizationServerMetadata(settings: Pick<OAuthSettings, 'publicUrl'>, scopes: string[]) {
  const issuer = new URL(settings.publicUrl).href;
  const endpoint = (path: string) => `${settings.publicUrl}${path}`;
  return {
    issuer,
    authorization_endpoint: endpoint(ENDPOINTS.authorize),
    token_endpoint: endpoint(ENDPOINTS.token),
    registration_endpoint: endpoint(ENDPOINTS.register),
    revocation_endpoint: endpoint(ENDPOINTS.revoke),
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none'],
    revocation_endpoint_auth_methods_supported: ['none'],
    scopes_supported: scopes,
    // MCP 2026-07-28: clients may use an https URL as client_id (a metadata document); RFC 9207 `iss`.
    client_id_metadata_document_supported: true,
    authorization_response_iss_parameter_supported: true,
  };
}

/** The well-known paths of the document: the RFC 8414 place for the issuer, and the root for older clients. */
export function authorizationServerPaths(publicUrl: string): string[] {
  const base = basePathOf(publicUrl);
  return [...new Set([`/.well-known/oauth-authorization-server${base}`, '/.well-known/oauth-authorization-server'])];
}
