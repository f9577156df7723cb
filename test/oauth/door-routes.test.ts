/**
 * The front door's entries of the route table (issue 19: HTTP from one route table): the exact
 * paths it owns, with and without MCP_PUBLIC_URL's path, and `/oauth/*` for the sign-in pages; a
 * path it does not own never reaches it, and the account-connect callback under `/oauth/` still
 * reaches the admin part.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../control/stores.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { connectClient, mcpInitialize, type OAuthServer, register, startOAuthServer } from './hosted-oauth.js';

let sandbox: Sandbox;
let store: TestStore;
let root: OAuthServer;
let based: OAuthServer;

beforeAll(async () => {
  sandbox = await startSandbox({ oauth: {} });
  store = await createTestStore('sqlite');
  root = await startOAuthServer(store.url, sandbox);
  based = await startOAuthServer(store.url, sandbox, { publicPath: '/base' });
});

afterAll(async () => {
  await root?.close();
  await based?.close();
  await store?.drop();
  await sandbox?.close();
});

describe('the front door’s route-table entries', () => {
  it('are the paths it owns, exactly', () => {
    expect([...root.doorPaths].sort()).toEqual(
      [
        '/.well-known/oauth-authorization-server',
        '/.well-known/oauth-protected-resource',
        '/.well-known/oauth-protected-resource/mcp',
        '/authorize',
        '/token',
        '/register',
        '/revoke',
        '/oauth/*',
      ].sort(),
    );
    expect([...based.doorPaths].sort()).toEqual(
      [
        '/.well-known/oauth-authorization-server/base',
        '/.well-known/oauth-authorization-server',
        '/.well-known/oauth-protected-resource',
        '/.well-known/oauth-protected-resource/base/mcp',
        ...['/authorize', '/token', '/register', '/revoke', '/oauth/*'].flatMap((path) => [path, `/base${path}`]),
        '/base/mcp',
      ].sort(),
    );
  });

  it('serve the endpoints with and without the base path; other paths are not the front door’s', async () => {
    expect((await register(based.url)).status).toBe(201);
    expect((await register(based.origin)).status).toBe(201);
    for (const path of ['/.well-known/openid-configuration', '/base/jwks', '/authorize/x']) {
      const answer = await fetch(`${based.origin}${path}`);
      expect(answer.status, path).toBe(404);
      expect((await answer.json()).error.message).toBe('Not found');
    }
  });

  it('leave the account-connect callback under /oauth/ to the admin part', async () => {
    const answer = await fetch(`${root.origin}/oauth/egnyte/callback?state=not-a-sign-in&code=c`);
    const text = await answer.text();
    expect(answer.status).not.toBe(404);
    expect(text).not.toContain('sign-in link is unknown');
  });
});

describe('the MCP endpoint under a path in MCP_PUBLIC_URL', () => {
  it('is served at <path>/mcp (the resource the tokens name) as at /mcp', async () => {
    const unauthenticated = await mcpInitialize(based.url);
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('www-authenticate')).toContain(
      `resource_metadata="${based.origin}/.well-known/oauth-protected-resource/base/mcp"`,
    );
    const { tokens } = await connectClient(based.url);
    for (const base of [based.url, based.origin]) {
      expect((await mcpInitialize(base, tokens.body.access_token)).status, base).toBe(200);
    }
    // Only the MCP endpoint itself is mounted there.
    expect((await fetch(`${based.url}/mcp/x`, { method: 'POST' })).status).toBe(404);
  });
});
