import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { FULL_LISTING, findPublishedServiceBySlug, PUBLIC_SERVICE } from "@/lib/services/data";
import { seedDemoData } from "@/prisma/seed/seed";
import { createListing } from "@/tests/factories/listings";

describe("published services", () => {
  it("shows published listings and hides drafts and archived ones", async () => {
    await createListing({ slug: "live-one" });
    await createListing({ slug: "draft-one" }, { publish: false });
    const archived = await createListing({ slug: "archived-one" });
    await db().service.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    expect(await findPublishedServiceBySlug("live-one")).not.toBeNull();
    expect(await findPublishedServiceBySlug("draft-one")).toBeNull();
    expect(await findPublishedServiceBySlug("archived-one")).toBeNull();
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
      easyRead: "This group is for children with autism.\nIt is free.",
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
    expect(s?.easyRead).toBe("This group is for children with autism.\nIt is free.");
  });

  it("reads in one SQL statement exactly what Prisma's include reads: every field, its type and its order", async () => {
    // The demo listings have every kind of part (venues with access facts, costs, languages, timed
    // sessions at a venue), and a column added to the schema shows up in Prisma's read at once.
    await seedDemoData(db(), () => {});
    const listings = await db().service.findMany({ where: PUBLIC_SERVICE, include: FULL_LISTING });
    expect(listings.length).toBeGreaterThan(80);
    // Some with an easy-read summary, most without (null).
    expect(listings.filter((l) => l.easyRead).length).toBeGreaterThanOrEqual(10);
    for (const prisma of listings) {
      prisma.terms.sort((a, b) => a.term.position - b.term.position); // as the page shows them
      expect(await findPublishedServiceBySlug(prisma.slug), prisma.slug).toStrictEqual(prisma);
    }
  });
});
