/**
 * Connected accounts: added with a pasted token or connected by the vendor's OAuth code flow.
 * Answers never carry credentials; removing an account erases them and stops its servers.
 */
import { resolveBaseUrl } from 'saas-mcp-runtime/host';
import type { AccountRow } from '../store/records.js';
import type { Account } from '../wire/types.js';
import {
  type ControlContext,
  decodeCursor,
  encodeCursor,
  hashSecret,
  type ListAnswer,
  newId,
  newSecret,
} from './context.js';
import { badRequest, ControlError, notFound } from './errors.js';
import { type Body, objectBody, optionalString, requiredString } from './input.js';
import { authorizeUrl, requestTokens } from './oauth.js';
import type { StoredCredentials } from './vault.js';

/** How long a started OAuth connect may take before its state stops being accepted. */
const CONNECT_WINDOW_MS = 15 * 60_000;

export function accountView(row: AccountRow): Account {
  return { id: row.id, name: row.name, domain: row.domain, status: row.status, created_at: row.created_at };
}

/** `domain` fills the spec's base URL template; `base_url` replaces it (a proxy or a sandbox). */
function accountLocation(ctx: ControlContext, body: Body): { domain: string | null; baseUrl: string } {
  const { integration } = ctx.data;
  const domain = optionalString(body, 'domain');
  const baseUrl = optionalString(body, 'base_url', 2000);
  if ((domain === undefined) === (baseUrl === undefined)) {
    throw badRequest('give exactly one of "domain" and "base_url"', 'domain');
  }
  const variables = Object.values(integration.baseUrlVariables);
  if (domain !== undefined && variables.length !== 1) {
    throw badRequest(`${integration.displayName} accounts take "base_url", not "domain"`, 'domain');
  }
  const env = domain !== undefined ? { [variables[0]?.env ?? '']: domain } : { [integration.baseUrlEnv]: baseUrl };
  const resolved = resolveBaseUrl(integration, env);
  if (!resolved.ok) {
    throw badRequest(
      `"${domain !== undefined ? 'domain' : 'base_url'}" is not valid: ${resolved.message.replace(/^.*? is not valid: /, '')}`,
      domain !== undefined ? 'domain' : 'base_url',
    );
  }
  return { domain: domain ?? null, baseUrl: resolved.value };
}

export async function addAccount(ctx: ControlContext, input: unknown): Promise<Account> {
  const body = objectBody(input, ['name', 'domain', 'base_url', 'access_token']);
  const name = requiredString(body, 'name');
  const location = accountLocation(ctx, body);
  const accessToken = requiredString(body, 'access_token', 8192);
  const now = ctx.now().toISOString();
  const id = newId();
  const row: AccountRow = {
    id,
    name,
    domain: location.domain,
    base_url: location.baseUrl,
    status: 'active',
    credentials: ctx.vault.seal(id, { accessToken }),
    credentials_version: 0,
    created_at: now,
    updated_at: now,
  };
  await ctx.records.insertAccount(row);
  return accountView(row);
}

export function callbackUrl(ctx: ControlContext): string {
  const base = ctx.publicUrl();
  if (base === undefined) {
    throw badRequest('connecting by OAuth needs MCP_PUBLIC_URL (the redirect URI is built from it)');
  }
  return `${base}/oauth/${ctx.data.integration.name}/callback`;
}

/** Creates a `pending` account and the vendor's authorize URL; the callback completes it. */
export async function startConnect(
  ctx: ControlContext,
  input: unknown,
): Promise<{ authorize_url: string; account: Account }> {
  const body = objectBody(input, ['name', 'domain', 'base_url']);
  if (!ctx.oauth.ok) {
    throw badRequest(ctx.oauth.message);
  }
  const name = requiredString(body, 'name');
  const location = accountLocation(ctx, body);
  const redirectUri = callbackUrl(ctx);
  const now = ctx.now();
  const id = newId();
  const row: AccountRow = {
    id,
    name,
    domain: location.domain,
    base_url: location.baseUrl,
    status: 'pending',
    credentials: null,
    credentials_version: 0,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  const state = newSecret('');
  await ctx.records.insertPendingAccount(
    row,
    hashSecret(state),
    new Date(now.getTime() + CONNECT_WINDOW_MS).toISOString(),
  );
  return {
    authorize_url: authorizeUrl(ctx.oauth.value, location.baseUrl, redirectUri, state),
    account: accountView(row),
  };
}

/** The redirect back from the vendor: exchanges the code and stores the tokens, sealed. */
export async function finishConnect(ctx: ControlContext, query: URLSearchParams): Promise<Account> {
  const state = query.get('state') ?? '';
  const taken = state === '' ? undefined : await ctx.records.takeOAuthState(hashSecret(state));
  if (!taken || Date.parse(taken.expires_at) <= ctx.now().getTime()) {
    throw new ControlError(400, 'invalid_state', 'this connect link is unknown, used or expired; start again');
  }
  const account = await ctx.records.account(taken.account_id);
  if (!account) {
    throw notFound('account');
  }
  const denied = query.get('error');
  if (denied !== null) {
    throw new ControlError(
      400,
      'access_denied',
      `the authorization was not granted (${denied.replace(/[^\w.-]/g, '').slice(0, 60)})`,
    );
  }
  const code = query.get('code');
  if (!code || !ctx.oauth.ok) {
    throw badRequest(!ctx.oauth.ok ? ctx.oauth.message : 'the callback has no code');
  }
  const tokens = await requestTokens(
    ctx.oauth.value,
    account.base_url,
    { grant_type: 'authorization_code', code, redirect_uri: callbackUrl(ctx) },
    ctx.fetch,
    ctx.now(),
  );
  if (!tokens.ok) {
    throw new ControlError(502, 'token_exchange_failed', tokens.message);
  }
  await storeCredentials(ctx, account, tokens.value);
  return accountView({ ...account, status: 'active' });
}

/** Seals and stores new credentials unless another instance replaced them first (then false). */
export function storeCredentials(
  ctx: ControlContext,
  account: AccountRow,
  credentials: StoredCredentials,
): Promise<boolean> {
  const sealed = ctx.vault.seal(account.id, credentials);
  return ctx.records.replaceCredentials(
    account.id,
    account.credentials_version,
    sealed,
    'active',
    ctx.now().toISOString(),
  );
}

export async function listAccounts(ctx: ControlContext, cursor?: string, limit = 50): Promise<ListAnswer<Account>> {
  const page = await ctx.records.accounts(decodeCursor(cursor), limit);
  return { result: page.rows.map(accountView), next_cursor: encodeCursor(page.after) };
}

export async function getAccount(ctx: ControlContext, id: string): Promise<AccountRow> {
  const row = await ctx.records.account(id);
  if (!row) {
    throw notFound(`account ${JSON.stringify(id.slice(0, 64))}`);
  }
  return row;
}

export async function removeAccount(ctx: ControlContext, id: string): Promise<void> {
  if (!(await ctx.records.deleteAccount(id))) {
    throw notFound(`account ${JSON.stringify(id.slice(0, 64))}`);
  }
}
