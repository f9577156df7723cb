/**
 * Rows as they are committed into a table of a test PostgreSQL store, written by another process
 * (a server child): a trigger the test adds NOTIFYs each inserted row, delivered at commit. A test
 * awaits the row it needs instead of polling the table against the clock.
 */
import pg from 'pg';
import { Printed } from './child.js';

type Row = Record<string, unknown>;

export interface Inserts {
  /** The first row inserted since `watchInserts` that satisfies `where`. */
  next(where: (row: Row) => boolean): Promise<Row>;
  close(): Promise<void>;
}

/** `url`: the store's `--store` value (its search_path names the schema the table is in). */
export async function watchInserts(url: string, table: string): Promise<Inserts> {
  if (!/^[a-z_]+$/.test(table)) {
    throw new Error(`not a table name: ${table}`);
  }
  const channel = `test_inserted_${table}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `CREATE OR REPLACE FUNCTION ${channel}() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN PERFORM pg_notify('${channel}', row_to_json(NEW)::text); RETURN NEW; END $$`,
  );
  await client.query(
    `CREATE OR REPLACE TRIGGER ${channel} AFTER INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${channel}()`,
  );
  // One JSON row a line, so that the waits of test/support/child.ts serve here too.
  const rows = new Printed();
  client.on('notification', (message) => rows.add(`${message.payload ?? '{}'}\n`));
  await client.query(`LISTEN ${channel}`);
  return {
    next: (where) =>
      rows.waitUntil(
        (text) =>
          text
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as Row)
            .find(where) ?? null,
        `a row in ${table}`,
        'PostgreSQL',
      ),
    async close() {
      await client.query(`DROP TRIGGER IF EXISTS ${channel} ON ${table}`);
      await client.end();
    },
  };
}
