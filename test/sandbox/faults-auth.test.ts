import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_FACTS, tokenForSeed } from './facts.js';
import { type Caller, caller, useSandbox } from './helpers.js';
import { type Sandbox, startSandbox } from './server.js';

let sandbox: Sandbox;
let call: Caller;

useSandbox({ port: 0 }, (s, c) => {
  sandbox = s;
  call = c;
});
beforeEach(() => sandbox.faults.reset());

describe('auth', () => {
  it.each([
    ['no Authorization header', null],
    ['a wrong token', 'sbx_not-the-token'],
  ])('answers 401 with a Bearer challenge for %s', async (_, token) => {
    const answer = await call('GET', '/pubapi/v2/users', { token });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(answer.json).toEqual({ errorMessage: expect.any(String) });
  });

  it('accepts the printed token, which is the admin from userinfo', async () => {
    expect(sandbox.token).toBe(tokenForSeed(sandbox.seed));
    const me = await call('GET', '/pubapi/v1/userinfo');
    expect(me.json).toMatchObject({
      id: expect.any(Number),
      username: SEED_FACTS.tokenUserName,
      first_name: 'Alex',
      last_name: 'Morgan',
      user_type: 'admin',
    });
  });

  it('stops accepting a token whose user was deactivated', async () => {
    const token = sandbox.issueToken('tom.becker');
    expect((await call('GET', '/pubapi/v1/userinfo', { token })).status).toBe(200);
    const tom = (await call('GET', `/pubapi/v2/users?filter=${encodeURIComponent('userName eq "tom.becker"')}`)).json
      .resources[0];
    await call('PATCH', `/pubapi/v2/users/${tom.id}`, { body: { active: false } });
    expect((await call('GET', '/pubapi/v1/userinfo', { token })).status).toBe(401);
  });
});

describe('routing', () => {
  it('404s unknown endpoints and 405s a wrong method', async () => {
    expect((await call('GET', '/pubapi/v9/nothing')).status).toBe(404);
    expect((await call('PUT', '/pubapi/v2/users')).status).toBe(405);
  });
});

describe('fault injection (in-process only)', () => {
  it('adds latency', async () => {
    sandbox.faults.setLatency(120);
    const started = performance.now();
    await call('GET', '/pubapi/v1/userinfo');
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('answers a given status, body and headers for the next N requests', async () => {
    sandbox.faults.failNext(2, { status: 503, body: { errorMessage: 'maintenance' }, headers: { 'Retry-After': '7' } });
    const [a, b, c] = [
      await call('GET', '/pubapi/v1/userinfo'),
      await call('GET', '/pubapi/v1/userinfo'),
      await call('GET', '/pubapi/v1/userinfo'),
    ];
    expect([a.status, b.status, c.status]).toEqual([503, 503, 200]);
    expect(a.json).toEqual({ errorMessage: 'maintenance' });
    expect(a.headers.get('retry-after')).toBe('7');
  });

  it('limits a fault to a path prefix', async () => {
    sandbox.faults.failNext(1, { status: 500, pathPrefix: '/pubapi/v2/groups' });
    expect((await call('GET', '/pubapi/v1/userinfo')).status).toBe(200);
    expect((await call('GET', '/pubapi/v2/groups')).status).toBe(500);
    expect((await call('GET', '/pubapi/v2/groups')).status).toBe(200);
  });

  it('sends malformed JSON bodies', async () => {
    sandbox.faults.malformNext(1);
    const broken = await call('GET', '/pubapi/v2/groups');
    expect(broken.status).toBe(200);
    expect(() => JSON.parse(broken.text)).toThrow();
    expect((await call('GET', '/pubapi/v2/groups')).json).toBeDefined();
  });

  it('drops connections', async () => {
    sandbox.faults.dropNext(1);
    await expect(call('GET', '/pubapi/v1/userinfo')).rejects.toThrow();
    expect((await call('GET', '/pubapi/v1/userinfo')).status).toBe(200);
  });

  it('has no HTTP control surface', async () => {
    for (const path of ['/faults', '/_sandbox/faults', '/pubapi/faults']) {
      expect((await call('POST', path, { body: { status: 500 } })).status).toBe(404);
    }
  });
});

describe('search', () => {
  it('finds files and folders by name with 0-based paging', async () => {
    const all = await call('GET', '/pubapi/v1/search?query=budget&count=20');
    expect(all.json.total_count).toBeGreaterThan(3);
    const page = await call('GET', '/pubapi/v1/search?query=budget&offset=2&count=2');
    expect(page.json).toMatchObject({ offset: 2, count: 2, total_count: all.json.total_count });
    expect(page.json.results.map((r: { path: string }) => r.path)).toEqual(
      all.json.results.slice(2, 4).map((r: { path: string }) => r.path),
    );
    const folders = await call(
      'GET',
      `/pubapi/v1/search?query=pay&type=FOLDER&folder=${encodeURIComponent('/Shared/Finance')}`,
    );
    expect(folders.json.results.map((r: { path: string }) => r.path)).toEqual(['/Shared/Finance/Payroll']);
  });

  it.each([['query=ab'], [`query=${'x'.repeat(101)}`], ['query=budget&count=21'], ['query=budget&type=file']])(
    'rejects ?%s',
    async (query) => {
      const answer = await call('GET', `/pubapi/v1/search?${query}`);
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual({ errorMessage: expect.any(String) });
    },
  );
});

describe('determinism', () => {
  it('builds the same tenant for the same seed and a different one for another seed', async () => {
    const again = await startSandbox({ port: 0, seed: sandbox.seed });
    const other = await startSandbox({ port: 0, seed: sandbox.seed + 1 });
    try {
      const ids = async (s: Sandbox) =>
        (await caller(s)('GET', '/pubapi/v2/groups')).json.resources.map((g: { id: string }) => g.id);
      expect(again.token).toBe(sandbox.token);
      expect(await ids(again)).toEqual(await ids(sandbox));
      expect(other.token).not.toBe(sandbox.token);
      expect(await ids(other)).not.toEqual(await ids(sandbox));
      expect(
        (await caller(other)('GET', `/pubapi/v2/users?filter=${encodeURIComponent('email eq "jsmith@company.com"')}`))
          .json.totalResults,
      ).toBe(1);
    } finally {
      await Promise.all([again.close(), other.close()]);
    }
  });
});
