// PostgreSQL advisory locks for work that only one server may do at a time, however many run
// (ADR 0021). Every key the project uses is listed here, in one place, so none is used twice.
// The lock belongs to one dedicated connection held for the whole run: if the process dies, the
// connection closes and PostgreSQL releases the lock, so a crash never leaves it stuck.
import pg from "pg";
import { databaseTimeouts } from "@/lib/platform/db-timeouts";
import { directDatabaseUrl } from "@/lib/platform/notify-listener";

export const LOCK_KEYS = {
  /** Applying migrations (migrations.ts). Waited for, not skipped: every server needs them before it starts. */
  migrations: 724_117_001,
  /** The full search reindex (reindexAll): at start-up, `npm run search:reindex`, and when an index is lost. */
  searchReindex: 724_117_002,
  /** The scheduled jobs (`npm run jobs:run`): reminders, retention, old rate-limit counts. */
  scheduledJobs: 724_117_003,
} as const;

export type LockName = keyof typeof LOCK_KEYS;
export type LockedRun<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `run` only if no other connection holds the lock (pg_try_advisory_lock); otherwise returns
 * `{ ran: false }` at once, so the caller can say another server is already doing it.
 */
export async function withAdvisoryLock<T>(
  name: Exclude<LockName, "migrations">,
  run: () => Promise<T>,
  connectionString = directDatabaseUrl(),
): Promise<LockedRun<T>> {
  const key = LOCK_KEYS[name];
  const client = new pg.Client({
    connectionString,
    application_name: `lock:${name}`,
    connectionTimeoutMillis: databaseTimeouts().connectMs,
  });
  // A dropped connection must not crash the process; the run's own queries will report the trouble.
  client.on("error", () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [key]);
    if (!rows[0].locked) return { ran: false };
    try {
      return { ran: true, value: await run() };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [key]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}
