/**
 * Workflow 3 (issue 26): "jsmith@company.com left last week and deleted the Q3 contracts folder
 * before leaving: find the items they deleted and restore them", through the built server over
 * stdio and Streamable HTTP (both eras), with every tool listed and in discovery mode; and a
 * restore that partly fails (Egnyte's 207, a third-party shape) naming the items that failed.
 */
import { describe, expect, it } from 'vitest';
import { restoreDeleted } from '../demo/restore.js';
import { type Sandbox, SEED_FACTS } from '../sandbox/index.js';
import { type Connected, ok, TRANSPORTS, textJson, useSandboxServer } from './helpers.js';

const DAY_MS = 86_400_000;
const lastTwoWeeks = (sandbox: Sandbox) => new Date(sandbox.clock.now() - 14 * DAY_MS);
const trashPaths = (sandbox: Sandbox) => [...sandbox.state.trash.values()].map((item) => item.path);

describe.each(TRANSPORTS)("restoring a leaver's deletions over $transport ($era era)", (kind) => {
  let sandbox: Sandbox;
  let server: Connected;

  useSandboxServer(kind, (s, srv) => {
    sandbox = s;
    server = srv;
  });

  it('finds exactly what jsmith deleted last week, restores it, and the Q3 contracts folder is back with its files', async () => {
    const lines: string[] = [];
    const result = await restoreDeleted(server.client, SEED_FACTS.jsmith.email, lastTwoWeeks(sandbox), (line) =>
      lines.push(line),
    );
    expect(result.user.userName).toBe(SEED_FACTS.jsmith.userName);
    expect(result.restored.map((item) => item.path).sort()).toEqual([...SEED_FACTS.jsmithDeletedLastWeek].sort());
    expect(result.folders).toEqual([{ path: SEED_FACTS.q3Contracts.path, files: SEED_FACTS.q3Contracts.files }]);
    // The trash was read in more than one page.
    expect(lines.filter((line) => line.includes('call list_all_egnyte_trash_items')).length).toBeGreaterThan(1);
    // Checked in the sandbox itself: back in the tree, gone from the trash; older and other people's deletions stay.
    for (const path of SEED_FACTS.jsmithDeletedLastWeek) {
      expect(sandbox.state.nodes.has(path), path).toBe(true);
    }
    expect(sandbox.state.subtreeOf(SEED_FACTS.q3Contracts.path).filter((node) => node.kind === 'file')).toHaveLength(
      SEED_FACTS.q3Contracts.files,
    );
    expect(trashPaths(sandbox)).not.toEqual(expect.arrayContaining([SEED_FACTS.q3Contracts.path]));
    expect(trashPaths(sandbox)).toContain(SEED_FACTS.jsmithDeletedLongAgo);
    expect(sandbox.internalErrors).toEqual([]);
  });

  it('a restore that partly fails (207) is a tool error naming each failed item; the others are restored', async () => {
    const [other] = [...sandbox.state.trash.values()].filter((item) => item.path !== SEED_FACTS.jsmithDeletedLongAgo);
    const gone = 'TWlzc2luZ3wxNzY3OTYzNjAwMDAwfGZpbGU';
    const result = await server.client.callTool({
      name: 'restore_egnyte_trash_items',
      arguments: { ids: [gone, other!.id] },
    });
    expect(result.isError).toBe(true);
    const error = textJson(result);
    expect(error).toMatchObject({
      error: 'partial_failure',
      status: 207,
      failed: [{ id: gone, reason: '404: Item not found in trash' }],
    });
    expect(error.message).toContain(`1 item failed: ${gone} (404: Item not found in trash)`);
    expect(error.message).toContain('The other items succeeded');
    expect(sandbox.state.nodes.has(other!.path)).toBe(true);
    expect(sandbox.state.trash.has(other!.id)).toBe(false);
  });

  it('lists the trash with its paging contract, and restores nothing for an empty id list', async () => {
    const page = ok<{ data: Array<{ id: string }>; next_cursor: string | null }>(
      await server.client.callTool({ name: 'list_all_egnyte_trash_items', arguments: { limit: 5 } }),
    );
    expect(page.data).toHaveLength(5);
    expect(page.next_cursor).toEqual(expect.any(String));
    const refused = await server.client.callTool({ name: 'restore_egnyte_trash_items', arguments: { ids: [] } });
    expect(refused.isError).toBe(true);
    expect(textJson(refused)).toMatchObject({ error: 'invalid_arguments' });
  });
});

describe.each(TRANSPORTS.filter((serving) => serving.era === 'legacy'))(
  'restoring through discovery mode over $transport',
  (kind) => {
    let sandbox: Sandbox;
    let server: Connected;

    useSandboxServer(
      kind,
      (s, srv) => {
        sandbox = s;
        server = srv;
      },
      ['--tool-exposure', 'discovery'],
    );

    it("finds the trash tools by search and restores jsmith's deletions through call_tool", async () => {
      const lines: string[] = [];
      const result = await restoreDeleted(
        server.client,
        SEED_FACTS.jsmith.email,
        lastTwoWeeks(sandbox),
        (line) => lines.push(line),
        'discovery',
      );
      expect(result.restored.map((item) => item.path).sort()).toEqual([...SEED_FACTS.jsmithDeletedLastWeek].sort());
      expect(lines.join('\n')).toContain('call call_tool {"name":"restore_egnyte_trash_items"');
      for (const path of SEED_FACTS.jsmithDeletedLastWeek) {
        expect(sandbox.state.nodes.has(path), path).toBe(true);
      }
      expect(sandbox.internalErrors).toEqual([]);
    });
  },
);
