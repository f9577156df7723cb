/**
 * design.md §4d, `--log-retention`: call-log rows past the retention, expired OAuth states,
 * requests and tokens, and pending accounts abandoned for a day go, in bounded batches; everything
 * still current stays. On both stores; the purge queries use the retention indexes (migration 30).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../../templates/hosting/src/store/driver.js';
import { purgeExpired } from '../../templates/hosting/src/store/retention.js';
import { type Hosted, startHosted, TestClock } from '../control/hosted.js';
import { createTestStore, STORE_KINDS, type TestStore } from '../control/stores.js';

const DAY = 86_400_000;
const NOW = Date.parse('2031-06-15T12:00:00.000Z');
const iso = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

async function count(driver: SqlDriver, table: string): Promise<number> {
  return Number((await driver.all(`SELECT COUNT(*) AS n FROM ${table}`))[0]?.n);
}

describe.each(STORE_KINDS)('retention purges on %s', (kind) => {
  let store: TestStore;
  let hosted: Hosted;
  let driver: SqlDriver;

  beforeAll(async () => {
    store = await createTestStore(kind);
    hosted = await startHosted(store.url, {}, new TestClock(NOW));
    driver = hosted.plane.ctx.records.driver;
    const account = (
      await hosted.admin('POST', '/integrated-account', {
        name: 'Acme',
        base_url: 'http://127.0.0.1:9',
        access_token: 't-1',
      })
    ).body.id as string;
    const server = (await hosted.admin('POST', `/integrated-account/${account}/mcp`, { name: 'reader', config: {} }))
      .body.id as string;
    const log = (time: string) =>
      driver.run(
        'INSERT INTO mcp_logs (server_id, time, tool, outcome, upstream_status, duration_ms) VALUES (?, ?, ?, ?, ?, ?)',
        [server, time, 't', 'ok', 200, 5],
      );
    for (let i = 0; i < 23; i++) {
      await log(iso(-40 * DAY - i * 1000)); // past 30 days
    }
    for (let i = 0; i < 4; i++) {
      await log(iso(-2 * DAY - i * 1000)); // kept
    }
    await driver.run('INSERT INTO oauth_states (state_hash, account_id, expires_at) VALUES (?, ?, ?), (?, ?, ?)', [
      's-old',
      account,
      iso(-1000),
      's-new',
      account,
      iso(60_000),
    ]);
    await driver.run('INSERT INTO oauth_requests (id_hash, request, expires_at) VALUES (?, ?, ?), (?, ?, ?)', [
      'r-old',
      '{}',
      iso(-1000),
      'r-new',
      '{}',
      iso(60_000),
    ]);
    const token = (hash: string, kindName: string, expires: string) =>
      driver.run(
        'INSERT INTO oauth_tokens (token_hash, kind, server_id, client_id, grant_data, expires_at, used) VALUES (?, ?, ?, ?, ?, ?, 0)',
        [hash, kindName, server, 'c', '{}', expires],
      );
    await token('code-old', 'code', iso(-1000));
    await token('access-old', 'access', iso(-1000));
    await token('refresh-new', 'refresh', iso(30 * DAY));
    // The authorization server's records (node-oidc-provider's adapter): an expired interaction, a live grant.
    await driver.run(
      'INSERT INTO oauth_models (id_hash, model, payload, expires_at) VALUES (?, ?, ?, ?), (?, ?, ?, ?)',
      ['m-old', 'Interaction', '{}', iso(-1000), 'm-new', 'Grant', '{}', iso(30 * DAY)],
    );
    const pending = (id: string, created: string) =>
      driver.run(
        'INSERT INTO accounts (id, name, domain, base_url, status, credentials, credentials_version, created_at, updated_at) VALUES (?, ?, NULL, ?, ?, NULL, 0, ?, ?)',
        [id, id, 'http://x', 'pending', created, created],
      );
    await pending('pending-old', iso(-2 * DAY));
    await pending('pending-new', iso(-60_000));
    // An MCP server whose expiry has passed (created while it still had an hour to go).
    const expiring = (
      await hosted.admin('POST', `/integrated-account/${account}/mcp`, {
        name: 'hour',
        expires_at: iso(3_600_000),
      })
    ).body.id as string;
    await driver.run('UPDATE mcp_servers SET expires_at = ? WHERE id = ?', [iso(-1000), expiring]);
  });
  afterAll(async () => {
    await hosted?.close();
    await store?.drop();
  });

  it('deletes what is past its time in batches and keeps the rest', async () => {
    const counts = await purgeExpired(driver, new Date(NOW), 30, 5);
    expect(counts).toEqual({
      mcp_servers: 1,
      mcp_logs: 23,
      oauth_states: 1,
      oauth_requests: 1,
      oauth_tokens: 2,
      oauth_models: 1,
      accounts: 1,
    });
    expect(await count(driver, 'mcp_servers')).toBe(1);
    expect((await driver.all('SELECT id_hash FROM oauth_models')).map((r) => r.id_hash)).toEqual(['m-new']);
    expect(await count(driver, 'mcp_logs')).toBe(4);
    expect((await driver.all('SELECT state_hash FROM oauth_states')).map((r) => r.state_hash)).toEqual(['s-new']);
    expect((await driver.all('SELECT id_hash FROM oauth_requests')).map((r) => r.id_hash)).toEqual(['r-new']);
    expect((await driver.all('SELECT token_hash FROM oauth_tokens')).map((r) => r.token_hash)).toEqual(['refresh-new']);
    const accounts = (await driver.all('SELECT id FROM accounts ORDER BY id')).map((r) => r.id);
    expect(accounts).toContain('pending-new');
    expect(accounts).not.toContain('pending-old');
    expect(accounts).toHaveLength(2); // Acme (active, with a server) stays
    expect(await purgeExpired(driver, new Date(NOW), 30, 5)).toEqual({
      mcp_servers: 0,
      mcp_logs: 0,
      oauth_states: 0,
      oauth_requests: 0,
      oauth_tokens: 0,
      oauth_models: 0,
      accounts: 0,
    });
  });

  it.runIf(kind === 'sqlite')('finds the rows to purge through the retention indexes', async () => {
    const plans: Array<[string, string]> = [
      ["SELECT seq FROM mcp_logs WHERE time < '2030-01-01' LIMIT 5", 'mcp_logs_time'],
      ["SELECT state_hash FROM oauth_states WHERE expires_at <= '2030-01-01' LIMIT 5", 'oauth_states_expiry'],
      ["SELECT id_hash FROM oauth_requests WHERE expires_at <= '2030-01-01' LIMIT 5", 'oauth_requests_expiry'],
      ["SELECT token_hash FROM oauth_tokens WHERE expires_at <= '2030-01-01' LIMIT 5", 'oauth_tokens_expiry'],
      ["SELECT id_hash FROM oauth_models WHERE expires_at <= '2030-01-01' LIMIT 5", 'oauth_models_expiry'],
      ["SELECT id FROM accounts WHERE status = 'pending' AND created_at < '2030-01-01' LIMIT 5", 'accounts_status'],
    ];
    for (const [sql, index] of plans) {
      const plan = await driver.all(`EXPLAIN QUERY PLAN ${sql}`);
      expect(plan.map((row) => row.detail).join(' ')).toContain(index);
    }
  });
});
