// Sign-in links are not left lying around: the emailed link opens a page with a "Sign in" button,
// so a mail scanner that follows links (a GET) neither signs in nor uses the link up; and outside
// development the outbox keeps only "Sign-in link for j…@…", never the link. Against the real site.
import type pg from "pg";
import {
  e2eDatabase,
  forgetRateLimits,
  magicLink,
  signInWithSession,
  startSmtp,
  upsertUser,
  type Smtp,
} from "./admin-fixtures";
import { expect, expectAccessible, test } from "./fixtures";

let db: pg.Client;
test.beforeAll(async () => {
  db = await e2eDatabase();
});
test.afterAll(async () => {
  await forgetRateLimits(db);
  await db?.end();
});

const sessionsOf = async (userId: string) =>
  Number((await db.query(`SELECT count(*) FROM "Session" WHERE "userId" = $1`, [userId])).rows[0].count);
const tokensFor = async (email: string) =>
  Number((await db.query(`SELECT count(*) FROM "VerificationToken" WHERE identifier = $1`, [email])).rows[0].count);

async function askForLink(page: import("@playwright/test").Page, email: string) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

test.describe("the emailed link", () => {
  let smtp: Smtp;
  test.beforeAll(async () => {
    smtp = await startSmtp();
  });
  test.afterAll(async () => {
    await smtp?.close();
  });

  test("a GET of the link does not sign in and leaves it usable; the Sign in button does", async ({
    browser,
    playwright,
  }) => {
    const email = `scanned.${Date.now()}@seabourne.gov.uk`;
    const userId = await upsertUser(db, email, "editor");
    const context = await browser.newContext();
    const page = await context.newPage();
    const since = smtp.inbox.length;
    await askForLink(page, email);
    const link = magicLink(await smtp.waitFor(email, /sign in/i, since));

    // What a mail scanner does: fetch the link, following redirects, with no cookies.
    const scanner = await playwright.request.newContext();
    expect((await scanner.get(link)).status()).toBe(200);
    // Auth.js's own callback address with the same token: a GET does not sign in either.
    const callback = new URL(link);
    callback.pathname = "/api/auth/callback/email";
    const direct = await scanner.get(callback.toString());
    expect(direct.status()).toBe(200);
    expect((await scanner.storageState()).cookies.map((c) => c.name)).not.toContain("authjs.session-token");
    await scanner.dispose();
    expect(await sessionsOf(userId)).toBe(0);
    expect(await tokensFor(email)).toBe(1);

    // The person opens the same link and presses the button: signed in, and the link is used up.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to the staff area");
    await expectAccessible(page);
    expect(await sessionsOf(userId)).toBe(0);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    expect(await sessionsOf(userId)).toBe(1);
    expect(await tokensFor(email)).toBe(0);
    await context.close();
  });
});

test("with the mail server down, the outbox keeps a note of the sign-in email, not the link", async ({
  browser,
  page,
}) => {
  // No SMTP listener in this test: sending fails and the message is kept in the outbox.
  const email = `outbox.${Date.now()}@seabourne.gov.uk`;
  await upsertUser(db, email, "provider");
  await askForLink(page, email);
  let text = "";
  await expect
    .poll(async () => {
      const { rows } = await db.query(`SELECT text FROM "EmailMessage" WHERE "to" = $1`, [email]);
      return (text = rows[0]?.text ?? "");
    })
    .toContain("Sign-in link for o…@seabourne.gov.uk");
  expect(text).not.toMatch(/token|http/i);

  const admin = await upsertUser(db, `outbox.admin.${Date.now()}@seabourne.gov.uk`, "admin");
  const context = await browser.newContext();
  await signInWithSession(db, context, admin);
  const outbox = await context.newPage();
  await outbox.goto("/admin/outbox");
  await expect(outbox.getByRole("heading", { level: 1 })).toHaveText("Email outbox");
  await expect(outbox.getByText("Sign-in link for o…@seabourne.gov.uk").first()).toBeVisible();
  expect(await outbox.content()).not.toContain("token=");
  await context.close();
});
