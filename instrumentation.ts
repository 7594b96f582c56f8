// Runs once when the Next.js server starts: starts the search-index worker, which applies queued
// listing changes to Meilisearch (see docs/decisions/0004-search-engines-and-index-sync.md).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { startSearchWorker } = await import("@/lib/search/sync/worker");
  startSearchWorker();
}
