// Reports (issue 12, items 5 and 6) on real PostgreSQL: the gaps report from the search log and
// "support that is missing" feedback, its CSV, and usage figures from page views counted by the
// web server's front door (page-cache hits too, programs and errors not), the search log and
// listing views.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { runAs } from "@/lib/auth/session";
import { db } from "@/lib/platform/db";
import { withPageCache } from "@/lib/platform/page-cache/http";
import { forgetCachedPages } from "@/lib/platform/page-cache/store";
import { loadGapsReport } from "@/lib/reports/gaps/loaders";
import { flushPageViews } from "@/lib/reports/usage/count-page-views";
import { withPageViewCounts } from "@/lib/reports/usage/http";
import { loadUsageReport } from "@/lib/reports/usage/loaders";
import { createUser } from "@/tests/factories/admin";
import { createListing } from "@/tests/factories/listings";

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
const NOW = new Date();
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

const officer = () => createUser("editor", `officer.${crypto.randomUUID()}@seabourne.gov.uk`);

function logSearch(query: string, filters: object, resultCount: number, views = 1, createdAt = daysAgo(1)) {
  return db().searchLog.create({
    data: { query, filters, resultCount, views, engine: "postgres", durationMs: 5, createdAt },
  });
}

describe("gaps in provision", () => {
  it("groups few-result searches and missing-support reports by need, age group and area, with a trend", async () => {
    await logSearch("trampoline park", { needs: ["autism"], areas: ["north"], ageRange: { min: 5, max: 11 } }, 0, 3);
    // No need chosen: "asd" is read as Autism through the thesaurus.
    await logSearch("asd sleep clinic", { needs: [], areas: [] }, 1, 2);
    await logSearch('=HYPERLINK("http://x")', { needs: [], areas: ["south"] }, 0);
    // Not gaps: plenty of results; page 2 of a search; a search from two years ago.
    await logSearch("swimming", { needs: ["autism"], areas: ["north"] }, 12, 50);
    await logSearch("trampoline park", { needs: ["autism"], areas: ["north"], page: 2 }, 0, 9);
    await logSearch("trampoline park", { needs: ["autism"], areas: ["north"] }, 0, 7, daysAgo(800));
    await db().feedback.createMany({
      data: [
        { kind: "missing", need: "autism", ageGroup: "primary", area: "north", lookedFor: "Saturday club" },
        { kind: "missing", need: null, ageGroup: null, area: null, lookedFor: "Anything" },
        { kind: "comment", comment: "Not a gap", need: "adhd" },
      ],
    });

    const report = await runAs(await officer(), () => loadGapsReport({ period: "12m" }));
    expect(report.threshold.value).toBe("2");
    expect([report.groups.searches, report.groups.reports]).toEqual([6, 2]);
    expect(report.groups.byNeed).toEqual([
      { code: "autism", name: "Autism", searches: 5, reports: 1 },
      { code: null, name: "Not given", searches: 1, reports: 1 },
    ]);
    expect(report.groups.byArea.find((g) => g.code === "north")).toMatchObject({
      name: "North Seabourne",
      searches: 3,
      reports: 1,
    });
    expect(report.groups.byAgeGroup[0]).toMatchObject({ code: "primary", searches: 3, reports: 1 });
    expect(report.trend).toHaveLength(12);
    expect(report.trend.reduce((n, m) => n + m.searches, 0)).toBe(6);
    expect(report.topSearches).toEqual([
      { query: "trampoline park", filters: "Autism; Primary school (5 to 11); North Seabourne", searches: 3 },
      { query: '=HYPERLINK("http://x")', filters: "South Seabourne", searches: 1 },
    ]);

    // "No results" leaves out the search that found one.
    const none = await runAs(await officer(), () => loadGapsReport({ period: "12m", results: "0" }));
    expect(none.groups.searches).toBe(4);
  });

  it("downloads the same figures as CSV, with a typed formula made harmless", async () => {
    await logSearch('=HYPERLINK("http://x")', { needs: ["autism"], areas: ["south"] }, 0, 2);
    await db().feedback.create({ data: { kind: "missing", need: "autism", area: "south" } });
    const { GET } = await import("@/app/admin/(area)/reports/gaps/csv/route");
    const response = await runAs(await officer(), () =>
      GET(new Request("http://localhost/admin/reports/gaps/csv?period=30d&results=0")),
    );
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="gaps-in-provision-[\d-]+-to-[\d-]+\.csv"$/,
    );
    const text = (await response.text()).replace(/^\uFEFF/, "");
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("Figure,Name,Filters,Searches with no results,Reports of missing support");
    expect(lines[1]).toBe("Period,Last 30 days,,2,1");
    expect(lines).toContain("Need,Autism,,2,1");
    expect(lines).toContain("Area,South Seabourne,,2,1");
    expect(lines).toContain(`Search with no results,"'=HYPERLINK(""http://x"")",Autism; South Seabourne,2,`);
  });
});

let server: http.Server | undefined;
afterEach(async () => {
  forgetCachedPages();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** The front door as scripts/serve.ts builds it: page views counted outside the page cache. */
async function serveSite(): Promise<
  (path: string, userAgent?: string, headers?: Record<string, string>) => Promise<string>
> {
  const handle = withPageViewCounts(
    withPageCache(
      (req, res) => {
        const found = req.url?.startsWith("/services") || req.url === "/about";
        res.statusCode = found ? 200 : 404;
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end("<p>page</p>");
      },
      { ttlMs: 60_000, maxEntries: 10, maxBytes: 1024 * 1024 },
    ),
  );
  server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return async (path, userAgent = BROWSER, headers = {}) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { "user-agent": userAgent, ...headers } });
    await res.text();
    return res.headers.get("x-page-cache") ?? "";
  };
}

describe("usage figures", () => {
  it("counts public page views per path and day, page-cache hits included, programs and errors not", async () => {
    const get = await serveSite();
    expect(await get("/services/saturday-club")).toBe("miss");
    expect(await get("/services/saturday-club")).toBe("hit");
    expect(await get("/services/saturday-club?utm_source=leaflet")).toBe("hit");
    await get("/services?q=autism&area=north");
    await get("/about");
    await get("/services/saturday-club", GOOGLEBOT);
    await get("/no-such-page");
    await get("/admin/reports");
    await get("/services", BROWSER, { "next-router-prefetch": "1" });
    await flushPageViews();

    const rows = await db().pageViewCount.findMany({ orderBy: { path: "asc" } });
    expect(rows.map((r) => [r.path, r.views])).toEqual([
      ["/about", 1],
      ["/services", 1],
      ["/services/saturday-club", 3],
    ]);
    expect(rows[0].day.toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
  });

  it("reads page views, searches, top searches, top listings, area views and the month-on-month change", async () => {
    const today = new Date().toISOString().slice(0, 10);
    await db().pageViewCount.createMany({
      data: [
        { path: "/", day: new Date(today), views: 5 },
        { path: "/services", day: new Date(today), views: 3 },
        { path: "/", day: daysAgo(400), views: 99 },
      ],
    });
    await logSearch("Autism", { areas: ["north"], page: 1 }, 4, 2, new Date());
    await logSearch("autism", { areas: ["north"], page: 2 }, 4, 1, new Date());
    await logSearch("horse riding", { areas: [] }, 0, 1, new Date());
    const listing = await createListing({ name: "Saturday Club" });
    await db().listingViewCount.create({ data: { serviceId: listing.id, day: new Date(today), views: 4 } });

    const report = await runAs(await officer(), () => loadUsageReport({ period: "7d" }));
    expect(report.totals).toEqual({ pageViews: 8, searches: 3, listingViews: 4 });
    expect(report.pageViewsByDay).toHaveLength(7);
    expect(report.pageViewsByDay.at(-1)).toEqual({ label: today, count: 8 });
    expect(report.pageViewsByPath).toEqual([
      { label: "/", count: 5 },
      { label: "/services", count: 3 },
    ]);
    expect(report.searchesByDay.at(-1)).toEqual({ label: today, count: 3 });
    expect(report.topSearches).toEqual([
      { query: "autism", count: 2, foundNothing: false },
      { query: "horse riding", count: 1, foundNothing: true },
    ]);
    expect(report.topListings).toEqual([{ name: "Saturday Club", slug: listing.slug, count: 4 }]);
    expect(report.resultViewsByArea).toEqual([
      { label: "North Seabourne", count: 3 },
      { label: "No area chosen", count: 1 },
    ]);
    expect(report.monthOnMonth.figures.map((f) => f.label)).toEqual(["Page views", "Searches", "Views of listings"]);
  });

  it("says the month-on-month change of the last whole month", async () => {
    const now = new Date("2026-11-15T12:00:00Z");
    await db().pageViewCount.createMany({
      data: [
        { path: "/", day: new Date("2026-09-10"), views: 100 },
        { path: "/", day: new Date("2026-10-10"), views: 112 },
        { path: "/", day: new Date("2026-11-10"), views: 7 },
      ],
    });
    const report = await runAs(await officer(), () => loadUsageReport({}, now));
    expect(report.monthOnMonth.month).toBe("October 2026");
    expect(report.monthOnMonth.figures[0]).toEqual({ label: "Page views", count: 112, change: "up 12% on September" });
    expect(report.monthOnMonth.figures[1].change).toBe("none in September either");
  });
});
