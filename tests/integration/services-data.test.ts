import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { findPublishedServiceBySlug, findPublishedServices } from "@/lib/services/data";
import { parseServiceFilters } from "@/lib/services/filters";
import { createListing } from "@/tests/factories/listings";

const known = { needs: new Set(["autism", "hearing"]), categories: new Set(["health", "leisure"]) };
const search = (params: Record<string, string>) =>
  findPublishedServices(parseServiceFilters(params, known).filters, 50);
const slugs = async (params: Record<string, string>) => (await search(params)).items.map((s) => s.slug).sort();

describe("published services", () => {
  it("shows published listings and hides drafts and archived ones", async () => {
    await createListing({ slug: "live-one" });
    await createListing({ slug: "draft-one" }, { publish: false });
    const archived = await createListing({ slug: "archived-one" });
    await db().service.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    expect(await slugs({})).toEqual(["live-one"]);
    expect(await findPublishedServiceBySlug("draft-one")).toBeNull();
    expect(await findPublishedServiceBySlug("archived-one")).toBeNull();
  });

  it("filters by need, age overlap, area (including whole-borough services), cost and day", async () => {
    await createListing({
      slug: "swim-north",
      categories: ["leisure"],
      needs: ["autism"],
      minimumAge: 5,
      maximumAge: 11,
      areas: ["north"],
      costType: "paid",
      schedules: [{ byday: ["SA"], opensAt: "10:00", closesAt: "11:00" }],
    });
    await createListing({
      slug: "deaf-club-everywhere",
      categories: ["leisure"],
      needs: ["hearing"],
      minimumAge: 11,
      maximumAge: 18,
      areas: ["whole"],
    });
    await createListing({
      slug: "clinic-south",
      categories: ["health"],
      needs: ["autism"],
      minimumAge: 0,
      maximumAge: 4,
      areas: ["south"],
    });

    expect(await slugs({ need: "autism" })).toEqual(["clinic-south", "swim-north"]);
    expect(await slugs({ age: "11" })).toEqual(["deaf-club-everywhere", "swim-north"]);
    expect(await slugs({ age: "early-years" })).toEqual(["clinic-south"]);
    expect(await slugs({ area: "north" })).toEqual(["deaf-club-everywhere", "swim-north"]);
    expect(await slugs({ cost: "paid" })).toEqual(["swim-north"]);
    expect(await slugs({ day: "SA" })).toEqual(["swim-north"]);
    expect(await slugs({ need: "autism", area: "north", age: "9" })).toEqual(["swim-north"]);
  });

  it("matches every word of a text search, in any field, ignoring case", async () => {
    await createListing({
      slug: "speech-drop-in",
      name: "Speech and language drop-in",
      summary: "Come along with your toddler.",
    });
    await createListing({ slug: "speech-clinic", name: "Speech clinic", summary: "By referral." });
    expect(await slugs({ q: "SPEECH toddler" })).toEqual(["speech-drop-in"]);
  });

  it("pages results and counts them all", async () => {
    for (let i = 0; i < 3; i++) await createListing({ name: `Paged service ${i}` });
    const filters = parseServiceFilters({ page: "2" }, known).filters;
    const { total, items } = await findPublishedServices(filters, 2);
    expect(total).toBe(3);
    expect(items).toHaveLength(1);
  });

  it("loads every part of a listing for its page", async () => {
    const { slug } = await createListing({
      slug: "full-listing",
      locations: [
        {
          name: "Hollins Park Centre",
          address1: "1 Park Road",
          city: "Seabourne",
          postcode: "fy3 7aa",
          accessibility: ["Hearing loop"],
        },
      ],
      schedules: [
        {
          byday: ["MO", "WE"],
          opensAt: "09:00",
          closesAt: "12:00",
          termTimeOnly: true,
          locationName: "Hollins Park Centre",
        },
      ],
      costOptions: [{ option: "Per session", amount: 4.5 }],
      languages: [{ name: "British Sign Language", code: "bfi" }],
      sendAnswers: { staff_training: "All staff have autism awareness training." },
    });
    const s = await findPublishedServiceBySlug(slug);
    expect(s?.serviceAtLocations[0].location.addresses[0].postalCode).toBe("FY3 7AA");
    expect(s?.serviceAtLocations[0].location.accessibility.map((a) => a.description)).toEqual(["Hearing loop"]);
    expect(s?.schedules[0]).toMatchObject({
      byday: "MO,WE",
      termTimeOnly: true,
      serviceAtLocationId: s?.serviceAtLocations[0].id,
    });
    expect(Number(s?.costOptions[0].amount)).toBe(4.5);
    expect(s?.languages[0].code).toBe("bfi");
    expect(s?.contacts[0].phones[0].number).toBe("01632 960 000");
    expect(s?.terms.map((t) => t.term.code).sort()).toEqual(["autism", "health", "primary", "secondary"]);
    expect(s?.reviewDueAt?.toISOString().slice(0, 10)).toBe("2027-06-01");
  });
});
