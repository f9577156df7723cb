/**
 * The browser steps between the SDK's authorize handler and the code: the vendor domain form, the
 * vendor's own OAuth (its callback shares `/oauth/<integration>/callback` with account connect,
 * told apart by a `signin.` state), and the consent page. Allowing creates the grant: a new
 * integrated account holding the user's vendor token (sealed, never sent to the MCP client) and an
 * MCP server record for it, which the admin API lists and can delete.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolveBaseUrl } from 'saas-mcp-runtime/host';
import { selectTools } from 'saas-mcp-runtime/host';
import { callbackUrl, storeCredentials } from '../control/accounts.js';
import { hashSecret, newId, newSecret, type ControlContext } from '../control/context.js';
import { authorizeUrl, requestTokens } from '../control/oauth.js';
import { consentPage, domainPage, problemPage } from './pages.js';
import type { StoreOAuthProvider } from './provider.js';
import type { OAuthRecords, SignInRequest } from './records.js';
import { methodsOf, type OAuthSettings } from './settings.js';

export const SIGNIN_STATE_PREFIX = 'signin.';
const MAX_FORM_BYTES = 16 * 1024;

export interface SignInDeps {
  ctx: ControlContext;
  records: OAuthRecords;
  provider: StoreOAuthProvider;
  settings: OAuthSettings;
  /** The operator's EGNYTE_BASE_URL (a sandbox or proxy): every sign-in goes there instead of `<domain>.egnyte.com`. */
  baseUrlOverride?: string;
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-frame-options': 'DENY', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'" });
  res.end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  let text = '';
  for await (const chunk of req) {
    text += (chunk as Buffer).toString('utf8');
    if (text.length > MAX_FORM_BYTES) return undefined;
  }
  return new URLSearchParams(text);
}

export function createSignIn(deps: SignInDeps) {
  const { ctx, records, provider, settings } = deps;
  const vendor = ctx.data.integration.displayName;

  async function load(id: string): Promise<{ request: SignInRequest; accountId: string | null } | undefined> {
    const row = id === '' ? undefined : await records.request(hashSecret(id));
    if (!row || Date.parse(row.expires_at) <= settings.now().getTime()) return undefined;
    return { request: JSON.parse(row.request) as SignInRequest, accountId: row.account_id };
  }

  const expired = (res: ServerResponse) => sendHtml(res, 400, problemPage('This sign-in link is unknown, used or expired.'));

  function toolsOf(request: SignInRequest) {
    return selectTools(ctx.data.tools, { methods: methodsOf(request.scopes) }).map((t) => ({ name: t.name, write: !t.annotations.readOnlyHint }));
  }

  function baseUrlOf(domain: string): string | undefined {
    if (deps.baseUrlOverride) return deps.baseUrlOverride;
    const variable = Object.values(ctx.data.integration.baseUrlVariables)[0];
    const resolved = variable ? resolveBaseUrl(ctx.data.integration, { [variable.env]: domain }) : undefined;
    return resolved?.ok ? resolved.value : undefined;
  }

  /** Redirects back to the client (RFC 6749 §4.1.2, with `iss` per RFC 9207). */
  function back(res: ServerResponse, request: SignInRequest, params: Record<string, string>): void {
    const target = new URL(request.redirectUri);
    for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
    if (request.state !== undefined) target.searchParams.set('state', request.state);
    target.searchParams.set('iss', new URL(settings.publicUrl).href);
    res.writeHead(302, { location: target.href, 'cache-control': 'no-store' });
    res.end();
  }

  async function domainForm(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method === 'GET') {
      const id = url.searchParams.get('request') ?? '';
      const found = await load(id);
      return found ? sendHtml(res, 200, domainPage(vendor, found.request.clientName, id)) : expired(res);
    }
    const form = await readForm(req);
    const id = form?.get('request') ?? '';
    const found = await load(id);
    if (!form || !found) return expired(res);
    const domain = (form.get('domain') ?? '').trim().toLowerCase();
    const baseUrl = /^[a-z0-9][a-z0-9-]{0,62}$/.test(domain) ? baseUrlOf(domain) : undefined;
    if (!baseUrl) return sendHtml(res, 400, domainPage(vendor, found.request.clientName, id, `"${domain.slice(0, 64)}" is not a ${vendor} domain name (letters, digits and hyphens, e.g. acme).`));
    if (!ctx.oauth.ok) return sendHtml(res, 500, problemPage(`Sign-in is not configured: ${ctx.oauth.message}.`));
    const now = ctx.now().toISOString();
    const accountId = found.accountId ?? newId();
    if (found.accountId === null) {
      await ctx.records.insertAccount({
        id: accountId, name: `${domain} (signed in from ${found.request.clientName})`.slice(0, 200), domain, base_url: baseUrl,
        status: 'pending', credentials: null, credentials_version: 0, created_at: now, updated_at: now,
      });
    }
    await records.updateRequest(hashSecret(id), JSON.stringify({ ...found.request, domain }), accountId);
    res.writeHead(302, { location: authorizeUrl(ctx.oauth.value, baseUrl, callbackUrl(ctx), `${SIGNIN_STATE_PREFIX}${id}`), 'cache-control': 'no-store' });
    res.end();
  }

  /** The vendor's redirect back: the user's vendor token is stored (sealed) and the consent page shown. */
  async function vendorCallback(res: ServerResponse, url: URL): Promise<void> {
    const id = (url.searchParams.get('state') ?? '').slice(SIGNIN_STATE_PREFIX.length);
    const found = await load(id);
    const account = found?.accountId ? await ctx.records.account(found.accountId) : undefined;
    if (!found || !account) return expired(res);
    const code = url.searchParams.get('code');
    if (url.searchParams.get('error') !== null || !code) return sendHtml(res, 400, problemPage(`${vendor} did not grant access; nothing was connected.`));
    if (!ctx.oauth.ok) return sendHtml(res, 500, problemPage(`Sign-in is not configured: ${ctx.oauth.message}.`));
    const tokens = await requestTokens(ctx.oauth.value, account.base_url, { grant_type: 'authorization_code', code, redirect_uri: callbackUrl(ctx) }, ctx.fetch, ctx.now());
    if (!tokens.ok) return sendHtml(res, 502, problemPage(`Signing in with ${vendor} failed: ${tokens.message}.`));
    await storeCredentials(ctx, account, tokens.value);
    sendHtml(res, 200, consentPage(vendor, found.request.clientName, id, found.request.domain ?? account.domain ?? '', toolsOf(found.request)));
  }

  async function consent(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = await readForm(req);
    const id = form?.get('request') ?? '';
    const row = id === '' ? undefined : await records.takeRequest(hashSecret(id));
    if (!form || !row || Date.parse(row.expires_at) <= settings.now().getTime()) return expired(res);
    const request = JSON.parse(row.request) as SignInRequest;
    const account = row.account_id ? await ctx.records.account(row.account_id) : undefined;
    if (!account || account.status !== 'active') return sendHtml(res, 400, problemPage(`Sign in with ${vendor} before answering the consent page.`));
    if (form.get('decision') !== 'allow') {
      await ctx.records.deleteAccount(account.id);
      return back(res, request, { error: 'access_denied', error_description: 'the user denied access' });
    }
    const now = ctx.now().toISOString();
    const serverId = newId();
    // The record's URL token is random and never shown: this grant is reached only by OAuth tokens.
    await ctx.records.insertServer({
      id: serverId, account_id: account.id, name: `OAuth: ${request.clientName}`.slice(0, 200), config: JSON.stringify({ methods: methodsOf(request.scopes) }),
      token_hash: hashSecret(newSecret('')), expires_at: null, require_api_token_auth: 0, created_at: now, updated_at: now, last_used_at: null,
    });
    const code = await provider.issueCode({ serverId, accountId: account.id, clientId: request.clientId, scopes: request.scopes, resource: settings.resource }, request);
    back(res, request, { code });
  }

  return {
    /** Handles the sign-in paths; false for any other. */
    async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
      if (url.pathname === '/oauth/signin' && (req.method === 'GET' || req.method === 'POST')) return domainForm(req, res, url).then(() => true);
      if (url.pathname === '/oauth/consent' && req.method === 'POST') return consent(req, res).then(() => true);
      const isCallback = url.pathname === `/oauth/${ctx.data.integration.name}/callback` && (url.searchParams.get('state') ?? '').startsWith(SIGNIN_STATE_PREFIX);
      if (isCallback && req.method === 'GET') return vendorCallback(res, url).then(() => true);
      return false;
    },
  };
}
