import { describe, expect, it } from 'vitest';
import { type Caller, useSandbox } from './helpers.js';

let call: Caller;

useSandbox({ port: 0 }, (_sandbox, c) => {
  call = c;
});

const effective = async (user: string, folder: string) => {
  const answer = await call('GET', `/pubapi/v1/perms/user/${user}?folder=${encodeURIComponent(folder)}`);
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  return answer.json.permission as string;
};

describe('GET /pubapi/v2/perms/{path}', () => {
  it('shows grants keyed by username and group name, with inheritance', async () => {
    const finance = await call('GET', '/pubapi/v2/perms/Shared/Finance');
    expect(finance.json).toEqual({
      userPerms: {},
      groupPerms: { 'Finance Operations': 'Editor', 'Finance Leadership': 'Owner', Accounting: 'Viewer' },
      inheritsPermissions: true,
    });
    const payroll = await call('GET', '/pubapi/v2/perms/Shared/Finance/Payroll');
    expect(payroll.json).toEqual({
      userPerms: {},
      groupPerms: { 'Finance Leadership': 'Full' },
      inheritsPermissions: false,
    });
  });

  it('includes grants inherited from parent folders', async () => {
    const budgets = await call('GET', '/pubapi/v2/perms/Shared/Finance/Budgets');
    expect(budgets.json.groupPerms).toMatchObject({ 'Finance Operations': 'Editor' });
  });

  it.each([
    ['/pubapi/v2/perms/Private/jsmith', 400],
    ['/pubapi/v2/perms/Shared/Nope', 404],
    ['/pubapi/v2/perms/Elsewhere/x', 400],
  ])('%s -> %i with errorMessage', async (path, status) => {
    const answer = await call('GET', path);
    expect(answer.status).toBe(status);
    expect(answer.json).toEqual({ errorMessage: expect.any(String) });
  });
});

describe('effective permission, GET /pubapi/v1/perms/user/{username}', () => {
  it('combines group grants and inheritance', async () => {
    expect(await effective('jsmith', '/Shared/Finance')).toBe('Editor');
    expect(await effective('jsmith', '/Shared/Finance/Budgets')).toBe('Editor');
    expect(await effective('jsmith', '/Shared/Finance/Payroll')).toBe('None');
    expect(await effective('jsmith', '/Shared/Legal')).toBe('None');
    // Marketing is Editor for the Marketing group; the built-in group only gives Viewer.
    expect(await effective('jsmith', '/Shared/Marketing/Campaigns')).toBe('Editor');
  });

  it('a direct user grant raises the level, and None removes it again', async () => {
    const set = await call('POST', '/pubapi/v2/perms/Shared/Finance/Budgets', {
      body: { userPerms: { jsmith: 'Full' } },
    });
    expect([set.status, set.text]).toEqual([200, '']);
    expect(await effective('jsmith', '/Shared/Finance/Budgets')).toBe('Full');
    expect((await call('GET', '/pubapi/v2/perms/Shared/Finance/Budgets')).json.userPerms).toEqual({ jsmith: 'Full' });
    await call('POST', '/pubapi/v2/perms/Shared/Finance/Budgets', { body: { userPerms: { jsmith: 'None' } } });
    expect(await effective('jsmith', '/Shared/Finance/Budgets')).toBe('Editor');
  });

  it('breaking inheritance drops parent grants unless keepParentPermissions is set', async () => {
    await call('POST', '/pubapi/v2/perms/Shared/Finance/Invoices', {
      body: { inheritsPermissions: 'false', keepParentPermissions: 'true' },
    });
    expect(await effective('jsmith', '/Shared/Finance/Invoices/2025')).toBe('Editor');
    await call('POST', '/pubapi/v2/perms/Shared/Finance/Reports', { body: { inheritsPermissions: false } });
    expect(await effective('jsmith', '/Shared/Finance/Reports')).toBe('None');
    const reports = await call('GET', '/pubapi/v2/perms/Shared/Finance/Reports');
    expect(reports.json).toEqual({ userPerms: {}, groupPerms: { Executives: 'Viewer' }, inheritsPermissions: false });
  });

  it('group grants reach members, and membership changes are reflected', async () => {
    const agency = await call(
      'GET',
      `/pubapi/v2/groups?filter=${encodeURIComponent('displayName eq "External Agency"')}`,
    );
    const groupId = agency.json.resources[0].id;
    expect(await effective('tom.becker', '/Shared/Agency Exchange/Inbound')).toBe('Editor');
    const tom = (await call('GET', `/pubapi/v2/users?filter=${encodeURIComponent('userName eq "tom.becker"')}`)).json
      .resources[0];
    await call('PATCH', `/pubapi/v2/groups/${groupId}`, {
      body: { members: [{ operation: 'delete', value: tom.id }] },
    });
    expect(await effective('tom.becker', '/Shared/Agency Exchange/Inbound')).toBe('None');
  });

  it('admins are Owner everywhere; without a username it is the caller', async () => {
    expect(await effective('kai.patel', '/Shared/Finance/Payroll')).toBe('Owner');
    const own = await call('GET', `/pubapi/v1/perms/user?folder=${encodeURIComponent('/Shared/HR')}`);
    expect(own.json).toEqual({ permission: 'Owner' });
  });

  it('validates folder and username', async () => {
    expect((await call('GET', '/pubapi/v1/perms/user/jsmith')).status).toBe(400);
    expect((await call('GET', '/pubapi/v1/perms/user/jsmith?folder=/Shared/Missing')).status).toBe(404);
    expect((await call('GET', '/pubapi/v1/perms/user/ghost?folder=/Shared/Finance')).status).toBe(404);
    expect((await call('GET', '/pubapi/v1/perms/user/jsmith?folder=Shared/Finance')).status).toBe(400);
  });
});

describe('POST /pubapi/v2/perms/{path} validation', () => {
  it.each([
    ['an unknown level', { userPerms: { jsmith: 'Admin' } }],
    ['an unknown user', { userPerms: { ghost: 'Viewer' } }],
    ['an unknown group', { groupPerms: { Ghosts: 'Viewer' } }],
    ['nothing to change', {}],
    [
      'keepParentPermissions without breaking inheritance',
      { keepParentPermissions: true, userPerms: { jsmith: 'Viewer' } },
    ],
  ])('rejects %s', async (_, body) => {
    const answer = await call('POST', '/pubapi/v2/perms/Shared/Sales', { body });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ errorMessage: expect.any(String) });
  });

  it('grants built-in groups by name', async () => {
    await call('POST', '/pubapi/v2/perms/Shared/Engineering/Releases', {
      body: { groupPerms: { 'All Power Users': 'Viewer' } },
    });
    expect(await effective('jsmith', '/Shared/Engineering/Releases')).toBe('Viewer');
  });

  it('keeps the deprecated v1 folder form working', async () => {
    const set = await call('POST', '/pubapi/v1/perms/folder/Shared/Sales/Pipeline', {
      body: { users: ['jsmith'], permission: 'Editor' },
    });
    expect(set.status).toBe(200);
    const got = await call('GET', '/pubapi/v1/perms/folder/Shared/Sales/Pipeline?users=jsmith&groups=Sales');
    expect(got.json).toEqual({
      users: [{ subject: 'jsmith', permission: 'Editor' }],
      groups: [{ subject: 'Sales', permission: 'Full' }],
    });
  });
});
