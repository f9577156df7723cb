/**
 * The two admin workflows (offboarding, group audit) and full paging, through the built server
 * over stdio and over Streamable HTTP, with every tool listed and in discovery mode. Each run gets
 * its own sandbox: offboarding changes it. Direct calls go through the package's typed API
 * (`typedClient`): names, arguments and results are the generated types.
 */
import { type ToolOutputs, type TypedToolCaller, typedClient } from 'egnyte-mcp-server';
import { describe, expect, it } from 'vitest';
import { auditGroup, offboard } from '../demo/workflows.js';
import { type Sandbox, SEED_FACTS } from '../sandbox/index.js';
import {
  type Connected,
  type EgnyteUser,
  listAllPages,
  ok,
  sandboxUser,
  TRANSPORTS,
  useSandboxServer,
} from './helpers.js';

describe.each(TRANSPORTS)('workflows over $transport ($era era)', (kind) => {
  let sandbox: Sandbox;
  let server: Connected;
  let egnyte: TypedToolCaller;

  useSandboxServer(kind, (s, srv) => {
    sandbox = s;
    server = srv;
    egnyte = typedClient(server.client);
  });

  it('lists all 59 tools, each with an outputSchema and annotations', async () => {
    const { tools } = await server.client.listTools();
    expect(tools).toHaveLength(59);
    for (const name of [
      'list_all_egnyte_users',
      'get_single_egnyte_user_by_id',
      'update_an_egnyte_user_by_id',
      'list_all_egnyte_groups',
      'get_single_egnyte_group_by_id',
    ]) {
      const tool = tools.find((candidate) => candidate.name === name);
      expect(tool?.outputSchema, name).toBeDefined();
      expect(typeof tool?.annotations?.readOnlyHint, name).toBe('boolean');
    }
  });

  it('group audit: resolves "External Agency", reads its three members and flags the one admin', async () => {
    const { displayName, memberUserNames, adminMemberUserName } = SEED_FACTS.externalAgency;
    const found = await egnyte.callTool('list_all_egnyte_groups', { filter: `displayName eq "${displayName}"` });
    expect(found.data).toHaveLength(1);
    expect(found.next_cursor).toBeNull();
    // Output schemas leave every field optional (they tolerate drift); the sandbox sends them all.
    const groupId = found.data[0]!.id!;

    const group = await egnyte.callTool('get_single_egnyte_group_by_id', { id: groupId });
    expect(group).toMatchObject({ id: groupId, displayName });
    const members = group.members ?? [];
    expect(members).toHaveLength(3);

    const users: EgnyteUser[] = [];
    for (const member of members) {
      // The schema leaves a member's value optional; the sandbox always sends it.
      expect(member.value).toEqual(expect.any(Number));
      users.push(await egnyte.callTool('get_single_egnyte_user_by_id', { id: member.value! }));
    }
    expect(users.map((user) => user.userName).sort()).toEqual([...memberUserNames].sort());
    expect(users.map((user) => user.id).sort()).toEqual(members.map((member) => member.value).sort());
    const flagged = users.filter((user) => user.userType === 'admin');
    expect(flagged.map((user) => user.userName)).toEqual([adminMemberUserName]);
    // Every member really belongs to the group, seen from the user's side too.
    for (const user of users) {
      expect(user.groups?.map((g) => g.value)).toContain(groupId);
    }
  });

  it.each([100, 37])('lists every user exactly once through next_cursor (limit %i)', async (limit) => {
    const pages = await listAllPages(server.client, 'list_all_egnyte_users', { limit });
    const ids = pages.flatMap((page) => page.data.map((user) => user.id));
    expect(ids).toHaveLength(SEED_FACTS.userCount);
    expect(new Set(ids).size).toBe(SEED_FACTS.userCount);
    expect(new Set(ids)).toEqual(new Set(sandbox.state.users.keys()));
    expect(pages).toHaveLength(Math.ceil(SEED_FACTS.userCount / limit));
    for (const page of pages.slice(0, -1)) {
      expect(page.data).toHaveLength(limit);
    }
    expect(pages.at(-1)?.next_cursor).toBeNull();
  });

  it('offboarding: finds jsmith by email, reads their groups, deactivates them; the sandbox shows them inactive', async () => {
    const { email, userName, groups } = SEED_FACTS.jsmith;
    const found = await egnyte.callTool('list_all_egnyte_users', { filter: `email eq "${email}"` });
    expect(found.data).toHaveLength(1);
    const match = found.data[0]!;
    expect(match).toMatchObject({ userName, email, active: true, userType: 'power' });
    const matchId = match.id!;

    const user = await egnyte.callTool('get_single_egnyte_user_by_id', { id: matchId });
    expect(user.groups?.map((group) => group.displayName).sort()).toEqual([...groups].sort());
    expect((await sandboxUser(sandbox, matchId)).active).toBe(true);

    const updated = await egnyte.callTool('update_an_egnyte_user_by_id', { id: matchId, active: false });
    expect(updated).toMatchObject({ id: matchId, active: false });

    // Checked outside the MCP server: over plain HTTP and in the sandbox's own state.
    expect((await sandboxUser(sandbox, matchId)).active).toBe(false);
    expect(sandbox.state.users.get(matchId)?.active).toBe(false);
    // Offboarding deactivates; it does not delete or change anything else.
    expect(sandbox.state.users.size).toBe(SEED_FACTS.userCount);
    expect(
      sandbox.state
        .customGroupsOf(matchId)
        .map((group) => group.displayName)
        .sort(),
    ).toEqual([...groups].sort());
    expect(sandbox.internalErrors).toEqual([]);
  });
});

describe.each(TRANSPORTS)(
  'workflows through discovery mode (--tool-exposure discovery) over $transport ($era era)',
  (kind) => {
    let sandbox: Sandbox;
    let server: Connected;
    const lines: string[] = [];

    useSandboxServer(
      kind,
      (s, srv) => {
        sandbox = s;
        server = srv;
      },
      ['--tool-exposure', 'discovery'],
    );

    it('serves only search_tools, get_tool_schema and call_tool', async () => {
      const { tools } = await server.client.listTools();
      expect(tools.map((tool) => tool.name)).toEqual(['search_tools', 'get_tool_schema', 'call_tool']);
    });

    it('group audit: finds each tool by search, reads its schema, calls it through call_tool', async () => {
      const { displayName, memberUserNames, adminMemberUserName } = SEED_FACTS.externalAgency;
      const audit = await auditGroup(server.client, displayName, (line) => lines.push(line), 'discovery');
      expect(audit.members.map((user) => user.userName).sort()).toEqual([...memberUserNames].sort());
      expect(audit.flagged.map((user) => user.userName)).toEqual([adminMemberUserName]);
      expect(lines.join('\n')).toContain('call call_tool {"name":"list_all_egnyte_groups"');
      expect(lines.join('\n')).toContain('call search_tools {"query":"find a group by name","limit":5}');
    });

    it('offboarding: deactivates jsmith through call_tool; the sandbox shows them inactive', async () => {
      const { email, userName, groups } = SEED_FACTS.jsmith;
      const result = await offboard(server.client, email, (line) => lines.push(line), 'discovery');
      expect(result.user).toMatchObject({ userName, active: false });
      expect([...result.groups].sort()).toEqual([...groups].sort());
      expect((await sandboxUser(sandbox, result.user.id!)).active).toBe(false);
      expect(sandbox.state.users.size).toBe(SEED_FACTS.userCount);
      expect(sandbox.internalErrors).toEqual([]);
    });

    it('pages through every user with call_tool and next_cursor', async () => {
      const ids: number[] = [];
      let cursor: string | null = null;
      do {
        const args: Record<string, unknown> = { limit: 40, ...(cursor === null ? {} : { next_cursor: cursor }) };
        const page = ok<ToolOutputs['list_all_egnyte_users']>(
          await server.client.callTool({
            name: 'call_tool',
            arguments: { name: 'list_all_egnyte_users', arguments: args },
          }),
        );
        ids.push(...page.data.map((user) => user.id!));
        cursor = page.next_cursor;
      } while (cursor !== null && ids.length <= SEED_FACTS.userCount);
      expect(new Set(ids)).toEqual(new Set(sandbox.state.users.keys()));
      expect(ids).toHaveLength(SEED_FACTS.userCount);
    });
  },
);
