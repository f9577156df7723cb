/** Store migration 30 (issue 21): the indexes the retention purges (retention.ts) find their rows by. */
export const RETENTION_MIGRATION = {
  version: 30,
  name: 'indexes for retention purges',
  statements: [
    'CREATE INDEX mcp_logs_time ON mcp_logs (time)',
    'CREATE INDEX oauth_states_expiry ON oauth_states (expires_at)',
    'CREATE INDEX oauth_requests_expiry ON oauth_requests (expires_at)',
    'CREATE INDEX oauth_tokens_expiry ON oauth_tokens (expires_at)',
    'CREATE INDEX accounts_status ON accounts (status, created_at)',
  ],
};
