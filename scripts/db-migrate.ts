// npm run db:migrate — applies pending migrations to the same database `npm start` uses.
import { applyMigrations } from "@/lib/platform/runtime/migrations";
import { startDatabase } from "@/lib/platform/runtime/database";

const database = await startDatabase();
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "The database is up to date.");
} finally {
  await database.stop();
}
