// The importer against a real database: the real North Lincolnshire feed twice through the
// command line, one bad record among good ones, and an ORUK 3.0 round trip through our own API.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { importFeed, type ImportReport } from "@/lib/oruk/import";
import { listingInputSchema } from "@/lib/services/schema";
import { writeListing, writeNewListings } from "@/lib/services/mutations";
import { seedDemoData } from "@/prisma/seed/seed";
import { buildListing, createOrganisation } from "@/tests/factories/listings";
import { getJson } from "@/tests/fixtures/oruk/api-client";
import { createUser } from "@/tests/factories/admin";
import { findListingsForUser } from "@/lib/revisions/data";
import { needsContactDetails } from "@/lib/services/needs-contact";

const run = promisify(execFile);
const FEED = path.resolve("tests/fixtures/oruk/north-lincolnshire-oruk-v1-services.json");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oruk-import-"));

beforeAll(() => {
  process.env.ORUK_RATE_LIMIT_PER_MINUTE = "0";
  // Search here answers from PostgreSQL, whose index is updated inside each listing's own
  // transaction; a Meilisearch URL left in this process by another test file would point at an
  // index these tests never fill. (The search tests cover Meilisearch itself.)
  delete process.env.MEILISEARCH_URL;
});

async function importOnCommandLine(...args: string[]) {
  const report = path.join(tmp, `report-${Date.now()}.json`);
  const { stdout, stderr } = await run(
    process.execPath,
    [
      "node_modules/tsx/dist/cli.mjs",
      "--conditions=react-server",
      "scripts/import-oruk.ts",
      FEED,
      "--source",
      "north-lincolnshire",
      "--report",
      report,
      ...args,
    ],
    { env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, MEILISEARCH: "off" }, maxBuffer: 10_000_000 },
  );
  const lines = stdout.trim().split("\n");
  return { last: lines[lines.length - 1], stderr, report: JSON.parse(fs.readFileSync(report, "utf8")) as ImportReport };
}

const countsOf = (line: string) => {
  const m = new RegExp(
    String.raw`^imported (\d+), updated (\d+), for review (\d+), unchanged (\d+), ` +
      String.raw`skipped (\d+), needing contact details (\d+)$`,
  ).exec(line);
  expect(m, `final line: ${line}`).not.toBeNull();
  const [imported, updated, forReview, unchanged, skipped, needsContact] = m!.slice(1).map(Number);
  return { imported, updated, forReview, unchanged, skipped, needsContact };
};

describe("importing the North Lincolnshire feed from the command line", () => {
  it("imports drafts, and a second import of the same feed changes nothing and duplicates nothing", async () => {
    const dry = await importOnCommandLine("--dry-run");
    expect(await db().service.count()).toBe(0);

    const first = await importOnCommandLine();
    const a = countsOf(first.last);
    expect(a).toEqual({
      imported: dry.report.imported,
      updated: 0,
      forReview: 0,
      unchanged: 0,
      skipped: dry.report.skipped,
      needsContact: 0,
    });
    expect(a.imported + a.skipped).toBe(738);
    // Only repeats are left out: two records without contact details of their own now take their
    // organisation's website (issue 16 item 6).
    expect(a.skipped).toBe(3);
    for (const s of first.report.skippedRecords) expect(s.reason).toMatch(/^A duplicate of record /);
    expect(first.stderr).toMatch(/\[#+-*\] \d+\/\d+/); // the progress bar went to stderr

    const services = await db().service.count({ where: { sourceSystem: "north-lincolnshire" } });
    const organisations = await db().organisation.count();
    expect(services).toBe(a.imported);
    expect(await db().service.count({ where: { publishedAt: { not: null } } })).toBe(0); // drafts for review

    const second = await importOnCommandLine();
    expect(countsOf(second.last)).toEqual({
      imported: 0,
      updated: 0,
      forReview: 0,
      unchanged: a.imported,
      skipped: a.skipped,
      needsContact: 0,
    });
    expect(await db().service.count()).toBe(services);
    expect(await db().organisation.count()).toBe(organisations);
    const dupes = await db().service.groupBy({
      by: ["sourceId"],
      _count: true,
      having: { sourceId: { _count: { gt: 1 } } },
    });
    expect(dupes).toEqual([]);

    for (const report of [first.report, second.report]) {
      expect(report.skippedRecords).toHaveLength(a.skipped);
      for (const s of report.skippedRecords) {
        expect(s.id).toMatch(/\S/);
        expect(s.reason.length, JSON.stringify(s)).toBeGreaterThan(20);
      }
    }
    // Every write reached the search outbox; the indexer picks them up. (The second import wrote nothing.)
    expect(await db().searchOutbox.count()).toBeGreaterThanOrEqual(a.imported);
  }, 120_000);
});

describe("importing records", () => {
  const good = (id: string, name: string) => ({
    id,
    name,
    description: `<p>${name} helps families.</p>`,
    email: "hello@example.org",
    status: "active",
    organization: { id: "org-1", name: "Test Org", description: "", url: "" },
  });

  it("skips a record with no name, saying why, and saves one with NULs in its id and text, cleaned", async () => {
    const report = await importFeed(
      [
        good("a", "First club"),
        { id: "b", name: "  ", description: "x" },
        { ...good("c\u0000", "Nul\u0000 club\ud800"), description: "<p>A\u0000 club\u0007.</p>" },
        good("d", "Second club"),
      ],
      { source: "unit" },
    );
    expect(report.imported).toBe(3);
    expect(report.skippedRecords).toEqual([{ index: 1, id: "b", name: "", reason: "The record has no service name." }]);
    const nul = await db().service.findFirstOrThrow({ where: { sourceId: "c" } });
    expect([nul.name, nul.description]).toEqual(["Nul club", "A club."]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: nul.id } });
    expect((audit.data as { record: { name: string } }).record.name).toBe("Nul club");
  });

  it("keeps a service with no contact details anywhere as a flagged draft, even with --publish", async () => {
    const longName = `${"Holiday activities and food programme ".repeat(5)}for families in Scunthorpe`;
    const report = await importFeed(
      [
        {
          id: "n",
          name: "Coffee mornings",
          description: "<p>Tea and cake.</p>",
          organization: { id: "o", name: "Village" },
        },
        { ...good("l", longName), description: "<p>Ring 01724 296800.</p>", email: "" },
      ],
      { source: "unit", publish: true },
    );
    expect(report).toMatchObject({ imported: 2, skipped: 0, needsContact: 1 });
    expect(report.needsContactRecords).toEqual([{ index: 0, id: "n", name: "Coffee mornings" }]);
    const draft = await db().service.findFirstOrThrow({ where: { sourceId: "n" } });
    expect(draft.publishedAt).toBeNull();
    const { items } = await findListingsForUser(await createUser("editor", "e@seabourne.gov.uk"), {
      state: "unpublished",
    });
    expect(items.map((s) => [s.name, needsContactDetails(s)])).toEqual([["Coffee mornings", true]]);

    // The long name is shortened at a word, published, with its full text in the audit entry.
    const long = await db().service.findFirstOrThrow({
      where: { sourceId: "l" },
      include: { contacts: { include: { phones: true } } },
    });
    expect(long.name.length).toBeLessThanOrEqual(160);
    expect(long.name.endsWith("programme…")).toBe(true);
    expect(long.publishedAt).not.toBeNull();
    expect(long.contacts[0].phones.map((p) => p.number)).toEqual(["01724 296800"]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: long.id } });
    expect((audit.data as { fullText: { name: string } }).fullText.name).toBe(longName);
  });

  it("publishes with --publish, and keeps the feed record and what was derived for officers", async () => {
    await importFeed([good("p", "Published club")], { source: "unit", publish: true });
    const service = await db().service.findFirstOrThrow({ where: { sourceId: "p" } });
    expect(service.publishedAt).not.toBeNull();
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: service.id } });
    const data = audit.data as { record: { id: string }; derived: string[] };
    expect(data.record.id).toBe("p");
    expect(data.derived).toContain("ages: not in the source, so 0 to 25");
    expect((await getJson(`/api/oruk/services/${service.id}`)).status).toBe(200);
  });

  it("round-trips ORUK 3.0 services from our own API: same ages, places, times and phones", async () => {
    await seedDemoData(db(), () => {});
    const page = await getJson<{ contents: { id: string }[] }>("/api/oruk/services?per_page=500");
    const full = await Promise.all(
      page.body.contents.map(async (s) => (await getJson(`/api/oruk/services/${s.id}`)).body),
    );
    const report = await importFeed(full, { source: "roundtrip" });
    expect(report.skippedRecords).toEqual([]);
    expect(report.imported).toBe(full.length);

    const load = (where: object) =>
      db().service.findMany({
        where,
        include: { serviceAtLocations: true, schedules: true, contacts: { include: { phones: true } } },
        orderBy: { name: "asc" },
      });
    const originals = await load({ sourceSystem: null });
    const copies = await load({ sourceSystem: "roundtrip" });
    const shape = (s: (typeof originals)[number]) => ({
      name: s.name,
      ages: [s.minimumAge, s.maximumAge],
      status: s.status,
      places: s.serviceAtLocations.length,
      times: s.schedules.map((t) => `${t.byday} ${t.opensAt}-${t.closesAt}`).sort(),
      phones: s.contacts.flatMap((c) => c.phones.map((p) => p.number)).sort(),
    });
    expect(copies.map(shape)).toEqual(originals.map(shape));
    expect((await importFeed(full, { source: "roundtrip" })).unchanged).toBe(full.length);
  }, 60_000);
});

describe("bulk writes", () => {
  it("writeNewListings writes exactly the rows writeListing writes, and both reach search", async () => {
    const { id: organisationId } = await createOrganisation();
    const input = (slug: string) =>
      listingInputSchema.parse(
        buildListing({
          slug,
          name: "Same name",
          needs: ["autism", "hearing"],
          categories: ["health", "leisure"],
          minimumAge: 3,
          maximumAge: 12,
          areas: ["north", "whole"],
          contacts: [
            {
              title: "Desk",
              email: "desk@example.org",
              phones: [{ number: "01632 960 001", description: "Mornings" }, { number: "01632 960 002" }],
            },
          ],
          locations: [
            {
              name: "Hall",
              address1: "1 Road",
              city: "Seabourne",
              postcode: "fy1 1aa",
              latitude: 53.8,
              longitude: -3.05,
              accessibility: ["Ramp", "Loop"],
            },
          ],
          schedules: [
            { byday: ["MO", "TU"], opensAt: "09:00", closesAt: "12:00", locationName: "Hall", termTimeOnly: true },
          ],
          costOptions: [{ option: "Session", amount: 3 }],
          languages: [{ name: "Polish", code: "pl" }],
          tags: ["x"],
        }),
      );
    const one = await db().$transaction((tx) =>
      writeListing(tx, input("one-by-one"), { organisationId, publish: true }),
    );
    const [bulk] = await db().$transaction((tx) =>
      writeNewListings(tx, [{ listing: input("in-bulk"), organisationId }], { publish: true }),
    );
    const load = (id: string) =>
      db().service.findUniqueOrThrow({
        where: { id },
        include: {
          contacts: { include: { phones: { orderBy: { position: "asc" } } } },
          schedules: { include: { serviceAtLocation: { include: { location: true } } } },
          serviceAtLocations: {
            include: { location: { include: { addresses: true, accessibility: { orderBy: { description: "asc" } } } } },
          },
          costOptions: true,
          languages: true,
          serviceAreas: { orderBy: { areaCode: "asc" } },
          terms: { include: { term: true }, orderBy: { term: { code: "asc" } } },
        },
      });
    const strip = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(strip)
        : v && typeof v === "object" && !(v instanceof Date) && !("toFixed" in v)
          ? Object.fromEntries(
              Object.entries(v)
                .filter(([k]) => !/^id$|Id$|^slug$|At$/.test(k))
                .map(([k, x]) => [k, strip(x)]),
            )
          : v;
    expect(strip(await load(bulk.id))).toEqual(strip(await load(one.id)));
    expect(bulk.slug).toBe("in-bulk");
    const docs = await db().$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM "SearchDocument" WHERE "serviceId" = ANY(${[one.id, bulk.id]}::uuid[])`;
    expect(Number(docs[0].n)).toBe(2);
  });
});
