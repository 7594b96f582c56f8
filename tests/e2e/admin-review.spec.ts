// Review dates end to end: the clock moves past a listing's review date, the scheduled job
// runs, and the provider's link confirms the listing; the public page shows the new date.
import type pg from "pg";
import { expect, expectAccessible, test } from "./fixtures";
import { e2eDatabase, followSignInLink, magicLink, runJobs, startSmtp } from "./admin-fixtures";

let db: pg.Client;
test.beforeAll(async () => {
  db = await e2eDatabase();
});
test.afterAll(async () => {
  await db?.end();
});

/** Makes the nth published listing long overdue for review, with `contact` as its email. */
async function makeOverdue(contact: string, nth: number): Promise<{ id: string; slug: string; name: string }> {
  const { rows } = await db.query(
    `UPDATE "Service" SET email = $1, "lastCheckedAt" = DATE '2020-01-01', "reviewDueAt" = DATE '2021-01-01'
     WHERE id = (SELECT id FROM "Service" WHERE "publishedAt" IS NOT NULL AND "archivedAt" IS NULL
                 ORDER BY name LIMIT 1 OFFSET $2)
     RETURNING id, slug, name`,
    [contact, nth],
  );
  return rows[0];
}

test("the reminder's link confirms the listing and the public page shows the new date", async ({ page }) => {
  test.setTimeout(90_000);
  const contact = `review.${Date.now()}@provider.example`;
  const listing = await makeOverdue(contact, 5);

  // The job, with the clock a week ahead: it sends (into the outbox here: no SMTP for the script).
  expect(runJobs(new Date(Date.now() + 7 * 86_400_000).toISOString())).toMatch(/first reminders/);
  const mail = await db.query(`SELECT text FROM "EmailMessage" WHERE "to" = $1`, [contact]);
  const link = /(http:\/\/localhost:\d+\/check\/[A-Za-z0-9_-]+)/.exec(mail.rows[0].text)![1];

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Is this listing still correct?");
  await expect(page.getByText(listing.name).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, it is all still correct" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Thank you");
  await expectAccessible(page);

  const today = new Date().toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/London",
  });
  await page.goto(`/services/${listing.slug}`);
  await expect(page.getByText(`Last checked: ${today}`)).toBeVisible();

  // The link is spent.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You have already answered");
  await expectAccessible(page);
});

test("'something needs changing' takes the provider through sign-in straight to the editor", async ({ page }) => {
  test.setTimeout(90_000);
  const contact = `changes.${Date.now()}@provider.example`;
  const listing = await makeOverdue(contact, 7);
  runJobs(new Date().toISOString());
  const reminder = await db.query(`SELECT text FROM "EmailMessage" WHERE "to" = $1`, [contact]);
  await page.goto(/(http:\/\/localhost:\d+\/check\/[A-Za-z0-9_-]+)/.exec(reminder.rows[0].text)![1]);
  await page.getByRole("button", { name: "No, something needs changing" }).click();

  // The sign-in page knows who they are; the link arrives through a real SMTP server (outside
  // development the outbox keeps only a note that it was sent, never the link).
  await expect(page.getByLabel("Email address")).toHaveValue(contact);
  expect(decodeURIComponent(page.url()), "no email address in the URL").not.toContain("@");
  const smtp = await startSmtp();
  try {
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await followSignInLink(page, magicLink(await smtp.waitFor(contact, /sign in/i)));
  } finally {
    await smtp.close();
  }
  await expect(page).toHaveURL(new RegExp(`/admin/listings/${listing.id}/edit$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit ${listing.name}`);
  await expectAccessible(page);
});
