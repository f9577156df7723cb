/**
 * Strict, independently written OAuth clients against the front door (issue 20 point 10): panva's
 * oauth4webapi and openid-client (OAuth mode, no OpenID) each do discovery (RFC 8414, issuer
 * checked), dynamic registration, the code flow with PKCE S256 and `resource` (the `iss` of
 * RFC 9207 checked), refresh and revocation, with and without a path in MCP_PUBLIC_URL.
 */
import * as oauth from 'oauth4webapi';
import * as openid from 'openid-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../control/stores.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { signInWithEgnyte } from './browser.js';
import { mcpInitialize, type OAuthServer, REDIRECT, startOAuthServer } from './hosted-oauth.js';

let sandbox: Sandbox;
let store: TestStore;
let server: OAuthServer | undefined;

beforeAll(async () => {
  sandbox = await startSandbox({ oauth: {} });
  store = await createTestStore('sqlite');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(async () => {
  await store?.drop();
  await sandbox?.close();
});

/** What the access token opens at /mcp (under a path, as the reverse proxy forwards it: stripped). */
const opens = async (accessToken: string) => (await mcpInitialize(server?.origin ?? '', accessToken)).status;

describe.each([
  ['at the root', ''],
  ['with a path in MCP_PUBLIC_URL', '/base'],
])('strict clients, %s', (_label, publicPath) => {
  it('oauth4webapi: discovery, registration, code + PKCE + resource, refresh, revocation', async () => {
    server = await startOAuthServer(store.url, sandbox, { publicPath });
    const insecure = { [oauth.allowInsecureRequests]: true }; // loopback http in the test only
    const issuer = new URL(server.url);
    const as = await oauth.processDiscoveryResponse(
      issuer,
      await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }),
    );
    const registered = await oauth.processDynamicClientRegistrationResponse(
      await oauth.dynamicClientRegistrationRequest(
        as,
        {
          client_name: 'oauth4webapi',
          redirect_uris: [REDIRECT],
          token_endpoint_auth_method: 'none',
          grant_types: ['authorization_code', 'refresh_token'],
        },
        insecure,
      ),
    );
    const client: oauth.Client = { client_id: registered.client_id, token_endpoint_auth_method: 'none' };
    const auth = oauth.None();
    const resource = `${server.url}/mcp`;
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const url = new URL(as.authorization_endpoint ?? '');
    for (const [key, value] of Object.entries({
      client_id: client.client_id,
      redirect_uri: REDIRECT,
      response_type: 'code',
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      resource,
      scope: 'mcp:read',
    })) {
      url.searchParams.set(key, value);
    }
    const signIn = await signInWithEgnyte(url);
    const params = oauth.validateAuthResponse(as, client, signIn.redirect, state);
    const tokens = await oauth.processAuthorizationCodeResponse(
      as,
      client,
      await oauth.authorizationCodeGrantRequest(as, client, auth, params, REDIRECT, verifier, {
        additionalParameters: { resource },
        ...insecure,
      }),
    );
    expect(tokens.token_type).toBe('bearer');
    expect(tokens.scope).toBe('mcp:read');
    const refreshed = await oauth.processRefreshTokenResponse(
      as,
      client,
      await oauth.refreshTokenGrantRequest(as, client, auth, tokens.refresh_token ?? '', {
        additionalParameters: { resource },
        ...insecure,
      }),
    );
    expect(await opens(refreshed.access_token)).toBe(200);
    await oauth.processRevocationResponse(
      await oauth.revocationRequest(as, client, auth, refreshed.refresh_token ?? '', insecure),
    );
    expect(await opens(refreshed.access_token)).toBe(401);
    const afterRevoke = await oauth.refreshTokenGrantRequest(as, client, auth, refreshed.refresh_token ?? '', insecure);
    await expect(oauth.processRefreshTokenResponse(as, client, afterRevoke)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('openid-client (OAuth mode): discovery with registration, code + PKCE + resource, refresh, revocation', async () => {
    server = await startOAuthServer(store.url, sandbox, { publicPath });
    const config = await openid.dynamicClientRegistration(
      new URL(server.url),
      {
        client_name: 'openid-client',
        redirect_uris: [REDIRECT],
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
      },
      openid.None(),
      { algorithm: 'oauth2', execute: [openid.allowInsecureRequests] },
    );
    expect(config.serverMetadata().issuer).toBe(new URL(server.url).href);
    const resource = `${server.url}/mcp`;
    const verifier = openid.randomPKCECodeVerifier();
    const state = openid.randomState();
    const url = openid.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT,
      code_challenge: await openid.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      resource,
      scope: 'mcp:read',
    });
    const signIn = await signInWithEgnyte(url);
    const tokens = await openid.authorizationCodeGrant(
      config,
      signIn.redirect,
      { pkceCodeVerifier: verifier, expectedState: state },
      { resource },
    );
    expect(tokens.access_token).toMatch(/^mcp_at_/);
    const refreshed = await openid.refreshTokenGrant(config, tokens.refresh_token ?? '', { resource });
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(await opens(refreshed.access_token)).toBe(200);
    await openid.tokenRevocation(config, refreshed.refresh_token ?? '');
    expect(await opens(refreshed.access_token)).toBe(401);
    await expect(openid.refreshTokenGrant(config, refreshed.refresh_token ?? '')).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });
});
