/**
 * Two BUILT server processes on one PostgreSQL store (issue 20): the OAuth doors' rate limits and
 * the admin page's sessions hold across them, because both live in the store, not in a process.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from '../control/hosted.js';
import { createTestStore, type TestStore } from '../control/stores.js';
import { oauthEnv } from '../oauth/hosted-oauth.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { type HttpServerProcess, startHttpServer } from '../support/server.js';

let sandbox: Sandbox;
let store: TestStore;
let instances: HttpServerProcess[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ oauth: {} });
  store = await createTestStore('postgres');
  // Both stand behind one public URL, as behind a load balancer.
  const env = {
    ...oauthEnv(sandbox, 'http://127.0.0.1:9'),
    EGNYTE_ACCESS_TOKEN: sandbox.token,
    MCP_SERVER_SECRET: 'front-door-instances-secret-0123456789',
  };
  // The first one migrates the store; the second starts on it.
  instances = [await startHttpServer(['--store', store.url, '--oauth'], env)];
  instances.push(await startHttpServer(['--store', store.url, '--oauth'], env));
}, 60_000);

afterAll(async () => {
  for (const instance of instances) {
    await instance.close();
  }
  await store?.drop();
  await sandbox?.close();
});

/** POST /register from a chosen loopback source address (each attempt counts as a new client address). */
function register(on: HttpServerProcess, localAddress: string): Promise<number> {
  const body = JSON.stringify({
    client_name: 'n',
    redirect_uris: ['http://127.0.0.1:1/cb'],
    token_endpoint_auth_method: 'none',
  });
  return new Promise((resolve, reject) => {
    const req = request(
      `${on.url}/register`,
      {
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function page(on: HttpServerProcess, method: string, path: string, cookie = '', body?: unknown, csrf = '') {
  const headers: Record<string, string> = { origin: on.url, cookie, 'x-csrf-token': csrf };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  return fetch(`${on.url}/admin/api/${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('two processes, one PostgreSQL store', () => {
  it('registration is limited per address across both (20 a minute by default)', async () => {
    // The limit counts in wall-clock minutes: an attempt that straddles a minute is run again from a fresh address.
    for (const address of ['127.0.0.2', '127.0.0.3']) {
      const minute = Math.floor(Date.now() / 60_000);
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        for (const on of instances) {
          statuses.push(await register(on, address));
        }
      }
      if (Math.floor(Date.now() / 60_000) !== minute) {
        continue;
      }
      expect(statuses.slice(0, 20).every((status) => status === 201)).toBe(true);
      expect(statuses.slice(20)).toEqual([429, 429, 429, 429]);
      return;
    }
    throw new Error('two attempts straddled a minute boundary');
  });

  it('an admin page session opened on one ends on the other when it signs out', async () => {
    const [a, b] = instances as [HttpServerProcess, HttpServerProcess];
    const opened = await page(a, 'POST', 'session', '', { admin_token: ADMIN });
    expect(opened.status).toBe(201);
    const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrf_token: csrf } = (await opened.json()) as { csrf_token: string };
    expect((await page(b, 'GET', 'integrated-account', cookie)).status).toBe(200);
    expect((await page(a, 'DELETE', 'session', cookie, undefined, csrf)).status).toBe(204);
    const after = await page(b, 'GET', 'integrated-account', cookie);
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ error: 'signed_out' });
  });
});
