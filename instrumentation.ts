// Runs once when the Next.js server starts: starts the search-index worker, which applies queued
// listing changes to Meilisearch (see docs/decisions/0004-search-engines-and-index-sync.md), unless
// SEARCH_WORKER=off, and the listener that clears this server's page cache whenever any server
// changes a public page (docs/decisions/0021-more-than-one-server.md), always.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { startPageChangeListener } = await import("@/lib/platform/page-cache/changes");
  void startPageChangeListener();
  const { startSearchWorker } = await import("@/lib/search/sync/worker");
  void startSearchWorker();
  // A production server rebuilds the search indexes only when they are out of step with the listings,
  // never on every start (`npm start` has just rebuilt them, so this finds them in step).
  if (process.env.SEARCH_WORKER !== "off") {
    const { ensureSearchIndex } = await import("@/lib/search/sync/ensure-index");
    void ensureSearchIndex().catch((error) => console.warn(`Search: index check failed (${error.message}).`));
  }
}
