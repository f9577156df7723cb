/**
 * The HTTP route table's dispatcher: how entries match (exact path, decoded prefix, method), the
 * order guards run in (Host/Origin for all but open entries and the 404, then the entry's guard),
 * and a declining handler handing the request to the next entry.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminTokenGuard, dispatch, type HttpRoute } from '../../templates/runtime/src/transport/http/routes.js';

const answer =
  (name: string): HttpRoute['handle'] =>
  async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }).end(name);
    return true;
  };

const ROUTES: HttpRoute[] = [
  { path: '/healthz', open: true, handle: answer('health') },
  // Declines everything but /maybe/yes: the next entries still see the rest.
  {
    path: '/*',
    handle: async (req, res, url) => (url.pathname === '/maybe/yes' ? answer('maybe')(req, res, url) : false),
  },
  { path: '/admin/*', guard: adminTokenGuard(['admin-token'], 'set the admin tokens'), handle: answer('admin') },
  { path: '/off/*', guard: adminTokenGuard([], 'the admin API is off'), handle: answer('never') },
  { method: 'GET', path: '/callback', handle: answer('callback') },
  { path: '/exact', handle: answer('exact') },
];

let server: Server;
let base: string;

beforeAll(async () => {
  // Requests with `x-block: 1` fail the Host/Origin check.
  server = createServer(dispatch(ROUTES, { allowed: (req) => req.headers['x-block'] !== '1' }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function send(path: string, init: RequestInit = {}): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(`${base}${path}`, init);
  return { status: response.status, text: await response.text(), headers: response.headers };
}

describe('route table: matching', () => {
  it.each([
    ['/healthz', 'health'],
    ['/exact', 'exact'],
    ['/maybe/yes', 'maybe'],
    ['/callback', 'callback'],
  ])('%s is answered by its entry', async (path, body) => {
    expect(await send(path)).toMatchObject({ status: 200, text: body });
  });

  it.each([
    '/exact/', // exact means exact
    '/exactly',
    '/maybe/no', // the catch-all declined
    '/nothing',
  ])('%s: no entry takes it, a JSON-RPC 404', async (path) => {
    const got = await send(path);
    expect(got.status).toBe(404);
    expect(JSON.parse(got.text)).toEqual({ jsonrpc: '2.0', error: { code: -32001, message: 'Not found' }, id: null });
  });

  it('a method-bound entry does not match another method', async () => {
    expect((await send('/callback', { method: 'POST' })).status).toBe(404);
  });

  it.each(['/admin', '/admin/', '/admin/x/y', '/admin//x', '/%61dmin/x'])(
    'prefix entries take %s (decoded segments, empty ones skipped)',
    async (path) => {
      const got = await send(path, { headers: { authorization: 'Bearer admin-token' } });
      expect(got).toMatchObject({ status: 200, text: 'admin' });
    },
  );

  it('a prefix is whole segments: /administrator is not /admin', async () => {
    expect((await send('/administrator', { headers: { authorization: 'Bearer admin-token' } })).status).toBe(404);
  });
});

describe('route table: guards', () => {
  it('the Host/Origin check refuses matched and unmatched paths with 403', async () => {
    for (const path of ['/exact', '/nothing', '/admin']) {
      const got = await send(path, { headers: { 'x-block': '1' } });
      expect(got.status).toBe(403);
      expect(JSON.parse(got.text).error.message).toBe('Forbidden: Host or Origin header not allowed');
    }
  });

  it('open entries (probes) answer before the Host/Origin check', async () => {
    expect(await send('/healthz', { headers: { 'x-block': '1' } })).toMatchObject({ status: 200, text: 'health' });
  });

  it('an admin guard: 401 with a challenge, saying what to send or what to set', async () => {
    const wrong = await send('/admin/x', { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
    expect(JSON.parse(wrong.text)).toEqual({
      error: 'unauthorized',
      message: 'send Authorization: Bearer <admin token>',
    });
    const off = await send('/off/x', { headers: { authorization: 'Bearer admin-token' } });
    expect(off.status).toBe(401);
    expect(JSON.parse(off.text).message).toBe('the admin API is off');
  });

  it('the Host/Origin check runs before the admin guard', async () => {
    expect((await send('/admin/x', { headers: { 'x-block': '1' } })).status).toBe(403);
  });
});
