/**
 * The authorization server's own records (oauth/adapter.ts: node-oidc-provider's storage adapter),
 * as store migration 50. One table for every model the provider keeps (grants, codes, access and
 * refresh tokens, interactions, sessions): keyed by a hash of model and id, so a code or token is
 * never stored in plaintext. `server_id` ties a grant's rows to its MCP server record: deleting the
 * grant (admin API) deletes them with it. Versions 50-59 belong to this part of the schema.
 */
export const OIDC_MIGRATIONS = [
  {
    version: 50,
    name: 'authorization server records (node-oidc-provider adapter)',
    statements: [
      `CREATE TABLE oauth_models (
        id_hash TEXT PRIMARY KEY,
        model TEXT NOT NULL,
        payload TEXT NOT NULL,
        grant_id TEXT,
        uid_hash TEXT,
        server_id TEXT REFERENCES mcp_servers(id) ON DELETE CASCADE,
        expires_at TEXT NOT NULL,
        consumed INTEGER NOT NULL DEFAULT 0
      )`,
      'CREATE INDEX oauth_models_grant ON oauth_models (grant_id)',
      'CREATE INDEX oauth_models_uid ON oauth_models (uid_hash)',
      'CREATE INDEX oauth_models_server ON oauth_models (server_id)',
      'CREATE INDEX oauth_models_expiry ON oauth_models (expires_at)',
    ],
  },
];
