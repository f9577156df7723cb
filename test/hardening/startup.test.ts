/**
 * Start-up checks that used to pass in silence: --require-api-token on stdio, a bad
 * MCP_ALLOWED_ORIGINS, and a server without MCP_SERVER_SECRET that refuses sealed URLs (the log says why).
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../runtime/harness.js';
import { startHttpServer } from '../support/server.js';

const run = (argv: string[], env: Record<string, string> = {}) =>
  runMain(argv, { ACME_BASE_URL: 'http://127.0.0.1:1', ACME_ACCESS_TOKEN: 't', ...env });

describe('start-up refusals', () => {
  it('refuses --require-api-token on stdio, which has no Authorization header to check', async () => {
    const { code, err } = await run(['--require-api-token'], { MCP_API_TOKENS: 'api-1' });
    expect(code).toBe(2);
    expect(err).toBe(
      'error: --require-api-token applies to --transport http only: stdio has no Authorization header to check\n',
    );
  });

  it.each(['localhost:3000', 'https://app.example.com/path', 'ftp://x.example'])(
    'refuses MCP_ALLOWED_ORIGINS=%s',
    async (origins) => {
      const { code, err } = await run(['--transport', 'http'], { MCP_ALLOWED_ORIGINS: origins });
      expect(code).toBe(2);
      expect(err).toContain(`MCP_ALLOWED_ORIGINS: "${origins}" is not an origin`);
    },
  );
});

describe('without MCP_SERVER_SECRET', () => {
  it('says at start-up and at the first sealed URL why sealed URLs are refused', async () => {
    const server = await startHttpServer([], {
      EGNYTE_BASE_URL: 'http://127.0.0.1:1',
      EGNYTE_ACCESS_TOKEN: 'upstream-token',
    });
    try {
      expect(server.stderr()).toContain(
        'note: MCP_SERVER_SECRET is not set, so sealed server URLs (/mcp/<token>) cannot be opened and are answered 404',
      );
      const answer = await fetch(`${server.url}/mcp/${'A'.repeat(60)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(answer.status).toBe(404);
      // The log line is written beside the answer: wait for it to arrive on stderr.
      await server.waitFor(/refused a sealed URL: MCP_SERVER_SECRET is not set/);
      expect(server.stderr()).toContain('refused a sealed URL: MCP_SERVER_SECRET is not set');
    } finally {
      await server.close();
    }
  });
});
