// The query side's one write: the search log, already scrubbed (scrub.ts) and buffered (search-log.ts).
import "server-only";
import { db } from "@/lib/platform/db";

export type SearchLogEntry = {
  query: string;
  filters: Record<string, unknown>;
  resultCount: number;
  engine: string;
  durationMs: number;
};

/** One search and how many times it was shown in the batch (a cached page counts each view). */
export type SearchLogRow = SearchLogEntry & { views: number };

export async function recordSearchLogs(entries: SearchLogRow[]): Promise<void> {
  if (entries.length)
    await db().searchLog.createMany({ data: entries.map((e) => ({ ...e, filters: e.filters as object })) });
}

/** Search logs older than `before` go (the privacy note promises 13 months); returns how many. */
export async function deleteSearchLogsBefore(before: Date): Promise<number> {
  const { count } = await db().searchLog.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
