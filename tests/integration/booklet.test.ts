// The booklet's listings (lib/booklet/data.ts) narrow the same way the results page does: a need or
// category, an age group by overlapping ranges, an area including "the whole borough"; only published,
// browsable listings ever print.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { findBookletListings } from "@/lib/booklet/data";
import { bookletPdfResponse } from "@/lib/booklet/http";
import { MAX_PDFS_AT_ONCE, renderBookletPdf } from "@/lib/booklet/pdf";
import { createListing } from "@/tests/factories/listings";

const slugsOf = async (choice: Parameters<typeof findBookletListings>[0], prefix: string) =>
  (await findBookletListings(choice)).map((l) => l.slug).filter((s) => s.startsWith(prefix));

describe("the booklet's listings", () => {
  it("keep to the choice, and to published listings that are open or paused", async () => {
    const p = `booklet-${Date.now()}-`;
    await createListing({
      slug: `${p}autism-north`,
      needs: ["autism"],
      areas: ["north"],
      minimumAge: 0,
      maximumAge: 4,
    });
    await createListing({ slug: `${p}adhd-whole`, needs: ["adhd"], areas: ["whole"], minimumAge: 11, maximumAge: 18 });
    await createListing({
      slug: `${p}autism-south-leisure`,
      needs: ["autism"],
      categories: ["leisure"],
      areas: ["south"],
      minimumAge: 10,
      maximumAge: 25,
    });
    await createListing({ slug: `${p}draft`, needs: ["autism"] }, { publish: false });
    const archived = await createListing({ slug: `${p}archived`, needs: ["autism"] });
    await db().service.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const closed = await createListing({ slug: `${p}closed`, needs: ["autism"] });
    await db().service.update({ where: { id: closed.id }, data: { status: "defunct" } });

    expect((await slugsOf({ need: "autism" }, p)).sort()).toEqual([`${p}autism-north`, `${p}autism-south-leisure`]);
    // "The whole borough" is in every area's booklet.
    expect((await slugsOf({ area: "north" }, p)).sort()).toEqual([`${p}adhd-whole`, `${p}autism-north`]);
    // Secondary school is 11 to 16: ranges that overlap it.
    expect((await slugsOf({ age: "secondary" }, p)).sort()).toEqual([`${p}adhd-whole`, `${p}autism-south-leisure`]);
    expect(await slugsOf({ need: "autism", category: "leisure", age: "young-adults" }, p)).toEqual([
      `${p}autism-south-leisure`,
    ]);
    // The whole offer, by name, with the phone numbers the booklet prints.
    const whole = (await findBookletListings({})).filter((l) => l.slug.startsWith(p));
    expect(whole.map((l) => l.slug)).toHaveLength(3);
    expect(whole[0].contacts[0].phones[0].number).toBe("01632 960 000");
  });
});

describe("the booklet PDF's refusals", () => {
  const request = (query: string) =>
    new Request(`http://localhost:3000/print/pdf?${query}`, { headers: { "x-forwarded-for": "192.0.2.7" } });

  it("say plainly when the server has no Chromium, and point to the browser's Print button", async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nowhere/chromium";
    try {
      expect(await renderBookletPdf("/print?need=autism")).toEqual({ ok: false, reason: "no-chromium" });
      const response = await bookletPdfResponse(request("need=autism"));
      expect(response.status).toBe(503);
      const html = await response.text();
      expect(html).toContain("PDF downloads are not available on this website");
      expect(html).toContain('<a href="/print?need=autism">Go back to the booklet</a>');
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it("start no more than two browsers at once", async () => {
    const shared = globalThis as unknown as { bookletPdfsRendering?: number };
    const saved = process.env.CHROMIUM_PATH;
    shared.bookletPdfsRendering = MAX_PDFS_AT_ONCE;
    process.env.CHROMIUM_PATH = process.execPath; // any file that exists: it must not be started
    try {
      expect(await renderBookletPdf("/print?need=autism")).toEqual({ ok: false, reason: "busy" });
    } finally {
      shared.bookletPdfsRendering = 0;
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it("send a wrong choice back to the form, before any browser starts", async () => {
    const response = await bookletPdfResponse(request("need=nonsense&age=primary"));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/print?need=nonsense&age=primary");
  });
});
