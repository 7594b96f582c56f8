// A `javascript:` address that is already in the database (put there before links were checked,
// or by hand) never becomes a link: not on the public page, not in the Open Referral API, not in
// the CSV export. The row is changed directly, as another process would, and put back afterwards.
import type pg from "pg";
import { expect, test } from "./fixtures";
import { e2eDatabase } from "./admin-fixtures";

const SLUG = "supported-internships";
let db: pg.Client;
let before: { id: string; url: string | null; referralUrl: string | null; waitingTime: string | null };
let organisation: { id: string; website: string | null };

/** Writes the listing and wakes the site, as the importer does, so its cached pages are cleared. */
async function updateListing(set: Record<string, string | null>, website: string | null) {
  await db.query("BEGIN");
  const columns = Object.keys(set);
  await db.query(`UPDATE "Service" SET ${columns.map((c, i) => `"${c}" = $${i + 2}`).join(", ")} WHERE id = $1`, [
    before.id,
    ...Object.values(set),
  ]);
  await db.query(`UPDATE "Organisation" SET website = $2 WHERE id = $1`, [organisation.id, website]);
  await db.query(`INSERT INTO "SearchOutbox" ("serviceId", action) VALUES ($1, 'upsert')`, [before.id]);
  await db.query(`SELECT pg_notify('search_outbox', '')`);
  await db.query("COMMIT");
}

test.beforeAll(async () => {
  db = await e2eDatabase();
  const { rows } = await db.query(
    `SELECT id, url, "referralUrl", "waitingTime", "organisationId" FROM "Service" WHERE slug = $1`,
    [SLUG],
  );
  before = rows[0];
  organisation = (await db.query(`SELECT id, website FROM "Organisation" WHERE id = $1`, [rows[0].organisationId]))
    .rows[0];
});

test.afterAll(async () => {
  await updateListing(
    { url: before.url, referralUrl: before.referralUrl, waitingTime: before.waitingTime },
    organisation.website,
  );
  await db.end();
});

test("a javascript: address in the database is not a link on the public page, in the API or the CSV", async ({
  request,
}) => {
  test.setTimeout(90_000);
  const marker = `about ${Date.now()} weeks`;
  await updateListing(
    { url: "javascript:alert(1)", referralUrl: "JavaScript:alert(2)", waitingTime: marker },
    "javascript:alert(3)",
  );
  // The page shows the change once its cached copy is cleared.
  let html = "";
  await expect
    .poll(async () => (html = await (await request.get(`/services/${SLUG}`)).text()), { timeout: 20_000 })
    .toContain(marker);
  // Not as a link, and not anywhere in the page (its data for the browser included).
  expect(html).not.toMatch(/href="\s*javascript:/i);
  expect(html).not.toMatch(/javascript:alert/i);
  expect(html).not.toContain("Make a referral online");

  const api = await (await request.get(`/api/oruk/services/${before.id}`)).json();
  expect(api.url).toBeUndefined();
  expect(api.organization?.website).toBeUndefined();
  expect(JSON.stringify(api)).not.toMatch(/javascript:/i);

  const csv = await (await request.get("/api/oruk/export.csv")).text();
  const row = csv.split("\r\n").find((line) => line.startsWith(before.id));
  expect(row).toBeDefined();
  expect(row).not.toMatch(/javascript:/i);
});
