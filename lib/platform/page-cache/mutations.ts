// The page cache's one write: telling every server that public pages may have changed (ADR 0021).
import { db, type Tx } from "@/lib/platform/db";

/** Every server LISTENs here (changes.ts) and clears its page cache when it hears it. */
export const PAGE_CHANGED_CHANNEL = "page_changed";

/**
 * Sent inside the writing transaction when there is one: PostgreSQL delivers it only on commit (never
 * for a rollback) and folds repeats within a transaction into one. Without a transaction it goes at once.
 */
export async function announcePageChange(tx?: Tx): Promise<void> {
  await (tx ?? db()).$executeRaw`SELECT pg_notify(${PAGE_CHANGED_CHANNEL}, '')`;
}
