/**
 * The two stores every control-plane suite runs against: a SQLite file in a temporary folder and a
 * PostgreSQL schema of its own (127.0.0.1:5432, trust auth, database `test`), dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { SqlDriver } from '../../templates/hosting/src/store/driver.js';
import { openStore, parseStoreUrl } from '../../templates/hosting/src/store/open.js';

export const PG_BASE = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore {
  kind: 'sqlite' | 'postgres';
  /** The `--store` value. */
  url: string;
  /** The SQLite file (sqlite only). */
  file?: string;
  /** The PostgreSQL schema (postgres only). */
  schema?: string;
  drop(): Promise<void>;
}

export const STORE_KINDS = ['sqlite', 'postgres'] as const;

export async function createTestStore(kind: 'sqlite' | 'postgres'): Promise<TestStore> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'mcp-store-'));
    const file = path.join(dir, 'store.db');
    return { kind, url: `sqlite:${file}`, file, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_BASE });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = `${PG_BASE}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    kind,
    url,
    schema,
    async drop() {
      const client = new pg.Client({ connectionString: PG_BASE });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** A test store opened (migrated at `now`) through the server's own `openStore`, with its driver. */
export async function openTestStore(
  kind: 'sqlite' | 'postgres',
  now: Date,
): Promise<{ store: TestStore; driver: SqlDriver }> {
  const store = await createTestStore(kind);
  const location = parseStoreUrl(store.url);
  if (!location.ok) {
    throw new Error(location.message);
  }
  return { store, driver: await openStore(location.value, now) };
}

/** Every text value in every table of the store, for "the store holds no secret" checks. */
export async function dumpStore(store: TestStore): Promise<string> {
  if (store.kind === 'sqlite') {
    const { readFileSync, existsSync } = await import('node:fs');
    // The file itself, WAL included: a secret must not sit in any page, live or not.
    return ['', '-wal']
      .map((suffix) =>
        existsSync(`${store.file}${suffix}`) ? readFileSync(`${store.file}${suffix}`).toString('latin1') : '',
      )
      .join('\n');
  }
  const client = new pg.Client({ connectionString: store.url });
  await client.connect();
  const tables = await client.query<{ table_name: string }>(
    'SELECT table_name FROM information_schema.tables WHERE table_schema = $1',
    [store.schema],
  );
  const parts: string[] = [];
  for (const { table_name } of tables.rows) {
    parts.push(JSON.stringify((await client.query(`SELECT * FROM ${table_name}`)).rows));
  }
  await client.end();
  return parts.join('\n');
}
