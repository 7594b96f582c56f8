// The page cache's one write: telling every server that public pages may have changed (ADR 0021).
import { db, type Tx } from "@/lib/platform/db";

/** Every server LISTENs here (changes.ts) and clears its page cache when it hears it. */
export const PAGE_CHANGED_CHANNEL = "page_changed";

/**
 * What changed: "pages" (a listing, an advice page, anything a signed-in person did), or "vocabulary" (the
 * needs and categories or the thesaurus, which every page is built from: servers reload their copies too).
 */
export type PageChange = "pages" | "vocabulary";

/**
 * Sent inside the writing transaction when there is one: PostgreSQL delivers it only on commit (never
 * for a rollback) and folds repeats within a transaction into one. Without a transaction it goes at once.
 */
export async function announcePageChange(tx?: Tx, change: PageChange = "pages"): Promise<void> {
  await (tx ?? db()).$executeRaw`SELECT pg_notify(${PAGE_CHANGED_CHANNEL}, ${change})`;
}
