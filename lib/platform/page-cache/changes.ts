// Every server clears its page cache when any server changes a public page (ADR 0021). Writers send
// NOTIFY page_changed (mutations.ts): in the writing transaction for listing and advice changes, after
// each signed-in action, when the search worker has applied a batch to Meilisearch and after a reindex.
// Each server LISTENs on one dedicated connection and, on each notification, forgets its cached pages;
// its short-lived copies of the vocabulary and thesaurus too when they changed (or may have: a lost
// connection), so its next render reads them afresh.
import { directDatabaseUrl, listenForNotifications, type NotifyListener } from "@/lib/platform/notify-listener";
import { forgetAllTtlCaches } from "@/lib/platform/ttl-cache";
import { forgetCachedPages } from "./store";
import { PAGE_CHANGED_CHANNEL, type PageChange } from "./mutations";

type State = { listener?: NotifyListener; heard: number };
// On globalThis: the custom server and Next.js's bundles load separate copies of this module.
const state: State = ((globalThis as { __pageChanges?: State }).__pageChanges ??= { heard: 0 });

function forgetWhatChanged(payload?: string): void {
  state.heard++;
  // Not on every listing edit: reloading the thesaurus and rebuilding the jargon matcher each time cost
  // every server CPU its pages need (bench:load approves an edit every 2 s).
  if (payload !== ("pages" satisfies PageChange)) forgetAllTtlCaches();
  forgetCachedPages();
}

/** Starts listening (once per process); resolves when LISTEN is in place. */
export function startPageChangeListener(connectionString = directDatabaseUrl()): Promise<void> {
  state.listener ??= listenForNotifications(
    {
      channel: PAGE_CHANGED_CHANNEL,
      applicationName: "page-change-listener",
      lostMessage: "Page cache: lost the connection that hears of changes made on other servers",
      restoredMessage: "Page cache: hearing of changes made on other servers again.",
      meanwhile: `other servers' changes show once cached pages expire (PAGE_CACHE_SECONDS) until it is back`,
      connectionString,
    },
    forgetWhatChanged,
  );
  return state.listener.ready;
}

export async function stopPageChangeListener(): Promise<void> {
  const listener = state.listener;
  state.listener = undefined;
  await listener?.stop();
}

/** How many notifications this process has acted on (tests). */
export function pageChangesHeard(): number {
  return state.heard;
}
