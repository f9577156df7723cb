/**
 * The store schema as numbered migrations, applied in order at start-up inside one transaction.
 * The same SQL serves both databases; `{{serial}}` is the only per-dialect word. Times are ISO-8601
 * text (sortable), booleans 0/1. Never edit a released migration: add the next one.
 */
import type { Dialect, SqlDriver } from './driver.js';
import { FRONT_DOOR_MIGRATIONS } from './front-door-tables.js';
import { INDEX_MIGRATION } from './index-migration.js';
import { OAUTH_MIGRATION } from './oauth-tables.js';
import { OIDC_MIGRATIONS } from './oidc-tables.js';
import { RETENTION_MIGRATION } from './retention-indexes.js';
import { integer, rowDecoder } from './rows.js';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts, servers, logs, api tokens',
    statements: [
      `CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        domain TEXT,
        base_url TEXT NOT NULL,
        status TEXT NOT NULL,
        credentials TEXT,
        credentials_version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `CREATE TABLE oauth_states (
        state_hash TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        expires_at TEXT NOT NULL
      )`,
      `CREATE TABLE mcp_servers (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        config TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        expires_at TEXT,
        require_api_token_auth INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_used_at TEXT
      )`,
      'CREATE INDEX mcp_servers_account ON mcp_servers (account_id, created_at, id)',
      `CREATE TABLE mcp_logs (
        seq {{serial}},
        server_id TEXT NOT NULL REFERENCES mcp_servers(id) ON DELETE CASCADE,
        time TEXT NOT NULL,
        tool TEXT NOT NULL,
        outcome TEXT NOT NULL,
        upstream_status INTEGER,
        duration_ms INTEGER NOT NULL
      )`,
      'CREATE INDEX mcp_logs_server ON mcp_logs (server_id, seq)',
      `CREATE TABLE api_tokens (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      )`,
    ],
  },
  // In version order: the order they are applied in.
  OAUTH_MIGRATION,
  ...FRONT_DOOR_MIGRATIONS,
  RETENTION_MIGRATION,
  INDEX_MIGRATION,
  ...OIDC_MIGRATIONS,
];

const SERIAL: Record<Dialect, string> = {
  sqlite: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  postgres: 'BIGSERIAL PRIMARY KEY',
};

const VERSIONS = rowDecoder<{ version: number }>('schema_migrations', { version: integer });

/** Any number: several instances starting at once on one PostgreSQL database take turns. */
const MIGRATION_LOCK = 7_400_417;

/** Applies the migrations the store lacks; returns their versions. Refuses a store newer than this code. */
export async function migrate(
  driver: SqlDriver,
  now: Date,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  return driver.transaction(async (tx) => {
    if (tx.dialect === 'postgres') {
      await tx.all('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    }
    await tx.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const rows = await tx.all('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => VERSIONS.decode(row).version));
    const newest = Math.max(0, ...applied);
    const known = Math.max(0, ...migrations.map((m) => m.version));
    if (newest > known) {
      throw new Error(
        `the store has schema version ${newest}, newer than this server knows (${known}); upgrade the server`,
      );
    }
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) {
        continue;
      }
      for (const statement of migration.statements) {
        await tx.run(statement.replace('{{serial}}', SERIAL[tx.dialect]));
      }
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        now.toISOString(),
      ]);
      done.push(migration.version);
    }
    return done;
  });
}
