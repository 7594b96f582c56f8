// Needs-based search as a parent uses it, with JavaScript switched off: the filter form is a GET
// form, results and facet counts are server-rendered, and the URL is the search.
import { expect, expectAccessible, test } from "./fixtures";

// axe needs JavaScript in the page, so the no-JavaScript journeys below are checked for
// accessibility by the "accessibility" tests at the end, on the same pages and states.
test.use({ javaScriptEnabled: false });

test("a parent's sentence finds the right service first, without JavaScript", async ({ page }) => {
  await page.goto("/services");
  await page.getByLabel("Search words").fill("my son has asd and cant sleep");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=my\+son\+has\+asd\+and\+cant\+sleep/);
  await expect(page.getByRole("heading", { level: 3 }).first()).toHaveText("Children's sleep service");
});

test("ages and places in the words are shown, and each can be undone", async ({ page }) => {
  await page.goto("/services?q=youth+club+for+my+14+year+old+near+FY1");
  await expect(page.getByText("Showing services for")).toContainText("age 14");
  await expect(page.getByText("Showing services for")).toContainText("near FY1");
  const results = page.getByRole("heading", { level: 3 });
  await expect(results.first()).toBeVisible();

  await page.getByRole("link", { name: /Show all ages/ }).click();
  await expect(page).toHaveURL(/q=youth\+club\+for\+my\+near\+FY1$/);
  await expect(page.getByText("Showing services for")).not.toContainText("age 14");
  await expect(page.getByText("Showing services for")).toContainText("near FY1");

  await page.getByRole("link", { name: /Do not sort by distance/ }).click();
  await expect(page.getByText("Showing services for")).toHaveCount(0);
});

test("filters combine, show how many services each option has, and live in the URL", async ({ page }) => {
  await page.goto("/services?q=autism");
  const autism = page.getByRole("checkbox", { name: "Autism", exact: true });
  await autism.check();
  await page.getByRole("checkbox", { name: "Things to do", exact: true }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/need=autism/);
  await expect(page).toHaveURL(/category=leisure/);
  // Each option says how many services it would show, and a screen reader hears it after the name,
  // which stays plain.
  await expect(autism).toBeChecked();
  await expect(page.locator("#need-autism-count")).toHaveText(/^\(\d+\)$/);
  await expect(autism).toHaveAccessibleDescription(/^\(\d+\) services?$/);
  const heading = await page.getByRole("heading", { level: 2, name: /services? found/ }).textContent();
  expect(Number(heading?.match(/^(\d+)/)?.[1])).toBeGreaterThan(0);
});

test("a search for a question families ask shows the advice page first, above the services", async ({ page }) => {
  for (const [q, title] of [
    ["tribunal", "Disagreeing with a decision: complaints, mediation and the SEND tribunal"],
    ["complaint", "Disagreeing with a decision: complaints, mediation and the SEND tribunal"],
    ["EHCP", "What an EHC plan contains, and the annual review"],
    ["transport to college", "Travel to school or college"],
  ]) {
    await page.goto(`/services?q=${encodeURIComponent(q)}`);
    const advice = page.getByRole("region", { name: "Information and advice" });
    await expect(advice.getByRole("heading", { level: 3 }).first(), q).toHaveText(title);
  }
  // Above the services, and a way into the page itself.
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.indexOf("Information and advice")).toBeLessThan(headings.findIndex((h) => /found/.test(h)));
  await page.getByRole("link", { name: "Travel to school or college" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Travel to school or college");

  // A search that is not a question for the advice pages shows only services.
  await page.goto("/services?q=wheelchair");
  await expect(page.getByRole("region", { name: "Information and advice" })).toHaveCount(0);
});

test("misspellings still find services", async ({ page }) => {
  await page.goto("/services?q=wheelchiar");
  await expect(page.getByRole("link", { name: "Children's wheelchair service" })).toBeVisible();
});

test("no results, very long and odd queries are handled with plain words, never an error", async ({ page }) => {
  await page.goto("/services?q=zzqxqzzy");
  await expect(page.getByRole("heading", { name: /No services found/ })).toBeVisible();

  const long = await page.goto(`/services?q=${encodeURIComponent(`autism ${"help ".repeat(400)}`)}`);
  expect(long?.status()).toBe(200);
  const odd = await page.goto(
    `/services?q=${encodeURIComponent("autism\u0000\u0007 ' \" ; -- & | ! ( ) :* <script>")}`,
  );
  expect(odd?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 2, name: /services? found/ })).toBeVisible();

  await page.goto("/services?cost=nonsense&need=unicorns");
  await expect(page.getByText(/We ignored part of the web address/)).toContainText("cost=nonsense");
  await expect(page.getByText(/We ignored part of the web address/)).toContainText("need=unicorns");
});

test("the health check says which search engine is serving", async ({ request }) => {
  const health = await (await request.get("/api/health")).json();
  expect(health.search).toMatchObject({ serving: "meilisearch", meilisearch: "ok", postgres: "ok" });
  expect(health.search.documents.meilisearch).toBe(health.search.documents.postgres);
});

test.describe("accessibility of results, filters and no-results states", () => {
  test.use({ javaScriptEnabled: true });

  for (const [state, path] of [
    ["results with an understood age and place", "/services?q=youth+club+for+my+14+year+old+near+FY1"],
    ["information and advice above the services", "/services?q=tribunal"],
    ["results with filters and facet counts", "/services?q=autism&need=autism&category=leisure&cost=free"],
    ["no results", "/services?q=zzqxqzzy"],
    ["ignored filter values", "/services?cost=nonsense&need=unicorns"],
    ["a place we cannot locate", "/services?q=autism+ZE2+9XX"],
  ] as const) {
    test(`axe finds nothing on ${state}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expectAccessible(page);
    });
  }
});
