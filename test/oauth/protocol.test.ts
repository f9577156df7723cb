/**
 * The OAuth front door over real HTTP against the sandbox, in process so the clock can be injected:
 * metadata, the 401 challenge, sign-in with Egnyte and consent, the grant in the admin API, and
 * every refusal the issue names (wrong PKCE verifier, reused code, redirect URI mismatch, expired
 * and revoked tokens, another resource, a refresh token used twice, an unregistered client).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, dumpStore, STORE_KINDS, type TestStore } from '../control/stores.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { openConsent, postForm, signInWithEgnyte } from './browser.js';
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
let server: OAuthServer;

describe.each(STORE_KINDS)('OAuth front door on %s', (kind) => {
  beforeEach(async () => {
    sandbox = await startSandbox({ oauth: {} });
    store = await createTestStore(kind);
    server = await startOAuthServer(store.url, sandbox);
  });

  afterEach(async () => {
    await server?.close();
    await store?.drop();
    await sandbox?.close();
  });

  /** Registration, sign-in, consent and the code exchange: a client's whole first connection. */
  async function connect(target = server, extra: Record<string, string> = {}) {
    const client = await register(target.url);
    expect(client.status).toBe(201);
    const { verifier, challenge } = pkce();
    const signIn = await signInWithEgnyte(authorizeUrl(target.url, client.body.client_id, challenge, extra));
    const code = signIn.redirect.searchParams.get('code') ?? '';
    const exchanged = await token(target.url, {
      grant_type: 'authorization_code',
      client_id: client.body.client_id,
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT,
      resource: `${target.url}/mcp`,
    });
    return { clientId: client.body.client_id as string, signIn, code, verifier, tokens: exchanged };
  }

  describe('discovery', () => {
    it('answers /mcp without a token with 401 and the protected resource metadata URL', async () => {
      const answer = await mcpInitialize(server.url);
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toContain(`Bearer`);
      expect(answer.headers.get('www-authenticate')).toContain(
        `resource_metadata="${server.url}/.well-known/oauth-protected-resource/mcp"`,
      );
      const wrong = await mcpInitialize(server.url, 'mcp_at_not-a-real-token');
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('www-authenticate')).toContain('error="invalid_token"');
    });

    it('serves RFC 9728 metadata at both places and RFC 8414 metadata', async () => {
      for (const path of ['/.well-known/oauth-protected-resource', '/.well-known/oauth-protected-resource/mcp']) {
        const doc = await (await fetch(`${server.url}${path}`)).json();
        expect(doc).toMatchObject({
          resource: `${server.url}/mcp`,
          authorization_servers: [`${server.url}/`],
          scopes_supported: ['mcp:read'],
        });
      }
      const as = await (await fetch(`${server.url}/.well-known/oauth-authorization-server`)).json();
      expect(as).toMatchObject({
        issuer: `${server.url}/`,
        authorization_endpoint: `${server.url}/authorize`,
        token_endpoint: `${server.url}/token`,
        registration_endpoint: `${server.url}/register`,
        revocation_endpoint: `${server.url}/revoke`,
        code_challenge_methods_supported: ['S256'],
        client_id_metadata_document_supported: true,
        response_types_supported: ['code'],
      });
    });
  });

  describe('sign in with Egnyte', () => {
    it('asks for the domain, shows the read-only tools, and turns the grant into an account and an MCP server record', async () => {
      const { signIn, tokens } = await connect();
      expect(signIn.redirect.origin + signIn.redirect.pathname).toBe(REDIRECT);
      expect(signIn.redirect.searchParams.get('state')).toBe('st-1');
      expect(signIn.redirect.searchParams.get('iss')).toBe(`${server.url}/`);
      expect(signIn.consent).toContain('all read-only');
      expect(signIn.consent).toContain('<code>list_all_egnyte_users</code>');
      expect(signIn.consent).not.toContain('(changes data)');
      expect(tokens.status).toBe(200);
      expect(tokens.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'mcp:read' });
      expect(tokens.body.refresh_token).toMatch(/^mcp_rt_/);

      const accounts = await server.admin('GET', '/integrated-account');
      expect(accounts.body.result).toHaveLength(1);
      expect(accounts.body.result[0]).toMatchObject({ domain: 'acme', status: 'active' });
      const servers = await server.admin('GET', `/integrated-account/${accounts.body.result[0].id}/mcp`);
      expect(servers.body.result).toHaveLength(1);
      expect(servers.body.result[0]).toMatchObject({ name: 'OAuth: Test client', config: { methods: ['read'] } });
      expect(servers.body.result[0].tools).not.toContain('delete_egnyte_user');

      const answer = await mcpInitialize(server.url, tokens.body.access_token);
      expect(answer.status).toBe(200);
      // Nothing the client or the user holds is in the store in plaintext, nor the Egnyte token.
      const dump = await dumpStore(store);
      for (const secret of [tokens.body.access_token, tokens.body.refresh_token, ...sandbox.oauth.issued]) {
        expect(dump).not.toContain(secret);
      }
    });

    it('a denied consent redirects with access_denied and keeps no account', async () => {
      const client = await register(server.url);
      const signIn = await signInWithEgnyte(authorizeUrl(server.url, client.body.client_id, pkce().challenge), {
        decision: 'deny',
      });
      expect(signIn.redirect.searchParams.get('error')).toBe('access_denied');
      expect((await server.admin('GET', '/integrated-account')).body.result).toEqual([]);
    });

    it('refuses a domain that is not a domain name, on the page', async () => {
      const client = await register(server.url);
      const consent = await openConsent(authorizeUrl(server.url, client.body.client_id, pkce().challenge));
      const answer = await postForm(
        `${server.url}/oauth/signin`,
        { request: consent.request, csrf: consent.csrf, domain: 'evil.com/x', decision: 'allow' },
        consent.cookie,
      );
      expect(answer.status).toBe(400);
      expect(await answer.text()).toContain('is not a Egnyte domain name');
    });
  });

  describe('refusals', () => {
    it('a wrong PKCE verifier, then a reused code (which also revokes what the code gave)', async () => {
      const client = await register(server.url);
      const { verifier, challenge } = pkce();
      const signIn = await signInWithEgnyte(authorizeUrl(server.url, client.body.client_id, challenge));
      const code = signIn.redirect.searchParams.get('code') ?? '';
      const base = { grant_type: 'authorization_code', client_id: client.body.client_id, code, redirect_uri: REDIRECT };
      const wrong = await token(server.url, { ...base, code_verifier: pkce().verifier });
      expect(wrong).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
      const good = await token(server.url, { ...base, code_verifier: verifier });
      expect(good.status).toBe(200);
      const reused = await token(server.url, { ...base, code_verifier: verifier });
      expect(reused).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
      expect((await mcpInitialize(server.url, good.body.access_token)).status).toBe(401);
    });

    it('a redirect URI that is not registered exactly, at authorize and at the token step', async () => {
      const client = await register(server.url);
      const { verifier, challenge } = pkce();
      for (const other of [`${REDIRECT}/x`, 'http://127.0.0.1:1/other', 'https://attacker.example/callback']) {
        const answer = await fetch(
          authorizeUrl(server.url, client.body.client_id, challenge, { redirect_uri: other }),
          { redirect: 'manual' },
        );
        expect(answer.status).toBe(400);
        expect(await answer.json()).toMatchObject({
          error: 'invalid_request',
          error_description: expect.stringContaining('redirect_uri'),
        });
      }
      const signIn = await signInWithEgnyte(authorizeUrl(server.url, client.body.client_id, challenge));
      const code = signIn.redirect.searchParams.get('code') ?? '';
      const mismatch = await token(server.url, {
        grant_type: 'authorization_code',
        client_id: client.body.client_id,
        code,
        code_verifier: verifier,
        redirect_uri: 'http://127.0.0.1:1/other',
      });
      expect(mismatch).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    });

    it('an unregistered client and the plain PKCE method', async () => {
      const unknown = await fetch(authorizeUrl(server.url, 'no-such-client', pkce().challenge), { redirect: 'manual' });
      expect(unknown.status).toBe(400);
      expect(await unknown.json()).toMatchObject({ error: 'invalid_client' });
      const atToken = await token(server.url, {
        grant_type: 'authorization_code',
        client_id: 'no-such-client',
        code: 'x',
        code_verifier: 'y'.repeat(43),
      });
      // RFC 6749 §5.2: invalid_client, with 401 (the authorization server's answer for a client it cannot find).
      expect(atToken).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
      const client = await register(server.url);
      const plain = await fetch(
        authorizeUrl(server.url, client.body.client_id, 'c'.repeat(43), { code_challenge_method: 'plain' }),
        { redirect: 'manual' },
      );
      expect(new URL(plain.headers.get('location') ?? '').searchParams.get('error')).toBe('invalid_request');
    });

    it('an expired access token (clock injected), then a refresh; a refresh token used twice revokes the grant', async () => {
      const { clientId, tokens } = await connect();
      server.clock.advance(61 * 60_000);
      const expired = await mcpInitialize(server.url, tokens.body.access_token);
      expect(expired.status).toBe(401);
      expect(expired.headers.get('www-authenticate')).toContain('error="invalid_token"');
      const refreshed = await refreshGrant(server.url, clientId, tokens.body.refresh_token);
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.refresh_token).not.toBe(tokens.body.refresh_token);
      expect((await mcpInitialize(server.url, refreshed.body.access_token)).status).toBe(200);
      const again = await refreshGrant(server.url, clientId, tokens.body.refresh_token);
      expect(again).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
      expect((await mcpInitialize(server.url, refreshed.body.access_token)).status).toBe(401);
      const rotated = await refreshGrant(server.url, clientId, refreshed.body.refresh_token);
      expect(rotated.status).toBe(400);
    });

    it('an expired server (not yet purged) refuses its access token and its refresh token', async () => {
      const { clientId, tokens } = await connect();
      const accounts = (await server.admin('GET', '/integrated-account')).body.result as Array<{ id: string }>;
      const account = accounts[accounts.length - 1]?.id ?? '';
      const servers = (await server.admin('GET', `/integrated-account/${account}/mcp`)).body.result as Array<{
        id: string;
      }>;
      const soon = new Date(server.clock.now().getTime() + 60_000).toISOString();
      const path = `/integrated-account/${account}/mcp/${servers[0]?.id}`;
      expect((await server.admin('PATCH', path, { expires_at: soon })).status).toBe(200);
      expect((await mcpInitialize(server.url, tokens.body.access_token)).status).toBe(200);
      server.clock.advance(2 * 60_000);
      expect((await mcpInitialize(server.url, tokens.body.access_token)).status).toBe(401);
      const refreshed = await refreshGrant(server.url, clientId, tokens.body.refresh_token);
      expect(refreshed).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
      // Still stored: the retention purge deletes it, not a request.
      expect(await server.plane.ctx.records.server(account, servers[0]?.id ?? '')).toBeDefined();
    });

    it('revoked tokens: RFC 7009 revocation, and deleting the grant in the admin API', async () => {
      const first = await connect();
      const revoked = await fetch(`${server.url}/revoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: first.clientId, token: first.tokens.body.access_token }).toString(),
      });
      expect(revoked.status).toBe(200);
      expect((await mcpInitialize(server.url, first.tokens.body.access_token)).status).toBe(401);

      server.clock.advance(1000); // the second account sorts last
      const second = await connect();
      expect((await mcpInitialize(server.url, second.tokens.body.access_token)).status).toBe(200);
      const accounts = (await server.admin('GET', '/integrated-account')).body.result as Array<{ id: string }>;
      const last = accounts[accounts.length - 1]?.id ?? '';
      const servers = await server.admin('GET', `/integrated-account/${last}/mcp`);
      expect(
        (await server.admin('DELETE', `/integrated-account/${last}/mcp/${servers.body.result[0].id}`)).status,
      ).toBe(204);
      expect((await mcpInitialize(server.url, second.tokens.body.access_token)).status).toBe(401);
      const refresh = await refreshGrant(server.url, second.clientId, second.tokens.body.refresh_token);
      expect(refresh.status).toBe(400);
    });

    it('a token for another resource: refused at authorize, and a token of another server on the same store is refused here', async () => {
      const client = await register(server.url);
      const other = await fetch(
        authorizeUrl(server.url, client.body.client_id, pkce().challenge, { resource: 'https://other.example/mcp' }),
        { redirect: 'manual' },
      );
      expect(new URL(other.headers.get('location') ?? '').searchParams.get('error')).toBe('invalid_target');
      const neighbour = await startOAuthServer(store.url, sandbox);
      try {
        const theirs = await connect(neighbour);
        expect((await mcpInitialize(neighbour.url, theirs.tokens.body.access_token)).status).toBe(200);
        const here = await mcpInitialize(server.url, theirs.tokens.body.access_token);
        expect(here.status).toBe(401);
        expect(here.headers.get('www-authenticate')).toContain('error="invalid_token"');
      } finally {
        await neighbour.close();
      }
    });
  });

  describe('scopes and --oauth-methods', () => {
    it('writes only where the operator allows them; a token without mcp:read is a 403 insufficient_scope', async () => {
      await server.close();
      server = await startOAuthServer(store.url, sandbox, { methods: 'read,write' });
      const meta = await (await fetch(`${server.url}/.well-known/oauth-protected-resource/mcp`)).json();
      expect(meta.scopes_supported).toEqual(['mcp:read', 'mcp:write']);
      // No scope asked: the least privilege, even where writes are allowed (design.md §4b).
      const least = await connect();
      expect(least.tokens.body.scope).toBe('mcp:read');
      expect(least.signIn.consent).not.toContain('(changes data)');
      const full = await connect(server, { scope: 'mcp:read mcp:write' });
      expect(full.signIn.consent).toContain('(changes data)');
      expect(full.tokens.body.scope).toBe('mcp:read mcp:write');
      const writeOnly = await connect(server, { scope: 'mcp:write' });
      const answer = await mcpInitialize(server.url, writeOnly.tokens.body.access_token);
      expect(answer.status).toBe(403);
      expect(answer.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
      expect(answer.headers.get('www-authenticate')).toContain('resource_metadata=');
    });
  });

  describe('client ID metadata documents', () => {
    it('a client whose client_id is its metadata URL signs in without registering; a document about another client is refused', async () => {
      const { createServer } = await import('node:http');
      let body: (url: string) => unknown = (url) => ({
        client_id: url,
        client_name: 'Metadata client',
        redirect_uris: [REDIRECT],
        token_endpoint_auth_method: 'none',
      });
      const host = createServer((req, res) => {
        // no-store: the server fetches it again (documents are cached per Cache-Control).
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(body(`http://127.0.0.1:${(host.address() as { port: number }).port}${req.url}`)));
      });
      await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
      try {
        const clientId = `http://127.0.0.1:${(host.address() as { port: number }).port}/client.json`;
        const { verifier, challenge } = pkce();
        const signIn = await signInWithEgnyte(authorizeUrl(server.url, clientId, challenge));
        expect(signIn.consent).toContain('Metadata client');
        const exchanged = await token(server.url, {
          grant_type: 'authorization_code',
          client_id: clientId,
          code: signIn.redirect.searchParams.get('code') ?? '',
          code_verifier: verifier,
          redirect_uri: REDIRECT,
        });
        expect(exchanged.status).toBe(200);
        expect((await mcpInitialize(server.url, exchanged.body.access_token)).status).toBe(200);
        body = () => ({ client_id: 'https://someone-else.example/client.json', redirect_uris: [REDIRECT] });
        const refused = await fetch(authorizeUrl(server.url, clientId, challenge), { redirect: 'manual' });
        expect(refused.status).toBe(400);
        expect(await refused.json()).toMatchObject({ error: 'invalid_client' });
      } finally {
        await new Promise<void>((resolve) => host.close(() => resolve()));
      }
    });
  });
});
