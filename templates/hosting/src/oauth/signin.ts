/**
 * The browser steps between the authorization server's /authorize (node-oidc-provider, which hands
 * a checked request to `begin` as an interaction) and the code (design.md §4b): the consent page first (it names the client and the host its code goes to, and asks for the vendor domain),
 * then the vendor's own OAuth (its callback shares `/oauth/<integration>/callback` with account
 * connect, told apart by a `signin.` state), then the code. Every step needs the cookie of the
 * browser that called /authorize, and the consent form its CSRF token (browser-binding.ts).
 * Allowing creates the grant: a new integrated account holding the user's vendor token (sealed,
 * never sent to the MCP client) and an MCP server record for it, which the admin API can delete.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { constantTimeEqual, readLimitedBody, refusalId, resolveBaseUrl, selectTools } from 'saas-mcp-runtime/host';
import { callbackUrl, storeCredentials } from '../control/accounts.js';
import { type ControlContext, hashSecret, newId, newSecret } from '../control/context.js';
import { authorizeUrl, requestTokens } from '../control/oauth.js';
import type { SignInRequestRow } from '../store/tables.js';
import { grantSubject } from './adapter.js';
import { csrfToken, isBoundBrowser, presentedSession } from './browser-binding.js';
import { consentPage, problemPage, sendHtml } from './pages.js';
import { issueCode } from './provider.js';
import { decodeSignInRequest, type OAuthRecords, type SignInRequest } from './records.js';
import { methodsOf, type OAuthSettings } from './settings.js';

export const SIGNIN_STATE_PREFIX = 'signin.';
const MAX_FORM_BYTES = 16 * 1024;

export interface SignInDeps {
  ctx: ControlContext;
  records: OAuthRecords;
  provider: Provider;
  settings: OAuthSettings;
  /** The operator's EGNYTE_BASE_URL (a sandbox or proxy): every sign-in goes there instead of `<domain>.egnyte.com`. */
  baseUrlOverride?: string;
}

/** The posted form; undefined when it is too large (drained first, so the connection stays usable). */
async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  const read = await readLimitedBody(req, MAX_FORM_BYTES);
  if (!read.ok && !read.drained) {
    req.destroy();
  }
  return read.ok ? new URLSearchParams(read.text) : undefined;
}

export function createSignIn(deps: SignInDeps) {
  const { ctx, records, provider, settings } = deps;
  const vendor = ctx.data.integration.displayName;
  const action = `${new URL(settings.publicUrl).pathname.replace(/\/$/, '')}/oauth/signin`;
  const secure = settings.publicUrl.startsWith('https:');

  /** A live request that this browser started; undefined otherwise (the answer names why). */
  async function load(
    req: IncomingMessage,
    id: string,
  ): Promise<{ request: SignInRequest; row: SignInRequestRow } | undefined> {
    const row = id === '' ? undefined : await records.request(hashSecret(id));
    if (
      !row ||
      Date.parse(row.expires_at) <= settings.now().getTime() ||
      !isBoundBrowser(req, row.session_hash, secure)
    ) {
      return undefined;
    }
    return { request: decodeSignInRequest(row.request), row };
  }

  const refused = (res: ServerResponse) =>
    sendHtml(
      res,
      403,
      problemPage(
        'This sign-in link is unknown, used or expired, or it was started in another browser. Sign-in links cannot be shared.',
      ),
    );

  function toolsOf(request: SignInRequest) {
    return selectTools(ctx.data.tools, { methods: methodsOf(request.scopes) }).map((t) => ({
      name: t.name,
      write: !t.annotations.readOnlyHint,
    }));
  }

  function showConsent(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    id: string,
    request: SignInRequest,
    problem?: string,
    domain?: string,
  ): void {
    const session = presentedSession(req, secure) ?? '';
    const vendorOrigin = deps.baseUrlOverride ? new URL(deps.baseUrlOverride).origin : 'https:';
    sendHtml(
      res,
      status,
      consentPage({
        vendor,
        clientName: request.clientName,
        clientId: request.clientId,
        redirectHost: new URL(request.redirectUri).host,
        requestId: id,
        csrfToken: csrfToken(session, id),
        action,
        tools: toolsOf(request),
        ...(problem ? { problem } : {}),
        ...(domain ? { domain } : {}),
      }),
      vendorOrigin,
    );
  }

  function baseUrlOf(domain: string): string | undefined {
    if (deps.baseUrlOverride) {
      return deps.baseUrlOverride;
    }
    const variable = Object.values(ctx.data.integration.baseUrlVariables)[0];
    const resolved = variable ? resolveBaseUrl(ctx.data.integration, { [variable.env]: domain }) : undefined;
    return resolved?.ok ? resolved.value : undefined;
  }

  /** Redirects back to the client (RFC 6749 §4.1.2, with `iss` per RFC 9207). */
  function back(res: ServerResponse, request: SignInRequest, params: Record<string, string>): void {
    const target = new URL(request.redirectUri);
    for (const [key, value] of Object.entries(params)) {
      target.searchParams.set(key, value);
    }
    if (request.state !== undefined) {
      target.searchParams.set('state', request.state);
    }
    target.searchParams.set('iss', new URL(settings.publicUrl).href);
    res.writeHead(302, { location: target.href, 'cache-control': 'no-store' });
    res.end();
  }

  /** GET shows the consent page; POST answers it (cookie and CSRF token required), allow goes on to the vendor. */
  async function consentStep(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method === 'GET') {
      const id = url.searchParams.get('request') ?? '';
      const found = await load(req, id);
      return found ? showConsent(req, res, 200, id, found.request) : refused(res);
    }
    const form = await readForm(req);
    const id = form?.get('request') ?? '';
    const found = await load(req, id);
    const session = presentedSession(req, secure);
    if (!form || !found || !session || !constantTimeEqual(form.get('csrf') ?? '', csrfToken(session, id))) {
      return refused(res);
    }
    if (found.row.consented === 1) {
      return refused(res);
    }
    if (form.get('decision') !== 'allow') {
      if (await records.takeRequest(hashSecret(id))) {
        back(res, found.request, { error: 'access_denied', error_description: 'the user denied access' });
      } else {
        refused(res);
      }
      return;
    }
    const domain = (form.get('domain') ?? '').trim().toLowerCase();
    const baseUrl = /^[a-z0-9][a-z0-9-]{0,62}$/.test(domain) ? baseUrlOf(domain) : undefined;
    if (!baseUrl) {
      return showConsent(
        req,
        res,
        400,
        id,
        found.request,
        `"${domain.slice(0, 64)}" is not a ${vendor} domain name (letters, digits and hyphens, e.g. acme).`,
      );
    }
    if (!ctx.oauth.ok) {
      return sendHtml(
        res,
        500,
        problemPage(
          `Sign-in is not configured: ${ctx.oauth.message} (error id ${refusalId('sign-in not configured')}).`,
        ),
      );
    }
    const now = ctx.now().toISOString();
    const accountId = newId();
    await ctx.records.insertAccount({
      id: accountId,
      name: `${domain} (signed in from ${found.request.clientName})`.slice(0, 200),
      domain,
      base_url: baseUrl,
      status: 'pending',
      credentials: null,
      credentials_version: 0,
      created_at: now,
      updated_at: now,
    });
    await records.markConsented(hashSecret(id), { ...found.request, domain }, accountId);
    res.writeHead(302, {
      location: authorizeUrl(ctx.oauth.value, baseUrl, callbackUrl(ctx), `${SIGNIN_STATE_PREFIX}${id}`),
      'cache-control': 'no-store',
    });
    res.end();
  }

  /** The vendor's redirect back, in the browser that consented: the vendor token is stored (sealed) and the code issued. */
  async function vendorCallback(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const id = (url.searchParams.get('state') ?? '').slice(SIGNIN_STATE_PREFIX.length);
    const found = await load(req, id);
    const account =
      found?.row.consented === 1 && found.row.account_id ? await ctx.records.account(found.row.account_id) : undefined;
    if (!found || !account) {
      return refused(res);
    }
    const code = url.searchParams.get('code');
    if (url.searchParams.get('error') !== null || !code) {
      await records.takeRequest(hashSecret(id));
      await ctx.records.deleteAccount(account.id);
      return sendHtml(res, 400, problemPage(`${vendor} did not grant access; nothing was connected.`));
    }
    if (!ctx.oauth.ok) {
      return sendHtml(
        res,
        500,
        problemPage(
          `Sign-in is not configured: ${ctx.oauth.message} (error id ${refusalId('sign-in not configured')}).`,
        ),
      );
    }
    // Single use: a second callback with the same state finds nothing.
    if (!(await records.takeRequest(hashSecret(id)))) {
      return refused(res);
    }
    const tokens = await requestTokens(
      ctx.oauth.value,
      account.base_url,
      { grant_type: 'authorization_code', code, redirect_uri: callbackUrl(ctx) },
      ctx.fetch,
      ctx.now(),
    );
    if (!tokens.ok) {
      await ctx.records.deleteAccount(account.id);
      return sendHtml(
        res,
        502,
        problemPage(
          `Signing in with ${vendor} failed: ${tokens.message} (error id ${refusalId('upstream token exchange failed')}).`,
        ),
      );
    }
    await storeCredentials(ctx, account, tokens.value);
    const request = found.request;
    const now = ctx.now().toISOString();
    const serverId = newId();
    // The record's URL token is random and never shown: this grant is reached only by OAuth tokens.
    await ctx.records.insertServer({
      id: serverId,
      account_id: account.id,
      name: `OAuth: ${request.clientName}`.slice(0, 200),
      config: JSON.stringify({ methods: methodsOf(request.scopes) }),
      token_hash: hashSecret(newSecret('')),
      expires_at: null,
      require_api_token_auth: 0,
      created_at: now,
      updated_at: now,
      last_used_at: null,
    });
    const issued = await issueCode(
      provider,
      { ...request, subject: grantSubject(account.id, serverId) },
      settings.resource,
    );
    if (!issued) {
      return refused(res);
    }
    back(res, request, { code: issued });
  }

  return {
    /** Handles the sign-in paths; false for any other. */
    async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
      if (url.pathname === '/oauth/signin' && (req.method === 'GET' || req.method === 'POST')) {
        return consentStep(req, res, url).then(() => true);
      }
      const isCallback =
        url.pathname === `/oauth/${ctx.data.integration.name}/callback` &&
        (url.searchParams.get('state') ?? '').startsWith(SIGNIN_STATE_PREFIX);
      if (isCallback && req.method === 'GET') {
        return vendorCallback(req, res, url).then(() => true);
      }
      return false;
    },
  };
}
