// The one write of page views: a batch of per-path, per-day counts added to PageViewCount.
// No `server-only` import: scripts/serve.ts counts views outside Next.js's react-server build.
import { db } from "@/lib/platform/db";

export type PageViewRow = { path: string; day: string; views: number };

/** Adds each count to its path's day in one statement. */
export async function recordPageViews(rows: PageViewRow[]): Promise<void> {
  if (!rows.length) return;
  await db().$executeRaw`
    INSERT INTO "PageViewCount" (path, day, views)
    SELECT * FROM unnest(${rows.map((r) => r.path)}::text[], ${rows.map((r) => r.day)}::date[],
                         ${rows.map((r) => r.views)}::int[])
    ON CONFLICT (path, day) DO UPDATE SET views = "PageViewCount".views + EXCLUDED.views`;
}
