/**
 * `--oauth`: the server as an OAuth 2.1 authorization server and resource server, as the MCP
 * authorization specification describes. The authorization server is node-oidc-provider
 * (provider.ts, on the store through adapter.ts); the resource-server side is the v2 MCP SDK's
 * (protected resource metadata, bearer verification with audience, expiry and scope checks, the
 * WWW-Authenticate challenges). This module mounts them, with the policy of design.md §4b in front
 * (rate limits, public clients only, a path in MCP_PUBLIC_URL) and the sign-in pages beside them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type AuthInfo,
  bearerAuthChallengeResponse,
  buildOAuthProtectedResourceMetadata,
  getOAuthProtectedResourceMetadataUrl,
  OAuthError,
  OAuthErrorCode,
  type OAuthTokenVerifier,
  verifyBearerToken,
} from '@modelcontextprotocol/server';
import { sendJson } from 'saas-mcp-runtime/host';
import { type HostedRoute, routeOfServer } from '../control/hosting.js';
import { admit, DOOR_LIMITS, type RateLimit, RateLimiter } from '../control/rate-limits.js';
import type { ControlPlane } from '../plane/control-plane.js';
import { parseSubject } from './adapter.js';
import { MetadataDocuments } from './client-metadata.js';
import { answerDoorFailure } from './failures.js';
import { authorizationServerMetadata, authorizationServerPaths, basePathOf, ENDPOINTS } from './metadata.js';
import { ACCESS_TOKEN_PREFIX, createProvider } from './provider.js';
import { OAuthRecords } from './records.js';
import { type OAuthSettings, REQUIRED_SCOPE, supportedScopes } from './settings.js';
import { beginSignIn } from './sign-in-request.js';
import { createSignIn } from './signin.js';

export interface FrontDoor {
  /**
   * The paths `handle` answers (route-table entries, plane/front-door-routes.ts): the metadata
   * documents, the authorization server's endpoints and `/oauth/*`, each also under MCP_PUBLIC_URL's
   * path when it has one (a proxy may strip it or pass it through).
   */
  paths: readonly string[];
  /** MCP_PUBLIC_URL's path ('' at the root): the MCP endpoint is also served at `<path>/mcp`. */
  basePath: string;
  /** Metadata, the authorization server's endpoints and the sign-in pages; false for other paths. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** The grant a bearer token on `/mcp` opens; undefined after a 401/403 challenge was sent. */
  authenticate(req: IncomingMessage, res: ServerResponse): Promise<HostedRoute | undefined>;
}

/**
 * Every client is public: credentials sent with HTTP Basic are wrong by definition, and RFC 6749
 * §5.2 answers them with 401 invalid_client and a challenge (answered here, before the provider).
 */
function refusesBasic(req: IncomingMessage, res: ServerResponse): boolean {
  if (!/^basic\s/i.test(req.headers.authorization ?? '')) {
    return false;
  }
  sendJson(
    res,
    401,
    {
      error: 'invalid_client',
      error_description:
        'client authentication failed: clients here are public (token_endpoint_auth_method none) and send no credentials',
    },
    { 'www-authenticate': 'Basic realm="oauth"', 'cache-control': 'no-store' },
  );
  return true;
}

export async function openFrontDoor(
  control: ControlPlane,
  settings: OAuthSettings,
  baseUrlOverride?: string,
): Promise<FrontDoor> {
  const { ctx } = control;
  const records = new OAuthRecords(ctx.records.driver);
  const provider = createProvider({
    ctx,
    settings,
    adapter: {
      driver: ctx.records.driver,
      records,
      documents: new MetadataDocuments(settings),
      allowLoopbackMetadata: settings.allowLoopbackMetadata,
      now: settings.now,
    },
    keys: { cookie: control.deriveKey('oauth-provider-cookies'), signing: control.deriveKey('oauth-provider-signing') },
    interactionUrl: beginSignIn(records, settings),
  });
  const signIn = createSignIn({ ctx, records, provider, settings, ...(baseUrlOverride ? { baseUrlOverride } : {}) });
  const protocol = provider.callback();

  const scopes = supportedScopes(settings);
  const authorizationServer = authorizationServerMetadata(settings, scopes);
  const limiter = new RateLimiter(ctx.records.driver, settings.now);
  const limits = settings.limits ?? DOOR_LIMITS;
  const limitOf: Record<string, RateLimit> = {
    [ENDPOINTS.authorize]: limits.authorize,
    [ENDPOINTS.token]: limits.token,
    [ENDPOINTS.revoke]: limits.token,
    [ENDPOINTS.register]: limits.register,
  };
  const basePath = basePathOf(settings.publicUrl);
  const callbackPath = `/oauth/${ctx.data.integration.name}/callback`;
  const resourceMetadata = buildOAuthProtectedResourceMetadata({
    oauthMetadata: authorizationServer,
    resourceServerUrl: new URL(settings.resource),
    scopesSupported: scopes,
    resourceName: ctx.data.integration.packageName,
  });
  const resourceMetadataUrl = getOAuthProtectedResourceMetadataUrl(new URL(settings.resource));
  const documents = new Map<string, unknown>([
    ...authorizationServerPaths(settings.publicUrl).map((path) => [path, authorizationServer] as const),
    ['/.well-known/oauth-protected-resource', resourceMetadata],
    [new URL(resourceMetadataUrl).pathname, resourceMetadata],
  ]);
  const owned = new Set(Object.values(ENDPOINTS));
  // The provider's own record of the token; its expiry in the store follows the injected clock.
  const verifier: OAuthTokenVerifier = {
    async verifyAccessToken(token) {
      const found = token.startsWith(ACCESS_TOKEN_PREFIX) ? await provider.AccessToken.find(token) : undefined;
      const grant = parseSubject(found?.accountId);
      // The grant too: a replayed code or refresh token ends it, even for tokens minted in the race.
      const live = found?.grantId ? await provider.Grant.find(found.grantId) : undefined;
      if (!found || !grant || !live || typeof found.aud !== 'string' || !found.clientId || !found.exp) {
        throw new OAuthError(OAuthErrorCode.InvalidToken, 'unknown, expired or revoked access token');
      }
      return {
        token,
        clientId: found.clientId,
        scopes: (found.scope ?? '').split(' ').filter(Boolean),
        expiresAt: found.exp,
        resource: new URL(found.aud),
        extra: { subject: found.accountId },
      } satisfies AuthInfo;
    },
  };

  // The challenge names every scope on offer: clients ask for what the WWW-Authenticate header names.
  async function challenge(res: ServerResponse, error: unknown): Promise<void> {
    const answer = bearerAuthChallengeResponse(error, { requiredScopes: scopes, resourceMetadataUrl });
    res.writeHead(answer.status, Object.fromEntries(answer.headers.entries()));
    res.end(await answer.text());
  }

  /** The front door's paths: metadata, the provider's endpoints, the sign-in pages; false for others. */
  async function route(req: IncomingMessage, res: ServerResponse, fullUrl: URL): Promise<boolean> {
    const document = documents.get(fullUrl.pathname);
    if (document !== undefined) {
      if (req.method !== 'GET') {
        sendJson(res, 405, { error: 'method_not_allowed' }, { allow: 'GET' });
        return true;
      }
      sendJson(res, 200, document, { 'access-control-allow-origin': '*', 'cache-control': 'max-age=3600' });
      return true;
    }
    // Under a path in MCP_PUBLIC_URL, a proxy may pass `/base/authorize` through or strip it to `/authorize`.
    // The provider finds its mount path in `originalUrl` (as under Express's `app.use('/base', ...)`).
    const url = new URL(fullUrl.href);
    if (basePath !== '' && url.pathname.startsWith(`${basePath}/`)) {
      url.pathname = url.pathname.slice(basePath.length);
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = req.url;
      req.url = `${url.pathname}${url.search}`;
    }
    if (owned.has(url.pathname)) {
      if ((url.pathname === ENDPOINTS.token || url.pathname === ENDPOINTS.revoke) && refusesBasic(req, res)) {
        return true;
      }
      if (!(await admit(limiter, limitOf[url.pathname] as RateLimit, req, res))) {
        return true;
      }
      await protocol(req, res);
      return true;
    }
    if (
      (url.pathname === '/oauth/signin' || url.pathname === callbackPath) &&
      !(await admit(limiter, limits.signIn, req, res))
    ) {
      return true;
    }
    return signIn.handle(req, res, url);
  }

  const browserSteps = new Set(['/oauth/signin', callbackPath].flatMap((path) => [path, `${basePath}${path}`]));

  const withBase = (path: string) => (basePath === '' ? [path] : [path, `${basePath}${path}`]);
  const paths = [...new Set([...documents.keys(), ...[...owned, '/oauth/*'].flatMap(withBase)])];

  return {
    paths,
    basePath,
    async handle(req, res, fullUrl) {
      try {
        return await route(req, res, fullUrl);
      } catch (error) {
        answerDoorFailure(res, error, browserSteps.has(fullUrl.pathname));
        return true;
      }
    },

    async authenticate(req, res) {
      let auth: AuthInfo;
      try {
        auth = await verifyBearerToken(req.headers.authorization, {
          verifier,
          requiredScopes: [REQUIRED_SCOPE],
          resourceMetadataUrl,
          expectedResource: new URL(settings.resource),
        });
      } catch (error) {
        if (!(error instanceof OAuthError)) {
          throw error; // the store failed: the MCP route's 5xx, logged with an error id
        }
        await challenge(res, error);
        return undefined;
      }
      const grant = parseSubject(auth.extra?.subject);
      const found = grant
        ? await ctx.records.liveServerWithAccount(grant.accountId, grant.serverId, ctx.now().toISOString())
        : undefined;
      const route = found && (await routeOfServer(ctx, found));
      if (!route) {
        await challenge(res, new OAuthError(OAuthErrorCode.InvalidToken, 'the grant was revoked'));
        return undefined;
      }
      return route;
    },
  };
}
