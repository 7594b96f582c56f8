// Search index changes are queued in the same transaction as the listing change they follow,
// so a search outage (or a crash between commit and indexing) never loses an update.
import "server-only";
import type { Tx } from "@/lib/db";

export type SearchChange = "upsert" | "remove";

export async function enqueueSearchChange(tx: Tx, serviceId: string, action: SearchChange): Promise<void> {
  await tx.searchOutbox.create({ data: { serviceId, action } });
}
