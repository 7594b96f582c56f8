// The outbox's bookkeeping: rows queued in the listing's own transaction, claimed and marked by the
// worker, retried with a back-off, pruned after a week; and the NOTIFY that wakes the worker.
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { announcePageChange } from "@/lib/platform/page-cache/mutations";
import { SEARCH_OUTBOX_CHANNEL } from "./listener";

export type SearchChange = "upsert" | "remove";
/** Which index a change is for: a listing's, or an advice page's (its id is then in serviceId). */
export type SearchKind = "service" | "advice";
export type OutboxRow = { id: bigint; serviceId: string; kind: SearchKind; attempts: number };

export async function addOutboxRows(
  tx: Tx,
  ids: string[],
  action: SearchChange,
  kind: SearchKind = "service",
): Promise<void> {
  await tx.searchOutbox.createMany({ data: ids.map((serviceId) => ({ serviceId, action, kind })) });
}

/**
 * Wakes every listening search worker, in whichever process. Sent inside the writing transaction,
 * PostgreSQL delivers it only on commit (never for a rollback), when the outbox row is visible,
 * and folds repeats within one transaction into one.
 */
export async function notifySearchOutbox(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${SEARCH_OUTBOX_CHANNEL}, '')`;
}

/** Claims due rows; SKIP LOCKED lets two workers (say, the site and a reindex) run safely. */
async function claimOutboxRows(tx: Tx, limit: number): Promise<OutboxRow[]> {
  return tx.$queryRaw<OutboxRow[]>`
    SELECT id, "serviceId", kind, attempts FROM "SearchOutbox"
    WHERE "processedAt" IS NULL AND "availableAt" <= now()
    ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
}

async function markOutboxDone(tx: Tx, ids: bigint[]): Promise<void> {
  await tx.searchOutbox.updateMany({ where: { id: { in: ids } }, data: { processedAt: new Date() } });
}

/** Backs off 1 s, 2 s, 4 s … up to a minute, keeping the row (and so the change) until it succeeds. */
async function markOutboxFailed(tx: Tx, rows: OutboxRow[], error: string): Promise<void> {
  for (const r of rows) {
    const delayMs = Math.min(60_000, 1000 * 2 ** Math.min(r.attempts, 10));
    await tx.searchOutbox.update({
      where: { id: r.id },
      data: { attempts: { increment: 1 }, lastError: error.slice(0, 500), availableAt: new Date(Date.now() + delayMs) },
    });
  }
}

/** How many rows one batch claimed (0: none were due) and, when applying them failed, why. */
export type OutboxBatch = { claimed: number; error?: unknown };

/**
 * Claims one batch of due rows and hands them to `apply` while they stay locked; marks them done, or,
 * if `apply` throws, failed with a back-off (the error is returned, not thrown).
 */
export async function runOutboxBatch(limit: number, apply: (rows: OutboxRow[]) => Promise<void>): Promise<OutboxBatch> {
  return db().$transaction(
    async (tx) => {
      const rows = await claimOutboxRows(tx, limit);
      if (!rows.length) return { claimed: 0 };
      try {
        await apply(rows);
        await markOutboxDone(
          tx,
          rows.map((r) => r.id),
        );
        // Meilisearch has the change now: every server's pages cached from its old answers must go.
        await announcePageChange(tx);
        return { claimed: rows.length };
      } catch (error) {
        await markOutboxFailed(tx, rows, (error as Error).message);
        return { claimed: rows.length, error };
      }
    },
    { timeout: 120_000 },
  );
}

/** After a full reindex: the changes queued before it began are already in the index. */
export async function markOutboxDoneUpTo(max: bigint): Promise<void> {
  await db().searchOutbox.updateMany({
    where: { id: { lte: max }, processedAt: null },
    data: { processedAt: new Date() },
  });
}

/** When Meilisearch comes back, waiting rows are due at once rather than after their back-off. */
export async function makeOutboxDueNow(): Promise<number> {
  return db()
    .$executeRaw`UPDATE "SearchOutbox" SET "availableAt" = now() WHERE "processedAt" IS NULL AND "availableAt" > now()`;
}

/** Processed rows are kept a week for troubleshooting, then dropped; rows never applied stay. */
export async function pruneOutbox(before = new Date(Date.now() - 7 * 86_400_000)): Promise<number> {
  const { count } = await db().searchOutbox.deleteMany({ where: { processedAt: { lt: before } } });
  return count;
}
