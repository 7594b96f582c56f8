// Views of listings' pages, counted on the server as a number per listing per day: no address, no
// cookie, nothing about the person. Like the search log (lib/search/query/search-log.ts), each view
// (a fresh render, or the page served again from the page cache) adds to a count in memory, and the
// counts are written together every few seconds, at 500 listing-days, and when the server stops.
import "server-only";
import { onShutdown } from "@/lib/platform/shutdown";
import { isBot } from "./bots";
import { recordListingViews } from "./mutations";

const FLUSH_EVERY_MS = 5_000;
const MAX_PENDING = 500;

// On globalThis: Next.js's bundles load separate copies of this module, and they share one buffer.
type State = { pending: Map<string, number>; timer?: NodeJS.Timeout };
const shared = globalThis as { __listingViews?: State };
const state: State = (shared.__listingViews ??= createState());

function createState(): State {
  onShutdown(flushListingViews);
  return { pending: new Map() };
}

/** The day a view falls on, as the UTC calendar date (the counts are read a month at a time). */
export const viewDay = (now: Date) => now.toISOString().slice(0, 10);

/** One view of a listing's public page; a program's (by its user agent) is not counted. */
export function countListingView(serviceId: string, userAgent: string | null | undefined, now = new Date()): void {
  if (isBot(userAgent)) return;
  const key = `${serviceId}|${viewDay(now)}`;
  state.pending.set(key, (state.pending.get(key) ?? 0) + 1);
  if (state.pending.size >= MAX_PENDING) void flushListingViews();
  else if (!state.timer) {
    state.timer = setTimeout(() => void flushListingViews(), FLUSH_EVERY_MS);
    state.timer.unref();
  }
}

export async function flushListingViews(): Promise<void> {
  clearTimeout(state.timer);
  state.timer = undefined;
  const rows = [...state.pending].map(([key, views]) => {
    const [serviceId, day] = key.split("|");
    return { serviceId, day, views };
  });
  state.pending.clear();
  // A failed write never breaks a page; the counts are simply lost.
  await recordListingViews(rows).catch((error) =>
    console.warn(`Listing views: ${rows.length} counts not written`, error),
  );
}
