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

const folderId = async (path: string): Promise<string> =>
  (await call('GET', `/pubapi/v1/fs${encodePath(path)}?list_content=false`)).json.folder_id;

describe('comments (§2.10.3)', () => {
  it('lists the comments on files of the shared folder, newest first, in the PY SDK envelope', async () => {
    const answer = await call('GET', `/pubapi/v1/notes?folder=${encodeURIComponent(SEED_FACTS.commentedFolder)}`);
    expect(answer.status).toBe(200);
    const { notes, total_results, offset } = answer.json;
    expect([notes.length, total_results, offset]).toEqual([6, 6, 0]);
    for (const note of notes) {
      expect(note).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        message: expect.any(String),
        username: expect.any(String),
        can_delete: true,
        group_id: expect.any(String),
      });
      expect(note.file_path.startsWith(`${SEED_FACTS.commentedFolder}/`)).toBe(true);
      expect(note.creation_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);
    }
    const times = notes.map((n: { creation_time: string }) => n.creation_time);
    expect(times).toEqual([...times].sort().reverse());
    const onOneFile = await call('GET', `/pubapi/v1/notes?file=${encodeURIComponent(notes[0].file_path)}`);
    expect(onOneFile.json.notes.every((n: { file_path: string }) => n.file_path === notes[0].file_path)).toBe(true);
  });

  it('lists the whole domain for admins only; a missing file is 403, as Egnyte answers', async () => {
    expect((await call('GET', '/pubapi/v1/notes')).json.total_results).toBe(6);
    expect((await call('GET', '/pubapi/v1/notes', { token: sandbox.issueToken('ana.reyes') })).status).toBe(403);
    expect((await call('GET', '/pubapi/v1/notes?file=%2FShared%2Fnope.pdf')).status).toBe(403);
    expect((await call('GET', '/pubapi/v1/notes?start_time=2026-13-01')).status).toBe(400);
  });

  it('creates (201), gets and deletes a comment; only known properties are taken', async () => {
    const file = (await call('GET', `/pubapi/v1/notes?folder=${encodeURIComponent(SEED_FACTS.commentedFolder)}`)).json
      .notes[0].file_path;
    const created = await call('POST', '/pubapi/v1/notes', { body: { path: file, body: 'Checked.' } });
    expect(created.status).toBe(201);
    expect((await call('GET', `/pubapi/v1/notes/${created.json.id}`)).json).toMatchObject({
      message: 'Checked.',
      username: SEED_FACTS.tokenUserName,
      file_path: file,
    });
    expect(
      (await call('DELETE', `/pubapi/v1/notes/${created.json.id}`, { token: sandbox.issueToken('ana.reyes') })).status,
    ).toBe(403);
    expect((await call('DELETE', `/pubapi/v1/notes/${created.json.id}`)).status).toBe(200);
    expect((await call('GET', `/pubapi/v1/notes/${created.json.id}`)).status).toBe(404);
    const extra = await call('POST', '/pubapi/v1/notes', { body: { path: file, body: 'x', pinned: true } });
    expect([extra.status, extra.json.errorMessage]).toEqual([
      400,
      'JSON property [pinned] not supported by the endpoint',
    ]);
  });
});

describe('project folders (§2.10.4)', () => {
  it('lists the two seeded projects as a bare array and gets one by id', async () => {
    const list = await call('GET', '/pubapi/v2/project-folders');
    expect(Array.isArray(list.json)).toBe(true);
    expect(list.json.map((p: { name: string; status: string }) => [p.name, p.status])).toEqual(
      SEED_FACTS.projects.map((p) => [p.name, p.status]),
    );
    const [first] = list.json;
    expect(first.rootFolderId).toBe(await folderId(SEED_FACTS.projects[0].path));
    expect(first.completionDate).toMatch(/T00:00:00|\+0000$/);
    expect((await call('GET', `/pubapi/v2/project-folders/${first.id}`)).json).toEqual(first);
    expect((await call('GET', '/pubapi/v2/project-folders/7d2c3a1e-5b6f-4e8d-9a0b-1c2d3e4f5a6b')).status).toBe(404);
  });

  it('marks a folder as a project once, and updates its status; non-admins are refused', async () => {
    const rootFolderId = await folderId('/Shared/Engineering/Releases');
    const marked = await call('POST', '/pubapi/v1/project-folders', {
      body: { rootFolderId, name: 'Release 5', status: 'pending', completionDate: '2026-03-01' },
    });
    expect(marked.status).toBe(200);
    expect(marked.json).toMatchObject({
      rootFolderId,
      name: 'Release 5',
      status: 'pending',
      completionDate: '2026-03-01T00:00:00.000+0000',
    });
    expect(
      (await call('POST', '/pubapi/v1/project-folders', { body: { rootFolderId, name: 'Again', status: 'pending' } }))
        .status,
    ).toBe(409);
    const updated = await call('PATCH', `/pubapi/v2/project-folders/${marked.json.id}`, {
      body: { status: 'completed' },
    });
    expect(updated.json).toMatchObject({
      status: 'completed',
      name: 'Release 5',
      completionDate: '2026-03-01T00:00:00.000+0000',
    });
    expect(
      (await call('PATCH', `/pubapi/v2/project-folders/${marked.json.id}`, { body: { status: 'done' } })).status,
    ).toBe(400);
    expect(
      (
        await call('PATCH', `/pubapi/v2/project-folders/${marked.json.id}`, {
          body: { status: 'on-hold' },
          token: sandbox.issueToken('jsmith'),
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('POST', '/pubapi/v1/project-folders', {
          body: { rootFolderId: 'nope', name: 'X', status: 'pending' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call('POST', '/pubapi/v1/project-folders', { body: { rootFolderId, status: 'pending' } })).status,
    ).toBe(400);
  });
});

describe('domain settings (§2.10.9)', () => {
  it('reports storage with used below total, licences, the link policy and audit settings', async () => {
    const storage = (await call('GET', '/pubapi/v1/fs/settings')).json;
    expect(storage).toMatchObject({ locale: 'en_US', total: expect.any(Number), used: expect.any(Number) });
    expect(storage.used).toBeGreaterThan(0);
    expect(storage.used).toBeLessThan(storage.total);
    expect((await call('GET', '/pubapi/v2/users/settings')).json).toMatchObject({
      licenses: SEED_FACTS.licenses,
      sso_enabled: true,
      power_user_rights: expect.any(Object),
    });
    const links = (await call('GET', '/pubapi/v1/links/settings')).json;
    expect(links.file_links).toMatchObject({ anyone: true, default_type: 'domain' });
    expect(links.folder_links.anyone).toBe(false);
    expect(links.expiration.max_allowed).toEqual({ value: 90, unit: 'days' });
    expect((await call('GET', '/pubapi/v1/audit/settings')).json).toEqual({ archive_audit_reports: false });
  });

  it('keeps licences and audit settings for admins, and still serves links by id', async () => {
    const token = sandbox.issueToken('jsmith');
    expect((await call('GET', '/pubapi/v2/users/settings', { token })).status).toBe(403);
    expect((await call('GET', '/pubapi/v1/audit/settings', { token })).status).toBe(403);
    expect((await call('GET', '/pubapi/v1/fs/settings', { token })).status).toBe(200);
    expect((await call('GET', '/pubapi/v1/links/unknown-link')).status).toBe(404);
  });
});

describe('custom metadata (§2.10.2)', () => {
  it('lists the two namespaces with their keys', async () => {
    const list = (await call('GET', '/pubapi/v1/properties/namespace')).json;
    expect(list.map((n: { name: string }) => n.name)).toEqual([...SEED_FACTS.namespaces]);
    expect(list[0].keys.status).toMatchObject({ type: 'enum', data: expect.arrayContaining(['signed']) });
  });

  it("reads a folder's values, sets more as text, and keeps each key's type", async () => {
    const id = await folderId(SEED_FACTS.commentedFolder);
    const path = `/pubapi/v1/fs/ids/folder/${id}/properties/contract`;
    expect((await call('GET', path)).json.results[0].contract).toMatchObject({
      status: 'in review',
      counterparty: 'Northwind Traders',
    });
    expect((await call('PUT', path, { body: { status: 'signed', value: '125000.50' } })).status).toBe(200);
    expect((await call('GET', path)).json).toEqual({
      results: [
        { contract: expect.objectContaining({ status: 'signed', value: 125000.5, counterparty: 'Northwind Traders' }) },
      ],
    });
  });

  it('refuses unknown keys, ill-typed values, missing items and namespaces', async () => {
    const id = await folderId(SEED_FACTS.commentedFolder);
    const put = (ns: string, body: unknown, kind = 'folder', item = id) =>
      call('PUT', `/pubapi/v1/fs/ids/${kind}/${item}/properties/${ns}`, { body });
    expect((await put('contract', { colour: 'red' })).status).toBe(400);
    expect((await put('contract', { status: 'lost' })).status).toBe(400);
    expect((await put('retention', { years: '7.5' })).status).toBe(400);
    expect((await put('retention', { years: '7' })).status).toBe(200);
    expect((await put('nope', { a: '1' })).status).toBe(404);
    expect((await put('contract', { status: 'signed' }, 'file', id)).status).toBe(404);
    expect((await put('contract', { status: 'signed' }, 'bogus')).status).toBe(404);
    expect((await call('GET', `/pubapi/v1/fs/ids/file/${id}/properties/contract`)).status).toBe(404);
  });
});
