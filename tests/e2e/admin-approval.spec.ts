// The editorial journey in a real browser against the real site: an officer signs in by a
// magic link caught by a real SMTP server, edits a listing and sends it for approval; another
// officer approves it and the public page and search show it; a rejection reaches its author.
import type pg from "pg";
import { expect, expectAccessible, test } from "./fixtures";
import {
  createUserByCommand,
  e2eDatabase,
  followSignInLink,
  magicLink,
  signInByEmail,
  startSmtp,
  type Smtp,
} from "./admin-fixtures";

const AUTHOR = "sam.author@seabourne.gov.uk";
const APPROVER = "alex.approver@seabourne.gov.uk";
test.describe.configure({ timeout: 120_000 });
let smtp: Smtp;
let db: pg.Client;

test.beforeAll(async () => {
  smtp = await startSmtp();
  db = await e2eDatabase();
  createUserByCommand(AUTHOR, "editor");
  createUserByCommand(APPROVER, "admin");
});
test.afterAll(async () => {
  await smtp?.close();
  await db?.end();
});

async function openEditor(page: import("@playwright/test").Page, name: string, axe = true) {
  await page.goto(`/admin/listings?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name, exact: true }).click();
  if (axe) await expectAccessible(page);
  await page.getByRole("link", { name: "Edit this listing" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit ${name}`);
}

test("an officer's change goes live only when another officer approves it", async ({ browser }) => {
  const { rows } = await db.query(
    `SELECT name, slug FROM "Service" WHERE "publishedAt" IS NOT NULL AND "archivedAt" IS NULL AND status = 'active' ORDER BY name LIMIT 1`,
  );
  const { name, slug } = rows[0];
  const word = `Zephyrine${Date.now().toString(36)}`;
  const summary = `Now with ${word} sessions every week for families.`;

  const authorCtx = await browser.newContext();
  const page = await authorCtx.newPage();
  await page.goto("/admin/sign-in");
  await expectAccessible(page);
  await page.getByRole("button", { name: /sign-in link/ }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter your email address");
  await expect(page).toHaveTitle(/^Error: /);
  await expectAccessible(page);

  const link = await signInByEmail(page, smtp, AUTHOR);
  await expectAccessible(page);

  await openEditor(page, name);
  await expectAccessible(page);
  await page.getByLabel("Summary").fill("");
  await page.getByLabel("Service name").fill(`${name}`);
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter a short summary in plain words",
  );
  await expectAccessible(page);
  await page.getByLabel("Summary").fill(summary);
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByRole("status")).toContainText("sent for approval");

  // Waiting for approval: the public page still shows the live version.
  await page.goto(`/services/${slug}`);
  await expect(page.getByText(summary)).toHaveCount(0);

  // An officer cannot approve their own change.
  await page.goto("/admin/review");
  await page.getByRole("link", { name }).click();
  await expect(page.getByText("This is your own change: another officer must approve it.")).toBeVisible();

  // A used link does not work twice, and says how to get a new one.
  await authorCtx.clearCookies();
  await followSignInLink(page, link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "That sign-in link has expired or has already been used",
  );
  await expectAccessible(page);

  // An expired link (older than 15 minutes) gets the same clear page, which sends a new one.
  const since = smtp.inbox.length;
  await page.getByLabel("Email address").fill(AUTHOR);
  await page.getByRole("button", { name: "Send me a new link" }).click();
  const fresh = magicLink(await smtp.waitFor(AUTHOR, /sign in/i, since));
  await db.query(`UPDATE "VerificationToken" SET expires = now() - interval '1 minute' WHERE identifier = $1`, [
    AUTHOR,
  ]);
  await followSignInLink(page, fresh);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "That sign-in link has expired or has already been used",
  );
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in/);

  const approverCtx = await browser.newContext();
  const approver = await approverCtx.newPage();
  await signInByEmail(approver, smtp, APPROVER);
  // Officers can see which engine is answering searches.
  await approver.goto("/admin");
  await expect(approver.getByRole("region", { name: "Search" })).toContainText("Searches are answered by Meilisearch");
  // Every listing is reachable from the list, page by page.
  await approver.goto("/admin/listings");
  await expect(approver.getByRole("status").first()).toContainText(/listings, page 1 of [2-9]/);
  const download = approver.waitForEvent("download");
  await approver.getByRole("link", { name: "Download all published listings (CSV)" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await approver.getByRole("link", { name: "Next page" }).click();
  await expect(approver).toHaveURL(/page=2/);
  await expect(approver.getByRole("status").first()).toContainText(/page 2 of/);
  await expectAccessible(approver);
  await approver.goto("/admin/review");
  await expectAccessible(approver);
  await approver.getByRole("link", { name }).click();
  await expect(approver.getByRole("row", { name: /Summary/ })).toContainText(summary);
  await expectAccessible(approver);
  await approver.getByRole("button", { name: "Approve and publish" }).click();
  await expect(approver.getByRole("status")).toContainText("approved and live");

  await approver.goto(`/services/${slug}`);
  await expect(approver.getByText(summary)).toBeVisible();

  // The history keeps the approved change and the version from before it, both restorable as drafts.
  await approver.goto(`/admin/listings?q=${encodeURIComponent(name)}`);
  await approver.getByRole("link", { name, exact: true }).click();
  await approver.getByRole("link", { name: "Version history" }).click();
  await expect(approver.getByRole("cell", { name: /Approved \(live now\)/ })).toBeVisible();
  await expect(approver.getByRole("button", { name: "Restore the original version" })).toBeVisible();
  await expectAccessible(approver);
  // Search follows through the outbox; give the indexer a moment.
  await expect(async () => {
    await approver.goto(`/services?q=${word}`);
    await expect(approver.getByRole("link", { name })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  await approver.goto(`/admin/audit?type=revision.approved`);
  await expect(approver.getByText(APPROVER).first()).toBeVisible();
  await expectAccessible(approver);
  await approver.goto(`/admin/audit?type=user.signed_in&actor=${encodeURIComponent(APPROVER)}`);
  await expect(approver.locator("main ol li strong", { hasText: /^Signed in$/ }).first()).toBeVisible();
  await authorCtx.close();
  await approverCtx.close();
});

test("a returned change needs a reason, and the reason reaches the author by email", async ({ browser }) => {
  const { rows } = await db.query(
    `SELECT name FROM "Service" WHERE "publishedAt" IS NOT NULL AND "archivedAt" IS NULL ORDER BY name DESC LIMIT 1`,
  );
  const { name } = rows[0];
  const authorCtx = await browser.newContext();
  const page = await authorCtx.newPage();
  await signInByEmail(page, smtp, AUTHOR);
  await openEditor(page, name);
  await page.getByLabel("Waiting time").fill("About three weeks");
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByRole("status")).toContainText("sent for approval");

  const approverCtx = await browser.newContext();
  const approver = await approverCtx.newPage();
  await signInByEmail(approver, smtp, APPROVER);
  await approver.goto("/admin/review");
  await approver.getByRole("link", { name }).click();
  await approver.getByRole("button", { name: "Return with reason" }).click();
  await expect(approver.getByRole("alert", { name: "There is a problem" })).toContainText("Say what needs to change");
  await expect(approver).toHaveTitle(/^Error: /);
  await expectAccessible(approver);
  const since = smtp.inbox.length;
  await approver.getByLabel("What needs to change").fill("Please add the Saturday opening times too.");
  await approver.getByRole("button", { name: "Return with reason" }).click();
  await expect(approver.getByRole("status")).toContainText("returned to its author");

  const mail = await smtp.waitFor(AUTHOR, /needs more work/, since);
  expect(mail.text).toContain("Please add the Saturday opening times too.");

  // The author finds their version kept, with the reason, when they open the editor again.
  await page.goto(mail.text.match(/http:\/\/localhost:\d+\/admin\/listings\/\S+\/edit/)![0]);
  await expect(page.getByText("Please add the Saturday opening times too.")).toBeVisible();
  await expect(page.getByLabel("Waiting time")).toHaveValue("About three weeks");
  await authorCtx.close();
  await approverCtx.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an officer signs in, adds a contact row and sees errors with everything typed kept", async ({ page }) => {
    await signInByEmail(page, smtp, AUTHOR);
    const { rows } = await db.query(
      `SELECT name FROM "Service" WHERE "publishedAt" IS NOT NULL AND "archivedAt" IS NULL ORDER BY name LIMIT 1 OFFSET 3`,
    );
    // axe needs JavaScript in the page; the same pages and error states are checked above.
    await openEditor(page, rows[0].name, false);
    await page.getByLabel("Waiting time").fill("Kept without JavaScript");
    const contacts = await page.locator("legend", { hasText: /^Contact \d$/ }).count();
    await page.getByRole("button", { name: "Add another contact" }).click();
    await expect(page.locator("legend", { hasText: /^Contact \d$/ })).toHaveCount(contacts + 1);
    await expect(page.getByLabel("Waiting time")).toHaveValue("Kept without JavaScript");
    await page.getByLabel("Email address").last().fill("not an email");
    await page.getByRole("button", { name: "Save as draft", exact: true }).last().click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      "Enter an email address like name@example.org",
    );
    await expect(page.getByLabel("Waiting time")).toHaveValue("Kept without JavaScript");
  });
});

test("a magic link email is really sent through SMTP", async () => {
  expect(smtp.inbox.some((m) => m.to === AUTHOR && magicLink(m).includes("token="))).toBe(true);
});
