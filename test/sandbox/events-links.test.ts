import { describe, expect, it } from 'vitest';
import { type Caller, useSandbox } from './helpers.js';

let call: Caller;

useSandbox({ port: 0 }, (_sandbox, c) => {
  call = c;
});

describe('events', () => {
  it('gives a cursor with the retained window', async () => {
    const cursor = await call('GET', '/pubapi/v1/events/cursor');
    expect(cursor.json).toEqual({
      timestamp: '2026-01-15T12:00:00.000Z',
      latest_event_id: expect.any(Number),
      oldest_event_id: expect.any(Number),
    });
    expect(cursor.json.latest_event_id - cursor.json.oldest_event_id + 1).toBeGreaterThanOrEqual(300);
  });

  it('lists events after an id, and pages on with latest_id', async () => {
    const { oldest_event_id: oldest } = (await call('GET', '/pubapi/v1/events/cursor')).json;
    const first = await call('GET', `/pubapi/v1/events?id=${oldest - 1}&count=100`);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ oldest_id: oldest, count: 100, latest_id: oldest + 99 });
    expect(first.json.events[0]).toMatchObject({
      id: oldest,
      timestamp: expect.any(String),
      actor: expect.any(Number),
      type: expect.stringMatching(/file_system|note/),
    });
    const next = await call('GET', `/pubapi/v1/events?id=${first.json.latest_id}&count=5`);
    expect(next.json.events.map((e: { id: number }) => e.id)).toEqual(
      [1, 2, 3, 4, 5].map((n) => first.json.latest_id + n),
    );
  });

  it('answers 204 when nothing is newer and 404 when the id is too old', async () => {
    const { latest_event_id: latest, oldest_event_id: oldest } = (await call('GET', '/pubapi/v1/events/cursor')).json;
    const none = await call('GET', `/pubapi/v1/events?id=${latest}`);
    expect([none.status, none.text]).toEqual([204, '']);
    const expired = await call('GET', `/pubapi/v1/events?id=${oldest - 50}`);
    expect(expired.status).toBe(404);
    expect(expired.json).toEqual({ errorMessage: expect.any(String) });
  });

  it('filters by folder subtree and type', async () => {
    const { oldest_event_id: oldest } = (await call('GET', '/pubapi/v1/events/cursor')).json;
    const finance = await call(
      'GET',
      `/pubapi/v1/events?id=${oldest - 1}&count=100&folder=${encodeURIComponent('/Shared/Finance')}`,
    );
    for (const e of finance.json.events) {
      expect(
        [e.data.target_path, e.data.source_path].some((p: string | undefined) => p?.startsWith('/Shared/Finance')),
      ).toBe(true);
    }
    const notes = await call('GET', `/pubapi/v1/events?id=${oldest - 1}&count=100&type=note`);
    expect(notes.json.events.length).toBeGreaterThan(0);
    expect(notes.json.events.every((e: { type: string }) => e.type === 'note')).toBe(true);
  });

  it.each([['id=abc'], [''], ['id=40000&count=101'], ['id=40000&count=0'], ['id=40000&type=bogus']])(
    'rejects ?%s with 400',
    async (query) => {
      expect((await call('GET', `/pubapi/v1/events?${query}`)).status).toBe(400);
    },
  );
});

describe('links v1', () => {
  it('lists ids with 0-based paging and totals', async () => {
    const all = await call('GET', '/pubapi/v1/links');
    expect(all.json).toMatchObject({ offset: 0, total_count: 40, count: 40 });
    const page = await call('GET', '/pubapi/v1/links?offset=35&count=10');
    expect(page.json).toEqual({ ids: all.json.ids.slice(35), offset: 35, count: 5, total_count: 40 });
  });

  it('gets a link by id and filters by its properties', async () => {
    const id = (await call('GET', '/pubapi/v1/links?count=1')).json.ids[0];
    const link = (await call('GET', `/pubapi/v1/links/${id}`)).json;
    expect(link).toMatchObject({
      id,
      url: `https://acme.egnyte.com/dl/${id}`,
      creation_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    const byPath = await call(
      'GET',
      `/pubapi/v1/links?path=${encodeURIComponent(link.path)}&username=${link.created_by}&type=${link.type === 'file' ? 'file' : 'folder'}`,
    );
    expect(byPath.json.ids).toContain(id);
    const before = await call('GET', `/pubapi/v1/links?created_before=${link.creation_date}`);
    expect(before.json.ids).not.toContain(id);
    expect((await call('GET', '/pubapi/v1/links?created_before=yesterday')).status).toBe(400);
    expect((await call('GET', '/pubapi/v1/links?accessibility=public')).status).toBe(400);
  });

  it('creates one link per recipient, then deletes', async () => {
    const file = (await call('GET', '/pubapi/v1/fs/Shared/Sales/Proposals')).json.files[0];
    const created = await call('POST', '/pubapi/v1/links', {
      body: {
        path: file.path,
        type: 'file',
        accessibility: 'recipients',
        send_email: true,
        recipients: ['a@x.org', 'b@x.org'],
        expiry_clicks: 3,
      },
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({
      path: file.path,
      type: 'file',
      accessibility: 'recipients',
      created_by: 'admin',
    });
    expect(created.json.links).toHaveLength(2);
    const id = created.json.links[0].id;
    expect((await call('GET', `/pubapi/v1/links/${id}`)).json.expiry_clicks).toBe('3');
    expect((await call('DELETE', `/pubapi/v1/links/${id}`)).status).toBe(200);
    expect((await call('GET', `/pubapi/v1/links/${id}`)).status).toBe(404);
  });

  it.each([
    ['a folder link on a file', { type: 'folder' }],
    ['an unknown accessibility', { accessibility: 'everyone' }],
    ['send_email without recipients', { send_email: true }],
    ['both expiry kinds', { expiry_date: '2027-01-01', expiry_clicks: 2 }],
    ['expiry_clicks above 10', { expiry_clicks: 11 }],
    ['a relative path', { path: 'Shared/Sales' }],
  ])('rejects %s', async (_, patch) => {
    const file = (await call('GET', '/pubapi/v1/fs/Shared/Sales/Proposals')).json.files[0];
    const answer = await call('POST', '/pubapi/v1/links', {
      body: { path: file.path, type: 'file', accessibility: 'anyone', ...patch },
    });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ errorMessage: expect.any(String) });
  });

  it('v2 lists full link objects', async () => {
    const answer = await call('GET', '/pubapi/v2/links?count=2');
    expect(answer.json.count).toBe(2);
    expect(answer.json.links[0].creation_date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$/);
  });
});
