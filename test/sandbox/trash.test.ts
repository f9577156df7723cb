import { describe, expect, it } from 'vitest';
import { SEED_FACTS } from './facts.js';
import { type Caller, encodePath, useSandbox } from './helpers.js';
import type { Sandbox } from './server.js';

let call: Caller;
let sandbox: Sandbox;

useSandbox({ port: 0 }, (s, c) => {
  sandbox = s;
  call = c;
});

interface Item {
  id: string;
  type: string;
  path: string;
  name: string;
  deleted_by: string;
  delete_date: string;
  purge_date: string;
  owner?: { username: string };
}

async function allItems(): Promise<Item[]> {
  const items: Item[] = [];
  for (let offset = 0; ; offset += 10) {
    const page = await call('GET', `/pubapi/v1/fs/trash?offset=${offset}&count=10`);
    expect(page.status).toBe(200);
    items.push(...page.json.items);
    if (page.json.items.length < 10) {
      return items;
    }
  }
}

describe('trash list (§2.10.1)', () => {
  it('pages with a 0-based offset, newest deletion first, and reports the total', async () => {
    const first = await call('GET', '/pubapi/v1/fs/trash?count=5');
    expect(first.json).toMatchObject({ count: 5, offset: 0, total_count: expect.any(Number) });
    const items = await allItems();
    expect(items).toHaveLength(first.json.total_count);
    expect(items.slice(0, 5).map((i) => i.id)).toEqual(first.json.items.map((i: Item) => i.id));
    const dates = items.map((i) => i.delete_date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it("holds jsmith's folder and files of last week under his display name, and an older one", async () => {
    const mine = (await allItems()).filter((i) => i.deleted_by === 'John Smith');
    const weekAgo = Date.parse('2026-01-15T12:00:00Z') - 7 * 86_400_000;
    const lastWeek = mine
      .filter((i) => Date.parse(i.delete_date) >= weekAgo)
      .map((i) => i.path)
      .sort();
    expect(lastWeek).toEqual([...SEED_FACTS.jsmithDeletedLastWeek].sort());
    expect(mine.map((i) => i.path)).toContain(SEED_FACTS.jsmithDeletedLongAgo);
    const folder = mine.find((i) => i.path === SEED_FACTS.q3Contracts.path);
    expect(folder).toMatchObject({ type: 'folder', name: 'Q3 contracts' });
    expect(folder?.owner).toBeUndefined();
    expect(Buffer.from(folder!.id, 'base64').toString()).toMatch(/^[0-9a-f-]{36}\|\d+\|folder$/);
    expect(mine.find((i) => i.type === 'file')?.owner).toMatchObject({ username: 'jsmith' });
  });

  it('sorts by deleted_by ascending on request and refuses unknown sorts and negative offsets', async () => {
    const sorted = await call('GET', '/pubapi/v1/fs/trash?sort_by=deleted_by&sort_direction=asc&count=100');
    const names = sorted.json.items.map((i: Item) => i.deleted_by);
    expect(names).toEqual([...names].sort());
    for (const query of ['sort_by=owner', 'sort_direction=up', 'offset=-1', 'count=x']) {
      expect((await call('GET', `/pubapi/v1/fs/trash?${query}`)).status, query).toBe(400);
    }
  });

  it("answers 403 to a non-admin, with Egnyte's message", async () => {
    const answer = await call('GET', '/pubapi/v1/fs/trash', { token: sandbox.issueToken('jsmith') });
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual({ errorMessage: 'User is not authorized to manage resources.' });
    const restore = await call('POST', '/pubapi/v1/fs/trash', {
      token: sandbox.issueToken('jsmith'),
      body: { action: 'RESTORE', ids: ['x'] },
    });
    expect(restore.status).toBe(403);
  });
});

describe('trash restore and purge (§2.10.1, [3p] shapes)', () => {
  it('restores a folder with its files to its old path: 200 with no failed resources', async () => {
    const folder = (await allItems()).find((i) => i.path === SEED_FACTS.q3Contracts.path)!;
    expect((await call('GET', `/pubapi/v1/fs${encodePath(folder.path)}`)).status).toBe(404);
    const answer = await call('POST', '/pubapi/v1/fs/trash', { body: { action: 'RESTORE', ids: [folder.id] } });
    expect([answer.status, answer.json]).toEqual([200, { resources: [] }]);
    const restored = await call('GET', `/pubapi/v1/fs${encodePath(folder.path)}`);
    expect(restored.json.files).toHaveLength(SEED_FACTS.q3Contracts.files);
    expect((await allItems()).some((i) => i.id === folder.id)).toBe(false);
  });

  it('answers 207 naming only the items that failed: gone from the trash, or their path taken', async () => {
    const items = await allItems();
    const gone = 'NWM5ZTViMWMtYjUyYy00ZDQ4fDE0NjA5OTU4OTgwOTh8ZmlsZQ';
    const file = items.find((i) => i.type === 'file' && i.deleted_by !== 'John Smith')!;
    const taken = items.find((i) => i.type === 'file' && i.id !== file.id && i.deleted_by !== 'John Smith')!;
    // Someone put a new file where the second one used to be.
    const parent = taken.path.slice(0, taken.path.lastIndexOf('/'));
    expect(
      (await call('POST', `/pubapi/v1/fs${encodePath(parent)}/fresh`, { body: { action: 'add_folder' } })).status,
    ).toBe(201);
    expect(
      (
        await call('POST', `/pubapi/v1/fs${encodePath(`${parent}/fresh`)}`, {
          body: { action: 'move', destination: taken.path },
        })
      ).status,
    ).toBe(200);
    const answer = await call('POST', '/pubapi/v1/fs/trash', {
      body: { action: 'RESTORE', ids: [file.id, gone, taken.id] },
    });
    expect(answer.status).toBe(207);
    expect(answer.json).toEqual({
      resources: [
        { id: gone, code: 404, descriptions: ['Item not found in trash'] },
        { id: taken.id, code: 409, descriptions: [`An item already exists at ${taken.path}`] },
      ],
    });
    expect((await call('GET', `/pubapi/v1/fs${encodePath(file.path)}`)).json).toMatchObject({
      is_folder: false,
      path: file.path,
    });
  });

  it('purges for good', async () => {
    const [item] = await allItems();
    expect((await call('POST', '/pubapi/v1/fs/trash', { body: { action: 'PURGE', ids: [item!.id] } })).status).toBe(
      200,
    );
    expect((await allItems()).some((i) => i.id === item!.id)).toBe(false);
  });

  it.each([
    [{ action: 'DELETE', ids: ['a'] }],
    [{ action: 'RESTORE', ids: [] }],
    [{ action: 'RESTORE', ids: Array.from({ length: 11 }, (_, i) => `id${i}`) }],
    [{ action: 'RESTORE', ids: [1] }],
    [{ action: 'RESTORE' }],
    [['RESTORE']],
  ])('refuses %j with 400', async (body) => {
    expect((await call('POST', '/pubapi/v1/fs/trash', { body })).status).toBe(400);
  });
});
