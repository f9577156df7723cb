/**
 * Egnyte's answers drift (fields go missing, appear, change type). Through the BUILT server, over
 * both transports, a drifting answer from the sandbox is still a result the SDK Client accepts
 * (it validates structuredContent against the listed outputSchema), and no value is lost.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, SEED_FACTS, startSandbox } from '../sandbox/index.js';
import { sandboxEnv } from '../support/server.js';
import { type Connected, ok, openServer, TRANSPORTS } from './helpers.js';

describe.each(TRANSPORTS)('drifting Egnyte answers over $transport ($era era)', (kind) => {
  let sandbox: Sandbox;
  let server: Connected;
  let plain: Connected;
  let jsmithId: number;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    jsmithId = sandbox.state.userByName(SEED_FACTS.jsmith.userName)!.id;
    [server, plain] = await Promise.all([
      openServer(kind, sandboxEnv(sandbox)),
      openServer(kind, sandboxEnv(sandbox), ['--output-schema', 'off']),
    ]);
    // From here on each Client validates structuredContent against the tools' output schemas.
    await Promise.all([server.client.listTools(), plain.client.listTools()]);
  });
  afterEach(() => sandbox.faults.reset());
  afterAll(async () => {
    await Promise.all([server?.close(), plain?.close()]);
    await sandbox?.close();
  });

  const drifted = () => ({ id: String(jsmithId), userName: 'jsmith', active: 'yes', shoeSize: 44 });

  it('a user with a changed type, a missing field and a new one: accepted, the odd values in off_schema', async () => {
    sandbox.faults.failNext(1, { status: 200, body: drifted(), pathPrefix: '/pubapi/v2/users/' });
    const user = ok<Record<string, unknown>>(
      await server.client.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: jsmithId } }),
    );
    expect(user).toEqual({ userName: 'jsmith', shoeSize: 44, off_schema: { id: String(jsmithId), active: 'yes' } });
  });

  it('a page with an item of the wrong shape keeps the rest and next_cursor', async () => {
    sandbox.faults.failNext(1, {
      status: 200,
      body: { totalResults: 3, itemsPerPage: 2, startIndex: 1, resources: [{ id: 1, userName: 'a' }, 'garbage'] },
      pathPrefix: '/pubapi/v2/users',
    });
    const page = ok<{ data: unknown[]; next_cursor: string | null; off_schema?: unknown }>(
      await server.client.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 2 } }),
    );
    expect(page.data).toEqual([{ id: 1, userName: 'a' }]);
    expect(page.off_schema).toEqual({ 'data.1': 'garbage' });
    expect(page.next_cursor).toEqual(expect.any(String));
  });

  it('with --output-schema off, tools/list has no output schemas and the answer goes out as it came', async () => {
    const { tools } = await plain.client.listTools();
    expect(tools.filter((tool) => tool.outputSchema)).toEqual([]);
    sandbox.faults.failNext(1, { status: 200, body: drifted(), pathPrefix: '/pubapi/v2/users/' });
    const user = ok<Record<string, unknown>>(
      await plain.client.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: jsmithId } }),
    );
    expect(user).toEqual(drifted());
  });
});
