/**
 * Sealed tokens have exactly one spelling, and `--require-api-token` protects the default `/mcp`
 * while each sealed URL follows its own grant: "the URL alone is enough" and a protected default
 * can be had together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveSealKeys, openGrant, type SealedGrant, sealGrant } from '../../templates/runtime/src/security/sealed.js';
import { type FakeUpstream, startFakeUpstream } from '../runtime/fake-upstream.js';
import { ACCESS_TOKEN, startTestServer, type TestServer } from '../runtime/harness.js';

const SECRET = 'hardening-secret-0123456789';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const [KEY] = deriveSealKeys([SECRET], 'acme');

function grantFor(upstreamUrl: string, requireApiToken: boolean): SealedGrant {
  return {
    id: `g-${String(requireApiToken)}`,
    requireApiToken,
    credentials: { baseUrl: upstreamUrl, accessToken: ACCESS_TOKEN },
  };
}

/** Other spellings of the token's last character that decode to the same bytes. */
function respellings(token: string): string[] {
  const bytes = Buffer.from(token, 'base64url');
  const stem = token.slice(0, -1);
  return [...ALPHABET]
    .map((character) => stem + character)
    .filter((candidate) => candidate !== token && Buffer.from(candidate, 'base64url').equals(bytes));
}

describe('one spelling per token', () => {
  it('refuses every other spelling of the last character, for tokens of each length class', () => {
    let checked = 0;
    for (const name of ['a', 'ab', 'abc', 'abcd']) {
      const token = sealGrant({ ...grantFor('http://127.0.0.1:1', false), name }, KEY!);
      expect(openGrant(token, [KEY!], new Date())).toBeDefined();
      for (const other of respellings(token)) {
        expect(openGrant(other, [KEY!], new Date()), other.slice(-4)).toBeUndefined();
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3); // lengths with spare bits have 3 or 15 other spellings
  });
});

describe('--require-api-token and sealed URLs', () => {
  let upstream: FakeUpstream;
  let server: TestServer;
  beforeAll(async () => {
    upstream = await startFakeUpstream();
    server = await startTestServer(upstream.url, {
      http: { requireApiToken: true, apiTokens: ['api-1'], sealKeys: [KEY!] },
    });
  });
  afterAll(async () => {
    await server.close();
    await upstream.close();
  });

  it('the default /mcp needs the API token', async () => {
    await expect(server.connect('/mcp')).rejects.toThrow();
    const client = await server.connect('/mcp', { authorization: 'Bearer api-1' });
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
  });

  it('a sealed URL minted without --require-api-token is enough on its own', async () => {
    const client = await server.connect(`/mcp/${sealGrant(grantFor(upstream.url, false), KEY!)}`);
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
  });

  it('a sealed URL minted with --require-api-token also needs the API token', async () => {
    const path = `/mcp/${sealGrant(grantFor(upstream.url, true), KEY!)}`;
    await expect(server.connect(path)).rejects.toThrow();
    const client = await server.connect(path, { authorization: 'Bearer api-1' });
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
  });
});
