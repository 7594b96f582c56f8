// The start of every command-line script: find or start the database, bring its schema up to
// date, and point DATABASE_URL (read by lib/platform/db.ts) at it.
import { applyMigrations } from "./migrations";
import { startDatabase, type RunningDatabase } from "./database";

export async function prepareDatabase(log: (m: string) => void = console.log): Promise<RunningDatabase> {
  const database = await startDatabase(log);
  process.env.DATABASE_URL = database.url;
  await applyMigrations(database.url, log);
  return database;
}
