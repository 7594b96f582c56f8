// The Open Referral UK API's behaviour beyond the schemas: filters (cumulative), paging, errors,
// only published services, CORS, the rate limit and the CSV export. Over the demo directory.
import { beforeEach, describe, expect, it } from "vitest";
import type { OrukPage } from "@/lib/oruk/pagination";
import { db } from "@/lib/platform/db";
import { searchServiceIds } from "@/lib/search/query/search";
import { seedDemoData } from "@/prisma/seed/seed";
import { createListing } from "@/tests/factories/listings";
import { call, getJson } from "@/tests/fixtures/oruk/api-client";

type Service = { id: string; name: string; minimum_age: number; maximum_age: number };
type Page = OrukPage<Service>;
const list = async (query: string) => (await getJson<Page>(`/api/oruk/services${query}`)).body;
const termId = (taxonomy: string, code: string) =>
  db()
    .taxonomyTerm.findFirstOrThrow({ where: { code, taxonomy: { code: taxonomy } } })
    .then((t) => t.id);

beforeEach(async () => {
  process.env.ORUK_RATE_LIMIT_PER_MINUTE = "0";
  // Search here answers from PostgreSQL, whose index is updated inside each listing's own
  // transaction; a Meilisearch URL left in this process by another test file would point at an
  // index these tests never fill. (The search tests cover Meilisearch itself.)
  delete process.env.MEILISEARCH_URL;
  await seedDemoData(db(), () => {});
});

describe("GET /api/oruk/services filters", () => {
  it("search=autism&minimum_age=5 returns the services the site's search finds for autism whose minimum age is 5 or more", async () => {
    const page = await list("?search=autism&minimum_age=5&per_page=500");
    const found = await searchServiceIds("autism", 1000);
    const ages = await db().service.findMany({ where: { id: { in: found } }, select: { id: true, minimumAge: true } });
    const expected = ages.filter((s) => s.minimumAge >= 5).map((s) => s.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(page.contents.map((s) => s.id).sort()).toEqual(expected.sort());
    expect(page.contents.every((s) => s.minimum_age >= 5)).toBe(true);
    // Best match first, as on the website.
    expect(page.contents.map((s) => s.id)).toEqual(found.filter((id) => expected.includes(id)));
  });

  it("applies taxonomy, age, day and time filters together", async () => {
    const autism = await termId("needs", "autism");
    const needs = (await db().taxonomy.findUniqueOrThrow({ where: { code: "needs" } })).id;
    const byTerm = await list(`?taxonomy_term_id=${autism}&per_page=500`);
    const tagged = await db().service.count({
      where: { publishedAt: { not: null }, terms: { some: { termId: autism } } },
    });
    expect(byTerm.total_items).toBe(tagged);
    expect((await list(`?taxonomy_id=${needs}&per_page=500`)).total_items).toBeGreaterThanOrEqual(tagged);

    const saturday = await list("?day=SA&start_time=09:00&end_time=17:00&per_page=500");
    expect(saturday.total_items).toBeGreaterThan(0);
    for (const s of saturday.contents) {
      const rows = await db().schedule.findMany({
        where: { serviceId: s.id, byday: { contains: "SA" }, opensAt: { gte: "09:00" }, closesAt: { lte: "17:00" } },
      });
      expect(rows.length, s.name).toBeGreaterThan(0);
    }
    const all = await list(`?taxonomy_term_id=${autism}&minimum_age=5&maximum_age=18&day=SA&per_page=500`);
    for (const s of all.contents) expect(s.minimum_age >= 5 && s.maximum_age <= 18).toBe(true);
    expect(all.total_items).toBeLessThanOrEqual(Math.min(byTerm.total_items, saturday.total_items));
  });

  it("pages with the standard's header", async () => {
    const total = (await list("")).total_items;
    const second = await list("?per_page=10&page=2");
    expect(second).toMatchObject({
      total_items: total,
      total_pages: Math.ceil(total / 10),
      page_number: 2,
      size: 10,
      first_page: false,
      empty: false,
    });
    const beyond = await list(`?per_page=10&page=${Math.ceil(total / 10) + 1}`);
    expect(beyond).toMatchObject({ size: 0, empty: true, last_page: true, contents: [] });
  });

  it("answers malformed parameters with 400 and a plain message", async () => {
    for (const q of [
      "?minimum_age=five",
      "?per_page=0",
      "?page=-1",
      "?taxonomy_term_id=autism",
      "?day=someday",
      "?start_time=9am",
      "?proximity=100",
    ]) {
      const { status, body } = await getJson<{ error: string }>(`/api/oruk/services${q}`);
      expect(status, q).toBe(400);
      expect(body.error, q).toMatch(/must|needs/);
    }
  });
});

describe("only published services leave through the API", () => {
  it("hides drafts and archived listings, and 404s unknown ids", async () => {
    const draft = await createListing({ name: "Secret draft" }, { publish: false });
    const archived = await createListing({ name: "Old archived" });
    await db().service.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    for (const id of [draft.id, archived.id, "00000000-0000-4000-8000-000000000000", "not-a-uuid"])
      expect((await call(`/api/oruk/services/${id}`)).status, id).toBe(404);
    const names = (await list("?per_page=500")).contents.map((s) => s.name);
    expect(names).not.toContain("Secret draft");
    expect(names).not.toContain("Old archived");
  });
});

describe("service_at_locations", () => {
  it("narrows by postcode district and by distance from a postcode", async () => {
    const all = (await getJson<Page>("/api/oruk/service_at_locations?per_page=500")).body;
    const fy1 = (await getJson<Page>("/api/oruk/service_at_locations?postcode=FY1&per_page=500")).body;
    expect(fy1.total_items).toBeGreaterThan(0);
    expect(fy1.total_items).toBeLessThan(all.total_items);
    const near = (await getJson<Page>("/api/oruk/service_at_locations?postcode=FY1&proximity=3000&per_page=500")).body;
    const far = (await getJson<Page>("/api/oruk/service_at_locations?postcode=FY1&proximity=50000&per_page=500")).body;
    expect(near.total_items).toBeGreaterThan(0);
    expect(far.total_items).toBeGreaterThanOrEqual(near.total_items);
    expect((await call("/api/oruk/service_at_locations?postcode=ZZ9&proximity=1000")).status).toBe(400);
  });
});

describe("open to any site, but not to floods", () => {
  it("sends Access-Control-Allow-Origin: * on answers, errors and preflight", async () => {
    for (const path of [
      "/api/oruk",
      "/api/oruk/services",
      "/api/oruk/services/not-a-uuid",
      "/api/oruk/services?page=x",
    ])
      expect((await call(path)).headers.get("access-control-allow-origin"), path).toBe("*");
    const { OPTIONS } = await import("@/app/api/oruk/services/route");
    const preflight = OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("GET /api/oruk/export.csv", () => {
  it("has one row per published service, with lists joined", async () => {
    await createListing({ name: 'Quotes "and", commas', tags: ["one", "two"] });
    await createListing({ name: "A draft" }, { publish: false });
    const response = await call("/api/oruk/export.csv");
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="local-offer-services-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const text = await response.text();
    const rows = parseCsv(text.replace(/^\uFEFF/, ""));
    const header = rows[0];
    const published = await db().service.count({ where: { publishedAt: { not: null }, archivedAt: null } });
    expect(rows.length - 1).toBe(published);
    const row = rows.find((r) => r[header.indexOf("name")] === 'Quotes "and", commas')!;
    expect(row[header.indexOf("tags")]).toBe("one; two");
    expect(row[header.indexOf("needs")]).toBe("Autism");
    expect(rows.some((r) => r[header.indexOf("name")] === "A draft")).toBe(false);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([header.length]));
  });
});

describe("the CSV row of a listing with everything filled in", () => {
  it("has every list, in the listing's own order, and dates as plain dates", async () => {
    const { id } = await createListing({
      name: "Full house",
      status: "temporarily_closed",
      closureMessage: "Closed for building work until spring.",
      accessMethod: "referral",
      referralRoute: "Ask your health visitor",
      eligibility: "Lives in Seabourne",
      url: "https://example.org/full",
      email: "hello@example.org",
      minimumAge: 3,
      maximumAge: 18,
      costType: "paid",
      costOptions: [
        { option: "Per session", amount: 4.5, amountDescription: "after the first free one" },
        { option: "Trip" },
      ],
      categories: ["health", "education"],
      needs: ["autism", "adhd"],
      areas: ["central", "north"],
      contacts: [
        {
          name: "Sam Lee",
          title: "Manager",
          email: "sam@example.org",
          phones: [{ number: "01632 960 001" }, { number: "07700 900 002" }],
        },
        { title: "Reception", phones: [{ number: "01632 960 003" }] },
      ],
      locations: [
        { name: "The Hub", address1: "1 High Street", address2: "Old Town", city: "Seabourne", postcode: "FY1 4AB" },
        { name: "Beach Hut", address1: "Prom", city: "Seabourne", postcode: "FY2 9ZZ" },
      ],
      schedules: [
        { byday: ["MO", "WE"], opensAt: "09:00", closesAt: "12:00", termTimeOnly: true, freq: "WEEKLY" },
        { byday: ["SA"], opensAt: "10:00", closesAt: "15:30", termTimeOnly: false, freq: "WEEKLY" },
      ],
      languages: [{ name: "English" }, { name: "Polish", code: "pl" }],
      tags: ["=cmd", "swimming"],
      lastCheckedAt: "2026-06-01",
    });
    const { updatedAt } = await db().service.findUniqueOrThrow({ where: { id } });
    const rows = parseCsv((await (await call("/api/oruk/export.csv")).text()).replace(/^\uFEFF/, ""));
    const header = rows[0];
    const row = Object.fromEntries(header.map((name, i) => [name, rows.find((r) => r[0] === id)![i]]));
    expect(row).toMatchObject({
      name: "Full house",
      status: "temporarily closed",
      access_method: "referral",
      referral_route: "Ask your health visitor",
      eligibility: "Lives in Seabourne",
      url: "https://example.org/full",
      email: "hello@example.org",
      minimum_age: "3",
      maximum_age: "18",
      cost: "paid",
      cost_options: "Per session £4.50 after the first free one; Trip",
      categories: "Health and therapy; Education and learning",
      needs: "Autism; ADHD",
      contacts: "Sam Lee, Manager; Reception",
      phones: "01632 960 001; 07700 900 002; 01632 960 003",
      contact_emails: "sam@example.org",
      locations: "The Hub, 1 High Street, Old Town, Seabourne, FY1 4AB; Beach Hut, Prom, Seabourne, FY2 9ZZ",
      opening_times: "Mon, Wed 09:00-12:00 (term time); Sat 10:00-15:30",
      languages: "English; Polish",
      tags: "'=cmd; swimming",
      last_checked: "2026-06-01",
      areas: "Central Seabourne; North Seabourne",
      last_modified: updatedAt.toISOString(),
    });
  });
});

/** A small RFC 4180 reader, so the test checks quoting independently of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
