// The search log under a flood of views: the same search shown again and again (as the page cache
// replays it on every cached view) is written as one row with a count, when the batch is written or
// the server shuts down, not as a row per view.
import { expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { runShutdownHooks } from "@/lib/platform/shutdown";
import { flushSearchLog, logSearch } from "@/lib/search/query/search-log";

const search = (query: string, resultCount = 4) => ({
  query,
  filters: { needs: ["autism"], categories: [], areas: [], page: 1 },
  resultCount,
  engine: "postgres",
  durationMs: 12,
});

it("counts repeated views of the same search and writes one row per search with its count", async () => {
  const viewed = search("swimming");
  for (let i = 0; i < 25; i++) logSearch(viewed); // one render, then 24 views served from the cache
  logSearch({ ...search("swimming"), durationMs: 30 }); // rendered again after the cache was cleared
  logSearch(search("swimming", 5)); // a listing was added meanwhile: a different answer
  logSearch(search("short breaks"));
  await flushSearchLog();
  const rows = await db().searchLog.findMany({ orderBy: [{ views: "desc" }, { resultCount: "asc" }] });
  expect(rows.map((r) => [r.query, r.resultCount, r.views, r.durationMs])).toEqual([
    ["swimming", 4, 26, 12],
    ["short breaks", 4, 1, 12],
    ["swimming", 5, 1, 12],
  ]);
});

it("writes the counts still in memory when the server shuts down", async () => {
  for (let i = 0; i < 7; i++) logSearch(search("speech therapy"));
  await runShutdownHooks();
  expect(await db().searchLog.findMany({ select: { query: true, views: true } })).toEqual([
    { query: "speech therapy", views: 7 },
  ]);
});
