// The search-index worker, running inside the Next.js server (started from instrumentation.ts):
// polls the outbox every second and is also kicked straight after a listing write, so an
// approved edit is searchable within about a second. It watches Meilisearch's health: when it
// comes back, waiting changes are retried at once, and an empty or lost index is rebuilt.
import "server-only";
import { countSearchDocuments } from "./data";
import { markMeilisearchDown, markMeilisearchUp, meilisearchEngine } from "./engines";
import { processSearchOutbox, reindexAll } from "./indexer";
import { makeOutboxDueNow, pruneOutbox } from "./mutations";
import { loadThesaurus } from "./thesaurus-store";

const POLL_MS = 1_000;
type Worker = { timer?: NodeJS.Timeout; running: boolean; again: boolean; meiliUp?: boolean; lastPrune: number };
const worker: Worker = ((globalThis as { __searchWorker?: Worker }).__searchWorker ??= { running: false, again: false, lastPrune: 0 });

async function checkMeilisearch(): Promise<void> {
  const meili = meilisearchEngine();
  if (!meili) return;
  const health = await meili.health();
  const up = health.status === "ok";
  if (up && worker.meiliUp !== true) {
    // Back (or first contact): settings from the thesaurus, waiting changes now, and a rebuild if the index was lost.
    await meili.configure((await loadThesaurus()).entries);
    markMeilisearchUp();
    await makeOutboxDueNow();
    const expected = await countSearchDocuments();
    const actual = (await meili.health()).documents ?? 0;
    if (actual === 0 && expected > 0) {
      console.log(`Search: Meilisearch index is empty; rebuilding ${expected} documents from PostgreSQL.`);
      await reindexAll();
    }
  }
  if (!up && worker.meiliUp !== false) {
    console.warn(`Search: Meilisearch is unreachable (${health.error}); PostgreSQL is answering searches.`);
    markMeilisearchDown(health.error);
  }
  worker.meiliUp = up;
}

export async function runSearchWorkerOnce(): Promise<void> {
  if (worker.running) {
    worker.again = true;
    return;
  }
  worker.running = true;
  try {
    do {
      worker.again = false;
      await checkMeilisearch();
      const run = await processSearchOutbox();
      if (run.error) console.warn(`Search: ${run.failed} index change(s) will be retried: ${run.error}`);
      if (Date.now() - worker.lastPrune > 3_600_000) {
        worker.lastPrune = Date.now();
        await pruneOutbox();
      }
    } while (worker.again);
  } catch (error) {
    console.error("Search worker failed; retrying on the next poll", error);
  } finally {
    worker.running = false;
  }
}

export function startSearchWorker(): void {
  if (worker.timer || process.env.SEARCH_WORKER === "off") return;
  worker.timer = setInterval(() => void runSearchWorkerOnce(), POLL_MS);
  worker.timer.unref();
  void runSearchWorkerOnce();
}

/** Called after a listing write: runs the worker soon instead of at the next poll. */
export function kickSearchWorker(): void {
  if (!worker.timer) return;
  // The write's transaction commits just after it enqueues; a short delay lets the row be seen.
  setTimeout(() => void runSearchWorkerOnce(), 100).unref();
}
