/**
 * What the runtime expects of the hosting layer (`saas-mcp-hosting`: store, admin API, OAuth front
 * door, admin page). The runtime never imports it statically: `load.ts` loads it when `--store`,
 * `--oauth` or an `accounts`/`servers` verb asks for it, and the HTTP server talks to it through
 * these interfaces only.
 */
import type { AuditSink } from '../calls/audit.js';
import type { Outcome } from '../data/outcome.js';
import type { IntegrationInfo, ServerData } from '../data/tool-data.js';
import type { Logger } from '../ops/log.js';
import type { GrantCheck, HostedRoute, HostedServers } from '../transport/http/mcp-routes.js';
import type { HttpRoute } from '../transport/http/routes.js';
import type { ControlCommand } from './verbs-args.js';

/** What the hosting package's part of the settings loader reads (cli/settings.ts calls it). */
export interface HostingSettingsInput {
  env: Readonly<Record<string, string | undefined>>;
  integration: IntegrationInfo;
  /** `--store` or MCP_STORE_URL, when given. */
  storeUrl?: string;
  /** MCP_SERVER_SECRET, split. */
  secrets: readonly string[];
  /** MCP_ADMIN_TOKENS, split. */
  adminTokens: readonly string[];
}

/** An `accounts`/`servers` verb with its settings; `hosting` is what the hosting part parsed. */
export interface ControlSettings<S = unknown> {
  kind: 'control';
  command: ControlCommand;
  storeUrl: string;
  secrets: string[];
  hosting: S;
}

/** What bare `/mcp` serves on this bind, and the startup line that says so (cli/default-account.ts plans it). */
export interface DefaultAccountPlan {
  /** When set, bare `/mcp` and `/sse` answer this instead of serving the default account. */
  refusal?: { status: 401 | 404; message: string };
  /** One line for the startup output, without secrets. */
  line: string;
}

export type { HostedRoute };

/** The control plane as the HTTP server and the CLI use it. */
export interface ControlPlaneHandle extends HostedServers {
  /** Its entries of the HTTP route table: the admin page, the admin API and the OAuth callback. */
  routes: readonly HttpRoute[];
  /** Wraps an audit sink so calls through store-backed URLs also leave a log row and `last_used_at`. */
  audit(sink: AuditSink): AuditSink;
  describe(): Promise<string>;
  /** One trivial store question (`/readyz`). */
  ping(): Promise<void>;
  /** Without MCP_PUBLIC_URL, returned URLs use the address the server listens on. */
  setListeningUrl(url: string): void;
  close(): Promise<void>;
}

/** `--oauth`: metadata, authorization-server endpoints and sign-in pages, and bearer checks on `/mcp`. */
export interface FrontDoorHandle extends GrantCheck {
  /** Its entries of the HTTP route table: metadata, authorization-server endpoints, sign-in pages. */
  routes: readonly HttpRoute[];
}

/** Operating the store (design.md §4d): its timeout, the failure metric, retention purges and where they log. */
export interface StoreOps {
  /** MCP_STORE_TIMEOUT_MS. */
  storeTimeoutMs?: number;
  onStoreUnavailable?: () => void;
  /** `--log-retention`: purges run at start and every 15 minutes while the plane is open. */
  retentionDays?: number;
  log?: Logger;
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/**
 * The public entry of `saas-mcp-hosting` must have this shape (its index checks it with `satisfies`).
 * `S` is the hosting package's own settings: the runtime only passes them back, never reads them.
 */
export interface HostingModule<S = unknown> {
  /** Its part of the settings loader, pure: its settings, and problems found before anything is opened. */
  loadSettings(input: HostingSettingsInput): { settings: S; problems: string[] };
  openControlPlane(options: {
    storeUrl: string;
    data: ServerData;
    settings: S;
    secrets: readonly string[];
    ops?: StoreOps;
  }): Promise<Outcome<ControlPlaneHandle>>;
  openOAuth(
    flags: { oauthMethods?: string },
    control: ControlPlaneHandle | undefined,
    settings: S,
  ): Promise<Outcome<FrontDoorHandle>>;
  /** With OAuth on, bare `/mcp` serves the signed-in user's grant, never the default account. */
  OAUTH_DEFAULT: DefaultAccountPlan;
  runControlCommand(settings: ControlSettings<S>, data: ServerData, io: CliIo): Promise<number>;
}
