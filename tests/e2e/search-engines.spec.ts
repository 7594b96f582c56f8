// Found by search engines (issue 15 item 8): robots.txt names the sitemap and keeps crawlers out of
// the staff area and forms; sitemap.xml lists every published listing, advice page and upcoming event
// on the site's public address (APP_URL, which the suite sets to its own address); public pages carry
// a canonical address and Open Graph tags. And listing text keeps its shape (item 9): a description's
// bullets and numbers are real lists on the page, with any markup in it shown as words.
import type pg from "pg";
import { expect, expectAccessible, test } from "./fixtures";
import { e2eDatabase } from "./admin-fixtures";

const SLUG = "independent-living-skills-project";
let db: pg.Client;
let service: { id: string; description: string };

/** Writes the description as another process would, and wakes the site so its cached pages clear. */
async function setDescription(description: string) {
  await db.query("BEGIN");
  await db.query(`UPDATE "Service" SET description = $2 WHERE id = $1`, [service.id, description]);
  await db.query(`INSERT INTO "SearchOutbox" ("serviceId", action) VALUES ($1, 'upsert')`, [service.id]);
  await db.query(`SELECT pg_notify('search_outbox', '')`);
  await db.query("COMMIT");
}

test.beforeAll(async () => {
  db = await e2eDatabase();
  service = (await db.query(`SELECT id, description FROM "Service" WHERE slug = $1`, [SLUG])).rows[0];
});

test.afterAll(async () => {
  await setDescription(service.description);
  await db.end();
});

test("robots.txt names the sitemap on the site's address and keeps crawlers out of private pages", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  for (const path of ["/admin", "/api/", "/add-your-service", "/feedback", "/shortlist"])
    expect(text).toContain(`Disallow: ${path}\n`);
  expect(text).toContain("Allow: /\n");
});

test("sitemap.xml lists every published listing, advice page and upcoming event, and nothing private", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const xml = await response.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs.every((loc) => loc.startsWith(`${baseURL}/`))).toBe(true);
  expect(locs).toContain(`${baseURL}/`);
  expect(locs).toContain(`${baseURL}/advice`);

  const listed = (prefix: string) =>
    locs.filter((l) => l.startsWith(`${baseURL}${prefix}`)).map((l) => l.slice(`${baseURL}${prefix}`.length));
  const services = await db.query<{ slug: string }>(
    `SELECT slug FROM "Service" WHERE "publishedAt" IS NOT NULL AND "archivedAt" IS NULL ORDER BY slug`,
  );
  expect(services.rows.length).toBeGreaterThan(10);
  expect(listed("/services/").sort()).toEqual(services.rows.map((r) => r.slug).sort());
  // Each listing names its Polish and Arabic copies, so a search engine can offer a reader their language.
  const slug = services.rows[0].slug;
  expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="pl" href="${baseURL}/pl/services/${slug}" />`);
  expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="ar" href="${baseURL}/ar/services/${slug}" />`);

  const advice = await db.query<{ slug: string; easyRead: string | null }>(
    `SELECT slug, "easyRead" FROM "AdvicePage" WHERE "publishedAt" IS NOT NULL AND "archivedAt" IS NULL`,
  );
  expect(advice.rows.length).toBeGreaterThan(0);
  const expectedAdvice = advice.rows.flatMap((r) => [r.slug, ...(r.easyRead ? [`${r.slug}/easy-read`] : [])]);
  expect(listed("/advice/").sort()).toEqual(expectedAdvice.sort());

  // Events: published ones only (those with no date still to come may be left out).
  const events = await db.query<{ id: string; state: string }>(`SELECT id, state FROM "Event"`);
  const eventIds = listed("/events/");
  expect(eventIds.length).toBeGreaterThan(0);
  const states = new Map(events.rows.map((e) => [e.id, e.state]));
  expect(eventIds.filter((id) => states.get(id) !== "published")).toEqual([]);

  expect(locs.filter((l) => /\/(admin|api|shortlist|feedback|add-your-service)(\/|$)/.test(l))).toEqual([]);
  // Every address in it answers.
  for (const loc of [locs[0], `${baseURL}/services/${services.rows[0].slug}`, `${baseURL}/events/${eventIds[0]}`])
    expect((await request.get(loc)).status(), loc).toBe(200);
});

test("public pages have a canonical address and Open Graph tags on the site's address", async ({ page, baseURL }) => {
  const cases = [
    { path: `/services/${SLUG}`, canonical: `/services/${SLUG}` },
    { path: "/services?q=autism&page=1", canonical: "/services" },
    { path: "/advice", canonical: "/advice" },
    { path: "/", canonical: "/" },
  ];
  for (const { path, canonical } of cases) {
    await page.goto(path);
    // Next.js writes the home page's address without its final "/" (the same address to a crawler).
    const url = canonical === "/" ? String(baseURL) : `${baseURL}${canonical}`;
    await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute("href", url);
    await expect(page.locator('meta[property="og:url"]'), path).toHaveAttribute("content", url);
    await expect(page.locator('meta[property="og:title"]'), path).toHaveAttribute("content", /\S/);
    await expect(page.locator('meta[property="og:site_name"]'), path).toHaveAttribute(
      "content",
      "Seabourne Local Offer",
    );
    await expect(page.locator('meta[property="og:type"]'), path).toHaveAttribute("content", "website");
  }
  await page.goto(`/services/${SLUG}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    (await page.locator("h1").textContent()) ?? "",
  );
});

test("a listing's bullets and numbered steps are real lists, and markup in it stays words", async ({ page }) => {
  test.setTimeout(60_000);
  const marker = `Shape check ${Date.now()}`;
  await setDescription(
    `${marker}: we can help with\n- cooking <b>meals</b>\n- managing money\n• using buses\n\n` +
      "How to join:\n1. Ring us\n2. Come to a taster session\nWe reply within a week.\nThanks.",
  );
  await expect
    .poll(
      async () => (await page.goto(`/services/${SLUG}`))?.status() === 200 && (await page.content()).includes(marker),
      { timeout: 20_000 },
    )
    .toBe(true);
  const about = page.getByRole("region", { name: "About the service" });
  await expect(about.getByRole("listitem")).toHaveText([
    "cooking <b>meals</b>",
    "managing money",
    "using buses",
    "Ring us",
    "Come to a taster session",
  ]);
  await expect(about.locator("ul > li")).toHaveCount(3);
  await expect(about.locator("ol > li")).toHaveCount(2);
  await expect(about.locator("b")).toHaveCount(0);
  // The lines after the steps stay one paragraph, with a line break between them.
  await expect(about.locator("p", { hasText: "We reply within a week." }).locator("br")).toHaveCount(1);
  await expectAccessible(page);
});
