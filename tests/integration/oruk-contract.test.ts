// Contract tests: every Open Referral UK endpoint's responses validate against the official
// ORUK 3.0 schemas, over the demo directory and over an import of a real council feed.
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { importFeed } from "@/lib/oruk/import";
import { seedDemoData } from "@/prisma/seed/seed";
import { getJson } from "@/tests/fixtures/oruk/api-client";
import { schemaErrors, type ValidatorName } from "@/tests/fixtures/oruk/validator";

const FEED = "tests/fixtures/oruk/north-lincolnshire-oruk-v1-services.json";
type Page = { total_items: number; total_pages: number; contents: { id: string }[] };

beforeAll(() => {
  // These tests walk every record; the per-client limit has its own test (oruk-api).
  process.env.ORUK_RATE_LIMIT_PER_MINUTE = "0";
  // Search here answers from PostgreSQL, whose index is updated inside each listing's own
  // transaction; a Meilisearch URL left in this process by another test file would point at an
  // index these tests never fill. (The search tests cover Meilisearch itself.)
  delete process.env.MEILISEARCH_URL;
});

async function expectValid(path: string, schema: ValidatorName) {
  const { status, body } = await getJson(path);
  expect(status, path).toBe(200);
  expect(schemaErrors(schema, body), path).toEqual([]);
  return body;
}

/** Walks every page of a list endpoint, validating each, and returns every item's id. */
async function walk(endpoint: string, pageSchema: ValidatorName): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const body = (await expectValid(`/api/oruk/${endpoint}?per_page=100&page=${page}`, pageSchema)) as unknown as Page;
    ids.push(...body.contents.map((c) => c.id));
    if (page >= body.total_pages) {
      expect(ids.length, endpoint).toBe(body.total_items);
      return ids;
    }
  }
}

async function validateEveryEndpoint(expectLocations: boolean) {
  const root = await expectValid("/api/oruk", "root");
  expect(root.version).toBe("HSDS-UK-3.0");
  const openapi = await getJson<{ servers: { url: string }[]; paths: Record<string, unknown> }>(
    String(root.openapi_url),
  );
  expect(openapi.status).toBe(200);
  expect(openapi.body.servers[0].url).toBe("http://localhost:3000/api/oruk");
  for (const path of [
    "/",
    "/services",
    "/services/{id}",
    "/taxonomies",
    "/taxonomies/{id}",
    "/taxonomy_terms",
    "/taxonomy_terms/{id}",
    "/service_at_locations",
    "/service_at_locations/{id}",
    "/organizations",
    "/organizations/{id}",
  ])
    expect(openapi.body.paths, path).toHaveProperty([path]);

  const published = await db().service.count({ where: { publishedAt: { not: null }, archivedAt: null } });
  const serviceIds = await walk("services", "servicePage");
  expect(serviceIds.length).toBe(published);
  expect(new Set(serviceIds).size).toBe(serviceIds.length);
  for (const id of serviceIds) await expectValid(`/api/oruk/services/${id}`, "service");

  const salIds = await walk("service_at_locations", "serviceAtLocationPage");
  if (expectLocations) expect(salIds.length).toBeGreaterThan(0);
  for (const id of salIds) await expectValid(`/api/oruk/service_at_locations/${id}`, "serviceAtLocation");

  const organisationIds = await walk("organizations", "organisationPage");
  expect(organisationIds.length).toBeGreaterThan(0);
  for (const id of organisationIds) await expectValid(`/api/oruk/organizations/${id}`, "organisation");

  const taxonomyIds = await walk("taxonomies", "taxonomyPage");
  expect(taxonomyIds.length).toBeGreaterThanOrEqual(4);
  for (const id of taxonomyIds) await expectValid(`/api/oruk/taxonomies/${id}`, "taxonomy");
  const termIds = await walk("taxonomy_terms", "taxonomyTermPage");
  for (const id of termIds) await expectValid(`/api/oruk/taxonomy_terms/${id}`, "taxonomyTerm");

  // Filtered lists are pages of the same shape.
  const someTerm = termIds[0];
  await expectValid(
    `/api/oruk/services?taxonomy_term_id=${someTerm}&minimum_age=0&maximum_age=25&day=MO&start_time=08:00&end_time=20:00`,
    "servicePage",
  );
  await expectValid(`/api/oruk/services?search=support&page=2&per_page=5`, "servicePage");
  await expectValid(`/api/oruk/service_at_locations?postcode=FY1`, "serviceAtLocationPage");
}

describe("the schema check itself", () => {
  it("rejects what the standard forbids, so a green run means something", () => {
    const good = { id: "ac148810-d857-441c-9679-408f346de14b", name: "Community Counselling", status: "active" };
    expect(schemaErrors("service", good)).toEqual([]);
    expect(schemaErrors("service", { ...good, id: "42" })).not.toEqual([]);
    expect(schemaErrors("service", { ...good, status: "open" })).not.toEqual([]);
    expect(schemaErrors("service", { id: good.id, status: "active" })).not.toEqual([]);
    expect(schemaErrors("service", { ...good, contacts: [{ name: "No id" }] })).not.toEqual([]);
    expect(
      schemaErrors("service", {
        ...good,
        service_at_locations: [
          { id: good.id, location: { id: good.id, location_type: "physical", addresses: [{ id: good.id }] } },
        ],
      }),
    ).not.toEqual([]);
    expect(schemaErrors("servicePage", { contents: [good] })).not.toEqual([]);
  });
});

describe("the Open Referral UK API conforms to the ORUK 3.0 schemas", () => {
  it("over the demo directory", async () => {
    await seedDemoData(db(), () => {});
    await validateEveryEndpoint(true);
  }, 180_000);

  it("over an import of the North Lincolnshire feed (v1 shape, 738 real records)", async () => {
    const records = JSON.parse(fs.readFileSync(FEED, "utf8"));
    const report = await importFeed(records, { source: "north-lincolnshire", publish: true });
    expect(report.imported).toBeGreaterThan(700);
    await validateEveryEndpoint(false);
  }, 300_000);
});
