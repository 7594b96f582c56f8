// Reads for the usage report: page views (PageViewCount), searches (the search log) and listing
// views (ListingViewCount), each summed in PostgreSQL. All days are UTC, as they are counted.
import "server-only";
import { db } from "@/lib/platform/db";

export type Count = { label: string; count: number };

/** Page views per day, only the days that had any (the page fills the gaps). */
export async function sumPageViewsByDay(from: Date, to: Date): Promise<Count[]> {
  return db().$queryRaw<Count[]>`
    SELECT to_char(day, 'YYYY-MM-DD') AS label, sum(views)::int AS count
    FROM "PageViewCount" WHERE day >= ${from}::date AND day < ${to}::date
    GROUP BY day ORDER BY day`;
}

export async function sumPageViewsByPath(from: Date, to: Date, limit = 50): Promise<Count[]> {
  return db().$queryRaw<Count[]>`
    SELECT path AS label, sum(views)::int AS count
    FROM "PageViewCount" WHERE day >= ${from}::date AND day < ${to}::date
    GROUP BY path ORDER BY count DESC, path LIMIT ${limit}`;
}

/** Searches per day: first pages of results only (page 2 is the same search), cached views included. */
export async function sumSearchesByDay(from: Date, to: Date): Promise<Count[]> {
  return db().$queryRaw<Count[]>`
    SELECT to_char("createdAt", 'YYYY-MM-DD') AS label, sum(views)::int AS count
    FROM "SearchLog"
    WHERE "createdAt" >= ${from} AND "createdAt" < ${to} AND coalesce(filters->>'page', '1') = '1'
    GROUP BY 1 ORDER BY 1`;
}

export type TopSearch = { query: string; count: number; foundNothing: boolean };

/** The words searched for most (already scrubbed of personal details), and whether they ever found anything. */
export async function findTopSearches(from: Date, to: Date, limit = 20): Promise<TopSearch[]> {
  return db().$queryRaw<TopSearch[]>`
    SELECT lower(query) AS query, sum(views)::int AS count, max("resultCount") = 0 AS "foundNothing"
    FROM "SearchLog"
    WHERE "createdAt" >= ${from} AND "createdAt" < ${to} AND query <> '' AND coalesce(filters->>'page', '1') = '1'
    GROUP BY 1 ORDER BY count DESC, 1 LIMIT ${limit}`;
}

export type TopListing = { name: string; slug: string; count: number };

export async function findTopListings(from: Date, to: Date, limit = 20): Promise<TopListing[]> {
  return db().$queryRaw<TopListing[]>`
    SELECT s.name, s.slug, sum(v.views)::int AS count
    FROM "ListingViewCount" v JOIN "Service" s ON s.id = v."serviceId"
    WHERE v.day >= ${from}::date AND v.day < ${to}::date
    GROUP BY s.id ORDER BY count DESC, s.name LIMIT ${limit}`;
}

/** Views of results pages by each area chosen ("" when none was): every page of results is a view. */
export async function sumResultViewsByArea(from: Date, to: Date): Promise<Count[]> {
  return db().$queryRaw<Count[]>`
    SELECT coalesce(area, '') AS label, sum(views)::int AS count
    FROM "SearchLog" LEFT JOIN LATERAL jsonb_array_elements_text(
      CASE WHEN jsonb_typeof(filters->'areas') = 'array' THEN filters->'areas' ELSE '[]'::jsonb END
    ) AS area ON true
    WHERE "createdAt" >= ${from} AND "createdAt" < ${to}
    GROUP BY 1 ORDER BY count DESC`;
}

/** Totals for one span: page views, searches and listing views. */
export async function sumTotals(
  from: Date,
  to: Date,
): Promise<{ pageViews: number; searches: number; listingViews: number }> {
  const [row] = await db().$queryRaw<{ pageViews: number; searches: number; listingViews: number }[]>`
    SELECT
      (SELECT coalesce(sum(views), 0)::int FROM "PageViewCount"
        WHERE day >= ${from}::date AND day < ${to}::date) AS "pageViews",
      (SELECT coalesce(sum(views), 0)::int FROM "SearchLog"
        WHERE "createdAt" >= ${from} AND "createdAt" < ${to} AND coalesce(filters->>'page', '1') = '1') AS searches,
      (SELECT coalesce(sum(views), 0)::int FROM "ListingViewCount"
        WHERE day >= ${from}::date AND day < ${to}::date) AS "listingViews"`;
  return row;
}
