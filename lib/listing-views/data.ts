// Reads of listing views: totals per listing over a span of days, for the provider's dashboard.
import "server-only";
import { db } from "@/lib/platform/db";

/** Views of each listing from `from` up to but not including `to` (UTC dates). */
export async function sumListingViews(serviceIds: string[], from: Date, to: Date): Promise<Map<string, number>> {
  if (!serviceIds.length) return new Map();
  const rows = await db().listingViewCount.groupBy({
    by: ["serviceId"],
    where: { serviceId: { in: serviceIds }, day: { gte: from, lt: to } },
    _sum: { views: true },
  });
  return new Map(rows.map((r) => [r.serviceId, r._sum.views ?? 0]));
}
