// The filters for how a service is delivered, venue access, languages spoken and time of day: each gives
// the same listings and the same counts on both engines, from facts written as officers and feeds write them.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import type { EngineFilters, EngineQuery } from "@/lib/search/query/engine";
import { meilisearchEngine, postgresEngine } from "@/lib/search/query/engines";
import { processSearchOutbox } from "@/lib/search/sync/indexer";
import { createListing } from "@/tests/factories/listings";
import { useOwnMeilisearchIndex } from "@/tests/setup/own-meilisearch-index";

useOwnMeilisearchIndex("features");

const none: EngineFilters = { needs: [], categories: [], areas: [] };
const query = (filters: Partial<EngineFilters>): EngineQuery => ({
  terms: [],
  filters: { ...none, ...filters },
  offset: 0,
  limit: 50,
  facets: true,
});
const venue = (accessibility: string[]) => ({
  name: "Hall",
  address1: "1 Road",
  city: "Seabourne",
  postcode: "FY4 1AA",
  accessibility,
});
const time = (byday: ("MO" | "SA" | "SU" | "WE")[], opensAt: string, closesAt: string, termTimeOnly = true) => ({
  byday,
  opensAt,
  closesAt,
  termTimeOnly,
});

async function bothEngines(filters: Partial<EngineFilters>) {
  const [meili, pg] = await Promise.all([
    meilisearchEngine()!.query(query(filters)),
    postgresEngine().query(query(filters)),
  ]);
  const rows = await db().service.findMany({ select: { id: true, slug: true } });
  const slugs = (ids: string[]) => ids.map((id) => rows.find((r) => r.id === id)?.slug).sort();
  expect(slugs(meili.ids), "both engines find the same listings").toEqual(slugs(pg.ids));
  for (const group of ["delivery", "access", "languages", "times"] as const)
    expect(meili.facets![group], `${group} counts`).toEqual(pg.facets![group]);
  return { slugs: slugs(pg.ids), facets: pg.facets! };
}

describe("delivery, access, language and time filters", () => {
  it("give the same listings and counts on both engines", async () => {
    await createListing({
      slug: "bsl-club",
      name: "Signing Saturday club",
      deliveryMethods: ["in-person"],
      locations: [venue(["Wheelchair accessible, level access", "Changing Places toilet"])],
      languages: [{ name: "British Sign Language" }, { name: "English", code: "en" }],
      schedules: [time(["SA"], "10:00", "12:00")],
    });
    await createListing({
      slug: "homework-help",
      name: "Homework help",
      deliveryMethods: ["online", "phone"],
      languages: [{ name: "Polish", code: "pl" }],
      schedules: [time(["MO", "WE"], "15:45", "17:30")],
    });
    await createListing({
      slug: "holiday-scheme",
      name: "Summer holiday playscheme",
      deliveryMethods: ["in-person"],
      locations: [venue(["Step-free access", "Quiet room", "No hearing loop"])],
      languages: [{ name: "Signing", code: "bfi" }],
      schedules: [time(["MO"], "09:30", "15:00")],
    });
    await createListing({ slug: "plain", name: "Plain listing", deliveryMethods: ["at-home"] });
    const run = await processSearchOutbox();
    expect(run.failed).toBe(0);

    const all = await bothEngines({});
    expect(all.facets.delivery).toEqual({ "in-person": 2, online: 1, phone: 1, "at-home": 1 });
    expect(all.facets.access).toEqual({ "step-free": 2, "changing-places": 1, "quiet-room": 1 });
    expect(all.facets.languages).toEqual({ bsl: 2, pl: 1 });
    expect(all.facets.times).toEqual({ weekends: 1, "after-school": 1, "school-holidays": 1 });

    expect((await bothEngines({ delivery: ["online", "at-home"] })).slugs).toEqual(["homework-help", "plain"]);
    expect((await bothEngines({ languages: ["bsl"] })).slugs).toEqual(["bsl-club", "holiday-scheme"]);
    expect((await bothEngines({ times: ["after-school"] })).slugs).toEqual(["homework-help"]);
    expect((await bothEngines({ times: ["school-holidays", "weekends"] })).slugs).toEqual([
      "bsl-club",
      "holiday-scheme",
    ]);

    // Access features must all hold, and their counts are taken with the choice in place.
    const stepFree = await bothEngines({ access: ["step-free"] });
    expect(stepFree.slugs).toEqual(["bsl-club", "holiday-scheme"]);
    expect(stepFree.facets.access).toEqual({ "step-free": 2, "changing-places": 1, "quiet-room": 1 });
    expect((await bothEngines({ access: ["step-free", "changing-places"] })).slugs).toEqual(["bsl-club"]);
    expect((await bothEngines({ access: ["hearing-loop"] })).slugs).toEqual([]);

    // Other groups are counted without their own choice (OR within a group), as needs are.
    const bslWeekends = await bothEngines({ languages: ["bsl"], times: ["weekends"] });
    expect(bslWeekends.slugs).toEqual(["bsl-club"]);
    expect(bslWeekends.facets.languages).toEqual({ bsl: 1 });
    expect(bslWeekends.facets.times).toEqual({ weekends: 1, "school-holidays": 1 });
  });
});
