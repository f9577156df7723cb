/**
 * The settings loader, pure: argv and the environment (and the integration data, which names the
 * credential variables) in, typed settings out, or every specific problem a user must fix. It is
 * the only reader of the environment: everything downstream gets the typed settings. The hosting
 * package adds its own part (`HostingModule.loadSettings`), which is pure too.
 */
import type { Outcome } from '../data/outcome.js';
import type { ServerData } from '../data/tool-data.js';
import type { ControlSettings, HostingModule } from '../hosting/contract.js';
import type { ControlCommand } from '../hosting/verbs-args.js';
import { type OpsSettings, opsSettings } from '../ops/flags.js';
import { parseSecrets } from '../security/sealed.js';
import { checkFilter } from '../surface/filters.js';
import { parseAllowedOrigins, parseApiTokens } from '../transport/http/guards.js';
import { hasAnyCredentialSetting, resolveCredentials, type UpstreamCredentials } from '../upstream/credentials.js';
import { type Command, parseArgs } from './args.js';

export type Env = Readonly<Record<string, string | undefined>>;
export type ServeCommand = Extract<Command, { kind: 'serve' }>;
export type MintCommand = Extract<Command, { kind: 'mint-url' }>;

export interface ServeSettings {
  kind: 'serve';
  command: ServeCommand;
  /** `--store` or MCP_STORE_URL (HTTP only). */
  storeUrl?: string;
  /** MCP_SERVER_SECRET, split: sealing keys, and the key of stored credentials. */
  secrets: string[];
  /** MCP_API_TOKENS. */
  apiTokens: string[];
  /** MCP_ADMIN_TOKENS (`/metrics` off loopback; the hosting package's admin API and page). */
  adminTokens: string[];
  /** MCP_ALLOWED_ORIGINS. */
  allowedOrigins: string[];
  /** MCP_UPSTREAM_TIMEOUT_MS. */
  upstreamTimeoutMs?: number;
  /** MCP_AUDIT_LOG: a file; stderr when unset. */
  auditLog?: string;
  /** The default account (the integration's variables); not ok when none is set. */
  credentials: Outcome<UpstreamCredentials>;
  /** MCP_STORE_TIMEOUT_MS, MCP_SHUTDOWN_TIMEOUT_MS, MCP_MAX_CONNECTIONS_PER_ADDRESS. */
  ops: OpsSettings;
  /** What the hosting package's part parsed (opaque here); set when it is loaded. */
  hosting?: unknown;
}

export interface MintSettings {
  kind: 'mint-url';
  command: MintCommand;
  /** At least one: the first seals. */
  secrets: string[];
  credentials: UpstreamCredentials;
}

export type Settings = ServeSettings | MintSettings | ControlSettings;

/** The hosting package, loaded (or why it could not be). */
export type HostingPart = Outcome<Pick<HostingModule, 'loadSettings'>>;

export interface SettingsInput {
  argv: readonly string[];
  /** `argv` as `parseArgs` read it, when the caller already has it (main.ts): not parsed twice. */
  command?: Command;
  env: Env;
  /** The integration data: its variables' names, and the tools `--methods` and `--tags` must match. */
  data: ServerData;
  /** For `--expires-at` (tests pin it). */
  now?: Date;
  /** Given when `hostingNeed` named a need. */
  hosting?: HostingPart;
}

export type LoadedSettings =
  | { ok: true; settings: Settings; warnings: string[] }
  | { ok: false; problems: string[]; warnings: string[] };

const storeUrlOf = (flag: string | undefined, env: Env): string | undefined => flag ?? env.MCP_STORE_URL;

/** What needs the hosting package: `--store`, `--oauth`, a verb; undefined when nothing does. */
export function hostingNeed(command: Command, env: Env): string | undefined {
  if (command.kind === 'control') {
    return command.verb;
  }
  if (command.kind !== 'serve' || command.transport !== 'http') {
    return undefined;
  }
  if (storeUrlOf(command.store, env) !== undefined) {
    return '--store';
  }
  return command.oauth ? '--oauth' : undefined;
}

const MISSING_HOSTING = 'the hosting package was not loaded';

function loadServe(command: ServeCommand, input: SettingsInput): LoadedSettings {
  const { env } = input;
  const integration = input.data.integration;
  const problems = checkFilter(input.data, command.filter);
  const warnings: string[] = [];
  const apiTokens = parseApiTokens(env.MCP_API_TOKENS);
  const adminTokens = parseApiTokens(env.MCP_ADMIN_TOKENS);
  if (command.requireApiToken && command.transport === 'stdio') {
    problems.push('--require-api-token applies to --transport http only: stdio has no Authorization header to check');
  }
  if (command.requireApiToken && apiTokens.length === 0) {
    problems.push('--require-api-token needs MCP_API_TOKENS (comma-separated tokens)');
  }
  const secrets = parseSecrets(env.MCP_SERVER_SECRET);
  problems.push(...secrets.problems);
  const origins = parseAllowedOrigins(env.MCP_ALLOWED_ORIGINS);
  problems.push(...origins.problems);
  const timeout = env.MCP_UPSTREAM_TIMEOUT_MS;
  if (timeout !== undefined && !/^[1-9]\d*$/.test(timeout)) {
    problems.push('MCP_UPSTREAM_TIMEOUT_MS must be a positive whole number');
  }
  const http = command.transport === 'http';
  const storeUrl = storeUrlOf(command.store, env);
  let hosting: unknown;
  if (storeUrl !== undefined && !http) {
    problems.push('--store (MCP_STORE_URL) applies to --transport http');
  } else if (hostingNeed(command, env) !== undefined) {
    const part = input.hosting ?? { ok: false, message: MISSING_HOSTING };
    if (!part.ok) {
      problems.push(part.message);
    } else {
      const loaded = part.value.loadSettings({ env, integration, storeUrl, secrets: secrets.secrets, adminTokens });
      problems.push(...loaded.problems);
      hosting = loaded.settings;
    }
  }
  // With --oauth, /mcp serves only signed-in users, so no default account is asked for; with a
  // store, the start-up summary already says when there is none.
  const credentials = resolveCredentials(integration, env);
  if (!credentials.ok && !(http && command.oauth)) {
    if (hasAnyCredentialSetting(integration, env)) {
      problems.push(credentials.message);
    } else if (!(http && storeUrl !== undefined)) {
      warnings.push(`no upstream credentials (${credentials.message}); tool calls will fail until they are set`);
    }
  }
  const ops = opsSettings(env, problems);
  if (command.ops.metrics && !http) {
    problems.push('--metrics applies to --transport http');
  }
  if (problems.length > 0) {
    return { ok: false, problems, warnings };
  }
  const settings: ServeSettings = {
    kind: 'serve',
    command,
    ...(http && storeUrl !== undefined ? { storeUrl } : {}),
    secrets: secrets.secrets,
    apiTokens,
    adminTokens,
    allowedOrigins: origins.origins,
    ...(timeout === undefined ? {} : { upstreamTimeoutMs: Number(timeout) }),
    ...(env.MCP_AUDIT_LOG ? { auditLog: env.MCP_AUDIT_LOG } : {}),
    credentials,
    ops,
    ...(hosting === undefined ? {} : { hosting }),
  };
  return { ok: true, settings, warnings };
}

function loadMint(command: MintCommand, input: SettingsInput): LoadedSettings {
  const problems = checkFilter(input.data, command.filter);
  const secrets = parseSecrets(input.env.MCP_SERVER_SECRET);
  problems.push(...secrets.problems);
  if (secrets.secrets.length === 0) {
    problems.push('mint-url needs MCP_SERVER_SECRET (the key that seals server URLs)');
  }
  const credentials = resolveCredentials(input.data.integration, input.env);
  if (!credentials.ok) {
    problems.push(`mint-url seals the upstream credentials: ${credentials.message}`);
  }
  return problems.length > 0 || !credentials.ok
    ? { ok: false, problems, warnings: [] }
    : {
        ok: true,
        settings: { kind: 'mint-url', command, secrets: secrets.secrets, credentials: credentials.value },
        warnings: [],
      };
}

function loadControl(command: ControlCommand, input: SettingsInput): LoadedSettings {
  const storeUrl = storeUrlOf(command.flags['--store'], input.env) ?? '';
  const secrets = parseSecrets(input.env.MCP_SERVER_SECRET);
  const part = input.hosting ?? { ok: false, message: MISSING_HOSTING };
  if (!part.ok) {
    return { ok: false, problems: [part.message], warnings: [] };
  }
  const hosting = part.value.loadSettings({
    env: input.env,
    integration: input.data.integration,
    ...(storeUrl === '' ? {} : { storeUrl }),
    secrets: secrets.secrets,
    adminTokens: parseApiTokens(input.env.MCP_ADMIN_TOKENS),
  });
  const problems = [
    ...(storeUrl === '' ? ['set --store or MCP_STORE_URL (sqlite:PATH or postgres://...)'] : hosting.problems),
    ...secrets.problems,
  ];
  return problems.length > 0
    ? { ok: false, problems, warnings: [] }
    : {
        ok: true,
        settings: { kind: 'control', command, storeUrl, secrets: secrets.secrets, hosting: hosting.settings },
        warnings: [],
      };
}

/**
 * argv and environment to settings. `--help` and `--version` carry no settings: they are answered
 * from `parseArgs` before this runs, and here they are a problem like any other misuse.
 */
export function loadSettings(input: SettingsInput): LoadedSettings {
  const parsed: Outcome<Command> = input.command
    ? { ok: true, value: input.command }
    : parseArgs(input.argv, input.now);
  if (!parsed.ok) {
    return { ok: false, problems: [parsed.message], warnings: [] };
  }
  const command = parsed.value;
  switch (command.kind) {
    case 'serve':
      return loadServe(command, input);
    case 'mint-url':
      return loadMint(command, input);
    case 'control':
      return loadControl(command, input);
    default:
      return { ok: false, problems: [`${command.kind} takes no settings`], warnings: [] };
  }
}
