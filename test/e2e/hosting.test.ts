/**
 * The control plane as it will be used: BUILT server processes on one store. Two instances share a
 * PostgreSQL database: a server created through A is used through B with the SDK client, deleted
 * through A, and B refuses the very next request. The admin workflows run through a store-backed
 * URL, and the store is searched for the raw URL token and the Egnyte token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, dumpStore, PG_BASE, type TestStore } from '../control/stores.js';
import { auditGroup, offboard } from '../demo/workflows.js';
import { connectClient as connectV1Client } from '../runtime/harness.js';
import { type Sandbox, SEED_FACTS, startSandbox } from '../sandbox/index.js';
import { watchInserts } from '../support/pg-inserts.js';
import { type HttpServerProcess, runCli, startHttpServer } from '../support/server.js';
import { connectHttpClient, rawPost } from './helpers.js';

const ADMIN = 'e2e-admin-token';
const SECRET = 'e2e-server-secret-0123456789abcdef';
const LIST = { jsonrpc: '2.0', id: 1, method: 'tools/list' };

async function admin(base: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

describe('two instances on one PostgreSQL database', () => {
  let sandbox: Sandbox;
  let store: TestStore;
  let a: HttpServerProcess;
  let b: HttpServerProcess;

  beforeAll(async () => {
    sandbox = await startSandbox();
    store = await createTestStore('postgres');
    const env = { MCP_SERVER_SECRET: SECRET, MCP_ADMIN_TOKENS: ADMIN };
    [a, b] = await Promise.all([
      startHttpServer(['--store', store.url], env),
      startHttpServer(['--store', store.url], env),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await store?.drop();
    await sandbox?.close();
  });

  it('says at startup what it serves, without secrets', () => {
    expect(a.stderr()).toContain('/mcp: no default account');
    const { hostname, port } = new URL(PG_BASE); // the test PostgreSQL: maybe one started for this run
    expect(a.stderr()).toContain(`store-backed servers from PostgreSQL database test on ${hostname}:${port || 5432}`);
    expect(a.stderr()).not.toContain(SECRET);
  });

  it('a server created through A works through B until A deletes it', async () => {
    const account = await admin(a.url, 'POST', '/integrated-account', {
      name: 'Acme',
      base_url: sandbox.baseUrl,
      access_token: sandbox.token,
    });
    const created = await admin(a.url, 'POST', `/integrated-account/${account.body.id}/mcp`, {
      name: 'readers',
      config: { methods: ['read'] },
    });
    expect(created.status).toBe(201);
    const token = new URL(created.body.url).pathname.split('/').pop() ?? '';
    const throughB = `${b.url}/mcp/${token}`;
    const client = await connectHttpClient(throughB);
    expect((await client.listTools()).tools.map((tool) => tool.name).sort()).toEqual([...created.body.tools].sort());
    // The log row is written beside the answer, not before it: await its commit in the database.
    const inserts = await watchInserts(store.url, 'mcp_logs');
    expect((await client.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 1 } })).isError).toBeFalsy();
    await inserts.next((row) => row.tool === 'list_all_egnyte_users');
    await inserts.close();
    const logTools = async () =>
      (await admin(a.url, 'GET', `/integrated-account/${account.body.id}/mcp/${created.body.id}/logs`)).body.result.map(
        (row: { tool: string }) => row.tool,
      );
    expect(await logTools()).toContain('list_all_egnyte_users');

    expect((await admin(a.url, 'DELETE', `/integrated-account/${account.body.id}/mcp/${created.body.id}`)).status).toBe(
      204,
    );
    await expect(client.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 1 } })).rejects.toThrow(
      /Not found/,
    );
    expect((await rawPost(throughB, LIST)).response.status).toBe(404);
    await client.close().catch(() => undefined);
  });

  it('runs the offboarding and group-audit workflows through a store-backed URL, and the store holds no token', async () => {
    const account = await admin(a.url, 'POST', '/integrated-account', {
      name: 'Workflows',
      base_url: sandbox.baseUrl,
      access_token: sandbox.token,
    });
    const created = await admin(a.url, 'POST', `/integrated-account/${account.body.id}/mcp`, {
      name: 'admin',
      config: { tags: ['users', 'groups'] },
    });
    // The demo's workflows take the SDK v1 Client, as the demo itself uses.
    const client = await connectV1Client(`${b.url}/mcp/${new URL(created.body.url).pathname.split('/').pop()}`);
    const log = () => undefined;
    const audit = await auditGroup(client, SEED_FACTS.externalAgency.displayName, log);
    expect(audit.flagged.map((user) => user.userName)).toEqual([SEED_FACTS.externalAgency.adminMemberUserName]);
    const offboarded = await offboard(client, SEED_FACTS.jsmith.email, log);
    expect(offboarded.user).toMatchObject({ userName: 'jsmith', active: false });
    expect(sandbox.state.userByName('jsmith')?.active).toBe(false);
    await client.close();

    const dump = await dumpStore(store);
    expect(dump).toContain(account.body.id);
    expect(dump).not.toContain(sandbox.token);
    expect(dump).not.toContain(new URL(created.body.url).pathname.split('/').pop());
  });
});

describe('one instance on SQLite, with the CLI verbs', () => {
  let sandbox: Sandbox;
  let store: TestStore;

  beforeAll(async () => {
    sandbox = await startSandbox();
    store = await createTestStore('sqlite');
  });
  afterAll(async () => {
    await store?.drop();
    await sandbox?.close();
  });

  it('accounts add|list|remove and servers create|list|revoke share the store with the server', async () => {
    const env = { MCP_SERVER_SECRET: SECRET, MCP_STORE_URL: store.url, EGNYTE_ACCESS_TOKEN: sandbox.token };
    const added = await runCli(['accounts', 'add', '--name', 'Acme', '--base-url', sandbox.baseUrl], env);
    expect(added.code).toBe(0);
    const account = JSON.parse(added.stdout);
    expect(added.stdout).not.toContain(sandbox.token);
    const created = await runCli(
      ['servers', 'create', '--account', account.id, '--name', 'cli', '--methods', 'read', '--tags', 'users'],
      { MCP_SERVER_SECRET: SECRET, MCP_STORE_URL: store.url },
    );
    expect(created.code).toBe(0);
    const server = JSON.parse(created.stdout);
    expect(server.url).toMatch(/^\/mcp\/mcp_/);
    const typo = await runCli(['servers', 'create', '--account', account.id, '--name', 'x', '--tags', 'userz'], {
      MCP_SERVER_SECRET: SECRET,
      MCP_STORE_URL: store.url,
    });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown tag "userz" in config.tags');

    const running = await startHttpServer(['--store', store.url], { MCP_SERVER_SECRET: SECRET });
    try {
      const client = await connectHttpClient(`${running.url}${server.url}`);
      expect((await client.listTools()).tools.map((tool) => tool.name).sort()).toEqual([...server.tools].sort());
      await client.close();
      const listed = await runCli(['servers', 'list', '--account', account.id], {
        MCP_SERVER_SECRET: SECRET,
        MCP_STORE_URL: store.url,
      });
      expect(JSON.parse(listed.stdout).result[0]).toMatchObject({ id: server.id, name: 'cli' });
      expect(listed.stdout).not.toContain('"url"');
      const revoked = await runCli(['servers', 'revoke', '--account', account.id, server.id], {
        MCP_SERVER_SECRET: SECRET,
        MCP_STORE_URL: store.url,
      });
      expect(revoked.code).toBe(0);
      expect((await rawPost(`${running.url}${server.url}`, LIST)).response.status).toBe(404);
      expect(
        (await runCli(['accounts', 'list'], { MCP_SERVER_SECRET: SECRET, MCP_STORE_URL: store.url })).stdout,
      ).toContain(account.id);
      expect(
        (await runCli(['accounts', 'remove', account.id], { MCP_SERVER_SECRET: SECRET, MCP_STORE_URL: store.url }))
          .code,
      ).toBe(0);
      expect(
        (await runCli(['accounts', 'remove', account.id], { MCP_SERVER_SECRET: SECRET, MCP_STORE_URL: store.url }))
          .code,
      ).toBe(1);
    } finally {
      await running.close();
    }
    expect(await dumpStore(store)).not.toContain(sandbox.token);
  });

  it('refuses a store without MCP_SERVER_SECRET, and a bad store URL, by name', async () => {
    const noSecret = await runCli(['--transport', 'http', '--port', '0', '--store', store.url], {});
    expect(noSecret.code).toBe(2);
    expect(noSecret.stderr).toContain('--store needs MCP_SERVER_SECRET');
    const bad = await runCli(['accounts', 'list', '--store', 'mysql://x'], { MCP_SERVER_SECRET: SECRET });
    expect(bad.stderr).toContain('the store URL must be sqlite:PATH or postgres://');
  });
});
