// The printable booklet (/print) and its PDF made on the server (issue 15, "Done when": "/print?need=autism
// downloads as PDF; the test reads it back"), and print styles on ordinary public pages. Against the real
// site: the PDF is read back with pdfjs and checked against the database, not against the page.
import type pg from "pg";
import { e2eDatabase, forgetRateLimits } from "./admin-fixtures";
import { expect, expectAccessible, test } from "./fixtures";

let db: pg.Client;
test.beforeAll(async () => {
  db = await e2eDatabase();
});
test.afterAll(async () => {
  await forgetRateLimits(db);
  await db?.end();
});

type Expected = { name: string; phones: string[] };

/** Browsable published listings for one need, with every phone number, straight from PostgreSQL. */
async function listingsForNeed(need: string): Promise<Expected[]> {
  const { rows } = await db.query<Expected>(
    `SELECT s.name, coalesce(array_agg(p.number) FILTER (WHERE p.number IS NOT NULL), '{}') AS phones
       FROM "Service" s
       LEFT JOIN "Contact" c ON c."serviceId" = s.id
       LEFT JOIN "Phone" p ON p."contactId" = c.id
      WHERE s."publishedAt" IS NOT NULL AND s."archivedAt" IS NULL
        AND s.status IN ('active', 'temporarily_closed')
        AND EXISTS (SELECT 1 FROM "ServiceTerm" st JOIN "TaxonomyTerm" t ON t.id = st."termId"
                    JOIN "Taxonomy" x ON x.id = t."taxonomyId"
                    WHERE st."serviceId" = s.id AND x.code = 'needs' AND t.code = $1)
      GROUP BY s.id`,
    [need],
  );
  return rows;
}

/** Each page's text, as a reader (or a screen reader) gets it out of the PDF. */
async function pdfPages(data: Buffer): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : "")).join(""));
  }
  await doc.destroy();
  return pages;
}

// Line wrapping moves spaces around in extracted text; compare without them.
const squash = (text: string) => text.replace(/\s+/g, "");

test("the booklet form makes a booklet for one need, with a cover, contents and every listing", async ({ page }) => {
  test.setTimeout(90_000); // axe over a whole booklet takes a while on a busy machine
  await page.goto("/print");
  await expect(page.getByRole("heading", { level: 1, name: "Make a printed booklet" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Need").selectOption("autism");
  await page.getByRole("button", { name: "Make the booklet" }).click();
  await expect(page).toHaveURL(/\/print\?need=autism/);
  await expect(page.getByRole("heading", { level: 1, name: "Support for autism" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Contents" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How to get help by phone or in person" })).toBeVisible();
  const expected = await listingsForNeed("autism");
  expect(expected.length).toBeGreaterThan(2);
  await expect(page.locator("[data-listing]")).toHaveCount(expected.length);
  await expectAccessible(page);
  // Back to the form with the choice kept, to narrow it further.
  await page.getByRole("link", { name: "Change what is in the booklet" }).click();
  await expect(page.getByLabel("Need")).toHaveValue("autism");
  await page.getByLabel("Age group").selectOption("primary");
  await page.getByRole("button", { name: "Make the booklet" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support for autism and primary school (5 to 11)");
});

test("an unknown choice is an error on the form, with the error summary and the title prefix", async ({ page }) => {
  await page.goto("/print?need=not-a-need&age=primary");
  await expect(page).toHaveTitle(/^Error: Make a printed booklet/);
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("There is a problem");
  await summary.getByRole("link", { name: /Need: Choose a need from the list/ }).click();
  await expect(page.getByLabel("Need")).toBeFocused();
  await expect(page.getByLabel("Age group")).toHaveValue("primary");
  await expectAccessible(page);
  // The PDF address sends the same mistake back to the form rather than starting Chromium.
  const response = await page.request.get("/print/pdf?need=not-a-need", { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe("/print?need=not-a-need");
});

test("/print?need=autism downloads as a PDF with every listing's name and phone number in it", async ({ page }) => {
  test.setTimeout(120_000);
  await forgetRateLimits(db);
  await page.goto("/print?need=autism");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the booklet as a PDF" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("local-offer-autism.pdf");
  const data = await import("node:fs").then((fs) => file.path().then((p) => fs.readFileSync(p)));
  expect(data.subarray(0, 5).toString()).toBe("%PDF-");

  const pages = await pdfPages(data);
  const expected = await listingsForNeed("autism");
  // Cover, contents, introduction, at least one page of services, advice, help: and no more than a
  // page per listing on top (each entry is a few lines).
  expect(pages.length).toBeGreaterThanOrEqual(5);
  expect(pages.length).toBeLessThanOrEqual(expected.length + 8);
  expect(pages[0]).toContain("Support for autism");
  expect(pages[0]).toMatch(/Page 1 of \d+/);
  expect(squash(pages[1])).toContain(squash("Contents"));
  const text = squash(pages.join(" "));
  for (const listing of expected) {
    expect(text, listing.name).toContain(squash(listing.name));
    for (const phone of listing.phones) expect(text, `${listing.name}: ${phone}`).toContain(squash(phone));
  }
  expect(text).toContain(squash("How to get help by phone or in person"));
  expect(text).toContain(squash("01632 960 000"));
});

test("the PDF download is rate-limited per address, in plain words", async ({ request }) => {
  test.setTimeout(60_000);
  await forgetRateLimits(db);
  const first = await request.get("/print/pdf?category=health&area=north");
  expect(first.status()).toBe(200);
  expect(first.headers()["content-type"]).toBe("application/pdf");
  // Use up the hour's allowance for this client (the key the first download counted).
  const { rowCount } = await db.query(`UPDATE "RateLimitBucket" SET hits = 1000 WHERE key LIKE 'booklet-pdf:%'`);
  expect(rowCount).toBeGreaterThan(0);
  const refused = await request.get("/print/pdf?category=health&area=north");
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refused.text()).toContain("Print button");
  await forgetRateLimits(db);
});

test("printed pages drop navigation and filters, keep contacts and times, and show link addresses", async ({
  page,
}) => {
  await page.emulateMedia({ media: "print" });
  await page.goto("/services?need=autism");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Filter services" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Was this page helpful?" })).toBeHidden();
  await expect(page.locator("body > footer").getByText("No internet at home?")).toBeVisible();
  await expect(page.locator("body > footer").getByRole("link", { name: "Privacy" })).toBeHidden();
  // Without the filters' column, the results take the page's width instead of a third of it.
  const width = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => el.getBoundingClientRect().width);
  expect(await width("main .grid > :not(form)")).toBeGreaterThan(0.9 * (await width("main")));

  const { slug, url } = (
    await db.query<{ slug: string; url: string }>(
      `SELECT slug, "referralUrl" AS url FROM "Service"
        WHERE "publishedAt" IS NOT NULL AND "archivedAt" IS NULL AND status = 'active'
          AND "referralUrl" LIKE 'https://%' AND url LIKE 'https://%' ORDER BY name LIMIT 1`,
    )
  ).rows[0];
  await page.goto(`/services/${slug}`);
  await expect(page.getByRole("heading", { name: "Contact" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "When it runs" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Where it runs" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  // An outside link gets its address written after it; the website link, already its own address, does not.
  const after = (link: ReturnType<typeof page.locator>) => link.evaluate((a) => getComputedStyle(a, "::after").content);
  expect(await after(page.getByRole("link", { name: "Make a referral online" }))).toBe(`" (${url})"`);
  expect(await after(page.locator("section[aria-labelledby=contact-heading] a[href^='http']").first())).toBe("none");
  // On screen, nothing is added.
  await page.emulateMedia({ media: "screen" });
  expect(await after(page.getByRole("link", { name: "Make a referral online" }))).toBe("none");
});
