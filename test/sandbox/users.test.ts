import { describe, expect, it } from 'vitest';
import { SEED_FACTS } from './facts.js';
import { type Caller, filterParam, findUser, useSandbox } from './helpers.js';
import type { Sandbox } from './server.js';

let sandbox: Sandbox;
let call: Caller;

useSandbox({ port: 0 }, (s, c) => {
  sandbox = s;
  call = c;
});

const scimError = (code: number) => ({
  Errors: [expect.objectContaining({ code: String(code), description: expect.any(String) })],
});

describe('GET /pubapi/v2/users paging', () => {
  it('is 1-based and defaults to 100 per page', async () => {
    const first = await call('GET', '/pubapi/v2/users');
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ totalResults: SEED_FACTS.userCount, itemsPerPage: 100, startIndex: 1 });
    expect(first.json.resources).toHaveLength(100);
    const second = await call('GET', '/pubapi/v2/users?startIndex=2&count=1');
    expect(second.json.resources[0].id).toBe(first.json.resources[1].id);
  });

  it('walks every user with startIndex += count and ends on a short last page', async () => {
    const seen = new Set<number>();
    let startIndex = 1;
    let pages = 0;
    for (;;) {
      const page = await call('GET', `/pubapi/v2/users?startIndex=${startIndex}&count=100`);
      for (const user of page.json.resources) {
        seen.add(user.id);
      }
      pages += 1;
      if (startIndex + 100 > page.json.totalResults) {
        expect(page.json.itemsPerPage).toBe(SEED_FACTS.userCount - 200);
        break;
      }
      startIndex += 100;
    }
    expect(pages).toBe(3);
    expect(seen.size).toBe(SEED_FACTS.userCount);
  });

  it('answers an empty page past the end', async () => {
    const answer = await call('GET', '/pubapi/v2/users?startIndex=1000');
    expect(answer.json).toMatchObject({
      totalResults: SEED_FACTS.userCount,
      itemsPerPage: 0,
      startIndex: 1000,
      resources: [],
    });
  });

  it.each([['count=101'], ['count=0'], ['startIndex=0'], ['count=ten']])(
    'rejects %s with a SCIM 400',
    async (query) => {
      const answer = await call('GET', `/pubapi/v2/users?${query}`);
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual(scimError(400));
    },
  );
});

describe('GET /pubapi/v2/users filters', () => {
  it('finds jsmith by userName, email or externalId with any attribute case', async () => {
    const jsmith = await findUser(call, 'jsmith');
    expect(jsmith).toMatchObject({ userName: 'jsmith', active: true, userType: SEED_FACTS.jsmith.userType });
    expect(jsmith.groups.map((g) => g.displayName).sort()).toEqual([...SEED_FACTS.jsmith.groups].sort());
    // The seed row's type does not name externalId; the sandbox row has it.
    const externalId = (jsmith as unknown as { externalId: string }).externalId;
    for (const filter of [
      'USERNAME eq "JSmith"',
      `email eq "${SEED_FACTS.jsmith.email}"`,
      `externalid eq "${externalId}"`,
    ]) {
      const answer = await call('GET', `/pubapi/v2/users?${filterParam(filter)}`);
      expect(answer.json.totalResults, filter).toBe(1);
      expect(answer.json.resources[0].id).toBe(jsmith.id);
    }
  });

  it('returns an empty list when nothing matches', async () => {
    const answer = await call('GET', `/pubapi/v2/users?${filterParam('userName eq "nobody-here"')}`);
    expect(answer.json).toMatchObject({ totalResults: 0, resources: [] });
  });

  it('ANDs repeated filter parameters', async () => {
    const both = `${filterParam('userName eq "jsmith"')}&${filterParam('email eq "other@company.com"')}`;
    expect((await call('GET', `/pubapi/v2/users?${both}`)).json.totalResults).toBe(0);
  });

  it.each([['active eq "true"'], ['userName co "smith"'], ['userName sw "j"'], ['userName eq jsmith'], ['nonsense']])(
    'rejects filter %s with a SCIM 400',
    async (filter) => {
      const answer = await call('GET', `/pubapi/v2/users?${filterParam(filter)}`);
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual(scimError(400));
    },
  );
});

describe('seeded users', () => {
  it('covers every user type, auth kind and both active states', async () => {
    const all = [
      ...(await call('GET', '/pubapi/v2/users')).json.resources,
      ...(await call('GET', '/pubapi/v2/users?startIndex=101')).json.resources,
      ...(await call('GET', '/pubapi/v2/users?startIndex=201')).json.resources,
    ];
    expect(new Set(all.map((u) => u.userType))).toEqual(new Set(['admin', 'power', 'standard']));
    expect(new Set(all.map((u) => u.authType))).toEqual(new Set(['egnyte', 'sso', 'ad']));
    expect(new Set(all.map((u) => u.active))).toEqual(new Set([true, false]));
    expect(all.every((u) => Number.isSafeInteger(u.id) && u.id > 2 ** 31)).toBe(true);
  });
});

describe('GET/POST/PATCH/DELETE /pubapi/v2/users/{id}', () => {
  it('gets one user with a Location header, and 404s an unknown id in SCIM form', async () => {
    const jsmith = await findUser(call, 'jsmith');
    const one = await call('GET', `/pubapi/v2/users/${jsmith.id}`);
    expect(one.status).toBe(200);
    expect(one.headers.get('location')).toBe(`${sandbox.baseUrl}/pubapi/v2/users/${jsmith.id}`);
    expect(one.json).toMatchObject({ name: { formatted: 'John Smith', givenName: 'John', familyName: 'Smith' } });
    const missing = await call('GET', '/pubapi/v2/users/99');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ Errors: [{ description: 'User 99 not found.', code: '404' }] });
  });

  it('creates a user (201), accepting stringified booleans, and refuses a duplicate', async () => {
    const body = {
      userName: 'new.hire',
      externalId: 'ext-1',
      email: 'new.hire@company.com',
      name: { givenName: 'New', familyName: 'Hire' },
      active: 'true',
      sendInvite: 'false',
      authType: 'egnyte',
      userType: 'power',
    };
    const created = await call('POST', '/pubapi/v2/users', { body });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ userName: 'new.hire', active: true, role: 'Default', groups: [] });
    expect((await call('GET', `/pubapi/v2/users/${created.json.id}`)).json.email).toBe('new.hire@company.com');
    const again = await call('POST', '/pubapi/v2/users', { body });
    expect(again.status).toBe(409);
    expect(again.json).toEqual(scimError(409));
  });

  it.each([
    ['missing email', { email: undefined }],
    ['bad userName', { userName: '.dot-first' }],
    ['bad userType', { userType: 'owner' }],
    ['non-boolean active', { active: 'yes' }],
    ['role on a standard user', { userType: 'standard', role: 'Reviewer' }],
  ])('rejects a create body with %s', async (_, patch) => {
    const body = {
      userName: 'someone.else',
      email: 'se@company.com',
      name: { givenName: 'S', familyName: 'E' },
      active: true,
      sendInvite: false,
      authType: 'sso',
      userType: 'power',
      ...patch,
    };
    const answer = await call('POST', '/pubapi/v2/users', { body });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual(scimError(400));
  });

  it('deactivates with PATCH and the change persists', async () => {
    const target = await findUser(call, SEED_FACTS.externalAgency.memberUserNames[0]);
    const patched = await call('PATCH', `/pubapi/v2/users/${target.id}`, {
      body: { active: 'false', name: { familyName: 'Reyes-Ortiz' } },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({
      active: false,
      name: { givenName: 'Ana', familyName: 'Reyes-Ortiz', formatted: 'Ana Reyes-Ortiz' },
    });
    expect((await call('GET', `/pubapi/v2/users/${target.id}`)).json.active).toBe(false);
  });

  it('refuses to change userName', async () => {
    const target = await findUser(call, 'jsmith');
    const answer = await call('PATCH', `/pubapi/v2/users/${target.id}`, { body: { userName: 'john' } });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual(scimError(400));
  });

  it('deletes with 200 and an empty body, and removes the user from groups', async () => {
    const target = await findUser(call, SEED_FACTS.externalAgency.memberUserNames[1]);
    const groupId = target.groups[0]?.value;
    const deleted = await call('DELETE', `/pubapi/v2/users/${target.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.text).toBe('');
    expect((await call('GET', `/pubapi/v2/users/${target.id}`)).status).toBe(404);
    const group = await call('GET', `/pubapi/v2/groups/${groupId}`);
    expect(group.json.members.map((m: { value: number }) => m.value)).not.toContain(target.id);
  });

  it('answers invalid JSON with a SCIM 400', async () => {
    const answer = await call('POST', '/pubapi/v2/users', {
      rawBody: '{"userName":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual(scimError(400));
  });
});
