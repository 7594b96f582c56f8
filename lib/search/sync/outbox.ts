// Search index changes are queued in the same transaction as the listing change they follow,
// so a search outage (or a crash between commit and indexing) never loses an update. The same
// transaction sends a NOTIFY, so the worker (in whichever process) runs as soon as it commits.
import "server-only";
import type { Tx } from "@/lib/platform/db";
import { forgetCachedPages } from "@/lib/platform/page-cache/store";
import { refreshPostgresDocument, refreshPostgresDocuments } from "./indexer";
import { notifySearchOutbox } from "./mutations";

export type SearchChange = "upsert" | "remove";

/**
 * `action` records the caller's intent; the indexer always reads the listing's current state, so an
 * archived or unpublished listing leaves the index whichever action was queued.
 */
export async function enqueueSearchChange(tx: Tx, serviceId: string, action: SearchChange): Promise<void> {
  await tx.searchOutbox.create({ data: { serviceId, action } });
  // The PostgreSQL engine is updated in this same transaction: the fallback is never stale.
  await refreshPostgresDocument(tx, serviceId);
  forgetCachedPages();
  await notifySearchOutbox(tx);
}

/** enqueueSearchChange for many listings written in one transaction (bulk imports): one insert, one refresh. */
export async function enqueueSearchChanges(tx: Tx, serviceIds: string[], action: SearchChange): Promise<void> {
  if (!serviceIds.length) return;
  await tx.searchOutbox.createMany({ data: serviceIds.map((serviceId) => ({ serviceId, action })) });
  await refreshPostgresDocuments(tx, serviceIds);
  forgetCachedPages();
  await notifySearchOutbox(tx);
}
