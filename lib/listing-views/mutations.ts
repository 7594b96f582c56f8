// The one write of listing views: a batch of per-listing, per-day counts added to ListingViewCount.
import "server-only";
import { db } from "@/lib/platform/db";

export type ViewCountRow = { serviceId: string; day: string; views: number };

/** Adds each count to its listing's day in one statement; a listing deleted meanwhile is skipped. */
export async function recordListingViews(rows: ViewCountRow[]): Promise<void> {
  if (!rows.length) return;
  await db().$executeRaw`
    INSERT INTO "ListingViewCount" ("serviceId", day, views)
    SELECT t.id, t.day, t.views
    FROM unnest(${rows.map((r) => r.serviceId)}::uuid[], ${rows.map((r) => r.day)}::date[],
                ${rows.map((r) => r.views)}::int[]) AS t(id, day, views)
    JOIN "Service" s ON s.id = t.id
    ON CONFLICT ("serviceId", day) DO UPDATE SET views = "ListingViewCount".views + EXCLUDED.views`;
}
