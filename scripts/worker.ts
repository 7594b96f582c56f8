// npm run worker — the search worker as its own process: it applies listing and advice changes from
// the outbox to Meilisearch, woken by PostgreSQL NOTIFY within milliseconds of each commit, with a
// 1 s poll as a safety net (ADR 0004). For deployments with several web servers that set
// SEARCH_WORKER=off, so one process holds the Meilisearch admin key and does the indexing (ADR 0021).
// Running two is safe (rows are claimed with SKIP LOCKED), just unnecessary. SIGTERM or Ctrl-C stops
// it after the batch in hand; rows not yet applied stay in the outbox for the next start.
import { db } from "@/lib/platform/db";
import { startSearchWorker, stopSearchWorker } from "@/lib/search/sync/worker";

if (!process.env.DATABASE_URL) {
  console.error(
    "DATABASE_URL is not set. Set it to your PostgreSQL address, for example postgres://user:password@host:5432/localoffer",
  );
  process.exit(1);
}
if (!process.env.MEILISEARCH_URL)
  console.log(
    "MEILISEARCH_URL is not set, so there is no Meilisearch to keep up to date: PostgreSQL's search copy is " +
      "updated by each change itself. The worker runs anyway and keeps the outbox tidy.",
  );

await startSearchWorker({ standalone: true });
console.log(`Search worker running (process ${process.pid}). Press Ctrl-C or send SIGTERM to stop it.`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`Search worker: ${signal} received; finishing the batch in hand.`);
  await stopSearchWorker();
  await db().$disconnect();
  console.log("Search worker stopped.");
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
// The listener's connection is unref'd (it must not keep tests alive); this keeps the worker's process up.
setInterval(() => {}, 1 << 30);
