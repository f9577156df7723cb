/**
 * The store suite, run against SQLite and PostgreSQL alike: same schema, same answers. Every test
 * opens its own fresh store and seeds what it reads, so the tests run in any order (or alone).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../../templates/hosting/src/store/driver.js';
import { MIGRATIONS, migrate } from '../../templates/hosting/src/store/migrations.js';
import { describeStore, parseStoreUrl } from '../../templates/hosting/src/store/open.js';
import { type AccountRow, Records, type ServerRow } from '../../templates/hosting/src/store/records.js';
import { purgeExpired } from '../../templates/hosting/src/store/retention.js';
import { openTestStore, STORE_KINDS, type TestStore } from './stores.js';

const T0 = '2030-01-01T00:00:00.000Z';

function account(id: string, created = T0): AccountRow {
  return {
    id,
    name: `acct ${id}`,
    domain: 'acme',
    base_url: 'https://acme.egnyte.com',
    status: 'active',
    credentials: 'sealed',
    credentials_version: 0,
    created_at: created,
    updated_at: created,
  };
}

function server(id: string, accountId: string, overrides: Partial<ServerRow> = {}): ServerRow {
  return {
    id,
    account_id: accountId,
    name: id,
    config: '{}',
    token_hash: `hash-${id}`,
    expires_at: null,
    require_api_token_auth: 0,
    created_at: T0,
    updated_at: T0,
    last_used_at: null,
    ...overrides,
  };
}

describe('store URLs', () => {
  it('reads sqlite:PATH and postgres:// and refuses anything else by name', () => {
    expect(parseStoreUrl('sqlite:./x.db')).toEqual({ ok: true, value: { kind: 'sqlite', path: './x.db' } });
    expect(parseStoreUrl('sqlite:')).toMatchObject({
      ok: false,
      message: expect.stringContaining('needs a file path'),
    });
    expect(parseStoreUrl('mysql://x')).toMatchObject({
      ok: false,
      message: expect.stringContaining('sqlite:PATH or postgres://'),
    });
    expect(describeStore({ kind: 'postgres', url: 'postgres://u:hunter2secret@db:5433/mcp' })).toBe(
      'PostgreSQL database mcp on db:5433',
    );
  });
});

describe.each(STORE_KINDS)('store on %s', (kind) => {
  let store: TestStore;
  let driver: SqlDriver;
  let records: Records;

  beforeEach(async () => {
    ({ store, driver } = await openTestStore(kind, new Date(T0)));
    records = new Records(driver);
  });
  afterEach(async () => {
    await driver?.close();
    await store?.drop();
  });

  it('applies each migration once and refuses a store newer than the code', async () => {
    expect(await migrate(driver, new Date(T0))).toEqual([]);
    const versions = await driver.all('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((row) => Number(row.version))).toEqual(MIGRATIONS.map((m) => m.version));
    await expect(migrate(driver, new Date(T0), [])).rejects.toThrow(/newer than this server knows/);
  });

  it('pages accounts in creation order with an opaque key, and finds one by id', async () => {
    for (const [index, id] of ['a1', 'a2', 'a3'].entries()) {
      await records.insertAccount(account(id, `2030-01-01T00:00:0${index}.000Z`));
    }
    const first = await records.accounts(null, 2);
    expect(first.rows.map((row) => row.id)).toEqual(['a1', 'a2']);
    const second = await records.accounts(first.after, 2);
    expect(second.rows.map((row) => row.id)).toEqual(['a3']);
    expect(second.after).toBeNull();
    expect(await records.account('a2')).toMatchObject({ id: 'a2', domain: 'acme', credentials_version: 0 });
    expect(await records.account('nope')).toBeUndefined();
  });

  it('replaces credentials only from the version that was read (one winner between instances)', async () => {
    await records.insertAccount(account('a1'));
    expect(await records.replaceCredentials('a1', 0, 'sealed-2', 'active', T0)).toBe(true);
    expect(await records.replaceCredentials('a1', 0, 'sealed-3', 'active', T0)).toBe(false);
    expect(await records.account('a1')).toMatchObject({ credentials: 'sealed-2', credentials_version: 1 });
  });

  it('finds a server with its account by token hash, updates, hides and purges expired ones', async () => {
    await records.insertAccount(account('a1'));
    await records.insertServer(server('s1', 'a1'));
    await records.insertServer(server('s2', 'a1', { expires_at: '2030-01-01T01:00:00.000Z' }));
    const found = await records.serverByTokenHash('hash-s1', T0);
    expect(found?.server).toMatchObject({ id: 's1', account_id: 'a1', require_api_token_auth: 0 });
    expect(found?.account).toMatchObject({ id: 'a1', credentials: 'sealed' });
    await records.updateServer({ ...server('s1', 'a1'), name: 'renamed', require_api_token_auth: 1 });
    expect(await records.server('a1', 's1')).toMatchObject({ name: 'renamed', require_api_token_auth: 1 });
    expect(await records.server('a2', 's1')).toBeUndefined();
    const [before, at] = ['2030-01-01T00:59:59.000Z', '2030-01-01T01:00:00.000Z'];
    expect(await records.server('a1', 's2', before)).toMatchObject({ id: 's2' });
    expect(await records.server('a1', 's2', at)).toBeUndefined();
    // The MCP path's lookups (by URL token, by an OAuth grant's ids) find only live servers, and only read.
    expect((await records.serverByTokenHash('hash-s2', before))?.server.id).toBe('s2');
    expect(await records.serverByTokenHash('hash-s2', at)).toBeUndefined();
    expect((await records.liveServerWithAccount('a1', 's2', before))?.account.id).toBe('a1');
    expect(await records.liveServerWithAccount('a1', 's2', at)).toBeUndefined();
    expect(await records.liveServerWithAccount('a2', 's2', before)).toBeUndefined();
    expect((await records.servers('a1', before, null, 10)).rows.map((row) => row.id)).toEqual(['s1', 's2']);
    expect((await records.servers('a1', at, null, 10)).rows.map((row) => row.id)).toEqual(['s1']);
    expect((await purgeExpired(driver, new Date(before), 30)).mcp_servers).toBe(0);
    expect((await purgeExpired(driver, new Date(at), 30)).mcp_servers).toBe(1);
    expect(await records.serverByTokenHash('hash-s2', before)).toBeUndefined();
  });

  it('records calls newest first, and none for a deleted server', async () => {
    await records.insertAccount(account('a1'));
    await records.insertServer(server('s1', 'a1'));
    for (let i = 0; i < 3; i++) {
      await records.recordCalls([
        {
          server_id: 's1',
          time: `2030-01-02T00:00:0${i}.000Z`,
          tool: `tool_${i}`,
          outcome: 'ok',
          upstream_status: 200,
          duration_ms: i,
        },
      ]);
    }
    const page = await records.logs('a1', 's1', T0, null, 2);
    expect(page.rows.map((row) => row.tool)).toEqual(['tool_2', 'tool_1']);
    expect((await records.logs('a1', 's1', T0, page.after, 2)).rows.map((row) => row.tool)).toEqual(['tool_0']);
    expect((await records.logs('a2', 's1', T0, null, 2)).rows).toEqual([]);
    expect((await records.server('a1', 's1'))?.last_used_at).toBe('2030-01-02T00:00:02.000Z');
    await records.recordCalls([
      { server_id: 'gone', time: T0, tool: 'x', outcome: 'ok', upstream_status: null, duration_ms: 1 },
    ]);
    expect((await records.logs('a1', 'gone', T0, null, 10)).rows).toEqual([]);
    // One batch over two servers and a deleted one: each keeps its order and its latest call.
    await records.insertServer(server('s2', 'a1'));
    const call = (server_id: string, second: number) => ({
      server_id,
      time: `2030-01-03T00:00:0${second}.000Z`,
      tool: `${server_id}_${second}`,
      outcome: 'ok' as const,
      upstream_status: 200,
      duration_ms: 1,
    });
    await records.recordCalls([call('s2', 1), call('s1', 2), call('gone', 3), call('s2', 4), call('s1', 5)]);
    const tools = async (id: string) => (await records.logs('a1', id, T0, null, 3)).rows.map((row) => row.tool);
    expect(await tools('s1')).toEqual(['s1_5', 's1_2', 'tool_2']);
    expect(await tools('s2')).toEqual(['s2_4', 's2_1']);
    expect((await records.server('a1', 's1'))?.last_used_at).toBe('2030-01-03T00:00:05.000Z');
    expect((await records.server('a1', 's2'))?.last_used_at).toBe('2030-01-03T00:00:04.000Z');
  });

  it('hands out an OAuth state once', async () => {
    await records.insertAccount(account('a3'));
    await records.insertOAuthState('state-hash', 'a3', '2030-01-01T00:15:00.000Z');
    expect(await records.takeOAuthState('state-hash')).toEqual({
      account_id: 'a3',
      expires_at: '2030-01-01T00:15:00.000Z',
    });
    expect(await records.takeOAuthState('state-hash')).toBeUndefined();
  });

  it('stores API tokens by hash and deletes them', async () => {
    await records.insertApiToken({ id: 't1', name: 'ci', token_hash: 'th1', created_at: T0 });
    expect(await records.hasApiTokenHash('th1')).toBe(true);
    expect((await records.apiTokens(null, 10)).rows).toEqual([
      { id: 't1', name: 'ci', token_hash: 'th1', created_at: T0 },
    ]);
    expect(await records.deleteApiToken('t1')).toBe(true);
    expect(await records.hasApiTokenHash('th1')).toBe(false);
  });

  it('removing an account removes its servers, logs and OAuth states', async () => {
    await records.insertAccount(account('a1'));
    await records.insertServer(server('s1', 'a1'));
    await records.recordCalls([
      { server_id: 's1', time: T0, tool: 'tool', outcome: 'ok', upstream_status: 200, duration_ms: 1 },
    ]);
    expect((await records.logs('a1', 's1', T0, null, 10)).rows).toHaveLength(1);
    await records.insertOAuthState('other-state', 'a1', T0);
    expect(await records.deleteAccount('a1')).toBe(true);
    expect(await records.serverByTokenHash('hash-s1', T0)).toBeUndefined();
    expect(await driver.all('SELECT seq FROM mcp_logs')).toEqual([]);
    expect(await records.takeOAuthState('other-state')).toBeUndefined();
    expect(await records.deleteAccount('a1')).toBe(false);
  });

  it('rolls a failed transaction back', async () => {
    await expect(
      driver.transaction(async (tx) => {
        await tx.run('INSERT INTO api_tokens (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)', [
          't9',
          'x',
          'th9',
          T0,
        ]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await records.hasApiTokenHash('th9')).toBe(false);
  });
});
