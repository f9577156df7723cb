/**
 * The store's records and every query the control plane runs, over either driver. Secrets arrive
 * here already sealed (account credentials) or hashed (URL and API tokens): nothing in these
 * tables opens an account without MCP_SERVER_SECRET.
 */
import type { SqlDriver } from './driver.js';

export interface AccountRow {
  id: string;
  name: string;
  domain: string | null;
  base_url: string;
  /** `active`, `pending` (OAuth connect under way) or `needs_reauth`. */
  status: string;
  /** Sealed credentials JSON; null until an OAuth connect completes. */
  credentials: string | null;
  credentials_version: number;
  created_at: string;
  updated_at: string;
}

export interface ServerRow {
  id: string;
  account_id: string;
  name: string;
  /** JSON `{methods?, tags?, tool_exposure?}`. */
  config: string;
  token_hash: string;
  expires_at: string | null;
  require_api_token_auth: number;
  created_at: string;
  updated_at: string;
  last_used_at: string | null;
}

export interface LogRow {
  seq: number;
  server_id: string;
  time: string;
  tool: string;
  outcome: string;
  upstream_status: number | null;
  duration_ms: number;
}

export interface ApiTokenRow {
  id: string;
  name: string;
  token_hash: string;
  created_at: string;
}

export interface Page<T> {
  rows: T[];
  /** The sort key of the last row when more may follow. */
  after: string | null;
}

const ACCOUNT_COLUMNS = 'id, name, domain, base_url, status, credentials, credentials_version, created_at, updated_at';
const SERVER_COLUMNS =
  'id, account_id, name, config, token_hash, expires_at, require_api_token_auth, created_at, updated_at, last_used_at';

/**
 * Rows after a `created_at|id` key, one more than asked so we know whether another page exists.
 * The row-value comparison lets both databases seek the `(…, created_at, id)` index to the key.
 */
async function pageByCreation<T extends { created_at: string; id: string }>(
  driver: SqlDriver,
  sql: { table: string; columns: string; where: string; params: Array<string | number> },
  after: string | null,
  limit: number,
): Promise<Page<T>> {
  const [afterTime = '', afterId = ''] = after === null ? [] : after.split('|');
  const rows = await driver.all<T>(
    `SELECT ${sql.columns} FROM ${sql.table} WHERE ${sql.where} AND (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT ?`,
    [...sql.params, afterTime, afterId, limit + 1],
  );
  const more = rows.length > limit;
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  return { rows: kept, after: more && last ? `${last.created_at}|${last.id}` : null };
}

export class Records {
  constructor(readonly driver: SqlDriver) {}

  async insertAccount(row: AccountRow): Promise<void> {
    await this.driver.run(`INSERT INTO accounts (${ACCOUNT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
      row.id,
      row.name,
      row.domain,
      row.base_url,
      row.status,
      row.credentials,
      row.credentials_version,
      row.created_at,
      row.updated_at,
    ]);
  }

  async account(id: string): Promise<AccountRow | undefined> {
    return (await this.driver.all<AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = ?`, [id]))[0];
  }

  accounts(after: string | null, limit: number): Promise<Page<AccountRow>> {
    return pageByCreation(
      this.driver,
      { table: 'accounts', columns: ACCOUNT_COLUMNS, where: '1 = 1', params: [] },
      after,
      limit,
    );
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
    return (
      await this.driver.all<{ account_id: string; expires_at: string }>(
        'DELETE FROM oauth_states WHERE state_hash = ? RETURNING account_id, expires_at',
        [stateHash],
      )
    )[0];
  }

  async insertServer(row: ServerRow): Promise<void> {
    await this.driver.run(`INSERT INTO mcp_servers (${SERVER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
      row.id,
      row.account_id,
      row.name,
      row.config,
      row.token_hash,
      row.expires_at,
      row.require_api_token_auth,
      row.created_at,
      row.updated_at,
      row.last_used_at,
    ]);
  }

  async server(accountId: string, id: string): Promise<ServerRow | undefined> {
    return (
      await this.driver.all<ServerRow>(`SELECT ${SERVER_COLUMNS} FROM mcp_servers WHERE account_id = ? AND id = ?`, [
        accountId,
        id,
      ])
    )[0];
  }

  /** The server a URL token opens, with its account: one indexed query per MCP request. */
  async serverByTokenHash(tokenHash: string): Promise<{ server: ServerRow; account: AccountRow } | undefined> {
    const columns = [
      ...SERVER_COLUMNS.split(', ').map((c) => `s.${c}`),
      ...ACCOUNT_COLUMNS.split(', ').map((c) => `a.${c} AS a_${c}`),
    ].join(', ');
    const row = (
      await this.driver.all<Record<string, unknown>>(
        `SELECT ${columns} FROM mcp_servers s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = ?`,
        [tokenHash],
      )
    )[0];
    if (!row) {
      return undefined;
    }
    const account = Object.fromEntries(
      ACCOUNT_COLUMNS.split(', ').map((c) => [c, row[`a_${c}`]]),
    ) as unknown as AccountRow;
    const server = Object.fromEntries(SERVER_COLUMNS.split(', ').map((c) => [c, row[c]])) as unknown as ServerRow;
    return { server, account };
  }

  servers(accountId: string, after: string | null, limit: number): Promise<Page<ServerRow>> {
    return pageByCreation(
      this.driver,
      { table: 'mcp_servers', columns: SERVER_COLUMNS, where: 'account_id = ?', params: [accountId] },
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

  /** Purges every server whose expiry has passed; returns how many. */
  async deleteExpiredServers(now: string): Promise<number> {
    return this.driver.run('DELETE FROM mcp_servers WHERE expires_at IS NOT NULL AND expires_at <= ?', [now]);
  }

  /**
   * Tool calls: for each a log row and `last_used_at`; a server deleted meanwhile takes neither.
   * PostgreSQL: one statement per call. SQLite (no UPDATE inside WITH): all of them in one transaction.
   */
  async recordCalls(logs: ReadonlyArray<Omit<LogRow, 'seq'>>): Promise<void> {
    if (this.driver.dialect === 'postgres') {
      for (const log of logs) {
        await this.driver.run(
          'WITH used AS (UPDATE mcp_servers SET last_used_at = ? WHERE id = ? RETURNING id) INSERT INTO mcp_logs (server_id, time, tool, outcome, upstream_status, duration_ms) SELECT id, ?, ?, ?, ?, ? FROM used',
          [log.time, log.server_id, log.time, log.tool, log.outcome, log.upstream_status, log.duration_ms],
        );
      }
      return;
    }
    await this.driver.transaction(async (tx) => {
      for (const log of logs) {
        await tx.run('UPDATE mcp_servers SET last_used_at = ? WHERE id = ?', [log.time, log.server_id]);
        await tx.run(
          'INSERT INTO mcp_logs (server_id, time, tool, outcome, upstream_status, duration_ms) SELECT id, ?, ?, ?, ?, ? FROM mcp_servers WHERE id = ?',
          [log.time, log.tool, log.outcome, log.upstream_status, log.duration_ms, log.server_id],
        );
      }
    });
  }

  /** Newest first; `after` is the last `seq` seen. */
  async logs(serverId: string, after: string | null, limit: number): Promise<Page<LogRow>> {
    const before = after === null ? Number.MAX_SAFE_INTEGER : Number(after);
    const rows = await this.driver.all<LogRow>(
      'SELECT seq, server_id, time, tool, outcome, upstream_status, duration_ms FROM mcp_logs WHERE server_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?',
      [serverId, before, limit + 1],
    );
    const kept = rows.slice(0, limit).map((row) => ({ ...row, seq: Number(row.seq) }));
    const last = kept[kept.length - 1];
    return { rows: kept, after: rows.length > limit && last ? String(last.seq) : null };
  }

  async insertApiToken(row: ApiTokenRow): Promise<void> {
    await this.driver.run('INSERT INTO api_tokens (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)', [
      row.id,
      row.name,
      row.token_hash,
      row.created_at,
    ]);
  }

  apiTokens(after: string | null, limit: number): Promise<Page<ApiTokenRow>> {
    return pageByCreation(
      this.driver,
      { table: 'api_tokens', columns: 'id, name, token_hash, created_at', where: '1 = 1', params: [] },
      after,
      limit,
    );
  }

  async hasApiTokenHash(tokenHash: string): Promise<boolean> {
    return (await this.driver.all('SELECT id FROM api_tokens WHERE token_hash = ?', [tokenHash])).length > 0;
  }

  async deleteApiToken(id: string): Promise<boolean> {
    return (await this.driver.run('DELETE FROM api_tokens WHERE id = ?', [id])) === 1;
  }
}
