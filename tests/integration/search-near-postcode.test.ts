// Searching near a postcode (issue 15 item 4) on both engines: the nearest of a service's venues counts,
// both engines give the same order, a radius keeps only services with a venue that close, an unknown
// postcode still shows results (without distances), and the search log never keeps a full postcode.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import type { EngineQuery, SearchEngine } from "@/lib/search/query/engine";
import { meilisearchEngine, postgresEngine } from "@/lib/search/query/engines";
import { processSearchOutbox } from "@/lib/search/sync/indexer";
import { searchServices } from "@/lib/search/query/search";
import { flushSearchLog } from "@/lib/search/query/search-log";
import { parseServiceFilters } from "@/lib/services/filters";
import { loadOnspd } from "@/lib/geo/load-onspd";
import { createListing } from "@/tests/factories/listings";
import { useOwnMeilisearchIndex } from "@/tests/setup/own-meilisearch-index";

useOwnMeilisearchIndex("near");

const FIXTURE = path.join(__dirname, "../fixtures/onspd/ONSPD_FY_SAMPLE.csv");
const NOT_ONSPD = path.join(__dirname, "../fixtures/onspd/not-onspd.csv");
const engines: [string, () => SearchEngine][] = [
  ["meilisearch", () => meilisearchEngine()!],
  ["postgres", () => postgresEngine()],
];
const none = { needs: [], categories: [], areas: [] };
const query = (o: Partial<EngineQuery>): EngineQuery => ({ terms: [], filters: none, offset: 0, limit: 50, ...o });
// FY4 2AB in the fixture: South Shore.
const southShore = { lat: 53.7853, lng: -3.0436 };
const venue = (city: string, latitude: number, longitude: number) => ({
  name: `${city} hall`,
  address1: "1 Road",
  city,
  postcode: "FY1 1AA",
  latitude,
  longitude,
});

async function seedServices() {
  // Its first venue is in Fleetwood, its second in South Shore: the second must count.
  await createListing({
    slug: "two-venues",
    name: "Two venues club",
    locations: [venue("Fleetwood", 53.918, -3.01), venue("South Shore", 53.786, -3.045)],
  });
  await createListing({ slug: "lytham", name: "Lytham group", locations: [venue("Lytham", 53.7406, -2.9637)] });
  await createListing({ slug: "blackpool", name: "Blackpool club", locations: [venue("Blackpool", 53.8165, -3.0505)] });
  // Two services at one venue: tied on distance, so by name on both engines.
  await createListing({ slug: "b-same", name: "Beach hut B", locations: [venue("Squires Gate", 53.778, -3.04)] });
  await createListing({ slug: "a-same", name: "Beach hut A", locations: [venue("Squires Gate", 53.778, -3.04)] });
  await createListing({ slug: "online", name: "Online chat", locations: [] });
  const run = await processSearchOutbox();
  expect(run.failed).toBe(0);
}

async function slugsOf(engine: SearchEngine, q: EngineQuery) {
  const { ids, total } = await engine.query(q);
  const rows = await db().service.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } });
  return { slugs: ids.map((id) => rows.find((r) => r.id === id)?.slug), total };
}

const NEAREST_FIRST = ["two-venues", "a-same", "b-same", "blackpool", "lytham", "online"];

describe.each(engines)("%s engine, near a place", (_, engine) => {
  it("sorts by each service's nearest venue, ties by name, services with no venue last", async () => {
    await seedServices();
    const { slugs, total } = await slugsOf(engine(), query({ near: southShore, sort: "distance" }));
    expect(slugs).toEqual(NEAREST_FIRST);
    expect(total).toBe(6);
    // Pages follow the same order.
    expect((await slugsOf(engine(), query({ near: southShore, sort: "distance", offset: 2, limit: 2 }))).slugs).toEqual(
      ["b-same", "blackpool"],
    );
    // With a place and no words, nearest first is the default.
    expect((await slugsOf(engine(), query({ near: southShore }))).slugs).toEqual(NEAREST_FIRST);
  });

  it("keeps only services with a venue within the radius, in results and facet counts", async () => {
    await seedServices();
    const within3Miles = Math.round(3 * 1609.344);
    const result = await engine().query(query({ near: southShore, withinMetres: within3Miles, facets: true }));
    const { slugs } = await slugsOf(engine(), query({ near: southShore, withinMetres: within3Miles }));
    expect(slugs).toEqual(["two-venues", "a-same", "b-same", "blackpool"]);
    expect(result.total).toBe(4);
    expect(Object.values(result.facets!.areas).every((n) => n <= 4)).toBe(true);
    // Nothing that close: none, not everything.
    const far = { lat: 54.5, lng: -3.5 };
    expect((await slugsOf(engine(), query({ near: far, withinMetres: 1609 }))).total).toBe(0);
    // A radius with best match or A to Z keeps that order.
    const byName = await slugsOf(engine(), query({ near: southShore, withinMetres: within3Miles, sort: "name" }));
    expect(byName.slugs).toEqual(["a-same", "b-same", "blackpool", "two-venues"]);
  });
});

describe("searchServices with the postcode field", () => {
  const known = { needs: new Set<string>(), categories: new Set<string>() };
  const search = (params: Record<string, string>) =>
    searchServices(parseServiceFilters(params, known).filters, 20, { log: false });

  it("finds a full postcode in the ONS Postcode Directory and sorts both engines alike", async () => {
    await seedServices();
    await loadOnspd(FIXTURE);
    const result = await search({ postcode: "fy42ab" });
    expect(result.postcode?.place).toMatchObject({ postcode: "FY4 2AB", precision: "postcode" });
    expect(result.sort).toBe("distance");
    expect(result.items.map((c) => c.slug)).toEqual(NEAREST_FIRST);
    const within = await search({ postcode: "FY4 2AB", within: "1" });
    expect(within.items.map((c) => c.slug)).toEqual(["two-venues", "a-same", "b-same"]);
  });

  it("says so when a postcode cannot be found, and still shows every result", async () => {
    await seedServices();
    await loadOnspd(FIXTURE);
    const unknown = await search({ postcode: "FY9 9ZZ", within: "1" });
    expect(unknown.postcode).toEqual({ typed: "FY9 9ZZ" });
    expect(unknown.near).toBeUndefined();
    expect(unknown.total).toBe(6);
    const ended = await search({ postcode: "FY1 9ZX" });
    expect(ended.postcode?.place).toMatchObject({ endedIn: "201905" });
  });

  it("uses the district's centre before the directory is loaded, and for a district", async () => {
    await seedServices();
    const full = await search({ postcode: "FY4 2AB" });
    expect(full.postcode?.place).toMatchObject({ outward: "FY4", precision: "district" });
    const district = await search({ postcode: "fy8" });
    expect(district.postcode?.place).toMatchObject({ postcode: "FY8", precision: "district" });
    expect(district.items[0].slug).toBe("lytham");
  });

  it("logs only the district, never the full postcode", async () => {
    await seedServices();
    await loadOnspd(FIXTURE);
    await searchServices(parseServiceFilters({ postcode: "FY4 2AB", q: "club" }, known).filters, 20, {
      userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0",
    });
    await flushSearchLog();
    const rows = await db().$queryRaw<{ text: string }[]>`SELECT row_to_json(s)::text AS text FROM "SearchLog" s`;
    expect(rows.length).toBeGreaterThan(0);
    for (const { text } of rows) {
      expect(text).not.toMatch(/2AB/i);
      expect(text).toContain("FY4");
    }
  });
});

describe("npm run postcodes:load (loadOnspd)", () => {
  it("loads the fixture, skips rows with no grid reference, and loading again changes nothing", async () => {
    const first = await loadOnspd(FIXTURE, { batchSize: 10 });
    expect(first).toEqual({ read: 42, loaded: 41, skippedNoLocation: 1, skippedBad: 0 });
    const rows = await db().onsPostcode.findMany({ orderBy: { pcds: "asc" } });
    expect(rows).toHaveLength(41);
    expect(rows.find((r) => r.pcds === "FY1 9XX")).toBeUndefined();
    const before = await db().onsPostcode.findUniqueOrThrow({ where: { pcds: "FY4 2AB" } });
    expect(before).toMatchObject({ lat: 53.7853, long: -3.0436, doterm: null });
    const again = await loadOnspd(FIXTURE);
    expect(again.loaded).toBe(41);
    expect(await db().onsPostcode.count()).toBe(41);
    const after = await db().onsPostcode.findUniqueOrThrow({ where: { pcds: "FY4 2AB" } });
    expect(after.loadedAt).toEqual(before.loadedAt);
  });

  it("names the missing columns when the file is not the ONS Postcode Directory", async () => {
    await expect(loadOnspd(NOT_ONSPD)).rejects.toThrow(
      /not an ONS Postcode Directory file: it has no pcds, lat, long, doterm columns/,
    );
    expect(await db().onsPostcode.count()).toBe(0);
  });
});
