/** Sealed server URLs: the token format, `mint-url`, and `/mcp/<token>` served over HTTP. */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { main } from 'saas-mcp-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveSealKeys, openGrant, type SealedGrant, sealGrant } from '../../templates/runtime/src/security/sealed.js';
import { type FakeUpstream, startFakeUpstream } from './fake-upstream.js';
import { fixture } from './fixture.js';
import { startTestServer, textJson } from './harness.js';

const SECRET = 'first-secret-0123456789';
const NEXT_SECRET = 'second-secret-0123456789';
const NOW = new Date('2030-01-01T00:00:00Z');

const grant: SealedGrant = {
  id: 'tok1',
  methods: ['read'],
  expiresAt: '2030-02-01T00:00:00.000Z',
  requireApiToken: false,
  credentials: { baseUrl: 'http://127.0.0.1:4010', accessToken: 'acme-token' },
};

function flipByte(token: string, index: number): string {
  const bytes = Buffer.from(token, 'base64url');
  bytes[index] = (bytes[index] ?? 0) ^ 1;
  return bytes.toString('base64url');
}

describe('sealGrant / openGrant', () => {
  const [key] = deriveSealKeys([SECRET], 'acme');
  const token = sealGrant(grant, key!);

  it('round-trips and hides the credentials', () => {
    expect(openGrant(token, [key!], NOW)).toEqual(grant);
    expect(token).not.toContain('acme-token');
    expect(Buffer.from(token, 'base64url').toString('latin1')).not.toContain('acme-token');
  });

  it.each([
    ['a flipped ciphertext byte', () => flipByte(token, 30)],
    ['a flipped key-id byte', () => flipByte(token, 2)],
    ['a flipped tag byte', () => flipByte(token, Buffer.from(token, 'base64url').length - 1)],
    ['a truncated token', () => token.slice(0, -4)],
    ['garbage', () => 'x'.repeat(60)],
  ])('refuses %s', (_, make) => {
    expect(openGrant(make(), [key!], NOW)).toBeUndefined();
  });

  it('refuses an expired token, a foreign secret and another integration', () => {
    expect(openGrant(token, [key!], new Date('2030-02-01T00:00:00Z'))).toBeUndefined();
    expect(openGrant(token, deriveSealKeys(['some-other-secret-xyz'], 'acme'), NOW)).toBeUndefined();
    expect(openGrant(token, deriveSealKeys([SECRET], 'globex'), NOW)).toBeUndefined();
  });

  it('rotation: tokens sealed by an older secret still open while it is listed', () => {
    const keys = deriveSealKeys([NEXT_SECRET, SECRET], 'acme');
    expect(openGrant(token, keys, NOW)).toEqual(grant);
    const newer = sealGrant(grant, keys[0]!);
    expect(openGrant(newer, keys, NOW)).toEqual(grant);
    expect(openGrant(newer, [key!], NOW)).toBeUndefined();
  });
});

function runMint(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  return main(['mint-url', ...args], fixture, env, { out: (text) => (out += text), err: (text) => (err += text) }).then(
    (code) => ({ code, out, err }),
  );
}

describe('mint-url and /mcp/<token>', () => {
  let upstream: FakeUpstream;
  beforeAll(async () => {
    upstream = await startFakeUpstream();
  });
  afterAll(async () => upstream.close());

  const env = () => ({
    MCP_SERVER_SECRET: `${SECRET}`,
    ACME_BASE_URL: upstream.url,
    ACME_ACCESS_TOKEN: 'minted-upstream-token',
  });

  it('refuses without a secret, without credentials, or when no tool matches', async () => {
    const noSecret = await runMint([], { ACME_BASE_URL: upstream.url, ACME_ACCESS_TOKEN: 't' });
    expect(noSecret).toMatchObject({ code: 2, out: '' });
    expect(noSecret.err).toContain('MCP_SERVER_SECRET');
    expect((await runMint([], { MCP_SERVER_SECRET: SECRET })).err).toContain(
      'set ACME_DOMAIN (Acme tenant name) or ACME_BASE_URL',
    );
    expect((await runMint([], { MCP_SERVER_SECRET: SECRET, ACME_DOMAIN: 'acme' })).err).toContain(
      'set ACME_ACCESS_TOKEN',
    );
    expect((await runMint([], { ...env(), MCP_SERVER_SECRET: 'short' })).err).toContain('at least 16 characters');
    const none = await runMint(['--methods', 'write', '--tags', 'events'], env());
    expect(none.code).toBe(2);
    expect(none.err).toContain('no tool matches');
    expect((await runMint(['--methods', 'frobnicate'], env())).err).toContain('unknown method "frobnicate"');
  });

  it('prints the URL and tools; the URL alone serves that account, filtered, with no shared state', async () => {
    const minted = await runMint(
      ['--methods', 'read', '--tags', 'users', '--name', 'helpdesk', '--expires-at', '2099-01-01T00:00:00Z'],
      env(),
    );
    expect(minted.code).toBe(0);
    const printed = JSON.parse(minted.out) as {
      url: string;
      token: string;
      name: string;
      expires_at: string;
      tools: string[];
    };
    expect(printed).toMatchObject({
      name: 'helpdesk',
      expires_at: '2099-01-01T00:00:00.000Z',
      tools: ['list_all_acme_users', 'get_single_acme_user_by_id'],
    });
    expect(printed.url).toBe(`/mcp/${printed.token}`);
    expect(minted.out).not.toContain('minted-upstream-token');

    // The process itself has no upstream credentials: everything comes from the token.
    const server = await startTestServer('http://127.0.0.1:1', {
      scope: { credentials: { ok: false, message: 'none' } },
      http: { sealKeys: deriveSealKeys([NEXT_SECRET, SECRET], 'acme') },
    });
    try {
      const client = await server.connect(printed.url);
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toEqual(printed.tools);
      const result = await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 1001 } });
      expect(textJson(result)).toMatchObject({ id: 1001 });
      expect(upstream.requests.at(-1)?.headers.authorization).toBe('Bearer minted-upstream-token');
      await expect(
        client.callTool({ name: 'update_an_acme_user_by_id', arguments: { user_id: 1001 } }),
      ).rejects.toThrow(/Unknown tool/);
      expect(server.audit.map((entry) => entry.server)).toEqual([
        expect.stringMatching(/^token:/),
        expect.stringMatching(/^token:/),
      ]);
      expect(JSON.stringify(server.audit)).not.toContain(printed.token);

      const legacy = new Client({ name: 'legacy', version: '1.0.0' });
      await legacy.connect(new SSEClientTransport(new URL(`${server.http.url}/sse/${printed.token}`)));
      expect((await legacy.listTools()).tools.map((tool) => tool.name)).toEqual(printed.tools);
      await legacy.close();

      const plain = await server.connect('/mcp');
      const unconfigured = await plain.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 1001 } });
      expect(textJson(unconfigured)).toMatchObject({ error: 'not_configured' });
    } finally {
      await server.close();
    }
  });

  it('tampered, foreign and expired tokens all get the same 404', async () => {
    const keys = deriveSealKeys([SECRET], 'acme');
    const expired = sealGrant({ ...grant, expiresAt: '2020-01-01T00:00:00.000Z' }, keys[0]!);
    const good = sealGrant({ ...grant, expiresAt: undefined }, keys[0]!);
    const foreign = sealGrant(grant, deriveSealKeys(['another-secret-0123456'], 'acme')[0]!);
    const server = await startTestServer('http://127.0.0.1:1', { http: { sealKeys: keys } });
    try {
      const bodies = new Set<string>();
      for (const token of [expired, flipByte(good, 40), foreign, 'short']) {
        const answer = await fetch(`${server.http.url}/mcp/${token}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
          body: '{}',
        });
        expect(answer.status).toBe(404);
        bodies.add(await answer.text());
      }
      expect(bodies.size).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('a token minted with --tool-exposure discovery --output-schema off serves that surface', async () => {
    const minted = await runMint(
      ['--tool-exposure', 'discovery', '--output-schema', 'off', '--methods', 'read'],
      env(),
    );
    expect(minted.code).toBe(0);
    const printed = JSON.parse(minted.out) as {
      url: string;
      tool_exposure: string;
      output_schema: string;
      tools: string[];
    };
    expect([printed.tool_exposure, printed.output_schema]).toEqual(['discovery', 'off']);
    const server = await startTestServer(upstream.url, { http: { sealKeys: deriveSealKeys([SECRET], 'acme') } });
    try {
      const client = await server.connect(printed.url);
      expect((await client.listTools()).tools.map((tool) => tool.name)).toEqual([
        'search_tools',
        'get_tool_schema',
        'call_tool',
      ]);
      const schema = await client.callTool({
        name: 'get_tool_schema',
        arguments: { name: 'get_single_acme_user_by_id' },
      });
      expect(schema.structuredContent).toMatchObject({ name: 'get_single_acme_user_by_id' });
      expect(schema.structuredContent).not.toHaveProperty('outputSchema');
      const refused = await client.callTool({
        name: 'call_tool',
        arguments: { name: 'update_an_acme_user_by_id', arguments: { user_id: 1001 } },
      });
      expect(textJson(refused)).toMatchObject({ error: 'unknown_tool' });
      // The default route of the same process still lists every tool.
      expect((await (await server.connect('/mcp')).listTools()).tools).toHaveLength(fixture.tools.length);
    } finally {
      await server.close();
    }
  });

  it('mint-url refuses a bad --tool-exposure or --output-schema', async () => {
    expect(await runMint(['--tool-exposure', 'some'], env())).toMatchObject({
      code: 2,
      err: expect.stringContaining('--tool-exposure must be all or discovery'),
    });
    expect(await runMint(['--output-schema', 'no'], env())).toMatchObject({
      code: 2,
      err: expect.stringContaining('--output-schema must be on or off'),
    });
  });

  it('a token minted with --require-api-token needs an API token', async () => {
    const minted = JSON.parse((await runMint(['--require-api-token'], env())).out) as { url: string };
    const server = await startTestServer(upstream.url, {
      http: { sealKeys: deriveSealKeys([SECRET], 'acme'), apiTokens: ['api-1'] },
    });
    try {
      const answer = await fetch(`${server.http.url}${minted.url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
      const client = await server.connect(minted.url, { authorization: 'Bearer api-1' });
      expect((await client.listTools()).tools.length).toBe(fixture.tools.length);
    } finally {
      await server.close();
    }
  });
});
