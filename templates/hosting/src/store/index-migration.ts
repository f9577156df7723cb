/**
 * Indexes for the admin calls at scale (#22): the purge of expired servers reads only expired rows
 * (`expires_at`), and the accounts and API-token lists page in their sort order (`created_at, id`)
 * instead of sorting the table. Version 40: the performance branch's range (gaps are fine).
 */
// Typed where migrations.ts lists it (importing the type back would be a file cycle).
export const INDEX_MIGRATION = {
  version: 40,
  name: 'indexes for expiry purge and list order',
  statements: [
    'CREATE INDEX mcp_servers_expiry ON mcp_servers (expires_at) WHERE expires_at IS NOT NULL',
    'CREATE INDEX accounts_created ON accounts (created_at, id)',
    'CREATE INDEX api_tokens_created ON api_tokens (created_at, id)',
  ],
};
