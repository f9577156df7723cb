/**
 * The demo workflows (the third, restoring a leaver's deletions, is in restore.ts), written the way a model would drive the MCP server: one tool call at a
 * time, each printed with its arguments and a one-line reading of the result. Tool names, arguments
 * and results are the generated package's types (ToolInputs/ToolOutputs).
 */
import type { ToolInputs, ToolName, ToolOutputs } from 'egnyte-mcp-server';

/** What the workflows need of an MCP client: SDK v1 and v2 Clients both fit. */
export interface ToolClient {
  callTool(params: {
    name: string;
    arguments: Record<string, unknown>;
  }): Promise<{ [key: string]: unknown; content?: unknown; structuredContent?: unknown; isError?: unknown }>;
}

export type Log = (line: string) => void;

export type User = ToolOutputs['get_single_egnyte_user_by_id'];

export interface OffboardingResult {
  user: User;
  groups: string[];
}

export interface AuditResult {
  group: { id: string; displayName: string };
  members: User[];
  flagged: User[];
}

const ROLE: Record<string, string> = { admin: 'admin', power: 'power user', standard: 'standard user' };

export function fullName(user: User): string {
  return (
    user.name?.formatted ??
    ([user.name?.givenName, user.name?.familyName].filter(Boolean).join(' ') || (user.userName ?? '?'))
  );
}

/** A field the output schema leaves optional (it tolerates drifting answers) but the next step needs. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new Error(`the answer has no ${what}`);
  }
  return value;
}

export function roleOf(user: User): string {
  return ROLE[user.userType ?? ''] ?? user.userType ?? 'unknown role';
}

/** How a workflow reaches the tools: directly, or through discovery mode's meta-tools (design §4c). */
export type Exposure = 'all' | 'discovery';

/** A typed tool call with the words a model would search for to find that tool. */
export type Call = <N extends ToolName>(name: N, args: ToolInputs[N], intent: string) => Promise<ToolOutputs[N]>;

/** structuredContent of a result; a tool error becomes an exception. */
function structured<T>(name: string, result: Awaited<ReturnType<ToolClient['callTool']>>): T {
  const first = (result.content as Array<{ type: string; text?: string }>)[0];
  if (result.isError) {
    throw new Error(`${name} failed: ${first?.text ?? 'no details'}`);
  }
  if (result.structuredContent === undefined) {
    throw new Error(`${name} returned no structured result`);
  }
  return result.structuredContent as T;
}

/**
 * Prints a numbered tool call, runs it, and returns structuredContent. In discovery mode the first
 * use of a tool searches for it by intent (it must be among the top 5), reads its schema, and every
 * call goes through call_tool.
 */
export function toolCaller(client: ToolClient, log: Log, exposure: Exposure = 'all'): Call {
  let step = 0;
  const found = new Set<string>();
  const run = async <T>(name: string, args: Record<string, unknown>): Promise<T> => {
    log(`  ${++step}. call ${name} ${JSON.stringify(args)}`);
    return structured<T>(name, await client.callTool({ name, arguments: args }));
  };
  return async <N extends ToolName>(name: N, typedArgs: ToolInputs[N], intent: string): Promise<ToolOutputs[N]> => {
    const args: Record<string, unknown> = { ...typedArgs };
    if (exposure === 'all') {
      return run<ToolOutputs[N]>(name, args);
    }
    if (!found.has(name)) {
      const { results } = await run<{ results: Array<{ name: string }> }>('search_tools', { query: intent, limit: 5 });
      if (!results.some((result) => result.name === name)) {
        throw new Error(
          `search_tools "${intent}" did not find ${name} (got ${results.map((result) => result.name).join(', ')})`,
        );
      }
      const schema = await run<{ name: string; inputSchema?: unknown }>('get_tool_schema', { name });
      if (schema.name !== name || !schema.inputSchema) {
        throw new Error(`get_tool_schema ${name} returned no inputSchema`);
      }
      found.add(name);
    }
    return run<ToolOutputs[N]>('call_tool', { name, arguments: args });
  };
}

export const say = (log: Log, text: string) => log(`     → ${text}`);

/** Workflow 1: find a user by email, note their groups, deactivate them. */
export async function offboard(
  client: ToolClient,
  email: string,
  log: Log,
  exposure: Exposure = 'all',
): Promise<OffboardingResult> {
  log(`Workflow 1: offboard ${email}`);
  log('  Find the user by email, note their groups, then deactivate the account (files and permissions stay).');
  const call = toolCaller(client, log, exposure);

  const found = await call('list_all_egnyte_users', { filter: `email eq "${email}"` }, 'find a user by email');
  const match = found.data[0];
  if (found.data.length !== 1 || !match) {
    throw new Error(`expected exactly one user with email ${email}, found ${found.data.length}`);
  }
  say(log, `found ${match.userName} (id ${match.id}, ${roleOf(match)}, ${match.active ? 'active' : 'inactive'})`);

  const userId = need(match.id, `id for ${email}`);
  const user = await call('get_single_egnyte_user_by_id', { id: userId }, 'get a user with their groups');
  const groups = (user.groups ?? []).map((group) => group.displayName ?? group.value ?? '?');
  say(
    log,
    `${fullName(user)} is in ${groups.length} group${groups.length === 1 ? '' : 's'}: ${groups.join(', ') || 'none'}`,
  );

  const updated = await call('update_an_egnyte_user_by_id', { id: userId, active: false }, 'deactivate a user');
  if (updated.active) {
    throw new Error(`${match.userName} is still active after the update`);
  }
  say(log, `${updated.userName} deactivated (active: ${updated.active})`);
  log('');
  return { user: updated, groups };
}

/** Workflow 2: resolve a group by name, read each member, flag the admins. */
export async function auditGroup(
  client: ToolClient,
  displayName: string,
  log: Log,
  exposure: Exposure = 'all',
): Promise<AuditResult> {
  log(`Workflow 2: access audit of the group "${displayName}"`);
  log('  Resolve the group name to its id, list its members, look each one up, and flag any admin.');
  const call = toolCaller(client, log, exposure);

  const found = await call(
    'list_all_egnyte_groups',
    { filter: `displayName eq "${displayName}"` },
    'find a group by name',
  );
  const match = found.data[0];
  if (found.data.length !== 1 || !match) {
    throw new Error(`expected exactly one group named "${displayName}", found ${found.data.length}`);
  }
  say(log, `found "${match.displayName}" (id ${match.id})`);

  const group = await call(
    'get_single_egnyte_group_by_id',
    { id: need(match.id, `id for "${displayName}"`) },
    'get a group with its members',
  );
  const memberRefs = group.members ?? [];
  say(log, `${memberRefs.length} members: ${memberRefs.map((member) => member.username ?? member.value).join(', ')}`);

  const members: User[] = [];
  for (const ref of memberRefs) {
    const user = await call(
      'get_single_egnyte_user_by_id',
      { id: need(ref.value, `user id for a member of "${displayName}"`) },
      'get a user by id',
    );
    members.push(user);
    const flag = user.userType === 'admin' ? '  ⚠ admin' : '';
    say(log, `${user.userName} (${fullName(user)}): ${roleOf(user)}, ${user.active ? 'active' : 'inactive'}${flag}`);
  }
  log('');
  return {
    group: { id: need(group.id, 'group id'), displayName: group.displayName ?? displayName },
    members,
    flagged: members.filter((user) => user.userType === 'admin'),
  };
}
