// Families' feedback, the public side (issue 12, item 1): "Was this page helpful?" with its follow-up,
// the /feedback form and "Tell us about support that is missing", with their error states, as a family
// uses them. Runs in the chromium and no-javascript projects (playwright.config.ts): every form must
// work without JavaScript. axe on each form, error state and thank-you page (skipped, and said so,
// without JavaScript). Rows are found by a word unique to the run and removed afterwards.
import type pg from "pg";
import { expect, expectAccessible, test } from "./fixtures";
import { e2eDatabase } from "./admin-fixtures";

test.describe.configure({ timeout: 120_000 });

let db: pg.Client;
const run = Date.now().toString(36);

test.beforeAll(async () => {
  db = await e2eDatabase();
  // The whole suite posts from one address: start this spec's counts afresh.
  await db.query(`DELETE FROM "RateLimitBucket" WHERE key LIKE 'feedback-%'`);
});
test.afterAll(async () => {
  await db?.query(`DELETE FROM "Feedback" WHERE comment LIKE $1 OR "lookedFor" LIKE $1`, [`%${run}%`]);
  await db?.query(`DELETE FROM "RateLimitBucket" WHERE key LIKE 'feedback-%'`);
  await db?.end();
});

const alert = (page: import("@playwright/test").Page) => page.getByRole("alert", { name: "There is a problem" });
// Without JavaScript the page's own <title> comes first (as in add-your-service.spec.ts): checked with it on.
async function expectErrorTitle(page: import("@playwright/test").Page) {
  if (test.info().project.use.javaScriptEnabled !== false) await expect(page).toHaveTitle(/^Error: /);
}

test("Was this page helpful? — one click, then what they were looking for", async ({ page }) => {
  await page.goto("/about");
  const widget = page.getByRole("complementary", { name: "Was this page helpful?" });
  await expect(widget).toBeVisible();
  await expectAccessible(page);
  const before = Number((await db.query(`SELECT count(*) FROM "Feedback" WHERE kind = 'helpful'`)).rows[0].count);
  await widget.getByRole("button", { name: /^No/ }).click();

  await expect(page).toHaveURL(/\/feedback\/helpful\/thank-you\?answer=no&ref=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your answer");
  const [row] = (await db.query(`SELECT * FROM "Feedback" WHERE kind = 'helpful' ORDER BY "createdAt" DESC LIMIT 1`))
    .rows;
  expect(Number((await db.query(`SELECT count(*) FROM "Feedback" WHERE kind = 'helpful'`)).rows[0].count)).toBe(
    before + 1,
  );
  expect(row).toMatchObject({ helpful: false, pagePath: "/about", comment: "", serviceId: null });
  // No widget on the feedback pages themselves, and no cookie was set anywhere.
  await expect(page.getByRole("complementary", { name: "Was this page helpful?" })).toHaveCount(0);
  expect(await page.context().cookies()).toEqual([]);
  await expectAccessible(page);

  // The follow-up box: empty is an error (axe on it), then the words, HTML kept as text.
  await page.getByRole("button", { name: "Send" }).click();
  await expect(alert(page)).toContainText("Tell us what you were looking for");
  await expectErrorTitle(page);
  await expectAccessible(page);
  const words = `<b>Bus routes</b> to the centre (${run})`;
  await page.getByLabel("What were you looking for? (optional)").fill(words);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for telling us");
  await expectAccessible(page);
  const saved = (await db.query(`SELECT comment FROM "Feedback" WHERE id = $1`, [row.id])).rows[0];
  expect(saved.comment).toBe(words);
});

test("the widget is on every kind of public page, and a service page's answer names the listing", async ({ page }) => {
  const { rows } = await db.query(
    `SELECT id, slug FROM "Service" WHERE "publishedAt" IS NOT NULL AND "archivedAt" IS NULL ORDER BY name LIMIT 1`,
  );
  for (const path of ["/", "/services?q=swimming", "/privacy", `/services/${rows[0].slug}`]) {
    await page.goto(path);
    await expect(page.getByRole("complementary", { name: "Was this page helpful?" }), path).toBeVisible();
  }
  await page.getByRole("button", { name: /^Yes/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your answer");
  const [row] = (await db.query(`SELECT * FROM "Feedback" WHERE kind = 'helpful' ORDER BY "createdAt" DESC LIMIT 1`))
    .rows;
  expect(row).toMatchObject({ helpful: true, pagePath: `/services/${rows[0].slug}`, serviceId: rows[0].id });
  // "Tell us more" goes to the fuller form, carrying the page.
  await page.getByRole("link", { name: "Tell us more in our feedback form" }).click();
  await expect(page).toHaveURL(new RegExp(`/feedback\\?page=%2Fservices%2F${rows[0].slug}$`));
  await expect(page.getByText(`you came from the page /services/${rows[0].slug}`)).toBeVisible();
  for (const path of ["/feedback", "/feedback/missing", `/services/${rows[0].slug}/suggest-a-change`]) {
    await page.goto(path);
    await expect(page.getByRole("complementary", { name: "Was this page helpful?" }), path).toHaveCount(0);
  }
});

test("the /feedback form: its errors keep what was typed, then the thank-you page", async ({ page }) => {
  await page.goto("/feedback?page=/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Give feedback on the Local Offer");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(alert(page)).toContainText("Choose what your feedback is about");
  await expect(alert(page)).toContainText("Enter your feedback");
  await expectErrorTitle(page);
  await expectAccessible(page);

  // Too long, a bad email, HTML typed: the message says the limit and everything comes back as typed.
  const long = `<script>alert(1)</script> ${"a".repeat(2000)}`;
  await page.getByLabel("How easy this website is to use").check();
  await page.getByLabel("Your feedback").fill(long);
  await page.getByLabel("Your email address (optional)").fill("parent-at-example");
  await page.getByLabel("Yes, you may publish what I wrote anonymously").check();
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(alert(page)).toContainText("Use 2000 characters or fewer");
  await expect(alert(page)).toContainText("Enter an email address in the correct format");
  await expect(page.getByLabel("Your feedback")).toHaveValue(long);
  await expect(page.getByLabel("How easy this website is to use")).toBeChecked();
  await expect(page.getByLabel("Yes, you may publish what I wrote anonymously")).toBeChecked();
  await expect(page.getByLabel("Your email address (optional)")).toHaveValue("parent-at-example");
  await expectAccessible(page);

  const words = `<i>The search</i> was hard on my phone (${run})`;
  await page.getByLabel("Your feedback").fill(words);
  await page.getByLabel("Your email address (optional)").fill("parent@example.org");
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your feedback");
  await expect(page.getByText("A council officer reads every comment.")).toBeVisible();
  await expectAccessible(page);
  const { rows } = await db.query(`SELECT * FROM "Feedback" WHERE comment = $1`, [words]);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    kind: "comment",
    theme: "ease_of_use",
    email: "parent@example.org",
    consentToPublish: true,
    pagePath: "/privacy",
  });
});

test("a search that finds nothing leads to 'support that is missing', filled in from the search", async ({ page }) => {
  const q = `zorbing lessons ${run}`;
  await page.goto(`/services?q=${encodeURIComponent(q)}&need=autism&age=secondary&area=north`);
  // Nothing, or the few a fuzzy search still finds: either way the link is offered.
  await expect(page.getByRole("heading", { name: /(No services|[123] services?) found/ })).toBeVisible();
  await page.getByRole("link", { name: "Tell us about support that is missing" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tell us about support that is missing");
  await expect(page.getByLabel("What support were you looking for?")).toHaveValue(q);
  await expect(page.getByLabel("Which need is it for? (optional)")).toHaveValue("autism");
  await expect(page.getByLabel("11 to 16 (secondary school age)")).toBeChecked();
  await expect(page.getByLabel("Which part of Seabourne? (optional)")).toHaveValue("north");
  await expectAccessible(page);

  await page.getByLabel("What support were you looking for?").fill("  ");
  await page.getByLabel("Anything else you want to tell us? (optional)").fill("<b>Nothing</b> near Thornby");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(alert(page)).toContainText("Tell us what support you were looking for");
  await expectErrorTitle(page);
  await expect(page.getByLabel("Anything else you want to tell us? (optional)")).toHaveValue(
    "<b>Nothing</b> near Thornby",
  );
  await expect(page.getByLabel("Which need is it for? (optional)")).toHaveValue("autism");
  await expectAccessible(page);

  await page.getByLabel("What support were you looking for?").fill(q);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for telling us what is missing");
  await expectAccessible(page);
  const { rows } = await db.query(`SELECT * FROM "Feedback" WHERE "lookedFor" = $1`, [q]);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    kind: "missing",
    theme: "missing_support",
    need: "autism",
    ageGroup: "secondary",
    area: "north",
    comment: "<b>Nothing</b> near Thornby",
    consentToPublish: false,
    email: null,
  });
});

test("refusals are plain pages: the hidden field (400), a made-up page (400), too many (429)", async ({ request }) => {
  const post = (form: Record<string, string>) => request.post("/feedback/helpful", { form, maxRedirects: 0 });
  expect((await post({ page: "/about", answer: "yes", website: "http://spam.example" })).status()).toBe(400);
  expect((await post({ page: "/admin/users", answer: "yes" })).status()).toBe(400);
  expect((await post({ page: "/about", answer: "maybe" })).status()).toBe(400);
  const ok = await post({ page: "/about?utm_source=x", answer: "yes" });
  expect(ok.status()).toBe(303);
  expect(ok.headers().location).toMatch(/^\/feedback\/helpful\/thank-you\?answer=yes&ref=/);
  // Fill this address's hour, then one more.
  await db.query(
    `INSERT INTO "RateLimitBucket" (key, "windowStart", hits)
     SELECT key, "windowStart", 60 FROM "RateLimitBucket" WHERE key LIKE 'feedback-helpful:%'
     ON CONFLICT (key, "windowStart") DO UPDATE SET hits = 60`,
  );
  const limited = await post({ page: "/about", answer: "yes" });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await limited.text()).toContain("Too many requests");
  await db.query(`DELETE FROM "RateLimitBucket" WHERE key LIKE 'feedback-%'`);
});
