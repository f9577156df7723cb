/**
 * The control plane of a hosted server (`--store`): opens the store, and gives the HTTP transport
 * its hooks (admin API, store-backed URLs, stored API tokens, call logs) and the CLI verbs their
 * context. One place builds it, so the API and the CLI run the same code.
 */
import type { IncomingMessage } from 'node:http';
import type { AuditEntry, AuditSink } from 'saas-mcp-runtime/host';
import type { Outcome } from 'saas-mcp-runtime/host';
import type { ServerData } from 'saas-mcp-runtime/host';
import type { FetchFunction } from 'saas-mcp-runtime/host';
import { describeStore, openStore, parseStoreUrl, type StoreLocation } from '../store/open.js';
import { Records } from '../store/records.js';
import { createAdminHandler } from '../control/admin-http.js';
import { createAdminPage } from '../admin/page.js';
import { acceptsApiToken } from '../control/api-tokens.js';
import type { ControlContext } from '../control/context.js';
import { HOSTED_LABEL_PREFIX, isStoreToken, resolveHosted, type HostedRoute } from '../control/hosting.js';
import { oauthApp } from '../control/oauth.js';
import { CredentialVault } from '../control/vault.js';

type Env = Record<string, string | undefined>;

export interface ControlPlane {
  ctx: ControlContext;
  location: StoreLocation;
  /** Admin API and OAuth callback; false for paths it does not own. */
  handle: ReturnType<typeof createAdminHandler>;
  /** The route of `/mcp/<token>` for store tokens; null for tokens that are not the store's. */
  resolve(token: string): Promise<HostedRoute | undefined | null>;
  acceptsApiToken(req: IncomingMessage, envTokens: readonly string[]): Promise<boolean>;
  /** Wraps an audit sink so calls through store-backed URLs also leave a log row and `last_used_at`. */
  audit(sink: AuditSink): AuditSink;
  describe(): Promise<string>;
  /** Without MCP_PUBLIC_URL, returned URLs use the address the server listens on. */
  setListeningUrl(url: string): void;
  close(): Promise<void>;
}

export interface ControlOptions {
  storeUrl: string;
  data: ServerData;
  env: Env;
  /** Sealing secrets (MCP_SERVER_SECRET, already split). */
  secrets: readonly string[];
  fetch?: FetchFunction;
  now?: () => Date;
  /** Where the admin page's built bundle is; by default beside the page's module (tests set it). */
  adminPageAssets?: URL;
}

type PathHandler = ReturnType<typeof createAdminHandler>;

/** The first handler that takes the path (the admin web page, then the admin API). */
function firstHandler(...handlers: PathHandler[]): PathHandler {
  return async (req, res, url) => {
    for (const handler of handlers) if (await handler(req, res, url)) return true;
    return false;
  };
}

export async function openControlPlane(options: ControlOptions): Promise<Outcome<ControlPlane>> {
  const location = parseStoreUrl(options.storeUrl);
  if (!location.ok) return location;
  const now = options.now ?? (() => new Date());
  const driver = await openStore(location.value, now());
  const records = new Records(driver);
  let publicUrl = options.env.MCP_PUBLIC_URL?.trim().replace(/\/+$/, '') || undefined;
  const ctx: ControlContext = {
    data: options.data,
    records,
    vault: new CredentialVault(options.secrets, options.data.integration.name),
    oauth: oauthApp(options.data.integration, options.env),
    publicUrl: () => publicUrl,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    now,
  };
  const adminTokens = (options.env.MCP_ADMIN_TOKENS ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  const record = (entry: AuditEntry) =>
    records
      .recordCall({ server_id: entry.server.slice(HOSTED_LABEL_PREFIX.length), time: entry.time, tool: entry.tool, outcome: entry.outcome, upstream_status: entry.upstream_status, duration_ms: entry.duration_ms })
      .catch(() => undefined);
  const plane: ControlPlane = {
    ctx,
    location: location.value,
    handle: firstHandler(createAdminPage(ctx, { adminTokens, secrets: options.secrets, assetDir: options.adminPageAssets }), createAdminHandler(ctx, adminTokens)),
    resolve: (token) => (isStoreToken(token) ? resolveHosted(ctx, token) : Promise.resolve(null)),
    acceptsApiToken: (req, envTokens) => acceptsApiToken(ctx, req, envTokens),
    audit: (sink) => (entry) => {
      sink(entry);
      if (entry.server.startsWith(HOSTED_LABEL_PREFIX)) void record(entry);
    },
    async describe() {
      const accounts = await records.accounts(null, 1000);
      const admin = adminTokens.length > 0 ? `admin API on (${adminTokens.length} admin token${adminTokens.length > 1 ? 's' : ''})` : 'admin API off (set MCP_ADMIN_TOKENS)';
      return `store-backed servers from ${describeStore(location.value)} (${accounts.rows.length}${accounts.after ? '+' : ''} accounts); ${admin}`;
    },
    close: () => driver.close(),
    setListeningUrl(url) {
      publicUrl ??= url;
    },
  };
  return { ok: true, value: plane };
}
