/**
 * Inputs that used to give 500 on PostgreSQL or pass silently (issue 21): each is a 4xx with
 * `{error, message}` on both stores, and leaves the store exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Hosted, startHosted } from '../control/hosted.js';
import { createTestStore, dumpStore, STORE_KINDS, type TestStore } from '../control/stores.js';

const forged = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe.each(STORE_KINDS)('bad input on %s', (kind) => {
  let store: TestStore;
  let hosted: Hosted;
  let accountId = '';
  let serverId = '';

  beforeAll(async () => {
    store = await createTestStore(kind);
    hosted = await startHosted(store.url);
    accountId = (
      await hosted.admin('POST', '/integrated-account', {
        name: 'Acme',
        base_url: 'http://127.0.0.1:9',
        access_token: 'upstream-token-1',
      })
    ).body.id;
    serverId = (
      await hosted.admin('POST', `/integrated-account/${accountId}/mcp`, {
        name: 'reader',
        config: { methods: ['read'] },
      })
    ).body.id;
  });
  afterAll(async () => {
    await hosted?.close();
    await store?.drop();
  });

  const cases: Array<[string, () => [string, string, unknown?], number, string]> = [
    [
      'a NUL in an account name',
      () => ['POST', '/integrated-account', { name: 'Ac\u0000me', base_url: 'http://127.0.0.1:9', access_token: 't' }],
      400,
      'invalid_request',
    ],
    [
      'a NUL in a server name',
      () => ['POST', `/integrated-account/${accountId}/mcp`, { name: 'r\u0000', config: {} }],
      400,
      'invalid_request',
    ],
    ['a NUL in an API token name', () => ['POST', '/api-token', { name: 'ci\u0000' }], 400, 'invalid_request'],
    ['a NUL in an account id', () => ['GET', '/integrated-account/ab%00cd'], 400, 'invalid_request'],
    [
      'a NUL in a server id (PATCH)',
      () => ['PATCH', `/integrated-account/${accountId}/mcp/x%00y`, { name: 'n' }],
      400,
      'invalid_request',
    ],
    [
      'a C1 control character in a name',
      () => ['PATCH', `/integrated-account/${accountId}/mcp/${serverId}`, { name: 'bad\u009bname' }],
      400,
      'invalid_request',
    ],
    [
      'a forged logs cursor',
      () => ['GET', `/integrated-account/${accountId}/mcp/${serverId}/logs?cursor=${forged('abc')}`],
      400,
      'invalid_cursor',
    ],
    [
      'a logs cursor that is not base64url',
      () => ['GET', `/integrated-account/${accountId}/mcp/${serverId}/logs?cursor=%00`],
      400,
      'invalid_cursor',
    ],
    [
      'a forged accounts cursor',
      () => ['GET', `/integrated-account?cursor=${forged("x' OR 1=1 --")}`],
      400,
      'invalid_cursor',
    ],
    [
      'a forged servers cursor',
      () => ['GET', `/integrated-account/${accountId}/mcp?cursor=${forged('2030-01-01|\u0000')}`],
      400,
      'invalid_cursor',
    ],
    ['a forged API-token cursor', () => ['GET', `/api-token?cursor=${forged('12')}`], 400, 'invalid_cursor'],
    [
      'expires_at 2030-02-30',
      () => ['PATCH', `/integrated-account/${accountId}/mcp/${serverId}`, { expires_at: '2030-02-30T00:00:00Z' }],
      400,
      'invalid_request',
    ],
    [
      'expires_at 2030-02-30 on create',
      () => [
        'POST',
        `/integrated-account/${accountId}/mcp`,
        { name: 'later', config: {}, expires_at: '2030-02-30T12:00:00Z' },
      ],
      400,
      'invalid_request',
    ],
    [
      'expires_at 2031-04-31',
      () => ['PATCH', `/integrated-account/${accountId}/mcp/${serverId}`, { expires_at: '2031-04-31T00:00:00Z' }],
      400,
      'invalid_request',
    ],
  ];

  it.each(cases)('%s: 4xx with {error, message}, store unchanged', async (_name, request, status, code) => {
    const before = await dumpStore(store);
    const [method, path, body] = request();
    const answer = await hosted.admin(method, path, body);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ error: code, message: expect.any(String) });
    expect(await dumpStore(store)).toBe(before);
  });

  it('a declared Content-Length over the admin limit is refused before the body is read', async () => {
    const before = await dumpStore(store);
    const { request } = await import('node:http');
    const url = new URL(`${hosted.http.url}/integrated-account`);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          authorization: 'Bearer admin-token-for-tests',
          'content-type': 'application/json',
          'content-length': String(10 * 1024 * 1024),
        },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.flushHeaders(); // headers only: the answer comes without a byte of the body
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({
      error: 'too_large',
      message: expect.stringContaining('larger than'),
    });
    expect(await dumpStore(store)).toBe(before);
  });

  it('valid cursors still page', async () => {
    await hosted.admin('POST', '/integrated-account', {
      name: 'Beta',
      base_url: 'http://127.0.0.1:9',
      access_token: 'upstream-token-2',
    });
    const first = await hosted.admin('GET', '/integrated-account?limit=1');
    expect(first.body.next_cursor).toEqual(expect.any(String));
    const second = await hosted.admin('GET', `/integrated-account?limit=1&cursor=${first.body.next_cursor}`);
    expect(second.status).toBe(200);
    expect(second.body.result[0].id).not.toBe(first.body.result[0].id);
  });
});
