// The search log, kept off the visitor's request: each search shown (a fresh results page, or one
// served again from the page cache) is counted in memory against the same search, and the counts
// are written together every few seconds, at 200 different searches, and when the server stops. So
// a flood of views of one cached page costs one row, not a row per view. Entries are scrubbed
// before they get here.
import "server-only";
import { onShutdown } from "@/lib/platform/shutdown";
import { recordSearchLogs, type SearchLogEntry, type SearchLogRow } from "./mutations";
import { isBot } from "@/lib/listing-views/bots";
import { log } from "@/lib/platform/logging/logger";

const FLUSH_EVERY_MS = 5_000;
const MAX_PENDING = 200;

// On globalThis: Next.js's bundles load separate copies of this module, and they share one buffer.
type State = { pending: Map<string, SearchLogRow>; timer?: NodeJS.Timeout };
const shared = globalThis as { __searchLog?: State };
const state: State = (shared.__searchLog ??= createState());

function createState(): State {
  onShutdown(flushSearchLog);
  return { pending: new Map() };
}

/** The same search: words, filters, engine and results. Its time is that of the first render. */
const sameSearch = (e: SearchLogEntry) => JSON.stringify([e.query, e.filters, e.engine, e.resultCount]);

/**
 * Whether a view of a results page is a family's search: a program's (by its user agent, as for listing
 * and page views) is not, so crawlers do not fill the gaps report. Undefined means no request to ask
 * (a script calling the search): it counts.
 */
export function isFamilySearch(userAgent: string | null | undefined): boolean {
  return userAgent === undefined || !isBot(userAgent);
}

export function logSearch(entry: SearchLogEntry): void {
  const key = sameSearch(entry);
  const counted = state.pending.get(key);
  if (counted) counted.views++;
  else state.pending.set(key, { ...entry, views: 1 });
  if (state.pending.size >= MAX_PENDING) void flushSearchLog();
  else if (!state.timer) {
    state.timer = setTimeout(() => void flushSearchLog(), FLUSH_EVERY_MS);
    state.timer.unref();
  }
}

export async function flushSearchLog(): Promise<void> {
  clearTimeout(state.timer);
  state.timer = undefined;
  const rows = [...state.pending.values()];
  state.pending.clear();
  // A failed log write never breaks a search; the counts are simply lost.
  await recordSearchLogs(rows).catch((error) =>
    log.warn({ err: error }, `Search log: ${rows.length} rows not written`),
  );
}
