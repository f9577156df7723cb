/**
 * Serving a store-backed URL (`/mcp/mcp_...`): the record is looked up on every request, with its
 * account in the same query (no cache, so a DELETE on any instance counts from the next request);
 * an expired one is not found by that query (the retention purge deletes it: a request only reads),
 * and the account's token is refreshed shortly before it expires and once after a 401.
 */
import type { HostedRoute, Outcome, ServingScope, UpstreamCredentials } from 'saas-mcp-runtime/host';
import { DEFAULT_SURFACE, parseSurfaceConfig } from 'saas-mcp-runtime/host';
import type { AccountRow, ServerWithAccount } from '../store/records.js';
import { decodeServerConfig } from '../store/server-config.js';
import { storeCredentials } from './accounts.js';
import { type ControlContext, hashSecret } from './context.js';
import { requestTokens } from './oauth.js';
import { filterOf, SERVER_TOKEN_PREFIX } from './servers.js';
import type { StoredCredentials } from './vault.js';

export type { HostedRoute };

/** Refresh this long before the expiry, so a call never starts with a token about to die. */
const REFRESH_MARGIN_MS = 5 * 60_000;
export const HOSTED_LABEL_PREFIX = 'mcp-server:';

export function isStoreToken(token: string): boolean {
  return token.startsWith(SERVER_TOKEN_PREFIX);
}

function openCredentials(ctx: ControlContext, account: AccountRow): Outcome<StoredCredentials> {
  if (account.status === 'pending' || account.credentials === null) {
    return { ok: false, message: 'the account has not finished connecting' };
  }
  const credentials = ctx.vault.open(account.id, account.credentials);
  return credentials
    ? { ok: true, value: credentials }
    : {
        ok: false,
        message:
          'the stored credentials do not open with MCP_SERVER_SECRET (was the secret changed without keeping the old one listed?)',
      };
}

/** A fresh token from the refresh grant, stored for every instance; if another instance won the race, its token. */
export async function refreshAccount(
  ctx: ControlContext,
  account: AccountRow,
  current: StoredCredentials,
): Promise<Outcome<StoredCredentials>> {
  if (!current.refreshToken) {
    return { ok: false, message: 'the token expired and the account has no refresh token; connect it again' };
  }
  if (!ctx.oauth.ok) {
    return { ok: false, message: `the token needs refreshing, but ${ctx.oauth.message}` };
  }
  const fresh = await requestTokens(
    ctx.oauth.value,
    account.base_url,
    { grant_type: 'refresh_token', refresh_token: current.refreshToken },
    ctx.fetch,
    ctx.now(),
  );
  if (!fresh.ok) {
    return fresh;
  }
  if (await storeCredentials(ctx, account, fresh.value)) {
    return fresh;
  }
  const latest = await ctx.records.account(account.id);
  return latest ? openCredentials(ctx, latest) : { ok: false, message: 'the account was removed' };
}

async function currentCredentials(ctx: ControlContext, account: AccountRow): Promise<Outcome<StoredCredentials>> {
  const opened = openCredentials(ctx, account);
  if (!opened.ok || opened.value.expiresAt === undefined) {
    return opened;
  }
  if (Date.parse(opened.value.expiresAt) - ctx.now().getTime() > REFRESH_MARGIN_MS) {
    return opened;
  }
  return refreshAccount(ctx, account, opened.value);
}

const upstream = (account: AccountRow, credentials: Outcome<StoredCredentials>): Outcome<UpstreamCredentials> =>
  credentials.ok
    ? { ok: true, value: { baseUrl: account.base_url, accessToken: credentials.value.accessToken } }
    : credentials;

/** The route a store token opens, or undefined (unknown, deleted or expired: all answered alike). */
export async function resolveHosted(ctx: ControlContext, token: string): Promise<HostedRoute | undefined> {
  const found = await ctx.records.serverByTokenHash(hashSecret(token), ctx.now().toISOString());
  return found && routeOfServer(ctx, found);
}

/** The route of a live server record (reached by URL token or by an OAuth grant). */
export async function routeOfServer(ctx: ControlContext, { server, account }: ServerWithAccount): Promise<HostedRoute> {
  const config = decodeServerConfig(server.config);
  const credentials = await currentCredentials(ctx, account);
  const surface = parseSurfaceConfig(config);
  let renewed = false;
  const scope: ServingScope = {
    label: `${HOSTED_LABEL_PREFIX}${server.id}`,
    filter: filterOf(config),
    surface: surface.ok ? surface.value : DEFAULT_SURFACE,
    ...(server.expires_at !== null ? { expiresAt: new Date(server.expires_at) } : {}),
    credentials: upstream(account, credentials),
    // After a 401 the token is refreshed once per request, then the call is sent again with it.
    renewCredentials: async () => {
      if (renewed || !credentials.ok) {
        return undefined;
      }
      renewed = true;
      const latest = await ctx.records.account(account.id);
      if (!latest) {
        return undefined;
      }
      // Another instance may have refreshed already: its token is the one to try.
      const stored = openCredentials(ctx, latest);
      if (stored.ok && stored.value.accessToken !== credentials.value.accessToken) {
        return upstream(latest, stored);
      }
      return upstream(latest, await refreshAccount(ctx, latest, stored.ok ? stored.value : credentials.value));
    },
  };
  return { scope, needsApiToken: server.require_api_token_auth === 1 };
}
