/**
 * Client ID metadata documents (MCP authorization 2026-07-28, draft-ietf-oauth-client-id-metadata-document):
 * a client whose `client_id` is an https URL publishes its metadata there. The document is fetched
 * when the client appears, must name itself as `client_id`, and is bounded in size and time.
 */
import type { OAuthClientInformationFull } from '@modelcontextprotocol/sdk/shared/auth.js';
import type { OAuthSettings } from './settings.js';

const MAX_BYTES = 64 * 1024;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isMetadataDocumentId(clientId: string, settings: Pick<OAuthSettings, 'allowLoopbackMetadata'>): boolean {
  let url: URL;
  try {
    url = new URL(clientId);
  } catch {
    return false;
  }
  if (url.hash !== '' || url.username !== '' || url.password !== '' || url.pathname === '/') return false;
  if (url.protocol === 'https:') return true;
  return settings.allowLoopbackMetadata && url.protocol === 'http:' && LOOPBACK.has(url.hostname);
}

/** The client the document describes, or undefined (unreachable, too big, not JSON, or not about itself). */
export async function fetchClientMetadata(clientId: string, settings: Pick<OAuthSettings, 'fetch'>): Promise<OAuthClientInformationFull | undefined> {
  try {
    const answer = await settings.fetch(clientId, { headers: { accept: 'application/json' }, redirect: 'error', signal: AbortSignal.timeout(5_000) });
    if (answer.status !== 200) return undefined;
    const text = await answer.text();
    if (text.length > MAX_BYTES) return undefined;
    const doc = JSON.parse(text) as Record<string, unknown>;
    if (doc.client_id !== clientId || !Array.isArray(doc.redirect_uris) || doc.redirect_uris.length === 0) return undefined;
    if (!doc.redirect_uris.every((uri) => typeof uri === 'string' && URL.canParse(uri))) return undefined;
    // A metadata document client has no secret: it authenticates by nothing but PKCE.
    const { client_secret: _s, client_secret_expires_at: _e, ...rest } = doc;
    return { ...rest, client_id: clientId, redirect_uris: doc.redirect_uris as string[], token_endpoint_auth_method: 'none' } as OAuthClientInformationFull;
  } catch {
    return undefined;
  }
}
