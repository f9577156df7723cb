/**
 * Safe public deployment, through the BUILT server: on a non-loopback bind the default account is
 * served only behind an API token or with the flag that says it is unauthenticated, and
 * `--allowed-hosts` lets a loopback-bound server answer a reverse proxy's Host name.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { sandboxEnv, startHttpServer } from '../support/server.js';
import { rawPost } from './helpers.js';

const LIST = { jsonrpc: '2.0', id: 1, method: 'tools/list' };

/** The built server on 0.0.0.0 (every interface), reached on 127.0.0.1. */
const startPublic = (args: string[], env: Record<string, string>) => startHttpServer(args, env, { host: '0.0.0.0' });

/** A POST with a chosen Host header (fetch does not let a caller set one). */
function postWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { host, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.once('error', reject);
    req.end(JSON.stringify(LIST));
  });
}

describe('the default account on a public bind', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it('is not served without an API token, and startup says why', async () => {
    const server = await startPublic([], sandboxEnv(sandbox));
    try {
      const { response, text } = await rawPost(`${server.url}/mcp`, LIST);
      expect(response.status).toBe(401);
      expect(text).toContain('not served on a public bind without --require-api-token');
      expect(text).not.toContain('list_all_egnyte_users');
      expect(server.stderr()).toContain('default account NOT served: 0.0.0.0 is not loopback');
      expect(server.stderr()).not.toContain(sandbox.token);
    } finally {
      await server.close();
    }
  });

  it('is served behind --require-api-token, or to anyone with --allow-unauthenticated-default', async () => {
    const locked = await startPublic(['--require-api-token'], {
      ...sandboxEnv(sandbox),
      MCP_API_TOKENS: 'api-token-1',
    });
    const open = await startPublic(['--allow-unauthenticated-default'], sandboxEnv(sandbox));
    try {
      expect((await rawPost(`${locked.url}/mcp`, LIST)).response.status).toBe(401);
      expect((await rawPost(`${locked.url}/mcp`, LIST, { authorization: 'Bearer api-token-1' })).response.status).toBe(
        200,
      );
      expect((await rawPost(`${open.url}/mcp`, LIST)).response.status).toBe(200);
      expect(open.stderr()).toContain('UNAUTHENTICATED on 0.0.0.0 (--allow-unauthenticated-default)');
    } finally {
      await Promise.all([locked.close(), open.close()]);
    }
  });

  it('--allowed-hosts admits the proxy Host name on loopback, and nothing else', async () => {
    const server = await startHttpServer(['--allowed-hosts', 'mcp.example.com'], sandboxEnv(sandbox));
    try {
      expect(await postWithHost(`${server.url}/mcp`, 'mcp.example.com')).toBe(200);
      expect(await postWithHost(`${server.url}/mcp`, 'evil.example.net')).toBe(403);
      expect(await postWithHost(`${server.url}/mcp`, new URL(server.url).host)).toBe(200);
      expect(server.stderr()).toContain('accepted Host names: mcp.example.com');
    } finally {
      await server.close();
    }
  });
});
