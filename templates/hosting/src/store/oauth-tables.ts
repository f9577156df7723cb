/**
 * The OAuth front door's tables, as store migration 2 (oauth/records.ts reads and writes the clients
 * and requests). `oauth_tokens` is no longer written: the authorization server's records are in
 * `oauth_models` (migration 50); retention drains what is left.
 */
export const OAUTH_MIGRATION = {
  version: 2,
  name: 'oauth clients, requests, codes, tokens',
  statements: [
    `CREATE TABLE oauth_clients (
      client_id TEXT PRIMARY KEY,
      metadata TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`,
    `CREATE TABLE oauth_requests (
      id_hash TEXT PRIMARY KEY,
      request TEXT NOT NULL,
      account_id TEXT REFERENCES accounts(id) ON DELETE CASCADE,
      expires_at TEXT NOT NULL
    )`,
    `CREATE TABLE oauth_tokens (
      token_hash TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      server_id TEXT NOT NULL REFERENCES mcp_servers(id) ON DELETE CASCADE,
      client_id TEXT NOT NULL,
      grant_data TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      used INTEGER NOT NULL DEFAULT 0
    )`,
    'CREATE INDEX oauth_tokens_server ON oauth_tokens (server_id)',
  ],
};
