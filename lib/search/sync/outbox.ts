// Search index changes are queued in the same transaction as the listing change they follow,
// so a search outage (or a crash between commit and indexing) never loses an update. The same
// transaction sends a NOTIFY, so the worker (in whichever process) runs as soon as it commits, and
// NOTIFY page_changed, so every server clears its cached pages (the PostgreSQL engine is exact at commit).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { announcePageChange } from "@/lib/platform/page-cache/mutations";
import { refreshPostgresAdvice, refreshPostgresDocuments } from "./indexer";
import { addOutboxRows, notifySearchOutbox, type SearchChange } from "./mutations";

/**
 * `action` records the caller's intent; the indexer always reads the listing's current state, so an
 * archived or unpublished listing leaves the index whichever action was queued.
 */
export async function enqueueSearchChange(
  tx: Prisma.TransactionClient,
  serviceId: string,
  action: SearchChange,
): Promise<void> {
  await enqueueSearchChanges(tx, [serviceId], action);
}

/** enqueueSearchChange for many listings written in one transaction (bulk imports): one insert, one refresh. */
export async function enqueueSearchChanges(
  tx: Prisma.TransactionClient,
  serviceIds: string[],
  action: SearchChange,
): Promise<void> {
  if (!serviceIds.length) return;
  await addOutboxRows(tx, serviceIds, action);
  // The PostgreSQL engine is updated in this same transaction: the fallback is never stale.
  await refreshPostgresDocuments(tx, serviceIds);
  await notifySearchOutbox(tx);
  await announcePageChange(tx);
}

/** The same for advice pages, written when a version of one is approved (or pages are seeded). */
export async function enqueueAdviceSearchChanges(
  tx: Prisma.TransactionClient,
  adviceIds: string[],
  action: SearchChange,
): Promise<void> {
  if (!adviceIds.length) return;
  await addOutboxRows(tx, adviceIds, action, "advice");
  await refreshPostgresAdvice(tx, adviceIds);
  await notifySearchOutbox(tx);
  await announcePageChange(tx);
}
