// The search-index worker, running inside the Next.js server (started from instrumentation.ts) unless
// SEARCH_WORKER=off, or as its own process (`npm run worker`, scripts/worker.ts; ADR 0021).
// It runs the moment a change is committed, by this or any other process (jobs, the importer, a
// second server): each outbox write sends a PostgreSQL NOTIFY, heard by listener.ts, so
// an approved edit is sent to Meilisearch within tens of milliseconds of its commit. A 1 s poll
// stays as the safety net for a lost listener connection or a missed notification. It also watches
// Meilisearch's health: when it comes back, waiting changes are retried at once, and an empty or
// lost index is rebuilt.
import "server-only";
import {
  markMeilisearchBehind,
  markMeilisearchDown,
  markMeilisearchUp,
  meilisearchEngine,
} from "@/lib/search/query/engines";
import { countSearchDocuments } from "@/lib/search/postgres/data";
import { loadThesaurus } from "@/lib/thesaurus/store";
import { processSearchOutbox, reindexAll } from "./indexer";
import { followSearchWorker } from "./follower";
import { listenForOutboxChanges, type OutboxListener } from "./listener";
import { makeOutboxDueNow, pruneOutbox } from "./mutations";

const POLL_MS = 1_000;
type Worker = {
  timer?: NodeJS.Timeout;
  listener?: OutboxListener;
  running: boolean;
  again: boolean;
  meiliUp?: boolean;
  lastPrune: number;
};
// On globalThis so hot reloads and Next's separate bundles share one worker (and one listener).
const worker: Worker = ((globalThis as { __searchWorker?: Worker }).__searchWorker ??= {
  running: false,
  again: false,
  lastPrune: 0,
});

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

/**
 * Starts the poll and the NOTIFY listener; resolves once the listener is in place. `pollMs` is for
 * tests that need to show a change arrives without the poll. SEARCH_WORKER=off is for web servers:
 * `npm run worker` passes `standalone`, so a setting shared by every service cannot switch it off too.
 */
export function startSearchWorker(options: { pollMs?: number; standalone?: boolean } = {}): Promise<void> {
  if (worker.timer) return worker.listener?.ready ?? Promise.resolve();
  // No worker here: only keep track of whether Meilisearch is behind the worker elsewhere.
  if (process.env.SEARCH_WORKER === "off" && !options.standalone) return followSearchWorker();
  worker.timer = setInterval(() => void runSearchWorkerOnce(), options.pollMs ?? POLL_MS);
  worker.timer.unref();
  // A burst of notifications while a run is going coalesces into one more run (running/again).
  worker.listener = listenForOutboxChanges(() => {
    // Counted from now, not from when a busy worker gets to it.
    if (meilisearchEngine()) markMeilisearchBehind();
    void runSearchWorkerOnce();
  });
  void runSearchWorkerOnce();
  return worker.listener.ready;
}

/**
 * Stops the poll and closes the listener's connection, then waits for a run under way to finish its
 * batch (tests, and `npm run worker` on SIGTERM; a web server simply exits, and an unfinished batch's
 * rows stay in the outbox for the next worker).
 */
export async function stopSearchWorker(): Promise<void> {
  clearInterval(worker.timer);
  worker.timer = undefined;
  const listener = worker.listener;
  worker.listener = undefined;
  await listener?.stop();
  worker.again = false;
  while (worker.running) await new Promise((resolve) => setTimeout(resolve, 25));
}
