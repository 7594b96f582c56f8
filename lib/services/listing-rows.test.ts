import { describe, expect, it } from "vitest";
import { buildListingRows, emptyListingRows, newOrderedId, serviceFields } from "./listing-rows";
import { listingInputSchema } from "./schema";

const listing = listingInputSchema.parse({
  name: "Swim club",
  summary: "Swimming for children who find busy pools hard.",
  description: "Small groups.",
  whoFor: "Children aged 5 to 11.",
  accessMethod: "self_refer",
  minimumAge: 5,
  maximumAge: 11,
  costType: "paid",
  costOptions: [{ option: "Session", amount: 3 }],
  categories: ["leisure", "leisure", "unknown-category"],
  needs: ["autism"],
  areas: ["north", "whole"],
  contacts: [
    { title: "Desk", phones: [{ number: "01632 960 001" }, { number: "01632 960 002", description: "Evenings" }] },
    { email: "club@example.org" },
  ],
  locations: [
    { name: "Pool", address1: "1 Road", city: "Seabourne", postcode: "fy1 1aa", accessibility: ["Ramp", "Hoist"] },
  ],
  schedules: [
    { byday: ["MO", "WE"], opensAt: "16:00", closesAt: "17:00", locationName: "Pool" },
    { byday: ["SA"], opensAt: "10:00", closesAt: "11:00", locationName: "Somewhere else" },
  ],
  languages: [{ name: "Polish", code: "pl" }],
  lastCheckedAt: "2026-02-28",
});

const TERMS: Record<string, string> = {
  "categories:leisure": "t-leisure",
  "needs:autism": "t-autism",
  "age-groups:primary": "t-primary",
  "age-groups:secondary": "t-secondary",
};

function build() {
  let n = 0;
  const newId = () => `id-${++n}`;
  return buildListingRows(listing, "svc", newId, (taxonomy, code) => TERMS[`${taxonomy}:${code}`]);
}

describe("buildListingRows", () => {
  it("builds every child row, linked by the ids it hands out", () => {
    const rows = build();
    expect(rows.contacts.map((c) => [c.position, c.title ?? c.email])).toEqual([
      [0, "Desk"],
      [1, "club@example.org"],
    ]);
    const deskId = rows.contacts[0].id;
    expect(rows.phones).toEqual([
      { id: expect.any(String), contactId: deskId, number: "01632 960 001", description: null, position: 0 },
      { id: expect.any(String), contactId: deskId, number: "01632 960 002", description: "Evenings", position: 1 },
    ]);
    const [location] = rows.locations;
    expect(rows.addresses).toMatchObject([{ locationId: location.id, postalCode: "FY1 1AA", address2: null }]);
    expect(rows.accessibility.map((a) => [a.locationId, a.description])).toEqual([
      [location.id, "Ramp"],
      [location.id, "Hoist"],
    ]);
    expect(rows.serviceAtLocations).toEqual([{ id: expect.any(String), serviceId: "svc", locationId: location.id }]);
    // An opening time names its venue; a name the listing does not have links to none.
    expect(rows.schedules.map((s) => [s.byday, s.serviceAtLocationId])).toEqual([
      ["MO,WE", rows.serviceAtLocations[0].id],
      ["SA", null],
    ]);
    expect(rows.costOptions).toMatchObject([{ serviceId: "svc", option: "Session", amount: 3 }]);
    expect(rows.languages).toMatchObject([{ serviceId: "svc", name: "Polish", code: "pl" }]);
    expect(rows.serviceAreas.map((a) => [a.areaCode, a.name])).toEqual([
      ["north", "North Seabourne"],
      ["whole", expect.any(String)],
    ]);
  });

  it("links categories, needs and the overlapping age groups once each, leaving out unknown terms", () => {
    expect(build().terms.map((t) => t.termId)).toEqual(["t-leisure", "t-autism", "t-primary", "t-secondary"]);
  });

  it("gives every row an id of its own, in the listing's order", () => {
    const rows = build();
    const ids = Object.values(rows).flatMap((table: { id?: string }[]) => table.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(rows.schedules.map((s) => s.id)).toEqual(["id-10", "id-11"]);
  });

  it("gathers many listings into one set of rows", () => {
    const rows = emptyListingRows();
    buildListingRows(listing, "a", newOrderedId, () => undefined, rows);
    buildListingRows(listing, "b", newOrderedId, () => undefined, rows);
    expect(rows.serviceAtLocations.map((x) => x.serviceId)).toEqual(["a", "b"]);
    expect(rows.terms).toEqual([]);
  });
});

describe("serviceFields", () => {
  it("dates the next review from the last check and publishes only when asked", () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const draft = serviceFields(listing, { organisationId: "org" });
    expect(draft.reviewDueAt?.toISOString().slice(0, 10)).toBe("2027-02-28");
    expect(draft).not.toHaveProperty("publishedAt");
    expect(serviceFields(listing, { organisationId: "org", publish: true, now }).publishedAt).toBe(now);
  });
});

describe("newOrderedId", () => {
  it("makes version 7 UUIDs that sort in the order they were made, even thousands in a millisecond", () => {
    const ids = Array.from({ length: 10_000 }, newOrderedId);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(
      true,
    );
    expect([...ids].sort()).toEqual(ids);
  });
});
