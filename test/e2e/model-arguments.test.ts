/**
 * What a model sends, through the built server over stdio against the sandbox: an integer id as
 * text, OpenAI strict-mode calls (every property, null for the unused ones), and the permission
 * maps written as {name, level} entries, which reach Egnyte as its {name: level} maps.
 */
import { describe, expect, it } from 'vitest';
import { SEED_FACTS } from '../sandbox/index.js';
import { strictArguments } from '../specs/openai-strict.js';
import { type Connected, textJson, useSandboxServer } from './helpers.js';

let server: Connected;

useSandboxServer({ transport: 'stdio', era: 'legacy' }, (_sandbox, served) => {
  server = served;
});

async function call(
  name: string,
  args: Record<string, unknown>,
): Promise<{ isError: boolean; body: Record<string, unknown> }> {
  const result = await server.client.callTool({ name, arguments: args });
  return { isError: result.isError === true, body: textJson(result) };
}

async function inputSchema(name: string): Promise<Record<string, unknown>> {
  const { tools } = await server.client.listTools();
  return tools.find((tool) => tool.name === name)!.inputSchema as Record<string, unknown>;
}

describe('what the model meets', () => {
  it('takes a user id written as text', async () => {
    const found = await call('list_all_egnyte_users', { filter: `userName eq "${SEED_FACTS.jsmith.userName}"` });
    const id = (found.body.data as Array<{ id: number }>)[0]!.id;
    const got = await call('get_single_egnyte_user_by_id', { id: String(id) });
    expect(got).toMatchObject({ isError: false, body: { id, userName: SEED_FACTS.jsmith.userName } });
  });

  it('refuses "1.5" saying what it is, and keeps the username hint for a username', async () => {
    expect((await call('get_single_egnyte_user_by_id', { id: '1.5' })).body.message).toBe(
      'Invalid arguments: id must be a numeric Egnyte user id, not "1.5" (text holding a number that is not written as a plain whole number); find it with list_all_egnyte_users.',
    );
    expect((await call('get_single_egnyte_user_by_id', { id: 'jsmith' })).body.message).toBe(
      'Invalid arguments: id must be a numeric Egnyte user id, not the username or email (got "jsmith"); find it with list_all_egnyte_users.',
    );
  });

  it('sets folder permissions from a strict-mode call with entries, as Egnyte maps', async () => {
    const folder = '/Shared/Finance/Reports';
    const schema = await inputSchema('set_egnyte_folder_permissions');
    const sent = strictArguments(schema, {
      path: folder,
      userPerms: [{ name: SEED_FACTS.jsmith.userName, level: 'Editor' }],
      groupPerms: [{ name: 'Marketing', level: 'Viewer' }],
    });
    expect(sent).toMatchObject({ inheritsPermissions: null, keepParentPermissions: null });
    const set = await call('set_egnyte_folder_permissions', sent);
    expect(set.isError, JSON.stringify(set.body)).toBe(false);
    const read = await call('get_egnyte_folder_permissions', { path: folder });
    expect(read.body.userPerms).toMatchObject({ [SEED_FACTS.jsmith.userName]: 'Editor' });
    expect(read.body.groupPerms).toMatchObject({ Marketing: 'Viewer', Executives: 'Viewer' });
  });

  it('refuses a name given twice instead of sending one of the two levels', async () => {
    const twice = await call('set_egnyte_folder_permissions', {
      path: '/Shared/Finance',
      userPerms: [
        { name: 'jsmith', level: 'Full' },
        { name: 'jsmith', level: 'None' },
      ],
    });
    expect(twice).toMatchObject({
      isError: true,
      body: {
        error: 'invalid_arguments',
        message: 'Invalid arguments: userPerms names "jsmith" twice; give each name once.',
      },
    });
  });
});
