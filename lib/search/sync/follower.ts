// For a web server that runs no search worker (SEARCH_WORKER=off, ADR 0021): it must still know when
// Meilisearch is behind a committed change, as the worker's own server does (ADR 0004), or it would
// answer from Meilisearch's old copy, and cache that, until the worker elsewhere has applied it
// (a second or two when Meilisearch is slow). It hears each outbox NOTIFY, marks Meilisearch behind
// (past a second, PostgreSQL, exact since the commit, answers and the page cache is cleared), and
// checks the outbox every 250 ms until it is empty, when Meilisearch serves again.
import "server-only";
import {
  isMeilisearchBehind,
  markMeilisearchBehind,
  markMeilisearchCaughtUp,
  meilisearchEngine,
} from "@/lib/search/query/engines";
import { countPendingOutbox } from "./data";
import { listenForOutboxChanges, type OutboxListener } from "./listener";

type State = { listener?: OutboxListener; checking: boolean };
const state: State = ((globalThis as { __searchFollower?: State }).__searchFollower ??= { checking: false });
const CHECK_MS = 250;

async function waitUntilCaughtUp(): Promise<void> {
  if (state.checking) return;
  state.checking = true;
  try {
    while (isMeilisearchBehind()) {
      if ((await countPendingOutbox()) === 0) markMeilisearchCaughtUp();
      else await new Promise((resolve) => setTimeout(resolve, CHECK_MS));
    }
  } catch (error) {
    console.warn(`Search: could not check the outbox (${(error as Error).message}); trying again on the next change.`);
  } finally {
    state.checking = false;
  }
}

/** Starts following the worker elsewhere (once per process); resolves when LISTEN is in place. */
export function followSearchWorker(): Promise<void> {
  state.listener ??= listenForOutboxChanges(() => {
    if (!meilisearchEngine()) return;
    markMeilisearchBehind();
    void waitUntilCaughtUp();
  });
  return state.listener.ready;
}

export async function stopFollowingSearchWorker(): Promise<void> {
  const listener = state.listener;
  state.listener = undefined;
  await listener?.stop();
}
