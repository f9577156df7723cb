/**
 * The store's records and every query the control plane runs, over either driver; rows come back
 * decoded (tables.ts). Secrets arrive here already sealed (account credentials) or hashed (URL and
 * API tokens): nothing in these tables opens an account without MCP_SERVER_SECRET.
 *
 * Admin reads take one round trip in the common case: an expired server is filtered out by the
 * query (the retention purge deletes it, retention.ts), and whether the account exists is asked
 * only when a query found nothing (control/ does that, for its 404).
 */
import type { SqlDriver, SqlValue, StoredRow } from './driver.js';
import { firstRow, type RowDecoder } from './rows.js';
import {
  ACCOUNTS,
  type AccountRow,
  API_TOKENS,
  type ApiTokenRow,
  LOGS,
  type LogRow,
  OAUTH_STATES,
  SERVERS,
  type ServerRow,
} from './tables.js';

export type { AccountRow, ApiTokenRow, LogRow, ServerRow } from './tables.js';

export interface Page<T> {
  rows: T[];
  /** The sort key of the last row when more may follow. */
  after: string | null;
}

/** A server whose `expires_at` has passed at `?` is not served, listed or shown. */
const live = (column = 'expires_at') => `(${column} IS NULL OR ${column} > ?)`;
const LIVE = live();

export interface ServerWithAccount {
  server: ServerRow;
  account: AccountRow;
}

/** A live server joined with its account; the SQL is built once (the MCP path runs it per request). */
const liveServerWithAccount = (where: string) =>
  `SELECT ${SERVERS.columns('s')}, ${ACCOUNTS.columns('a', 'a_')} FROM mcp_servers s JOIN accounts a ON a.id = s.account_id WHERE ${where} AND ${live('s.expires_at')}`;
const SERVER_BY_TOKEN = liveServerWithAccount('s.token_hash = ?');
const SERVER_BY_ID = liveServerWithAccount('s.account_id = ? AND s.id = ?');

function serverWithAccount(rows: readonly StoredRow[]): ServerWithAccount | undefined {
  const [row] = rows;
  return row && { server: SERVERS.decode(row), account: ACCOUNTS.decode(row, 'a_') };
}

/**
 * Rows after a `created_at|id` key, one more than asked so we know whether another page exists.
 * The row-value comparison lets both databases seek the `(…, created_at, id)` index to the key.
 */
async function pageByCreation<T extends { created_at: string; id: string }>(
  driver: SqlDriver,
  decoder: RowDecoder<T>,
  filter: { where: string; params: SqlValue[] },
  after: string | null,
  limit: number,
): Promise<Page<T>> {
  const [afterTime = '', afterId = ''] = after === null ? [] : after.split('|');
  const rows = await driver.all(
    `SELECT ${decoder.columns()} FROM ${decoder.table} WHERE ${filter.where} AND (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT ?`,
    [...filter.params, afterTime, afterId, limit + 1],
  );
  const kept = rows.slice(0, limit).map((row) => decoder.decode(row));
  const last = kept[kept.length - 1];
  return { rows: kept, after: rows.length > limit && last ? `${last.created_at}|${last.id}` : null };
}

export class Records {
  constructor(readonly driver: SqlDriver) {}

  private async insert<T>(decoder: RowDecoder<T>, row: T): Promise<void> {
    const { sql, params } = decoder.insert(row);
    await this.driver.run(sql, params);
  }

  insertAccount(row: AccountRow): Promise<void> {
    return this.insert(ACCOUNTS, row);
  }

  async account(id: string): Promise<AccountRow | undefined> {
    return firstRow(await this.driver.all(`SELECT ${ACCOUNTS.columns()} FROM accounts WHERE id = ?`, [id]), ACCOUNTS);
  }

  accounts(after: string | null, limit: number): Promise<Page<AccountRow>> {
    return pageByCreation(this.driver, ACCOUNTS, { where: '1 = 1', params: [] }, after, limit);
  }

  /** Replaces the credentials only if nobody else did since `version` was read; false when someone did. */
  async replaceCredentials(
    id: string,
    version: number,
    sealed: string | null,
    status: string,
    now: string,
  ): Promise<boolean> {
    const changed = await this.driver.run(
      'UPDATE accounts SET credentials = ?, credentials_version = credentials_version + 1, status = ?, updated_at = ? WHERE id = ? AND credentials_version = ?',
      [sealed, status, now, id, version],
    );
    return changed === 1;
  }

  /** Deletes the account; its servers, logs and pending OAuth states go with it (ON DELETE CASCADE). */
  async deleteAccount(id: string): Promise<boolean> {
    return (await this.driver.run('DELETE FROM accounts WHERE id = ?', [id])) === 1;
  }

  /** A pending account and the OAuth state that will finish connecting it: both stored, or neither. */
  async insertPendingAccount(row: AccountRow, stateHash: string, expiresAt: string): Promise<void> {
    await this.driver.transaction(async (tx) => {
      const records = new Records(tx);
      await records.insertAccount(row);
      await records.insertOAuthState(stateHash, row.id, expiresAt);
    });
  }

  async insertOAuthState(stateHash: string, accountId: string, expiresAt: string): Promise<void> {
    await this.driver.run('INSERT INTO oauth_states (state_hash, account_id, expires_at) VALUES (?, ?, ?)', [
      stateHash,
      accountId,
      expiresAt,
    ]);
  }

  /** Takes a state once: the row is deleted as it is read, so a callback cannot be replayed. */
  async takeOAuthState(stateHash: string): Promise<{ account_id: string; expires_at: string } | undefined> {
    const rows = await this.driver.all(
      `DELETE FROM oauth_states WHERE state_hash = ? RETURNING ${OAUTH_STATES.columns()}`,
      [stateHash],
    );
    return firstRow(rows, OAUTH_STATES);
  }

  insertServer(row: ServerRow): Promise<void> {
    return this.insert(SERVERS, row);
  }

  /** The account's server; with `now`, only while it has not expired. */
  async server(accountId: string, id: string, now?: string): Promise<ServerRow | undefined> {
    const rows = await this.driver.all(
      `SELECT ${SERVERS.columns()} FROM mcp_servers WHERE account_id = ? AND id = ?${now === undefined ? '' : ` AND ${LIVE}`}`,
      now === undefined ? [accountId, id] : [accountId, id, now],
    );
    return firstRow(rows, SERVERS);
  }

  /**
   * The live server a URL token opens, with its account: the one store read of an MCP request. An
   * expired server is not found (the retention purge deletes it; a request only reads).
   */
  async serverByTokenHash(tokenHash: string, now: string): Promise<ServerWithAccount | undefined> {
    return serverWithAccount(await this.driver.all(SERVER_BY_TOKEN, [tokenHash, now]));
  }

  /** The account's live server with its account, in one query (an OAuth grant's server). */
  async liveServerWithAccount(accountId: string, id: string, now: string): Promise<ServerWithAccount | undefined> {
    return serverWithAccount(await this.driver.all(SERVER_BY_ID, [accountId, id, now]));
  }

  /** The account's servers that have not expired at `now`, in creation order. */
  servers(accountId: string, now: string, after: string | null, limit: number): Promise<Page<ServerRow>> {
    return pageByCreation(
      this.driver,
      SERVERS,
      { where: `account_id = ? AND ${LIVE}`, params: [accountId, now] },
      after,
      limit,
    );
  }

  async updateServer(row: ServerRow): Promise<void> {
    await this.driver.run(
      'UPDATE mcp_servers SET name = ?, config = ?, expires_at = ?, require_api_token_auth = ?, updated_at = ? WHERE id = ?',
      [row.name, row.config, row.expires_at, row.require_api_token_auth, row.updated_at, row.id],
    );
  }

  async deleteServer(accountId: string, id: string): Promise<boolean> {
    return (await this.driver.run('DELETE FROM mcp_servers WHERE account_id = ? AND id = ?', [accountId, id])) === 1;
  }

  /**
   * Tool calls: for each a log row, and `last_used_at` once per server (its latest call); a server
   * deleted meanwhile takes neither. PostgreSQL: the whole batch is one statement (the calls as one
   * JSON parameter), committed without waiting for the disk. SQLite (no UPDATE inside WITH): one
   * transaction, one UPDATE per server of the batch and one INSERT per call.
   */
  async recordCalls(logs: ReadonlyArray<Omit<LogRow, 'seq'>>): Promise<void> {
    if (this.driver.dialect === 'postgres') {
      await this.driver.relaxed(RECORD_CALLS_PG, [JSON.stringify(logs.map((log, n) => ({ ...log, n })))]);
      return;
    }
    const byServer = new Map<string, Array<Omit<LogRow, 'seq'>>>();
    for (const log of logs) {
      const calls = byServer.get(log.server_id);
      calls ? calls.push(log) : byServer.set(log.server_id, [log]);
    }
    await this.driver.transaction(async (tx) => {
      for (const [serverId, calls] of byServer) {
        const latest = calls.map((log) => log.time).sort()[calls.length - 1] ?? null;
        if ((await tx.run('UPDATE mcp_servers SET last_used_at = ? WHERE id = ?', [latest, serverId])) === 0) {
          continue; // deleted since the call: its log went with it
        }
        for (const log of calls) {
          await tx.run(
            'INSERT INTO mcp_logs (server_id, time, tool, outcome, upstream_status, duration_ms) VALUES (?, ?, ?, ?, ?, ?)',
            [serverId, log.time, log.tool, log.outcome, log.upstream_status, log.duration_ms],
          );
        }
      }
    });
  }

  /**
   * A page of the server's call log, newest first (`after` is the last `seq` seen), if the server
   * is the account's and has not expired at `now`: empty otherwise, so an empty page says nothing
   * about the server by itself.
   */
  async logs(
    accountId: string,
    serverId: string,
    now: string,
    after: string | null,
    limit: number,
  ): Promise<Page<LogRow>> {
    const before = after === null ? Number.MAX_SAFE_INTEGER : Number(after);
    const rows = await this.driver.all(
      `SELECT ${LOGS.columns()} FROM mcp_logs WHERE server_id = ? AND seq < ? AND EXISTS (SELECT 1 FROM mcp_servers WHERE id = ? AND account_id = ? AND ${LIVE}) ORDER BY seq DESC LIMIT ?`,
      [serverId, before, serverId, accountId, now, limit + 1],
    );
    const kept = rows.slice(0, limit).map((row) => LOGS.decode(row));
    const last = kept[kept.length - 1];
    return { rows: kept, after: rows.length > limit && last ? String(last.seq) : null };
  }

  insertApiToken(row: ApiTokenRow): Promise<void> {
    return this.insert(API_TOKENS, row);
  }

  apiTokens(after: string | null, limit: number): Promise<Page<ApiTokenRow>> {
    return pageByCreation(this.driver, API_TOKENS, { where: '1 = 1', params: [] }, after, limit);
  }

  async hasApiTokenHash(tokenHash: string): Promise<boolean> {
    return (await this.driver.all('SELECT id FROM api_tokens WHERE token_hash = ?', [tokenHash])).length > 0;
  }

  async deleteApiToken(id: string): Promise<boolean> {
    return (await this.driver.run('DELETE FROM api_tokens WHERE id = ?', [id])) === 1;
  }
}

/** The PostgreSQL batch of recordCalls: `n` keeps the calls' order in the log. */
const RECORD_CALLS_PG = `WITH calls AS (
  SELECT * FROM json_to_recordset(CAST(? AS json))
    AS c(n integer, server_id text, time text, tool text, outcome text, upstream_status integer, duration_ms integer)
), used AS (
  UPDATE mcp_servers s SET last_used_at = latest.time
  FROM (SELECT server_id, max(time) AS time FROM calls GROUP BY server_id) latest
  WHERE s.id = latest.server_id RETURNING s.id
)
INSERT INTO mcp_logs (server_id, time, tool, outcome, upstream_status, duration_ms)
SELECT c.server_id, c.time, c.tool, c.outcome, c.upstream_status, c.duration_ms FROM calls c JOIN used u ON u.id = c.server_id ORDER BY c.n`;
