/**
 * The other tools of issue 26 through the built server (stdio and HTTP, one era each): comments,
 * project folders, domain settings and custom metadata, each result checked against the sandbox's
 * own state; the metadata pairs reach Egnyte as one flat object; a non-admin gets Egnyte's 403.
 */
import { type TypedToolCaller, typedClient } from 'egnyte-mcp-server';
import { describe, expect, it } from 'vitest';
import { type Sandbox, SEED_FACTS } from '../sandbox/index.js';
import { sandboxEnv } from '../support/server.js';
import { type Connected, openServer, TRANSPORTS, textJson, useSandboxServer } from './helpers.js';

const SERVINGS = TRANSPORTS.filter((s) => (s.transport === 'stdio') === (s.era === 'legacy'));

describe.each(SERVINGS)('admin tools over $transport ($era era)', (kind) => {
  let sandbox: Sandbox;
  let server: Connected;
  let egnyte: TypedToolCaller;

  useSandboxServer(kind, (s, srv) => {
    sandbox = s;
    server = srv;
    egnyte = typedClient(server.client);
  });

  const folderId = async (path: string) =>
    (await egnyte.callTool('get_egnyte_folder_or_file', { path, list_content: false })).folder_id!;

  it('comments: lists those on the shared folder, reads one, deletes it', async () => {
    const { data } = await egnyte.callTool('list_egnyte_comments', { folder: SEED_FACTS.commentedFolder });
    expect(data.map((note) => note.id).sort()).toEqual([...sandbox.state.notes.keys()].sort());
    const first = data[0]!;
    expect(await egnyte.callTool('get_single_egnyte_comment_by_id', { id: first.id! })).toMatchObject({
      id: first.id,
      message: first.message,
      file_path: first.file_path,
    });
    expect(await egnyte.callTool('delete_an_egnyte_comment_by_id', { id: first.id! })).toEqual({
      ok: true,
      status: 200,
    });
    expect(sandbox.state.notes.has(first.id!)).toBe(false);
  });

  it('project folders: lists the two, marks a third and completes it', async () => {
    const { data } = await egnyte.callTool('list_egnyte_project_folders', {});
    expect(data.map((p) => [p.name, p.status])).toEqual(SEED_FACTS.projects.map((p) => [p.name, p.status]));
    expect(await egnyte.callTool('get_single_egnyte_project_folder_by_id', { id: data[0]!.id! })).toMatchObject({
      id: data[0]!.id,
      rootFolderId: await folderId(SEED_FACTS.projects[0].path),
    });
    const marked = await egnyte.callTool('mark_egnyte_folder_as_project', {
      rootFolderId: await folderId('/Shared/Sales/Proposals'),
      name: 'Q1 proposals',
      status: 'in-progress',
    });
    const updated = await egnyte.callTool('update_an_egnyte_project_folder_by_id', {
      id: marked.id!,
      status: 'completed',
      completionDate: '2026-02-01',
    });
    expect(updated).toMatchObject({ id: marked.id, status: 'completed' });
    expect(sandbox.state.projects.get(marked.id!)).toMatchObject({
      name: 'Q1 proposals',
      status: 'completed',
      completionDate: Date.parse('2026-02-01T00:00:00Z'),
    });
  });

  it('domain settings: storage, licences, link policy, audit settings', async () => {
    const storage = await egnyte.callTool('get_egnyte_storage_usage', {});
    expect(storage.used).toBeGreaterThan(0);
    expect(storage.used!).toBeLessThan(storage.total!);
    expect(await egnyte.callTool('get_egnyte_license_settings', {})).toMatchObject({
      licenses: SEED_FACTS.licenses,
      sso_enabled: true,
    });
    expect((await egnyte.callTool('get_egnyte_link_policy', {})).folder_links).toMatchObject({ anyone: false });
    expect(await egnyte.callTool('get_egnyte_audit_settings', {})).toEqual({ archive_audit_reports: false });
  });

  it('metadata: lists namespaces, sets [{key, value}] pairs on a folder and a file, reads them back typed', async () => {
    const { data } = await egnyte.callTool('list_egnyte_metadata_namespaces', {});
    expect(data.map((n) => n.name)).toEqual([...SEED_FACTS.namespaces]);
    const id = await folderId(SEED_FACTS.commentedFolder);
    const set = await egnyte.callTool('set_egnyte_folder_metadata', {
      id,
      namespace: 'contract',
      values: [
        { key: 'status', value: 'signed' },
        { key: 'value', value: '98000' },
      ],
    });
    expect(set).toEqual({ ok: true, status: 200 });
    const read = await egnyte.callTool('get_egnyte_folder_metadata', { id, namespace: 'contract' });
    expect(read.results).toEqual([
      { contract: expect.objectContaining({ status: 'signed', value: 98000, counterparty: 'Northwind Traders' }) },
    ]);
    const file = [...sandbox.state.nodes.values()].find(
      (n) => n.kind === 'file' && n.path.startsWith(`${SEED_FACTS.commentedFolder}/`),
    );
    if (file?.kind !== 'file') {
      throw new Error('no file in the commented folder');
    }
    await egnyte.callTool('set_egnyte_file_metadata', {
      id: file.group_id,
      namespace: 'retention',
      values: [{ key: 'years', value: '10' }],
    });
    expect(
      (await egnyte.callTool('get_egnyte_file_metadata', { id: file.group_id, namespace: 'retention' })).results,
    ).toEqual([{ retention: { years: 10 } }]);
    // A key given twice never reaches Egnyte.
    const twice = await server.client.callTool({
      name: 'set_egnyte_file_metadata',
      arguments: {
        id: file.group_id,
        namespace: 'retention',
        values: [
          { key: 'years', value: '1' },
          { key: 'years', value: '2' },
        ],
      },
    });
    expect(textJson(twice)).toMatchObject({
      error: 'invalid_arguments',
      message: expect.stringContaining('values names "years" twice'),
    });
    expect(sandbox.state.metadata.get(`file:${file.group_id}`)?.get('retention')?.get('years')).toBe(10);
  });

  it("a non-admin token gets Egnyte's own 403 for the trash, as a tool error", async () => {
    const standard = await openServer(
      kind,
      sandboxEnv({ baseUrl: sandbox.baseUrl, token: sandbox.issueToken('ana.reyes') }),
    );
    try {
      const result = await standard.client.callTool({ name: 'list_all_egnyte_trash_items', arguments: {} });
      expect(result.isError).toBe(true);
      expect(textJson(result)).toMatchObject({
        error: 'upstream_error',
        status: 403,
        message: expect.stringContaining('User is not authorized to manage resources.'),
      });
    } finally {
      await standard.close();
    }
  });
});
