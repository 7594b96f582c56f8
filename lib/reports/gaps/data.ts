// Reads for the gaps report: few-result searches from the search log and "support that is missing"
// feedback, each grouped in PostgreSQL to one row per distinct search (or need, age and area) and
// month, so the report reads a few hundred rows however many searches were made.
import "server-only";
import { db } from "@/lib/platform/db";
import type { GapSearchRow, MissingRow } from "./group";

// Enough for any real month's distinct failed searches; the rarest are dropped first beyond it.
const MAX_ROWS = 5_000;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

function ageRange(value: unknown): GapSearchRow["ageRange"] {
  const r = value as { min?: unknown; max?: unknown } | null;
  return r && typeof r.min === "number" && typeof r.max === "number" ? { min: r.min, max: r.max } : undefined;
}

/**
 * Searches with at most `maxResults` results made from `from` up to `to`. Only the first page of
 * results counts: page 2 of the same search is not another search. `views` already counts a
 * results page served again from the page cache (lib/search/query/search-log.ts).
 */
export async function findGapSearches(from: Date, to: Date, maxResults: number): Promise<GapSearchRow[]> {
  const rows = await db().$queryRaw<
    {
      query: string;
      needs: unknown;
      areas: unknown;
      age: unknown;
      resultCount: number;
      month: string;
      searches: number;
    }[]
  >`
    SELECT query, filters->'needs' AS needs, filters->'areas' AS areas, filters->'ageRange' AS age,
           "resultCount", to_char("createdAt", 'YYYY-MM') AS month, sum(views)::int AS searches
    FROM "SearchLog"
    WHERE "createdAt" >= ${from} AND "createdAt" < ${to} AND "resultCount" <= ${maxResults}
      AND coalesce(filters->>'page', '1') = '1'
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY searches DESC
    LIMIT ${MAX_ROWS}`;
  return rows.map((r) => ({
    query: r.query,
    needs: strings(r.needs),
    areas: strings(r.areas),
    ageRange: ageRange(r.age),
    resultCount: r.resultCount,
    month: r.month,
    searches: r.searches,
  }));
}

/** Families' "support that is missing" reports from `from` up to `to`, by need, age group, area and month. */
export async function findMissingSupport(from: Date, to: Date): Promise<MissingRow[]> {
  return db().$queryRaw<MissingRow[]>`
    SELECT nullif(need, '') AS need, nullif("ageGroup", '') AS "ageGroup", nullif(area, '') AS area,
           to_char("createdAt", 'YYYY-MM') AS month, count(*)::int AS reports
    FROM "Feedback"
    WHERE kind = 'missing' AND "createdAt" >= ${from} AND "createdAt" < ${to}
    GROUP BY 1, 2, 3, 4`;
}
