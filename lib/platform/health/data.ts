import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/platform/db";
import { log } from "@/lib/platform/logging/logger";

export async function checkDatabase(): Promise<{ status: "ok" | "down"; latencyMs?: number; error?: string }> {
  const started = performance.now();
  try {
    await db().$queryRaw`SELECT 1`;
    return { status: "ok", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    log.error({ err: error }, "Health check: the database is not reachable");
    return { status: "down", error: "The database is not reachable" };
  }
}

export type MigrationStatus =
  | { status: "ok"; applied: number }
  | { status: "behind"; missing: string[]; error: string }
  | { status: "not checked"; error: string };

// The migrations this build ships with; they cannot change while the process runs.
let shipped: string[] | undefined;
function shippedMigrations(dir = path.resolve("prisma/migrations")): string[] {
  shipped ??= fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
        .map((d) => d.name)
        .sort()
    : [];
  return shipped;
}

/**
 * Whether every migration this build ships with has been applied (`npm run db:migrate` records them in
 * _prisma_migrations, as `prisma migrate deploy` does). A server whose database is behind would fail
 * on the first query that needs a new column, so it is not ready.
 */
export async function checkMigrations(): Promise<MigrationStatus> {
  const expected = shippedMigrations();
  if (!expected.length)
    return { status: "not checked", error: "This copy of the site has no prisma/migrations folder to compare with" };
  let rows: { migration_name: string }[];
  try {
    rows = await db().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  } catch {
    rows = []; // no _prisma_migrations table: nothing has been applied
  }
  const applied = new Set(rows.map((r) => r.migration_name));
  const missing = expected.filter((name) => !applied.has(name));
  if (!missing.length) return { status: "ok", applied: expected.length };
  return {
    status: "behind",
    missing,
    error: `${missing.length} database migration(s) not applied: run npm run db:migrate`,
  };
}
