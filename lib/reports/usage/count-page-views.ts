// Views of public pages, counted by the web server as a number per path per day: no address, no
// cookie, no user agent kept, so no consent banner is needed. Like listing views
// (lib/listing-views/count-views.ts), each view adds to a count in memory and the counts are
// written together every few seconds, at 500 path-days, and when the server stops: a view costs
// no query. No `server-only` import: scripts/serve.ts loads this module.
import { isBot } from "@/lib/listing-views/bots";
import { onShutdown } from "@/lib/platform/shutdown";
import { recordPageViews } from "./mutations";

const FLUSH_EVERY_MS = 5_000;
const MAX_PENDING = 500;

type State = { pending: Map<string, number>; timer?: NodeJS.Timeout };
const shared = globalThis as { __pageViews?: State };
const state: State = (shared.__pageViews ??= createState());

function createState(): State {
  onShutdown(flushPageViews);
  return { pending: new Map() };
}

/** One view of a public page (already normalised, see page-path.ts); a program's is not counted. */
export function countPageView(path: string, userAgent: string | null | undefined, now = new Date()): void {
  if (isBot(userAgent)) return;
  // The UTC day, as listing views are counted, so the two can be read side by side.
  const key = `${now.toISOString().slice(0, 10)}|${path}`;
  state.pending.set(key, (state.pending.get(key) ?? 0) + 1);
  if (state.pending.size >= MAX_PENDING) void flushPageViews();
  else if (!state.timer) {
    state.timer = setTimeout(() => void flushPageViews(), FLUSH_EVERY_MS);
    state.timer.unref();
  }
}

export async function flushPageViews(): Promise<void> {
  clearTimeout(state.timer);
  state.timer = undefined;
  const rows = [...state.pending].map(([key, views]) => {
    const [day, path] = key.split("|");
    return { day, path, views };
  });
  state.pending.clear();
  // A failed write never breaks a page; the counts are simply lost.
  await recordPageViews(rows).catch((error) => console.warn(`Page views: ${rows.length} counts not written`, error));
}
