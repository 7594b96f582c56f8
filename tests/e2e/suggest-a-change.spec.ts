// Issue 11, "Done when": a family's "suggest a change" reaches the officers' queue and becomes an edit.
// The family needs no account and no JavaScript; the provider is emailed (real local SMTP) and sees it
// on their own dashboard; an officer makes it into a draft of the live listing in one click. Also: the
// honeypot and the rate limit answer with plain pages, and views of the page are counted (bots not).
import type pg from "pg";
import { expect, expectAccessible, test } from "./fixtures";
import { e2eDatabase, signInWithSession, startSmtp, upsertUser, type Smtp } from "./admin-fixtures";

const PROVIDER = "suggestions.provider@provider.example";
const BROWSER_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
test.describe.configure({ timeout: 120_000 });

let smtp: Smtp;
let db: pg.Client;
let listing: { id: string; name: string; slug: string; organisationId: string };

test.beforeAll(async () => {
  smtp = await startSmtp();
  db = await e2eDatabase();
  // A listing the other specs do not use, so its view count and suggestions are this spec's own.
  const { rows } = await db.query(
    `SELECT id, name, slug, "organisationId" FROM "Service"
      WHERE "publishedAt" IS NOT NULL AND "archivedAt" IS NULL AND status = 'active'
      ORDER BY name DESC LIMIT 1 OFFSET 2`,
  );
  listing = rows[0];
  await upsertUser(db, PROVIDER, "provider", listing.organisationId);
  await db.query(`DELETE FROM "RateLimitBucket" WHERE key LIKE 'suggest:%'`);
});
test.afterAll(async () => {
  await db?.query(`DELETE FROM "RateLimitBucket" WHERE key LIKE 'suggest:%'`);
  await db?.query(`DELETE FROM "User" WHERE email = $1`, [PROVIDER]);
  await smtp?.close();
  await db?.end();
});

test("a family's suggestion reaches the officers' queue and becomes an edit", async ({ browser, page, context }) => {
  const words = `The Saturday session now starts at 10am (${Date.now().toString(36)})`;

  // The family, with JavaScript off: from the service page to the form, its errors, and the thank-you page.
  const family = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await family.newPage();
  await noJs.goto(`/services/${listing.slug}`);
  await noJs.getByRole("link", { name: "Suggest a change to this page" }).click();
  await expect(noJs.getByRole("heading", { level: 1 })).toHaveText(`Suggest a change to ${listing.name}`);
  await noJs.getByRole("button", { name: "Send suggestion" }).click();
  await expect(noJs.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Choose what is wrong with this page",
  );
  await noJs.getByLabel("Something else", { exact: true }).check();
  await noJs.getByRole("button", { name: "Send suggestion" }).click();
  await expect(noJs.getByRole("alert", { name: "There is a problem" })).toContainText("Tell us what is wrong");
  await expect(noJs.getByLabel("Something else", { exact: true })).toBeChecked();
  await noJs.getByLabel(/Tell us more/).fill(words);
  await noJs.getByRole("button", { name: "Send suggestion" }).click();
  await expect(noJs.getByRole("heading", { level: 1 })).toHaveText("Thank you: we have your suggestion");
  await family.close();
  const mail = await smtp.waitFor(PROVIDER, /Suggested change to/);
  expect(mail.text).toContain(words);

  // The same form with JavaScript on, checked with axe: the form, its error state, the thank-you page.
  await page.goto(`/services/${listing.slug}/suggest-a-change`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send suggestion" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expectAccessible(page);
  await page.getByLabel("The phone number or email does not work").check();
  await page.getByRole("button", { name: "Send suggestion" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: we have your suggestion");
  await expectAccessible(page);

  // The provider sees both on their own dashboard.
  const providerCtx = await browser.newContext();
  const providerPage = await providerCtx.newPage();
  const { rows: p } = await db.query(`SELECT id FROM "User" WHERE email = $1`, [PROVIDER]);
  await signInWithSession(db, providerCtx, p[0].id);
  await providerPage.goto("/admin");
  await expect(providerPage.getByRole("heading", { level: 1 })).toContainText("Your listings");
  await expect(providerPage.getByRole("link", { name: listing.name, exact: true })).toBeVisible();
  await expect(providerPage.getByRole("region", { name: "Suggestions from families" })).toContainText(words);
  await expectAccessible(providerPage);
  await providerCtx.close();

  // An officer finds it in the queue and makes it an edit: the editor opens on a draft quoting it.
  const officer = await upsertUser(db, "suggestions.officer@seabourne.gov.uk", "editor");
  await signInWithSession(db, context, officer);
  await page.goto("/admin/review");
  const section = page.getByRole("region", { name: /Suggestions from families/ });
  const item = section.getByRole("listitem").filter({ hasText: words });
  await expect(item).toBeVisible();
  await expectAccessible(page);
  await item.getByRole("button", { name: "Make this an edit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit ${listing.name}`);
  await expect(page.getByRole("region", { name: "What a family told us" })).toContainText(words);
  await page.getByLabel("Summary").fill("Saturday sessions from 10am for children with SEND and their families.");
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/listings/${listing.id}\\?saved=submitted`));

  const { rows } = await db.query(
    `SELECT s.state, r.state AS revision, r."authorId"
       FROM "ChangeSuggestion" s JOIN "ServiceRevision" r ON r.id = s."revisionId"
      WHERE s.message = $1`,
    [words],
  );
  expect(rows).toEqual([{ state: "made_into_edit", revision: "submitted", authorId: officer }]);
  // The public page still shows the live version until another officer approves.
  await page.goto(`/services/${listing.slug}`);
  await expect(page.getByText("Saturday sessions from 10am")).toHaveCount(0);
});

test("the hidden field and the rate limit are refused with plain pages", async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  const before = Number((await db.query(`SELECT count(*) FROM "ChangeSuggestion"`)).rows[0].count);
  await page.goto(`/services/${listing.slug}/suggest-a-change`);
  await page.getByLabel("This has closed or moved").check();
  await page.locator('input[name="website"]').fill("http://spam.example", { force: true });
  await page.getByRole("button", { name: "Send suggestion" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your suggestion was not sent");

  // The listing has had its 20 suggestions today.
  await db.query(
    `INSERT INTO "RateLimitBucket" (key, "windowStart", hits)
     VALUES ($1, date_trunc('day', now() AT TIME ZONE 'UTC'), 20)
     ON CONFLICT (key, "windowStart") DO UPDATE SET hits = 20`,
    [`suggest:listing:${listing.id}`],
  );
  await page.goto(`/services/${listing.slug}/suggest-a-change`);
  await page.getByLabel("This has closed or moved").check();
  const answer = page.waitForResponse((r) => r.url().includes("/not-sent"));
  await page.getByRole("button", { name: "Send suggestion" }).click();
  expect((await answer).status()).toBe(429);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Too many requests");
  await expect(page.getByText(/try again in \d+ minutes?/)).toBeVisible();
  expect(Number((await db.query(`SELECT count(*) FROM "ChangeSuggestion"`)).rows[0].count)).toBe(before);
  await db.query(`DELETE FROM "RateLimitBucket" WHERE key LIKE 'suggest:%'`);
  await ctx.close();
});

test("views of a service page are counted on the server, cached views too, and bots' are not", async ({ request }) => {
  const views = async () =>
    Number(
      (
        await db.query(`SELECT coalesce(sum(views), 0) AS n FROM "ListingViewCount" WHERE "serviceId" = $1`, [
          listing.id,
        ])
      ).rows[0].n,
    );
  // Counts from earlier visits reach the database within a few seconds; start from a settled number.
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  const start = await views();
  const served = [];
  for (let i = 0; i < 4; i++) {
    const res = await request.get(`/services/${listing.slug}`, { headers: { "user-agent": BROWSER_UA } });
    served.push(res.headers()["x-page-cache"]);
  }
  await request.get(`/services/${listing.slug}`, {
    headers: { "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" },
  });
  expect(served.slice(1)).toContain("hit");
  await expect.poll(views, { timeout: 15_000 }).toBe(start + 4);
});
