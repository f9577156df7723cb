/**
 * `--store` / `MCP_STORE_URL`: `sqlite:PATH` or `postgres://...`. Opening runs the migrations.
 * The URL may hold a database password, so it never appears in messages: only its kind does.
 */
import type { Outcome } from 'saas-mcp-runtime/host';
import { DEFAULT_STORE_TIMEOUT_MS, type DeadlineOptions, withDeadline } from './deadline.js';
import type { SqlDriver } from './driver.js';
import { migrate } from './migrations.js';

export type StoreLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export function parseStoreUrl(text: string): Outcome<StoreLocation> {
  if (text.startsWith('sqlite:')) {
    const path = text.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path.trim() === '') {
      return { ok: false, message: 'the store URL sqlite: needs a file path, e.g. sqlite:./egnyte-mcp.db' };
    }
    return { ok: true, value: { kind: 'sqlite', path } };
  }
  if (/^postgres(ql)?:\/\//.test(text)) {
    return { ok: true, value: { kind: 'postgres', url: text } };
  }
  return { ok: false, message: 'the store URL must be sqlite:PATH or postgres://user@host/database' };
}

/** What startup may print: the kind and, for SQLite, the file; never a PostgreSQL password. */
export function describeStore(location: StoreLocation): string {
  if (location.kind === 'sqlite') {
    return `SQLite file ${location.path}`;
  }
  const url = new URL(location.url);
  return `PostgreSQL database ${url.pathname.slice(1) || '(default)'} on ${url.hostname}${url.port ? `:${url.port}` : ''}`;
}

/** Drivers load on first use: a stdio server never loads native code, and a missing build is named. */
async function connect(location: StoreLocation, timeoutMs: number): Promise<SqlDriver> {
  const driverName = location.kind === 'sqlite' ? 'better-sqlite3' : 'pg';
  let adapter: { open(target: string, timeoutMs: number): SqlDriver };
  try {
    adapter =
      location.kind === 'sqlite'
        ? { open: (await import('./sqlite.js')).openSqlite }
        : { open: (await import('./postgres.js')).openPostgres };
  } catch (error) {
    throw new Error(
      `the ${driverName} driver did not load (${(error as Error).message.split('\n')[0]}); reinstall the package so its dependencies build`,
    );
  }
  return adapter.open(location.kind === 'sqlite' ? location.path : location.url, timeoutMs);
}

export async function openStore(
  location: StoreLocation,
  now: Date,
  deadline: DeadlineOptions = { timeoutMs: DEFAULT_STORE_TIMEOUT_MS },
): Promise<SqlDriver> {
  const raw = await connect(location, deadline.timeoutMs);
  const driver = withDeadline(raw, deadline);
  try {
    // Migrations may build indexes on big tables: only the driver's own timeouts bound them.
    await migrate(raw, now);
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw new Error(`could not open the store (${describeStore(location)}): ${(error as Error).message}`);
  }
  return driver;
}
