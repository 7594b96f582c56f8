// Two production servers on one database and one Meilisearch (issue 14, ADR 0021): the e2e site is
// server A; server B is `npm run serve` from the same build, in a process of its own, with
// SEARCH_WORKER=off, so nothing but the page_changed notification can clear its page cache. An edit
// approved on A must show on B's cached results page within 2 s. (That a reindex started on two
// servers at once runs once is tested in tests/integration/more-than-one-server.test.ts: the lock
// is in PostgreSQL, so two connections are two servers to it.)
import type pg from "pg";
import { e2eDatabase, signInWithSession, upsertUser } from "./admin-fixtures";
import { expect, test } from "./fixtures";
import {
  e2eAuthSecret,
  e2eDatabaseUrl,
  e2eMeilisearchUrl,
  startProductionServer,
  type ProductionServer,
} from "./production-server";

const portB = Number(process.env.E2E_PORT || 3100) + 2; // A is E2E_PORT; E2E_PORT + 1 is the database-down site
test.describe.configure({ timeout: 180_000 });
let serverB: ProductionServer;
let db: pg.Client;

test.beforeAll(async () => {
  db = await e2eDatabase();
  serverB = await startProductionServer(
    portB,
    {
      DATABASE_URL: e2eDatabaseUrl(),
      MEILISEARCH_URL: e2eMeilisearchUrl(),
      AUTH_SECRET: e2eAuthSecret(),
      APP_URL: `http://localhost:${portB}`,
      SEARCH_WORKER: "off",
    },
    120_000,
  );
});
test.afterAll(async () => {
  await serverB?.stop();
  await db?.end();
});

test("an edit approved on server A shows on server B's cached results page within 2 s", async ({ browser }) => {
  const { rows } = await db.query<{ id: string; name: string; slug: string; summary: string }>(
    `SELECT id, name, slug, summary FROM "Service"
     WHERE "publishedAt" IS NOT NULL AND "archivedAt" IS NULL AND status = 'active' ORDER BY name OFFSET 7 LIMIT 1`,
  );
  const listing = rows[0];
  const word = `quillwort${Date.now().toString(36)}`;
  const onB = `${serverB.url}/services?q=${word}`;
  const fetchB = () => fetch(onB).then(async (r) => ({ cache: r.headers.get("x-page-cache"), html: await r.text() }));

  // B has the results page in its cache, showing nothing for the word yet.
  await fetchB();
  const cached = await fetchB();
  expect(cached.cache).toBe("hit");
  expect(cached.html).not.toContain(`/services/${listing.slug}"`);

  const author = await browser.newContext();
  const approver = await browser.newContext();
  try {
    await signInWithSession(db, author, await upsertUser(db, "two.servers.author@seabourne.gov.uk", "editor"));
    await signInWithSession(db, approver, await upsertUser(db, "two.servers.approver@seabourne.gov.uk", "admin"));
    const page = await author.newPage();
    await page.goto(`/admin/listings?q=${encodeURIComponent(listing.name)}`);
    await page.getByRole("link", { name: listing.name, exact: true }).click();
    await page.getByRole("link", { name: "Edit this listing" }).click();
    await page.getByLabel("Summary").fill(`Now with ${word} sessions every week for families.`);
    await page.getByRole("button", { name: "Send for approval" }).click();
    await expect(page.getByRole("status")).toContainText("sent for approval");

    const officer = await approver.newPage();
    await officer.goto("/admin/review");
    await officer.getByRole("link", { name: listing.name }).first().click();
    await expect(officer.getByRole("row", { name: /Summary/ })).toContainText(word);
    await officer.getByRole("button", { name: "Approve and publish" }).click();
    await expect(officer.getByRole("status")).toContainText("approved and live");
    const approvedAt = Date.now();

    // Server B, which did not make the change and runs no search worker, shows it within 2 s.
    await expect
      .poll(async () => (await fetchB()).html, { timeout: 2_000, intervals: [50] })
      .toContain(`/services/${listing.slug}"`);
    const ms = Date.now() - approvedAt;
    test.info().annotations.push({ type: "approved on A to shown on B's cached page", description: `${ms} ms` });
    console.info(`Approved on server A to shown on server B's cached results page: ${ms} ms`);
    // And B caches the new page again, once the change's other announcements are in (the approval's own
    // action, and A's search worker when Meilisearch has the change: each clears B's cache once more).
    await expect
      .poll(
        async () => {
          const again = await fetchB();
          return again.cache === "hit" && again.html.includes(`/services/${listing.slug}"`);
        },
        { timeout: 10_000 },
      )
      .toBe(true);
  } finally {
    await author.close();
    await approver.close();
    // The listing's own summary back, as another process would write it (row, outbox, NOTIFY).
    await db.query("BEGIN");
    await db.query(`UPDATE "Service" SET summary = $1 WHERE id = $2`, [listing.summary, listing.id]);
    await db.query(`INSERT INTO "SearchOutbox" ("serviceId", action) VALUES ($1, 'upsert')`, [listing.id]);
    await db.query(`SELECT pg_notify('search_outbox', ''), pg_notify('page_changed', '')`);
    await db.query("COMMIT");
  }
});
