/**
 * The hosting package's part of the settings loader (the runtime's cli/settings.ts calls it through
 * `HostingModule.loadSettings`), pure: the environment in, the settings the store, the admin API,
 * the OAuth front door and the verbs use out, with the problems found before anything is opened.
 */
import type { HostingSettingsInput, Outcome } from 'saas-mcp-runtime/host';
import { bearerScheme } from 'saas-mcp-runtime/host';
import { type OAuthApp, oauthApp } from '../control/oauth.js';
import { controlProblems } from '../control/startup.js';

export interface HostingSettings {
  /** MCP_PUBLIC_URL without trailing slashes; undefined: returned URLs use the listening address. */
  publicUrl?: string;
  /** MCP_ADMIN_TOKENS (parsed by the runtime, which also guards `/metrics` with them). */
  adminTokens: readonly string[];
  /** The vendor OAuth app (the client id and secret variables the spec names), or what is missing. */
  oauth: Outcome<OAuthApp>;
  /** The integration's full base URL variable: OAuth sign-ins go there (a sandbox) instead of the tenant's. */
  baseUrlOverride?: string;
  /** `accounts add`: the upstream token, from the bearer scheme's variable (never from argv). */
  accountToken?: string;
}

const trimmed = (text: string | undefined) => text?.trim() || undefined;

function publicUrlOf(text: string | undefined, problems: string[]): string | undefined {
  const value = trimmed(text)?.replace(/\/+$/, '');
  if (value === undefined) {
    return undefined;
  }
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search !== '' || url.hash !== '' || url.username !== '') {
    problems.push(
      `MCP_PUBLIC_URL must be the http(s) URL clients reach this server at, without a query or fragment, such as https://mcp.example.com (got "${value}")`,
    );
    return undefined;
  }
  return value;
}

export function loadHostingSettings(input: HostingSettingsInput): { settings: HostingSettings; problems: string[] } {
  const { env, integration } = input;
  const problems = input.storeUrl === undefined ? [] : controlProblems(input.storeUrl, input.secrets);
  const publicUrl = publicUrlOf(env.MCP_PUBLIC_URL, problems);
  const baseUrlOverride = trimmed(env[integration.baseUrlEnv]);
  const tokenEnv = bearerScheme(integration)?.tokenEnv;
  const accountToken = tokenEnv === undefined ? undefined : trimmed(env[tokenEnv]);
  const settings: HostingSettings = {
    ...(publicUrl ? { publicUrl } : {}),
    adminTokens: input.adminTokens,
    oauth: oauthApp(integration, env),
    ...(baseUrlOverride ? { baseUrlOverride } : {}),
    ...(accountToken ? { accountToken } : {}),
  };
  return { settings, problems };
}
