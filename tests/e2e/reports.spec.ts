// Issue 12, "Done when": the gaps report shows a zero-result search made in this test under its need
// and area, and the usage figures go up by exactly what this test browsed. Other specs share the
// site, so counts are compared before and after, on a listing and words only this test uses.
// Views are written in batches every few seconds, so the reports are read again until they show.
import type { BrowserContext, Locator, Page } from "@playwright/test";
import type pg from "pg";
import { expect, expectAccessible, test } from "./fixtures";
import { e2eDatabase, signInWithSession, upsertUser } from "./admin-fixtures";

// A person's browser: Playwright's own says HeadlessChrome, which is rightly not counted.
const BROWSER_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const OFFICER = "reports.officer@seabourne.gov.uk";
test.describe.configure({ timeout: 120_000 });

let db: pg.Client;
let officerId: string;
let listing: { name: string; slug: string };
// Letters only: digits could look like a postcode or phone number and be scrubbed from the log.
const words = `zorbquill ${Date.now()
  .toString()
  .replace(/\d/g, (d) => "abcdefghij"[Number(d)])}`;

test.beforeAll(async () => {
  db = await e2eDatabase();
  officerId = await upsertUser(db, OFFICER, "editor");
  // A listing picked by a hash, not by name order as other specs pick theirs, so its views are ours.
  const { rows } = await db.query(
    `SELECT name, slug FROM "Service" WHERE "publishedAt" IS NOT NULL AND "archivedAt" IS NULL
      ORDER BY md5(id::text || 'reports-spec') LIMIT 1`,
  );
  listing = rows[0];
});
test.afterAll(async () => {
  await db?.query(`DELETE FROM "User" WHERE email = $1`, [OFFICER]);
  await db?.end();
});

/** The number in a table row's cell, or 0 when the row is not there. */
async function numberIn(rows: Locator, cell: number): Promise<number> {
  if ((await rows.count()) === 0) return 0;
  return Number((await rows.first().getByRole("cell").nth(cell).innerText()).replace(/,/g, ""));
}

const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

async function gapFigures(page: Page) {
  await page.goto("/admin/reports/gaps?period=30d&results=0");
  const group = (section: string, name: string) =>
    numberIn(
      region(page, section)
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name }) }),
      0,
    );
  const ours = region(page, "Searches that found nothing").getByRole("row").filter({ hasText: words });
  return {
    need: await group("By need", "Sensory processing"),
    area: await group("By area", "South Seabourne"),
    ours: await numberIn(ours, 1),
    oursFilters: (await ours.count()) ? await ours.first().getByRole("cell").first().innerText() : "",
  };
}

async function usageFigures(page: Page) {
  await page.goto("/admin/reports/usage?period=7d");
  const row = (section: string, exactly: Locator) => region(page, section).getByRole("row").filter({ has: exactly });
  return {
    listingPage: await numberIn(
      row("Page views per page", page.getByText(`/services/${listing.slug}`, { exact: true })),
      1,
    ),
    listingViews: await numberIn(
      row("Listings viewed most", page.getByRole("link", { name: listing.name, exact: true })),
      1,
    ),
    search: await numberIn(row("Top searches", page.getByText(words, { exact: true })), 1),
  };
}

async function browseAsAFamily(family: BrowserContext) {
  const page = await family.newPage();
  // The same listing three times: the page cache serves at least the last two, and each one counts.
  for (let i = 0; i < 3; i++) {
    const res = await page.goto(`/services/${listing.slug}`);
    expect(res?.status()).toBe(200);
  }
  // A search that finds nothing, with a need and an area chosen.
  const query = new URLSearchParams({ q: words, need: "sensory", area: "south" });
  await page.goto(`/services?${query}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // A page that does not exist is not a view.
  await page.goto(`/services/${listing.slug}-not-here`);
  await page.close();
}

test("the reports show the searches and views made in this test", async ({ browser, page, context }) => {
  await signInWithSession(db, context, officerId);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Staff area" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await expectAccessible(page);

  const gapsBefore = await gapFigures(page);
  const usageBefore = await usageFigures(page);
  expect(gapsBefore.ours).toBe(0);

  const family = await browser.newContext({ userAgent: BROWSER_UA });
  await browseAsAFamily(family);
  await family.close();

  await expect.poll(async () => (await gapFigures(page)).ours, { timeout: 30_000, intervals: [1_000, 2_000] }).toBe(1);
  const gapsAfter = await gapFigures(page);
  expect(gapsAfter.oursFilters).toContain("Filters: Sensory processing; South Seabourne");
  expect(gapsAfter.need).toBeGreaterThanOrEqual(gapsBefore.need + 1);
  expect(gapsAfter.area).toBeGreaterThanOrEqual(gapsBefore.area + 1);
  await expectAccessible(page);

  await expect
    .poll(() => usageFigures(page), { timeout: 30_000, intervals: [1_000, 2_000] })
    .toEqual({
      listingPage: usageBefore.listingPage + 3,
      listingViews: usageBefore.listingViews + 3,
      search: 1,
    });
  await expect(region(page, "Top searches").getByRole("row").filter({ hasText: words })).toContainText("Found nothing");
  await expect(page.getByRole("heading", { level: 2, name: "Page views per day" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Page views per day: / })).toBeVisible();
  await expectAccessible(page);
  // The figures behind a chart, for screen-reader users and anyone who wants the numbers.
  await region(page, "Page views per day").getByText("Show the figures as a table").click();
  await expect(region(page, "Page views per day").getByRole("table")).toBeVisible();
  await expectAccessible(page);

  // The gaps report's CSV has the same search, under its need and area.
  const csv = await context.request.get("/admin/reports/gaps/csv?period=30d&results=0");
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(await csv.text()).toContain(`Search with no results,${words},Sensory processing; South Seabourne,1,`);
});
