/**
 * design.md §4b policy at the OAuth doors (issue 20 points 4, 6, 8, 10): redirect URIs, refresh
 * revocation ending the grant, rate limits that hold across two instances on one PostgreSQL
 * store, a path in MCP_PUBLIC_URL, public-client auth methods and HTTP Basic refused with 401.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DoorLimits } from '../../templates/hosting/src/control/rate-limits.js';
import { createTestStore, type TestStore } from '../control/stores.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { signInWithEgnyte } from './browser.js';
import {
  authorizeUrl,
  mcpInitialize,
  type OAuthServer,
  pkce,
  REDIRECT,
  refreshGrant,
  register,
  startOAuthServer,
  token,
} from './hosted-oauth.js';

let sandbox: Sandbox;
let store: TestStore;
const servers: OAuthServer[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ oauth: {} });
  store = await createTestStore('postgres');
});

afterEach(async () => {
  for (const server of servers.splice(0)) {
    await server.close();
  }
});

afterAll(async () => {
  await store?.drop();
  await sandbox?.close();
});

async function start(options: Parameters<typeof startOAuthServer>[2] = {}): Promise<OAuthServer> {
  const server = await startOAuthServer(store.url, sandbox, options);
  servers.push(server);
  return server;
}

const limits = (perAddress: number, overall: number): DoorLimits => {
  const each = (name: string) => ({
    name: `${name}-${perAddress}-${overall}-${Math.random()}`,
    perAddress,
    overall,
    windowMs: 60_000,
  });
  return {
    register: each('register'),
    authorize: each('authorize'),
    token: each('token'),
    signIn: each('signin'),
    adminSignIn: each('admin'),
  };
};

describe('redirect URIs (design.md §4b)', () => {
  it('registration takes https, and http only on a loopback host; others are refused', async () => {
    const server = await start();
    for (const bad of [
      'http://evil.example/cb',
      'http://10.0.0.1/cb',
      'javascript:alert(1)',
      'https://app.example/cb#frag',
      'myapp://cb',
    ]) {
      const answer = await register(server.url, { redirect_uris: [bad] });
      expect(answer.status, bad).toBe(400);
      expect(answer.body.error).toBe('invalid_client_metadata');
    }
    for (const good of [
      'https://app.example/cb',
      'http://127.0.0.1/cb',
      'http://localhost:8080/cb',
      'http://[::1]/cb',
    ]) {
      expect((await register(server.url, { redirect_uris: [good] })).status, good).toBe(201);
    }
  });
});

describe('public clients and loopback ports', () => {
  it('a client asking for a secret method is registered public, without a secret', async () => {
    const server = await start();
    const answer = await register(server.url, { token_endpoint_auth_method: 'client_secret_post' });
    expect(answer.status).toBe(201);
    expect(answer.body.token_endpoint_auth_method).toBe('none');
    expect(answer.body.client_secret).toBeUndefined();
  });

  it('an http loopback redirect URI may change port at authorize (RFC 8252 §7.3), nothing else may change', async () => {
    const server = await start();
    const client = await register(server.url, { redirect_uris: ['http://127.0.0.1:1/callback'] });
    const at = (redirect: string) =>
      fetch(authorizeUrl(server.url, client.body.client_id, pkce().challenge, { redirect_uri: redirect }), {
        redirect: 'manual',
      });
    const otherPort = await at('http://127.0.0.1:5555/callback');
    expect(otherPort.status).toBe(302);
    expect(otherPort.headers.get('location')).toContain('/oauth/signin?request=');
    for (const other of ['http://127.0.0.1:5555/other', 'http://localhost:1/callback']) {
      expect((await at(other)).status, other).toBe(400);
    }
  });

  it('the answer comes back in the query only (response_modes_supported)', async () => {
    const server = await start();
    const client = await register(server.url);
    const answer = await fetch(
      authorizeUrl(server.url, client.body.client_id, pkce().challenge, { response_mode: 'fragment' }),
      { redirect: 'manual' },
    );
    expect(answer.headers.get('location')).toContain('error=invalid_request');
    expect(answer.headers.get('location')).not.toContain('/oauth/signin');
  });
});

describe('revocation (RFC 7009 §2.1)', () => {
  it('revoking a refresh token ends every token of its grant', async () => {
    const server = await start();
    const client = await register(server.url);
    const { verifier, challenge } = pkce();
    const signIn = await signInWithEgnyte(authorizeUrl(server.url, client.body.client_id, challenge));
    const tokens = await token(server.url, {
      grant_type: 'authorization_code',
      client_id: client.body.client_id,
      code: signIn.redirect.searchParams.get('code') ?? '',
      code_verifier: verifier,
      redirect_uri: REDIRECT,
    });
    expect((await mcpInitialize(server.url, tokens.body.access_token)).status).toBe(200);
    const revoked = await fetch(`${server.url}/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: client.body.client_id,
        token: tokens.body.refresh_token,
        token_type_hint: 'refresh_token',
      }),
    });
    expect(revoked.status).toBe(200);
    expect((await mcpInitialize(server.url, tokens.body.access_token)).status).toBe(401);
    expect((await refreshGrant(server.url, client.body.client_id, tokens.body.refresh_token)).status).toBe(400);
  });
});

describe('single use under races (RFC 9700 §4.14)', () => {
  it('one code exchanged twice at once gets tokens once; one refresh token used twice at once ends the grant', async () => {
    const server = await start();
    const client = await register(server.url);
    const exchangeOf = async () => {
      const { verifier, challenge } = pkce();
      const signIn = await signInWithEgnyte(authorizeUrl(server.url, client.body.client_id, challenge));
      return {
        grant_type: 'authorization_code',
        client_id: client.body.client_id,
        code: signIn.redirect.searchParams.get('code') ?? '',
        code_verifier: verifier,
        redirect_uri: REDIRECT,
      };
    };
    const raced = await exchangeOf();
    const codes = await Promise.all([token(server.url, raced), token(server.url, raced)]);
    expect(codes.map((answer) => answer.status).sort()).toEqual([200, 400]);

    const issued = await token(server.url, await exchangeOf());
    expect((await mcpInitialize(server.url, issued.body.access_token)).status).toBe(200);
    const refresh = {
      grant_type: 'refresh_token',
      client_id: client.body.client_id,
      refresh_token: issued.body.refresh_token,
    };
    const refreshes = await Promise.all([token(server.url, refresh), token(server.url, refresh)]);
    expect(refreshes.filter((answer) => answer.status === 200).length).toBeLessThanOrEqual(1);
    // A replay ends the grant: nothing either answer carried, nor the first access token, opens /mcp.
    for (const answer of [issued, ...refreshes.filter((a) => a.status === 200)]) {
      expect((await mcpInitialize(server.url, answer.body.access_token)).status).toBe(401);
    }
  });
});

describe('rate limits (design.md §4b), counted in the store', () => {
  it('per address: two instances on one PostgreSQL store share the count', async () => {
    const tuning = { limits: limits(5, 1000) };
    const [a, b] = [await start({ tuning }), await start({ tuning })];
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      for (const server of [a, b] as OAuthServer[]) {
        statuses.push((await register(server.url)).status);
      }
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
    const refused = await fetch(`${b?.url}/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({ error: 'rate_limited' });
  });

  it('overall, and at authorize, token and the sign-in pages', async () => {
    const tuning = { limits: limits(1000, 3) };
    const [a, b] = [await start({ tuning }), await start({ tuning })];
    const client = await register(a?.url ?? '');
    const doors: Array<(s: OAuthServer) => Promise<Response>> = [
      (s) => fetch(authorizeUrl(s.url, client.body.client_id, pkce().challenge), { redirect: 'manual' }),
      (s) =>
        fetch(`${s.url}/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'grant_type=refresh_token&refresh_token=x&client_id=y',
        }),
      (s) => fetch(`${s.url}/oauth/signin?request=nothing`),
    ];
    for (const door of doors) {
      const answers = [];
      for (const server of [a, b, a, b] as OAuthServer[]) {
        answers.push(await door(server));
      }
      expect(answers.slice(0, 3).map((answer) => answer.status)).not.toContain(429);
      expect(answers[3]?.status).toBe(429);
      expect((await answers[3]!.json()).message).toContain('to this server');
    }
  });
});

describe('strict metadata (issue 20 point 10)', () => {
  it('with a path in MCP_PUBLIC_URL: the RFC 8414 place, consistent endpoints, and the flow works under the path', async () => {
    const server = await start({ publicPath: '/base' });
    const meta = await (await fetch(`${server.origin}/.well-known/oauth-authorization-server/base`)).json();
    expect(meta).toMatchObject({
      issuer: `${server.origin}/base`,
      authorization_endpoint: `${server.origin}/base/authorize`,
      token_endpoint: `${server.origin}/base/token`,
      registration_endpoint: `${server.origin}/base/register`,
      revocation_endpoint: `${server.origin}/base/revoke`,
      token_endpoint_auth_methods_supported: ['none'],
      revocation_endpoint_auth_methods_supported: ['none'],
    });
    const resource = await (await fetch(`${server.origin}/.well-known/oauth-protected-resource/base/mcp`)).json();
    expect(resource).toMatchObject({
      resource: `${server.origin}/base/mcp`,
      authorization_servers: [`${server.origin}/base`],
    });
    const client = await register(server.url);
    const { verifier, challenge } = pkce();
    const signIn = await signInWithEgnyte(
      authorizeUrl(server.url, client.body.client_id, challenge, { resource: `${server.url}/mcp` }),
    );
    expect(signIn.redirect.searchParams.get('iss')).toBe(`${server.origin}/base`);
    const tokens = await token(server.url, {
      grant_type: 'authorization_code',
      client_id: client.body.client_id,
      code: signIn.redirect.searchParams.get('code') ?? '',
      code_verifier: verifier,
      redirect_uri: REDIRECT,
    });
    expect(tokens.status).toBe(200);
  });

  it('bad client credentials by HTTP Basic: 401 invalid_client with WWW-Authenticate, at token and revocation', async () => {
    const server = await start();
    const client = await register(server.url);
    for (const path of ['/token', '/revoke']) {
      const answer = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${client.body.client_id}:wrong`).toString('base64')}`,
        },
        body: 'grant_type=refresh_token&refresh_token=x&token=x',
      });
      expect(answer.status, path).toBe(401);
      expect(answer.headers.get('www-authenticate')).toMatch(/^Basic /);
      expect(await answer.json()).toMatchObject({ error: 'invalid_client' });
    }
  });
});
