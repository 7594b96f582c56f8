// npm run db:migrate — applies pending migrations to the database (DATABASE_URL, or the embedded one
// `npm start` uses), then adds the starter vocabulary and thesaurus when they are missing. Never adds
// demo listings or advice pages: it is the production release step (docs/deploying.md, ADR 0022).
import { db } from "@/lib/platform/db";
import { applyMigrations } from "@/lib/platform/runtime/migrations";
import { startDatabase } from "@/lib/platform/runtime/database";
import { addStarterContent } from "@/prisma/seed/seed";

const database = await startDatabase();
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "The database is up to date.");
  process.env.DATABASE_URL = database.url;
  await addStarterContent(db());
} catch (error) {
  console.error(`The database could not be brought up to date: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db().$disconnect();
  await database.stop();
}
