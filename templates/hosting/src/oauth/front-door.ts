/**
 * `--oauth`: the server as an OAuth 2.1 authorization server and resource server, as the MCP
 * authorization specification describes. Protocol code is the MCP SDK's: the v1 SDK's authorize,
 * token, register and revoke handlers (on an Express app it brings) and the v2 SDK's resource-server
 * helpers (protected resource metadata, bearer verification with audience, expiry and scope checks,
 * and the WWW-Authenticate challenges). This module wires them to the store, the sign-in pages and
 * the policy of design.md §4b (rate limits, public clients only, a path in MCP_PUBLIC_URL).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authorizationHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/authorize.js';
import { clientRegistrationHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/register.js';
import { revocationHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/revoke.js';
import { tokenHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/token.js';
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
import { authorizationServerMetadata, authorizationServerPaths, basePathOf, ENDPOINTS } from './metadata.js';
import { StoreOAuthProvider } from './provider.js';
import { OAuthRecords } from './records.js';
import { type OAuthSettings, REQUIRED_SCOPE, supportedScopes } from './settings.js';
import { createSignIn } from './signin.js';

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
interface ExpressApp extends NodeHandler {
  use(path: string, handler: unknown): void;
  disable(setting: string): void;
}

export interface FrontDoor {
  /** Metadata, the authorization server's endpoints and the sign-in pages; false for other paths. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** The grant a bearer token on `/mcp` opens; undefined after a 401/403 challenge was sent. */
  authenticate(req: IncomingMessage, res: ServerResponse): Promise<HostedRoute | undefined>;
}

/**
 * Every client is public: credentials sent with HTTP Basic are wrong by definition, and RFC 6749
 * §5.2 answers them with 401 invalid_client and a challenge (the SDK's handlers would not look).
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
  const provider = new StoreOAuthProvider(records, settings);
  const signIn = createSignIn({ ctx, records, provider, settings, ...(baseUrlOverride ? { baseUrlOverride } : {}) });
  // Express is the SDK's own dependency; its handlers need an Express app around them.
  const express = ((await import('express' as string)) as { default: () => ExpressApp }).default;
  const app = express();
  app.disable('x-powered-by');
  // The SDK's per-IP rate limits need `trust proxy` set for the deployment; the reverse proxy limits instead.
  app.use(ENDPOINTS.authorize, authorizationHandler({ provider, rateLimit: false }));
  app.use(ENDPOINTS.token, tokenHandler({ provider, rateLimit: false }));
  app.use(ENDPOINTS.register, clientRegistrationHandler({ clientsStore: provider.clientsStore, rateLimit: false }));
  app.use(ENDPOINTS.revoke, revocationHandler({ provider, rateLimit: false }));

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
  // The v2 helpers recognise their own error class: a refused token becomes its invalid_token.
  const verifier: OAuthTokenVerifier = {
    verifyAccessToken: (token) =>
      provider.verifyAccessToken(token).then(
        (info) => info as AuthInfo,
        (error: unknown) => {
          throw new OAuthError(OAuthErrorCode.InvalidToken, (error as Error).message);
        },
      ),
  };

  // The challenge names every scope on offer: clients ask for what the WWW-Authenticate header names.
  async function challenge(res: ServerResponse, error: unknown): Promise<void> {
    const answer = bearerAuthChallengeResponse(error, { requiredScopes: scopes, resourceMetadataUrl });
    res.writeHead(answer.status, Object.fromEntries(answer.headers.entries()));
    res.end(await answer.text());
  }

  return {
    async handle(req, res, fullUrl) {
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
      const url = new URL(fullUrl.href);
      if (basePath !== '' && url.pathname.startsWith(`${basePath}/`)) {
        url.pathname = url.pathname.slice(basePath.length);
        req.url = `${url.pathname}${url.search}`;
      }
      if (owned.has(url.pathname)) {
        if ((url.pathname === ENDPOINTS.token || url.pathname === ENDPOINTS.revoke) && refusesBasic(req, res)) {
          return true;
        }
        if (!(await admit(limiter, limitOf[url.pathname] as RateLimit, req, res))) {
          return true;
        }
        await new Promise<void>((resolve) => {
          res.once('close', resolve);
          app(req, res, () => {
            sendJson(res, 404, { error: 'not_found' });
          });
        });
        return true;
      }
      if (
        (url.pathname === '/oauth/signin' || url.pathname === callbackPath) &&
        !(await admit(limiter, limits.signIn, req, res))
      ) {
        return true;
      }
      return signIn.handle(req, res, url);
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
        await challenge(res, error);
        return undefined;
      }
      const { serverId, accountId } = auth.extra as { serverId: string; accountId: string };
      const server = await ctx.records.server(accountId, serverId);
      const account = server ? await ctx.records.account(accountId) : undefined;
      const route = server && account ? await routeOfServer(ctx, server, account) : undefined;
      if (!route) {
        await challenge(res, new OAuthError(OAuthErrorCode.InvalidToken, 'the grant was revoked'));
        return undefined;
      }
      return route;
    },
  };
}
