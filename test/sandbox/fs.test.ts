import { describe, expect, it } from 'vitest';
import { SEED_FACTS } from './facts.js';
import { type Caller, encodePath, rawGet, useSandbox } from './helpers.js';
import type { Sandbox } from './server.js';

let sandbox: Sandbox;
let call: Caller;

useSandbox({ port: 0 }, (s, c) => {
  sandbox = s;
  call = c;
});

const fs = (path: string, query = '') => call('GET', `/pubapi/v1/fs${encodePath(path)}${query}`);
const action = (path: string, body: unknown) => call('POST', `/pubapi/v1/fs${encodePath(path)}`, { body });

describe('GET /pubapi/v1/fs/{path}', () => {
  it('returns folder metadata with its listing', async () => {
    const answer = await fs('/Shared/Finance');
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ name: 'Finance', path: '/Shared/Finance', is_folder: true, offset: 0 });
    expect(answer.json.folders.map((f: { name: string }) => f.name)).toEqual([
      'Budgets',
      'Invoices',
      'Payroll',
      'Reports',
    ]);
    expect(answer.json.total_count).toBe(answer.json.folders.length + answer.json.files.length);
  });

  it('pages the listing with a 0-based offset, folders first', async () => {
    const whole = await fs('/Shared/Finance');
    const names = [...whole.json.folders, ...whole.json.files].map((n: { name: string }) => n.name);
    const page = await fs('/Shared/Finance', '?offset=3&count=2');
    expect(page.json).toMatchObject({ offset: 3, count: 2, total_count: names.length });
    expect([...page.json.folders, ...page.json.files].map((n: { name: string }) => n.name)).toEqual(names.slice(3, 5));
    const past = await fs('/Shared/Finance', `?offset=${names.length}`);
    expect(past.json).toMatchObject({ count: 0, folders: [], files: [] });
  });

  it('sorts files by size, descending', async () => {
    const answer = await fs('/Shared/Legal/Contracts', '?sort_by=size&sort_direction=descending');
    const sizes = answer.json.files.map((f: { size: number }) => f.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect((await fs('/Shared/Legal', '?sort_by=colour')).status).toBe(400);
  });

  it('leaves the listing out with list_content=false', async () => {
    const answer = await fs('/Shared/Finance', '?list_content=false');
    expect(answer.json.folders).toBeUndefined();
    expect(answer.json.folder_id).toEqual(expect.any(String));
  });

  it('returns file metadata with versions', async () => {
    const folder = await fs('/Shared/HR/Policies');
    const stub = folder.json.files[0];
    const file = await fs(stub.path);
    expect(file.json).toMatchObject({
      name: stub.name,
      is_folder: false,
      entry_id: stub.entry_id,
      group_id: stub.group_id,
    });
    expect(file.json.last_modified).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(file.json.versions).toHaveLength(file.json.num_versions);
    expect(file.json.checksum).toMatch(/^[0-9a-f]{128}$/);
  });

  it('decodes per-segment encoded names with ?, % and spaces', async () => {
    const answer = await fs(SEED_FACTS.awkwardFolder);
    expect(answer.status).toBe(200);
    expect(answer.json.name).toBe('Drafts? 100% final');
    const file = answer.json.files.find((f: { name: string }) => f.name === 'Plan #1 & notes.docx');
    expect((await fs(file.path)).json.path).toBe(`${SEED_FACTS.awkwardFolder}/Plan #1 & notes.docx`);
  });

  it('404s a missing path and 400s a path outside /Shared and /Private', async () => {
    const missing = await fs('/Shared/Nope');
    expect([missing.status, Object.keys(missing.json)]).toEqual([404, ['errorMessage']]);
    expect((await call('GET', '/pubapi/v1/fs/Public/x')).status).toBe(400);
  });

  it.each([
    ['/pubapi/v1/fs/Shared/../Private/jsmith'],
    ['/pubapi/v1/fs/Shared/%2E%2E/Private'],
    ['/pubapi/v1/fs/Shared/a%2Fb'],
    ['/pubapi/v1/fs/Shared/%E0%A4%A'],
  ])('refuses %s with 400', async (rawPath) => {
    const answer = await rawGet(sandbox, rawPath);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({ errorMessage: expect.any(String) });
  });

  it('finds folders and files by id', async () => {
    const folder = await fs('/Shared/Sales');
    expect((await call('GET', `/pubapi/v1/fs/ids/folder/${folder.json.folder_id}`)).json.path).toBe('/Shared/Sales');
    const file = folder.json.files[0];
    expect((await call('GET', `/pubapi/v1/fs/ids/file/${file.group_id}`)).json.path).toBe(file.path);
  });
});

describe('POST /pubapi/v1/fs/{path}', () => {
  it('add_folder answers 201 {folder_id}, then 403 when it exists', async () => {
    const name = '/Shared/Projects/Q3 ? 50% #plan';
    const created = await action(name, { action: 'add_folder' });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ folder_id: expect.any(String) });
    expect((await fs(name)).json.folder_id).toBe(created.json.folder_id);
    const again = await action(name, { action: 'add_folder' });
    expect(again.status).toBe(403);
    expect(again.json).toEqual({ errorMessage: 'Folder already exists at this location' });
    expect((await action('/Shared/Missing/Child', { action: 'add_folder' })).status).toBe(404);
  });

  it('moves a folder with its contents and grants', async () => {
    await action('/Shared/Projects/Move Me', { action: 'add_folder' });
    await action('/Shared/Projects/Move Me/Inner', { action: 'add_folder' });
    await call('POST', `/pubapi/v2/perms${encodePath('/Shared/Projects/Move Me')}`, {
      body: { userPerms: { jsmith: 'Owner' } },
    });
    const moved = await action('/Shared/Projects/Move Me', { action: 'move', destination: '/Shared/Sales/Moved' });
    expect(moved.status).toBe(200);
    expect((await fs('/Shared/Projects/Move Me')).status).toBe(404);
    expect((await fs('/Shared/Sales/Moved/Inner')).status).toBe(200);
    expect((await call('GET', '/pubapi/v2/perms/Shared/Sales/Moved')).json.userPerms).toMatchObject({
      jsmith: 'Owner',
    });
  });

  it('copies a file to a new path with new ids', async () => {
    const source = (await fs('/Shared/Engineering/Specs')).json.files[0];
    const copied = await action(source.path, { action: 'copy', destination: '/Shared/Engineering/Releases/copy.bin' });
    expect(copied.status).toBe(200);
    const copy = await fs('/Shared/Engineering/Releases/copy.bin');
    expect(copy.json).toMatchObject({ size: source.size, checksum: source.checksum });
    expect(copy.json.group_id).not.toBe(source.group_id);
    expect((await fs(source.path)).status).toBe(200);
  });

  it('rejects bad moves', async () => {
    expect(
      (await action('/Shared/Legal', { action: 'move', destination: '/Shared/Legal/Contracts/Legal' })).status,
    ).toBe(400);
    expect((await action('/Shared/Legal', { action: 'move', destination: '/Shared/Sales' })).status).toBe(409);
    expect((await action('/Shared/Legal', { action: 'move', destination: '/Elsewhere/Legal' })).status).toBe(400);
    expect((await action('/Shared/Legal', { action: 'move' })).status).toBe(400);
    expect((await action('/Shared/Legal', { action: 'rename' })).status).toBe(400);
  });
});

describe('DELETE and PATCH /pubapi/v1/fs/{path}', () => {
  it('deletes a folder (200) and its subtree, and records an event', async () => {
    const before = (await call('GET', '/pubapi/v1/events/cursor')).json.latest_event_id;
    const deleted = await call('DELETE', '/pubapi/v1/fs/Shared/Projects/Borealis');
    expect(deleted.status).toBe(200);
    expect((await fs('/Shared/Projects/Borealis')).status).toBe(404);
    const events = await call('GET', `/pubapi/v1/events?id=${before}`);
    expect(events.json.events[0]).toMatchObject({
      action: 'delete',
      action_source: 'PublicAPI',
      data: { target_path: '/Shared/Projects/Borealis', is_folder: true },
    });
  });

  it('refuses to delete a root', async () => {
    expect((await call('DELETE', '/pubapi/v1/fs/Shared')).status).toBe(403);
  });

  it('sets folder options, limiting the description to 200 characters', async () => {
    const patched = await call('PATCH', '/pubapi/v1/fs/Shared/HR', {
      body: { folder_description: 'People matters', restrict_move_delete: 'true' },
    });
    expect(patched.json).toMatchObject({ folder_description: 'People matters', restrict_move_delete: true });
    const tooLong = await call('PATCH', '/pubapi/v1/fs/Shared/HR', { body: { folder_description: 'x'.repeat(201) } });
    expect([tooLong.status, tooLong.json]).toEqual([400, { errorMessage: 'FOLDER_DESCRIPTION_TOO_LONG' }]);
  });
});
