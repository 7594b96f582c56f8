import { expect, expectAccessible, test } from "./fixtures";

test("every public page passes axe and has one clear heading", async ({ page }) => {
  for (const [path, heading] of [
    ["/", "Find support for your child or young person"],
    ["/services", /services found/],
    ["/about", "About the Seabourne Local Offer"],
    ["/accessibility", "Accessibility statement"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(path === "/services" ? "Find services" : heading);
    await expectAccessible(page);
  }
});

test("a search with no results suggests what to try next", async ({ page }) => {
  await page.goto("/services?q=zzqxqzz");
  await expect(page.getByRole("heading", { name: /No services found/ })).toBeVisible();
  await expect(page.getByText("check the spelling")).toBeVisible();
  await expect(page.getByRole("link", { name: "01632 960 000" }).first()).toBeVisible();
  await expectAccessible(page);
});

test("nonsense filter values are ignored, with a note, and the rest of the search still works", async ({ page }) => {
  const response = await page.goto("/services?age=abc&area=moon&need=autism");
  expect(response?.status()).toBe(200);
  await expect(page.getByText(/We ignored part of the web address/)).toContainText("age=abc");
  await expect(page.getByRole("checkbox", { name: "Autism", exact: true })).toBeChecked();
  await expect(page.getByRole("heading", { name: /services? found/ })).toBeVisible();
});

test("an unknown service gives a helpful 404 page with a search box", async ({ page }) => {
  const response = await page.goto("/services/no-such-service");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("searchbox")).toBeVisible();
  await expectAccessible(page);
});

test("a temporarily closed service says so at the top of its page", async ({ page }) => {
  await page.goto("/services?q=");
  // Closed services stay browsable; find one through the listing's status label.
  const closed = page.locator("#main li", { hasText: "Temporarily closed" }).first();
  await closed.locator("h3 a").click();
  await expect(page.getByRole("status")).toContainText("Temporarily closed");
  await expectAccessible(page);
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "ok" } });
});
