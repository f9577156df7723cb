/**
 * The control plane of a hosted server (`--store`): opens the store, and gives the HTTP transport
 * its hooks (admin API, store-backed URLs, stored API tokens, call logs) and the CLI verbs their
 * context. One place builds it, so the API and the CLI run the same code.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  type AuditEntry,
  type AuditSink,
  deriveKeys,
  type FetchFunction,
  type HttpRoute,
  type Outcome,
  type ServerData,
  type StoreOps,
} from 'saas-mcp-runtime/host';
import { createAdminPage } from '../admin/page.js';
import { adminApiRoutes } from '../control/admin-http.js';
import { acceptsApiToken } from '../control/api-tokens.js';
import type { ControlContext } from '../control/context.js';
import { HOSTED_LABEL_PREFIX, type HostedRoute, isStoreToken, resolveHosted } from '../control/hosting.js';
import { CredentialVault } from '../control/vault.js';
import { createCallLogWriter } from '../store/call-log-writer.js';
import { DEFAULT_STORE_TIMEOUT_MS } from '../store/deadline.js';
import { describeStore, openStore, parseStoreUrl, type StoreLocation } from '../store/open.js';
import { Records } from '../store/records.js';
import { startRetention } from '../store/retention.js';
import type { HostingSettings } from './settings.js';

/** How long call logs wait to be written together on PostgreSQL (a crash of the server loses at most these). */
const CALL_LOG_WINDOW_MS = 100;

export interface ControlPlane {
  ctx: ControlContext;
  location: StoreLocation;
  /** Its entries of the HTTP route table: the admin page, the admin API and the OAuth callback. */
  routes: readonly HttpRoute[];
  /** The route of `/mcp/<token>` for store tokens; null for tokens that are not the store's. */
  resolve(token: string): Promise<HostedRoute | undefined | null>;
  acceptsApiToken(req: IncomingMessage, envTokens: readonly string[]): Promise<boolean>;
  /** Wraps an audit sink so calls through store-backed URLs also leave a log row and `last_used_at`. */
  audit(sink: AuditSink): AuditSink;
  /** Resolves once every call-log row written so far is stored (logging never delays an answer). */
  flush(): Promise<void>;
  describe(): Promise<string>;
  /** One trivial store question (`/readyz`). */
  ping(): Promise<void>;
  /** Without MCP_PUBLIC_URL, returned URLs use the address the server listens on. */
  setListeningUrl(url: string): void;
  /** A 32-byte key for one purpose, derived (HKDF) from the first MCP_SERVER_SECRET. */
  deriveKey(purpose: string): Buffer;
  close(): Promise<void>;
}

export interface ControlOptions {
  storeUrl: string;
  data: ServerData;
  /** What the hosting part of the settings loader parsed (plane/settings.ts). */
  settings: HostingSettings;
  /** Sealing secrets (MCP_SERVER_SECRET, already split). */
  secrets: readonly string[];
  fetch?: FetchFunction;
  now?: () => Date;
  /** MCP_STORE_TIMEOUT_MS, the metric counting store failures, retention purges. */
  ops?: StoreOps;
  /** Where the admin page's built bundle is; by default beside the page's module (tests set it). */
  adminPageAssets?: URL;
}

export async function openControlPlane(options: ControlOptions): Promise<Outcome<ControlPlane>> {
  const location = parseStoreUrl(options.storeUrl);
  if (!location.ok) {
    return location;
  }
  const now = options.now ?? (() => new Date());
  const ops = options.ops ?? {};
  const driver = await openStore(location.value, now(), {
    timeoutMs: ops.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS,
    onUnavailable: ops.onStoreUnavailable,
  });
  const retention =
    ops.retentionDays !== undefined && ops.log
      ? startRetention(driver, { days: ops.retentionDays, log: ops.log, now })
      : undefined;
  const records = new Records(driver);
  const { settings } = options;
  let publicUrl = settings.publicUrl;
  // PostgreSQL: one statement per 100 ms of calls, not one per call (each wakes a database process
  // that competes with the calls on the same cores); SQLite writes in process, once per turn.
  const callLog = createCallLogWriter(records, { windowMs: driver.dialect === 'postgres' ? CALL_LOG_WINDOW_MS : 0 });
  const ctx: ControlContext = {
    data: options.data,
    records,
    vault: new CredentialVault(options.secrets, options.data.integration.name),
    oauth: settings.oauth,
    publicUrl: () => publicUrl,
    fetch: options.fetch,
    now,
    flushCallLogs: () => callLog.drain(),
  };
  const adminTokens = settings.adminTokens;
  const record = (entry: AuditEntry) =>
    callLog
      .write({
        server_id: entry.server.slice(HOSTED_LABEL_PREFIX.length),
        time: entry.time,
        tool: entry.tool,
        outcome: entry.outcome,
        upstream_status: entry.upstream_status,
        duration_ms: entry.duration_ms,
      })
      .catch(() => undefined);
  const flush = ctx.flushCallLogs;
  const plane: ControlPlane = {
    ctx,
    location: location.value,
    routes: [
      {
        path: '/admin/*',
        handle: createAdminPage(ctx, { adminTokens, secrets: options.secrets, assetDir: options.adminPageAssets }),
      },
      ...adminApiRoutes(ctx, adminTokens),
    ],
    resolve: (token) => (isStoreToken(token) ? resolveHosted(ctx, token) : Promise.resolve(null)),
    acceptsApiToken: (req, envTokens) => acceptsApiToken(ctx, req, envTokens),
    audit: (sink) => (entry) => {
      sink(entry);
      if (entry.server.startsWith(HOSTED_LABEL_PREFIX)) {
        record(entry);
      }
    },
    flush,
    async describe() {
      const accounts = await records.accounts(null, 1000);
      const admin =
        adminTokens.length > 0
          ? `admin API on (${adminTokens.length} admin token${adminTokens.length > 1 ? 's' : ''})`
          : 'admin API off (set MCP_ADMIN_TOKENS)';
      return `store-backed servers from ${describeStore(location.value)} (${accounts.rows.length}${accounts.after ? '+' : ''} accounts); ${admin}`;
    },
    ping: async () => void (await driver.all('SELECT 1')),
    async close() {
      await retention?.stop();
      await flush();
      await driver.close();
    },
    setListeningUrl(url) {
      publicUrl ??= url;
    },
    // Without a secret (development), a key of this process only.
    deriveKey: (purpose) => deriveKeys(options.secrets.slice(0, 1), purpose, 'v1')[0]?.key ?? randomBytes(32),
  };
  return { ok: true, value: plane };
}
