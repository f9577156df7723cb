/**
 * Client ID metadata documents (MCP authorization 2026-07-28, draft-ietf-oauth-client-id-metadata-
 * document): a client whose `client_id` is an https URL publishes its metadata there. The document
 * is fetched from a public address only (public-fetch.ts), must name itself as `client_id`, may
 * name only acceptable redirect URIs, and is cached as its Cache-Control allows (bounded in time
 * and in entries; failures are not cached).
 */
import { isPlainObject, isStringList, setBounded } from 'saas-mcp-runtime/host';
import { fetchPublic, type Resolver } from './public-fetch.js';
import { isLoopbackHost, redirectUrisProblem } from './redirect-uris.js';

/** A client's metadata as the authorization server takes it (RFC 7591 fields). */
export type ClientMetadata = Record<string, unknown> & { client_id: string; redirect_uris: string[] };

const MAX_BYTES = 64 * 1024;
const TIMEOUT_MS = 5_000;
/** Without caching headers a document is kept 5 minutes; never more than a day. */
const DEFAULT_TTL_S = 300;
const MAX_TTL_S = 86_400;

export interface MetadataSettings {
  /** Loopback development mode (MCP_PUBLIC_URL on loopback http): documents on loopback are allowed. */
  allowLoopbackMetadata: boolean;
  now: () => Date;
  resolve?: Resolver;
}

export function isMetadataDocumentId(
  clientId: string,
  settings: Pick<MetadataSettings, 'allowLoopbackMetadata'>,
): boolean {
  if (!URL.canParse(clientId)) {
    return false;
  }
  const url = new URL(clientId);
  if (url.hash !== '' || url.username !== '' || url.password !== '' || url.pathname === '/') {
    return false;
  }
  if (url.protocol === 'https:') {
    return true;
  }
  return settings.allowLoopbackMetadata && url.protocol === 'http:' && isLoopbackHost(url.hostname);
}

/** Seconds a document may be reused per its Cache-Control; 0 for no-store / no-cache. */
export function cacheSeconds(cacheControl: string | undefined): number {
  const directives = (cacheControl ?? '')
    .toLowerCase()
    .split(',')
    .map((d) => d.trim());
  if (directives.some((d) => d === 'no-store' || d === 'no-cache' || d === 'private')) {
    return 0;
  }
  const maxAge = directives.map((d) => /^max-age=(\d+)$/.exec(d)?.[1]).find((v) => v !== undefined);
  return Math.min(maxAge === undefined ? DEFAULT_TTL_S : Number(maxAge), MAX_TTL_S);
}

function clientOf(clientId: string, text: string): ClientMetadata | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isPlainObject(doc) || doc.client_id !== clientId) {
    return undefined;
  }
  const uris: unknown = doc.redirect_uris;
  if (!isStringList(uris) || redirectUrisProblem(uris) !== undefined) {
    return undefined;
  }
  // A metadata document client has no secret: it authenticates by nothing but PKCE.
  const { client_secret: _s, client_secret_expires_at: _e, ...rest } = doc;
  return { ...rest, client_id: clientId, redirect_uris: uris, token_endpoint_auth_method: 'none' };
}

export class MetadataDocuments {
  private readonly cache = new Map<string, { client: ClientMetadata; until: number }>();

  constructor(
    private readonly settings: MetadataSettings,
    private readonly capacity = 500,
  ) {}

  /** The client the document describes, or undefined (refused, unreachable, too big, not JSON, or not about itself). */
  async get(clientId: string): Promise<ClientMetadata | undefined> {
    const now = this.settings.now().getTime();
    const cached = this.cache.get(clientId);
    if (cached && cached.until > now) {
      return cached.client;
    }
    this.cache.delete(clientId);
    const fetched = await fetchPublic(new URL(clientId), {
      allowLoopback: this.settings.allowLoopbackMetadata,
      maxBytes: MAX_BYTES,
      timeoutMs: TIMEOUT_MS,
      ...(this.settings.resolve ? { resolve: this.settings.resolve } : {}),
    });
    if (fetched?.status !== 200) {
      return undefined;
    }
    const client = clientOf(clientId, fetched.body);
    const ttl = cacheSeconds(fetched.headers['cache-control']);
    if (client && ttl > 0) {
      setBounded(this.cache, clientId, { client, until: now + ttl * 1000 }, this.capacity);
    }
    return client;
  }
}
