// The site's own backup format, for when no pg_dump as new as the server is installed (the embedded
// PostgreSQL 18 ships no pg_dump, and Debian 12's pg_dump 15 refuses a newer server). A gzipped file
// of JSON lines: a header naming the applied migrations, then each table's rows as PostgreSQL's own
// row_to_json text, read in one consistent snapshot. Restoring turns each row back with
// json_populate_recordset, so every type (arrays, JSON, tsvector, timestamps, bigints) keeps its
// exact value; it needs a superuser (the embedded database's own user) to load tables in any order.
import fs from "node:fs";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import zlib from "node:zlib";
import pg from "pg";

export const LOGICAL_FORMAT = "localoffer-backup";
const BATCH = 500;

type Header = { format: typeof LOGICAL_FORMAT; version: 1; serverVersion: string; migrations: string[] };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function tableNames(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
     ORDER BY tablename`,
  );
  return rows.map((r) => r.name);
}

async function migrationNames(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

async function* dumpLines(client: pg.Client): AsyncGenerator<string> {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const { rows } = await client.query<{ v: string }>("SHOW server_version");
    const header: Header = {
      format: LOGICAL_FORMAT,
      version: 1,
      serverVersion: rows[0].v,
      migrations: await migrationNames(client),
    };
    yield JSON.stringify(header) + "\n";
    for (const table of await tableNames(client)) {
      yield JSON.stringify({ table }) + "\n";
      await client.query(
        `DECLARE rows_out NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS r FROM ${quote(table)} t`,
      );
      for (;;) {
        const batch = await client.query<{ r: string }>(`FETCH ${BATCH} FROM rows_out`);
        if (!batch.rows.length) break;
        yield batch.rows.map((row) => row.r + "\n").join("");
      }
      await client.query("CLOSE rows_out");
    }
  } finally {
    await client.query("COMMIT");
  }
}

export async function writeLogicalBackup(url: string, file: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await pipeline(Readable.from(dumpLines(client)), zlib.createGzip(), fs.createWriteStream(file));
  } finally {
    await client.end();
  }
}

/** Reads the header, or undefined when the file is not in this format. */
export async function readLogicalHeader(file: string): Promise<Header | undefined> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()) });
  try {
    for await (const line of lines) {
      const header = JSON.parse(line) as Partial<Header>;
      return header.format === LOGICAL_FORMAT ? (header as Header) : undefined;
    }
  } catch {
    return undefined; // not gzip, or not JSON
  } finally {
    lines.close();
  }
  return undefined;
}

/** Empties every table and loads the backup's rows, in one transaction: all or nothing. */
export async function restoreLogicalBackup(url: string, file: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const header = await readLogicalHeader(file);
    if (!header) throw new Error("not a backup");
    const here = await migrationNames(client);
    if (header.migrations.join() !== here.join())
      throw new BackupMismatch(
        "This backup was made by a different version of the site (its database changes differ from this one's). " +
          "Restore it with the version that made it.",
      );
    const tables = await tableNames(client);
    await client.query("BEGIN");
    // Foreign keys are checked by the source database already; replica mode loads tables in any order.
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query(`TRUNCATE ${tables.map(quote).join(", ")} RESTART IDENTITY CASCADE`);
    await loadRows(client, file, new Set(tables));
    await resetSequences(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

async function loadRows(client: pg.Client, file: string, tables: Set<string>): Promise<void> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()) });
  let table: string | undefined;
  let columns = "";
  let batch: string[] = [];
  const flush = async () => {
    if (!table || !batch.length) return;
    await client.query(
      `INSERT INTO ${quote(table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`,
      [`[${batch.join(",")}]`],
    );
    batch = [];
  };
  let first = true;
  for await (const line of lines) {
    if (first) {
      first = false; // the header
      continue;
    }
    if (line.startsWith('{"table":')) {
      await flush();
      table = (JSON.parse(line) as { table: string }).table;
      if (!tables.has(table)) throw new BackupMismatch(`This backup has a table this database does not: ${table}.`);
      columns = (await writableColumns(client, table)).map(quote).join(", ");
      continue;
    }
    batch.push(line);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
}

/** Generated columns are computed by PostgreSQL and cannot be written. */
async function writableColumns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
     WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [quote(table)],
  );
  return rows.map((r) => r.name);
}

/** Sequences (autoincrement ids) carry on after the restored rows' highest id. */
async function resetSequences(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ tbl: string; col: string; seq: string }>(
    `SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
     FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0
       AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
  );
  for (const r of rows)
    await client.query(
      `SELECT setval($1, coalesce(max(${quote(r.col)}), 1), max(${quote(r.col)}) IS NOT NULL) FROM ${quote(r.tbl)}`,
      [r.seq],
    );
}

/** The backup cannot go into this database as it is: the message says why, in plain words. */
export class BackupMismatch extends Error {}
