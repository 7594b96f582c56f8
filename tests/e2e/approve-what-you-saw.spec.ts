// Approving what you saw (issue 10, item 8) in a real browser: the author changes their edit while
// an officer has it open; the officer's approval is refused with a plain message, and the page
// then shows the current version, which they can approve.
import type pg from "pg";
import { expect, test } from "./fixtures";
import { e2eDatabase, signInWithSession, upsertUser } from "./admin-fixtures";

let db: pg.Client;
test.beforeAll(async () => {
  db = await e2eDatabase();
});
test.afterAll(async () => {
  await db?.end();
});

test("an approval of a change edited after the officer opened it is refused, then the new version is approved", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const authorId = await upsertUser(db, "dana.author@seabourne.gov.uk", "editor");
  const approverId = await upsertUser(db, "olly.officer@seabourne.gov.uk", "editor");
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT id, name FROM "Service" WHERE "publishedAt" IS NOT NULL AND "archivedAt" IS NULL ORDER BY name LIMIT 1 OFFSET 7`,
  );
  const listing = rows[0];

  const authorCtx = await browser.newContext();
  await signInWithSession(db, authorCtx, authorId);
  const author = await authorCtx.newPage();
  const sendWaitingTime = async (words: string) => {
    await author.goto(`/admin/listings/${listing.id}/edit`);
    await author.getByLabel("Waiting time").fill(words);
    await author.getByRole("button", { name: "Send for approval" }).click();
    await expect(author.getByRole("status")).toContainText("sent for approval", { timeout: 30_000 });
  };
  await sendWaitingTime("About two weeks");
  const revision = await db.query<{ id: string }>(
    `SELECT id FROM "ServiceRevision" WHERE "authorId" = $1 AND "serviceId" = $2 AND state = 'submitted'`,
    [authorId, listing.id],
  );

  const officerCtx = await browser.newContext();
  await signInWithSession(db, officerCtx, approverId);
  const officer = await officerCtx.newPage();
  await officer.goto(`/admin/review/${revision.rows[0].id}`);
  await expect(officer.getByRole("row", { name: /Waiting time/ })).toContainText("About two weeks");

  // The author changes their mind while the officer is reading.
  await sendWaitingTime("About three days");

  await officer.getByRole("button", { name: "Approve and publish" }).click();
  await expect(officer.getByRole("alert", { name: "There is a problem" })).toContainText(
    "This change was edited after you opened it — review it again",
    { timeout: 30_000 },
  );
  await expect(officer.getByRole("row", { name: /Waiting time/ })).toContainText("About three days");
  const live = await db.query(`SELECT "waitingTime" FROM "Service" WHERE id = $1`, [listing.id]);
  expect(live.rows[0].waitingTime).not.toBe("About two weeks");

  await officer.getByRole("button", { name: "Approve and publish" }).click();
  await expect(officer.getByRole("status")).toContainText("approved and live", { timeout: 30_000 });
  const approved = await db.query(`SELECT "waitingTime" FROM "Service" WHERE id = $1`, [listing.id]);
  expect(approved.rows[0].waitingTime).toBe("About three days");
  await authorCtx.close();
  await officerCtx.close();
});
