/**
 * `--store` / `MCP_STORE_URL`: `sqlite:PATH` or `postgres://...`. Opening runs the migrations.
 * The URL may hold a database password, so it never appears in messages: only its kind does.
 */
import type { Outcome } from '../credentials.js';
import type { SqlDriver } from './driver.js';
import { migrate } from './migrations.js';
import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';

export type StoreLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export function parseStoreUrl(text: string): Outcome<StoreLocation> {
  if (text.startsWith('sqlite:')) {
    const path = text.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path.trim() === '') return { ok: false, message: 'the store URL sqlite: needs a file path, e.g. sqlite:./egnyte-mcp.db' };
    return { ok: true, value: { kind: 'sqlite', path } };
  }
  if (/^postgres(ql)?:\/\//.test(text)) return { ok: true, value: { kind: 'postgres', url: text } };
  return { ok: false, message: 'the store URL must be sqlite:PATH or postgres://user@host/database' };
}

/** What startup may print: the kind and, for SQLite, the file; never a PostgreSQL password. */
export function describeStore(location: StoreLocation): string {
  if (location.kind === 'sqlite') return `SQLite file ${location.path}`;
  const url = new URL(location.url);
  return `PostgreSQL database ${url.pathname.slice(1) || '(default)'} on ${url.hostname}${url.port ? `:${url.port}` : ''}`;
}

export async function openStore(location: StoreLocation, now: Date): Promise<SqlDriver> {
  const driver = location.kind === 'sqlite' ? openSqlite(location.path) : openPostgres(location.url);
  try {
    await migrate(driver, now);
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw new Error(`could not open the store (${describeStore(location)}): ${(error as Error).message}`);
  }
  return driver;
}
