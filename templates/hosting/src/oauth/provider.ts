/**
 * The authorization server: node-oidc-provider (request validation, PKCE S256, public clients,
 * RFC 7591 registration, RFC 8707 resource indicators, codes, refresh-token rotation with replay
 * detection, RFC 7009 revocation that ends a refresh token's grant). Ours here: its storage
 * (adapter.ts), the policy it is configured with (public clients only, our redirect-URI rules,
 * one resource, opaque tokens with recognisable prefixes, the injected clock's lifetimes) and where
 * its interactions go (the sign-in pages, signin.ts). Its cookies are not used: the sign-in is bound
 * to the browser by ours (browser-binding.ts), and the code is minted once the vendor round trip
 * is done (`issueCode`).
 */
import { createECDH } from 'node:crypto';
import Provider, {
  type Configuration,
  type ErrorOut,
  errors,
  type Interaction,
  type KoaContextWithOIDC,
} from 'oidc-provider';
import type { ControlContext } from '../control/context.js';
import { type AdapterDeps, parseSubject, storeAdapter } from './adapter.js';
import { logProviderFailures } from './failures.js';
import { redirectUriRegistered, redirectUrisProblem } from './redirect-uris.js';
import { type OAuthSettings, supportedScopes } from './settings.js';

export const ACCESS_TOKEN_PREFIX = 'mcp_at_';
const REFRESH_TOKEN_PREFIX = 'mcp_rt_';
const ACCESS_TTL_S = 3600;
const REFRESH_TTL_S = 30 * 86_400;
/** Each rotation gives a refresh token 30 days; the grant they belong to lasts a year at most. */
const GRANT_TTL_S = 365 * 86_400;
/** How long the user has to answer the consent page and sign in with the vendor. */
export const REQUEST_WINDOW_MS = 15 * 60_000;

export interface ProviderDeps {
  ctx: ControlContext;
  settings: OAuthSettings;
  adapter: AdapterDeps;
  /** Two 32-byte keys (MCP_SERVER_SECRET-derived): the provider's cookie key and its signing key seed. */
  keys: { cookie: Buffer; signing: Buffer };
  /** Where the browser goes for an interaction (the consent page); may throw an OAuth error for the client. */
  interactionUrl: (ctx: KoaContextWithOIDC, interaction: Interaction) => Promise<string>;
}

/** An ES256 key from a 32-byte seed: the same on every instance sharing MCP_SERVER_SECRET. */
function signingKey(seed: Buffer) {
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(seed);
  const point = ecdh.getPublicKey();
  const b64 = (bytes: Buffer) => bytes.toString('base64url');
  return { kty: 'EC', crv: 'P-256', d: b64(seed), x: b64(point.subarray(1, 33)), y: b64(point.subarray(33)) };
}

/** RFC 8707 resource identifiers compare as URLs without a fragment or one trailing slash. */
function sameResource(a: string, b: string): boolean {
  const norm = (value: string) => {
    try {
      const url = new URL(value);
      url.hash = '';
      return url.href.replace(/\/$/, '');
    } catch {
      return value;
    }
  };
  return norm(a) === norm(b);
}

/** The provider's error answers that are not redirected to a client are JSON, as the rest of the API. */
async function renderError(ctx: KoaContextWithOIDC, out: ErrorOut): Promise<void> {
  // RFC 7591's invalid_redirect_uri is a registration error; at authorize it is a bad request.
  const error = out.error === 'invalid_redirect_uri' ? 'invalid_request' : out.error;
  ctx.type = 'application/json';
  ctx.set('cache-control', 'no-store');
  ctx.body = { ...out, error };
}

export function createProvider(deps: ProviderDeps): Provider {
  const { settings } = deps;
  const scopes = supportedScopes(settings);
  const configuration: Configuration = {
    adapter: storeAdapter(deps.adapter),
    clientAuthMethods: ['none'],
    // Public clients in browsers may call the token and revocation endpoints (PKCE protects the code).
    clientBasedCORS: () => true,
    clientDefaults: {
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
      id_token_signed_response_alg: 'ES256',
    },
    cookies: { keys: [deps.keys.cookie.toString('base64url')] },
    jwks: { keys: [signingKey(deps.keys.signing)] },
    // Our client policy, for registered clients and metadata documents alike (it runs before the
    // provider's own checks): our redirect-URI rules, and every client public (PKCE protects the
    // code), a requested secret method replaced by "none" as RFC 7591 §3.2.1 lets a server do.
    extraClientMetadata: {
      properties: ['mcp_client_policy'],
      validator(_ctx, _key, _value, metadata) {
        const problem = redirectUrisProblem(metadata.redirect_uris);
        if (problem) {
          throw new errors.InvalidClientMetadata(problem);
        }
        metadata.token_endpoint_auth_method = 'none';
        delete metadata.client_secret;
        delete metadata.client_secret_expires_at;
      },
    },
    features: {
      devInteractions: { enabled: false },
      registration: { enabled: true, issueRegistrationAccessToken: false },
      // RFC 7009: a token of another client is left alone, and the answer is the same 200.
      revocation: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
      userinfo: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => settings.resource,
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx, resource) {
          if (!sameResource(resource, settings.resource)) {
            throw new errors.InvalidTarget(`this server issues tokens only for ${settings.resource}`);
          }
          return { scope: scopes.join(' '), audience: settings.resource, accessTokenTTL: ACCESS_TTL_S };
        },
      },
    },
    async findAccount(_ctx, subject) {
      const grant = parseSubject(subject);
      // Only a live server: an expired one waits for the retention purge, and must not mint tokens meanwhile.
      const now = deps.ctx.now().toISOString();
      const server = grant ? await deps.ctx.records.server(grant.accountId, grant.serverId, now) : undefined;
      return server ? { accountId: subject, claims: async () => ({ sub: subject }) } : undefined;
    },
    interactions: { url: (ctx, interaction) => deps.interactionUrl(ctx, interaction) },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    pkce: { required: () => true },
    responseTypes: ['code'],
    scopes,
    routes: { authorization: '/authorize', token: '/token', registration: '/register', revocation: '/revoke' },
    ttl: {
      AccessToken: ACCESS_TTL_S,
      AuthorizationCode: 300,
      RefreshToken: REFRESH_TTL_S,
      Grant: GRANT_TTL_S,
      Interaction: REQUEST_WINDOW_MS / 1000,
      Session: REQUEST_WINDOW_MS / 1000,
    },
    renderError,
  };
  const provider = new Provider(new URL(settings.publicUrl).href, configuration);
  logProviderFailures(provider);
  // The provider's own cookies (interaction, session) are dropped: only the sign-in cookie binds.
  // A GET's 303 becomes the 302 clients have always had from here (the same to a browser).
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.status === 303 && ctx.method === 'GET') {
      ctx.status = 302;
    }
    ctx.response.remove('set-cookie');
    if (typeof ctx.state.signinCookie === 'string') {
      ctx.set('set-cookie', ctx.state.signinCookie);
    }
  });
  // Our redirect-URI comparison for every client (the provider allows a loopback port to vary for native ones only).
  const clients = provider.Client.prototype as unknown as {
    redirectUris: string[];
    redirectUriAllowed(uri: string): boolean;
  };
  clients.redirectUriAllowed = function allowed(this: typeof clients, uri: string) {
    return redirectUriRegistered(uri, this.redirectUris);
  };
  // Recognisable tokens (secret scanners, logs): the provider's random id behind our prefix.
  type Minting = { generateTokenId(this: unknown): string };
  for (const [model, prefix] of [
    [provider.AccessToken.prototype, ACCESS_TOKEN_PREFIX],
    [provider.RefreshToken.prototype, REFRESH_TOKEN_PREFIX],
  ] as const) {
    const minting = model as unknown as Minting;
    const generate = minting.generateTokenId;
    minting.generateTokenId = function prefixed(this: unknown) {
      return `${prefix}${generate.call(this)}`;
    };
  }
  return provider;
}

/** After consent and the vendor round trip: the grant and a single-use code for it. */
export async function issueCode(
  provider: Provider,
  grant: { subject: string; clientId: string; redirectUri: string; codeChallenge: string; scopes: string[] },
  resource: string,
): Promise<string | undefined> {
  const client = await provider.Client.find(grant.clientId);
  if (!client) {
    return undefined;
  }
  const scope = grant.scopes.join(' ');
  const stored = new provider.Grant({ accountId: grant.subject, clientId: grant.clientId });
  stored.addResourceScope(resource, scope);
  const grantId = await stored.save();
  const code = new provider.AuthorizationCode({
    client,
    accountId: grant.subject,
    grantId,
    gty: 'authorization_code',
    redirectUri: grant.redirectUri,
    codeChallenge: grant.codeChallenge,
    codeChallengeMethod: 'S256',
    scope,
    resource,
    expiresWithSession: false,
  });
  return code.save();
}
