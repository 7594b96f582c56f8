// Index sync, filters and facets, bad input and the search log, checked on both engines.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import type { EngineQuery, SearchEngine } from "@/lib/search/query/engine";
import { meilisearchEngine, postgresEngine } from "@/lib/search/query/engines";
import { processSearchOutbox } from "@/lib/search/sync/indexer";
import { searchServices } from "@/lib/search/query/search";
import { flushSearchLog } from "@/lib/search/query/search-log";
import { MAX_QUERY_LENGTH, parseServiceFilters } from "@/lib/services/filters";
import { listingInputSchema } from "@/lib/services/schema";
import { writeListing } from "@/lib/services/mutations";
import { buildListing, createListing } from "@/tests/factories/listings";
import { useOwnMeilisearchIndex } from "@/tests/setup/own-meilisearch-index";

useOwnMeilisearchIndex("engines");

const engines: [string, () => SearchEngine][] = [
  ["meilisearch", () => meilisearchEngine()!],
  ["postgres", () => postgresEngine()],
];
const none = { needs: [], categories: [], areas: [] };
const query = (overrides: Partial<EngineQuery>): EngineQuery => ({
  terms: [],
  filters: none,
  offset: 0,
  limit: 50,
  ...overrides,
});
const known = { needs: new Set(["autism", "hearing", "adhd"]), categories: new Set(["health", "leisure"]) };

async function sync() {
  const run = await processSearchOutbox();
  expect(run.failed).toBe(0);
}

async function slugsOf(engine: SearchEngine, q: EngineQuery) {
  const { ids } = await engine.query(q);
  const rows = await db().service.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } });
  return ids.map((id) => rows.find((r) => r.id === id)?.slug);
}

describe.each(engines)("%s engine", (_, engine) => {
  it("indexes only published, running listings and follows every change", async () => {
    const live = await createListing({ slug: "live-club", name: "Lighthouse club" });
    await createListing({ slug: "draft-club", name: "Lighthouse draft" }, { publish: false });
    const closing = await createListing({ slug: "closing-club", name: "Lighthouse closing" });
    await sync();
    expect((await slugsOf(engine(), query({ terms: ["lighthouse"] }))).sort()).toEqual(["closing-club", "live-club"]);

    // An approved edit (writeListing), a closure for good and an archive all reach the index.
    await db().$transaction(async (tx) => {
      const edit = listingInputSchema.parse(buildListing({ slug: "live-club", name: "Lighthouse swimming club" }));
      await writeListing(tx, edit, {
        organisationId: (await tx.service.findUniqueOrThrow({ where: { id: live.id } })).organisationId,
        serviceId: live.id,
      });
      await tx.service.update({ where: { id: closing.id }, data: { status: "defunct" } });
    });
    await db().$transaction(async (tx) => {
      const { enqueueSearchChange } = await import("@/lib/search/sync/outbox");
      await enqueueSearchChange(tx, closing.id, "remove");
    });
    // PostgreSQL is updated inside the approval's own transaction, so it is exact the moment it commits.
    // Meilisearch follows when the worker runs (woken by a NOTIFY as the write commits);
    // its steady-state latency is measured by `npm run bench:search` (docs/benchmarks.md), because a
    // freshly started test server spends its first seconds warming up.
    if (engine().name === "postgres") {
      expect(await slugsOf(engine(), query({ terms: ["swimming"] }))).toEqual(["live-club"]);
    }
    await sync();
    expect(await slugsOf(engine(), query({ terms: ["swimming"] }))).toEqual(["live-club"]);
    expect(await slugsOf(engine(), query({ terms: ["lighthouse"] }))).toEqual(["live-club"]);
  });

  it("finds a listing by the words of its easy-read summary", async () => {
    await createListing({
      slug: "easy-club",
      name: "Harbour club",
      easyRead: "You can bring your gerbil.\nIt is free.",
    });
    await createListing({ slug: "plain-club", name: "Harbour plain club" });
    await sync();
    expect(await slugsOf(engine(), query({ terms: ["gerbil"] }))).toEqual(["easy-club"]);
  });

  it("indexes published advice pages and follows a change and a withdrawal", async () => {
    const { seedAdvicePages } = await import("@/lib/advice/mutations");
    const { enqueueAdviceSearchChanges } = await import("@/lib/search/sync/outbox");
    const { ADVICE_SEED } = await import("@/prisma/seed/advice/pages");
    await db().$transaction((tx) => seedAdvicePages(tx, ADVICE_SEED), { timeout: 30_000 });
    await sync();
    const advice = async (terms: string[]) => (await engine().queryAdvice({ terms, limit: 3 })).map((p) => p.slug);
    expect((await advice(["tribunal"]))[0]).toBe("complaints-mediation-and-tribunal");
    expect(await advice([])).toEqual([]);

    const page = await db().advicePage.findUniqueOrThrow({ where: { slug: "complaints-mediation-and-tribunal" } });
    await db().$transaction(async (tx) => {
      await tx.advicePage.update({ where: { id: page.id }, data: { title: "Disagreeing with a decision: wombats" } });
      await enqueueAdviceSearchChanges(tx, [page.id], "upsert");
    });
    await sync();
    expect(await advice(["wombats"])).toEqual(["complaints-mediation-and-tribunal"]);

    await db().$transaction(async (tx) => {
      await tx.advicePage.update({ where: { id: page.id }, data: { archivedAt: new Date() } });
      await enqueueAdviceSearchChanges(tx, [page.id], "remove");
    });
    await sync();
    expect(await advice(["wombats"])).toEqual([]);
  });

  it("combines filters with AND across groups and OR within a group, and counts facets the same way", async () => {
    await createListing({
      slug: "a",
      name: "Alpha",
      needs: ["autism"],
      categories: ["leisure"],
      areas: ["north"],
      costType: "free",
      minimumAge: 5,
      maximumAge: 11,
    });
    await createListing({
      slug: "b",
      name: "Bravo",
      needs: ["hearing"],
      categories: ["leisure"],
      areas: ["whole"],
      costType: "paid",
      minimumAge: 11,
      maximumAge: 18,
    });
    await createListing({
      slug: "c",
      name: "Charlie",
      needs: ["adhd", "autism"],
      categories: ["health"],
      areas: ["south"],
      costType: "free",
      minimumAge: 0,
      maximumAge: 4,
    });
    await sync();

    const either = await engine().query(query({ filters: { ...none, needs: ["autism", "hearing"] }, facets: true }));
    expect(either.total).toBe(3);
    const both = await engine().query(
      query({ filters: { ...none, needs: ["autism", "hearing"], categories: ["leisure"] }, facets: true }),
    );
    expect(
      (
        await slugsOf(engine(), query({ filters: { ...none, needs: ["autism", "hearing"], categories: ["leisure"] } }))
      ).sort(),
    ).toEqual(["a", "b"]);
    expect(both.total).toBe(2);
    // Needs are counted without the needs choice (so other options show what ticking them adds) but
    // with the category choice.
    expect(both.facets!.needs).toEqual({ autism: 1, hearing: 1 });
    expect(both.facets!.categories).toEqual({ leisure: 2, health: 1 });
    // A whole-borough service is in every area.
    expect(both.facets!.areas).toMatchObject({ north: 2, south: 1, central: 1 });
    expect(await slugsOf(engine(), query({ filters: { ...none, areas: ["south"] } }))).toEqual(
      ["b", "c"].sort((x, _y) => (x === "b" ? -1 : 1)),
    );
    expect(await slugsOf(engine(), query({ filters: { ...none, ageRange: { min: 11, max: 11 } } }))).toEqual([
      "a",
      "b",
    ]);
    expect(await slugsOf(engine(), query({ filters: { ...none, costType: "free" } }))).toEqual(["a", "c"]);
  });

  it("finds words with digits in them as typed, never 'corrected' to another word", async () => {
    await createListing({ slug: "u18", name: "Harbour under18s football" });
    await createListing({ slug: "under", name: "Harbour under fives football" });
    await createListing({ slug: "pitch", name: "Seafront 3g4g pitch sessions" });
    await sync();
    expect(await slugsOf(engine(), query({ terms: ["under18s"] }))).toEqual(["u18"]);
    expect(await slugsOf(engine(), query({ terms: ["3g4g"] }))).toEqual(["pitch"]);
  });

  it("sorts by distance from a place", async () => {
    await createListing({
      slug: "near",
      name: "Near",
      locations: [
        { name: "Hall", address1: "1 Road", city: "Seabourne", postcode: "FY4 1AA", latitude: 53.79, longitude: -3.02 },
      ],
    });
    await createListing({
      slug: "far",
      name: "Aardvark far",
      locations: [
        { name: "Hall", address1: "2 Road", city: "Fleetwood", postcode: "FY7 1AA", latitude: 53.92, longitude: -3.01 },
      ],
    });
    await sync();
    expect(await slugsOf(engine(), query({ near: { lat: 53.788, lng: -3.025 } }))).toEqual(["near", "far"]);
    expect(await slugsOf(engine(), query({ near: { lat: 53.919, lng: -3.012 } }))).toEqual(["far", "near"]);
  });
});

describe("searchServices", () => {
  it("handles empty, very long and control-character queries without failing", async () => {
    await createListing({ slug: "calm-club", name: "Calm club" });
    await processSearchOutbox();
    const parse = (q: string) => parseServiceFilters({ q }, known).filters;
    expect((await searchServices(parse(""), 20, { log: false })).total).toBe(1);
    const long = await searchServices(parse(`calm ${"x".repeat(5000)}`), 20, { log: false });
    expect(parse(`calm ${"x".repeat(5000)}`).q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(long.total).toBeGreaterThanOrEqual(0);
    const weird = await searchServices(parse("calm\u0000\u0007\u001b[31m club ' \" ; -- & | ! ( ) :*"), 20, {
      log: false,
    });
    expect(weird.items.map((s) => s.slug)).toEqual(["calm-club"]);
  });

  it("reads an age from the words and filters by it", async () => {
    await createListing({ slug: "teen-club", name: "Teen art club", minimumAge: 13, maximumAge: 18 });
    await createListing({ slug: "tots-club", name: "Tots art club", minimumAge: 0, maximumAge: 4 });
    await processSearchOutbox();
    const result = await searchServices(parseServiceFilters({ q: "art club for my 15 year old" }, known).filters, 20, {
      log: false,
    });
    expect(result.understood.age).toMatchObject({ min: 15, max: 15 });
    expect(result.ageFromQuery).toBe(true);
    expect(result.items.map((s) => s.slug)).toEqual(["teen-club"]);
  });

  it("logs the search without postcodes, names, emails or phone numbers", async () => {
    await searchServices(
      parseServiceFilters({ q: "my son Jack needs speech help near FY4 2AB call 07700 900123", need: "autism" }, known)
        .filters,
      20,
    );
    await flushSearchLog(); // entries are written in batches after the response
    const [log] = await db().searchLog.findMany();
    expect(log.query).toBe("my son [name] needs speech help near [postcode] call [number]");
    expect(log.filters).toMatchObject({ needs: ["autism"], near: "FY4" });
    expect(log.resultCount).toBe(0);
    expect(Object.keys(log).sort()).toEqual([
      "createdAt",
      "durationMs",
      "engine",
      "filters",
      "id",
      "query",
      "resultCount",
      "views",
    ]);
  });
});
