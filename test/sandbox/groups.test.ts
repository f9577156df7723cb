import { describe, expect, it } from 'vitest';
import { SEED_FACTS } from './facts.js';
import { type Caller, filterParam, findGroupId, findUser, useSandbox } from './helpers.js';
import type { Sandbox } from './server.js';

let sandbox: Sandbox;
let call: Caller;

useSandbox({ port: 0 }, (s, c) => {
  sandbox = s;
  call = c;
});

const list = (filter: string) => call('GET', `/pubapi/v2/groups?${filterParam(filter)}`);
// biome-ignore lint/suspicious/noExplicitAny: test convenience: answers are asserted field by field
const names = (answer: { json: any }) => answer.json.resources.map((g: { displayName: string }) => g.displayName);

describe('GET /pubapi/v2/groups', () => {
  it('lists custom groups without members and without the built-in groups', async () => {
    const answer = await call('GET', '/pubapi/v2/groups');
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ schemas: ['urn:scim:schemas:core:1.0'], startIndex: 1 });
    expect(answer.json.totalResults).toBeGreaterThanOrEqual(10);
    for (const group of answer.json.resources) {
      expect(Object.keys(group).sort()).toEqual(['displayName', 'id']);
    }
    for (const builtIn of SEED_FACTS.builtInGroups) {
      expect(names(answer)).not.toContain(builtIn);
    }
  });

  it('filters displayName with eq, co and sw, case-insensitively', async () => {
    expect(names(await list('displayName eq "external agency"'))).toEqual(['External Agency']);
    expect(names(await list('displayname co "CCOU"'))).toEqual(['Accounting']);
    expect(names(await list('DisplayName sw "fin"'))).toEqual(['Finance Leadership', 'Finance Operations']);
  });

  it('pages 1-based with count', async () => {
    const all = await call('GET', '/pubapi/v2/groups');
    const page = await call('GET', '/pubapi/v2/groups?startIndex=3&count=2');
    expect(page.json).toMatchObject({ startIndex: 3, itemsPerPage: 2, totalResults: all.json.totalResults });
    expect(page.json.resources).toEqual(all.json.resources.slice(2, 4));
  });

  it.each([['members eq "1"'], ['displayName ew "ops"'], ['displayName eq']])(
    'rejects filter %s with a SCIM 400',
    async (filter) => {
      const answer = await list(filter);
      expect(answer.status).toBe(400);
      expect(answer.json.Errors[0]).toMatchObject({ code: '400' });
    },
  );

  it('rejects count above 100', async () => {
    expect((await call('GET', '/pubapi/v2/groups?count=500')).status).toBe(400);
  });
});

describe('seeded groups', () => {
  it('External Agency has exactly three members, one of them an admin', async () => {
    const group = await call('GET', `/pubapi/v2/groups/${await findGroupId(call, 'External Agency')}`);
    const members = group.json.members as Array<{ username: string; value: number; display: string }>;
    expect(members.map((m) => m.username).sort()).toEqual([...SEED_FACTS.externalAgency.memberUserNames].sort());
    const types = await Promise.all(
      members.map(async (m) => (await call('GET', `/pubapi/v2/users/${m.value}`)).json.userType),
    );
    expect(types.filter((t) => t === 'admin')).toHaveLength(1);
    const admin = members[types.indexOf('admin')];
    expect(admin?.username).toBe(SEED_FACTS.externalAgency.adminMemberUserName);
    expect(admin?.display).toBe('Kai Patel');
  });

  it('Finance Operations includes jsmith', async () => {
    const group = await call('GET', `/pubapi/v2/groups/${await findGroupId(call, 'Finance Operations')}`);
    expect(group.json.members.map((m: { username: string }) => m.username)).toContain('jsmith');
  });
});

describe('changing groups', () => {
  it('creates (201), patches members in SCIM 1.1 form, renames keeping members, replaces and deletes', async () => {
    const [a, b, c] = await Promise.all([
      findUser(call, 'jsmith'),
      findUser(call, 'kai.patel'),
      findUser(call, 'admin'),
    ]);
    const created = await call('POST', '/pubapi/v2/groups', {
      body: { displayName: 'Audit Team', members: [{ value: a.id }] },
    });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    expect(created.json.members).toEqual([{ username: 'jsmith', value: a.id, display: 'John Smith' }]);

    const patched = await call('PATCH', `/pubapi/v2/groups/${id}`, {
      body: { members: [{ value: b.id }, { value: c.id }, { operation: 'delete', value: a.id }] },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.members.map((m: { value: number }) => m.value).sort()).toEqual([b.id, c.id].sort());

    const renamed = await call('PATCH', `/pubapi/v2/groups/${id}`, { body: { displayName: 'Audit Squad' } });
    expect(renamed.json).toMatchObject({ displayName: 'Audit Squad' });
    expect(renamed.json.members).toHaveLength(2);
    expect((await findUser(call, 'kai.patel')).groups).toContainEqual({ displayName: 'Audit Squad', value: id });

    const replaced = await call('PUT', `/pubapi/v2/groups/${id}`, {
      body: { displayName: 'Audit Squad', members: [{ value: a.id }] },
    });
    expect(replaced.json.members.map((m: { value: number }) => m.value)).toEqual([a.id]);

    const deleted = await call('DELETE', `/pubapi/v2/groups/${id}`);
    expect([deleted.status, deleted.text]).toEqual([200, '']);
    const gone = await call('GET', `/pubapi/v2/groups/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.json.Errors[0].code).toBe('404');
  });

  it('a rename keeps folder grants, which follow the new name', async () => {
    const id = await findGroupId(call, 'Legal');
    await call('PATCH', `/pubapi/v2/groups/${id}`, { body: { displayName: 'Legal & Compliance' } });
    const perms = await call('GET', '/pubapi/v2/perms/Shared/Legal');
    expect(perms.json.groupPerms).toMatchObject({ 'Legal & Compliance': 'Full' });
    expect(perms.json.groupPerms.Legal).toBeUndefined();
  });

  it('refuses duplicates, unknown members and SCIM 2.0 PatchOp', async () => {
    expect((await call('POST', '/pubapi/v2/groups', { body: { displayName: 'marketing' } })).status).toBe(409);
    expect(
      (await call('POST', '/pubapi/v2/groups', { body: { displayName: 'X', members: [{ value: 1 }] } })).status,
    ).toBe(400);
    const id = await findGroupId(call, 'Sales');
    const patchOp = {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'add', path: 'members', value: [] }],
    };
    expect((await call('PATCH', `/pubapi/v2/groups/${id}`, { body: patchOp })).status).toBe(400);
  });

  it('is admin only: a standard user gets a SCIM 403', async () => {
    const standard = (await call('GET', `/pubapi/v2/users?${filterParam('userName eq "ana.reyes"')}`)).json.resources[0]
      .userName;
    const token = sandbox.issueToken(standard);
    const answer = await call('GET', '/pubapi/v2/groups', { token });
    expect(answer.status).toBe(403);
    expect(answer.json.Errors[0].code).toBe('403');
  });
});
