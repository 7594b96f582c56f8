// A second copy of the site runs against a database that is not there (playwright.config.ts).
import { expect, test } from "./fixtures";

const downURL = `http://localhost:${Number(process.env.E2E_PORT || 3100) + 1}`;

test("when the database is unreachable, pages apologise in plain words and say how to get help", async ({ page }) => {
  const response = await page.goto(`${downURL}/services?need=autism`);
  expect(response?.status()).toBe(500);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sorry, there is a problem with the service");
  await expect(page.getByRole("link", { name: "01632 960 000" }).first()).toHaveAttribute("href", "tel:01632960000");
  await expect(page.locator("body")).not.toContainText(/prisma|ECONNREFUSED|stack/i);
});

test("the health endpoint reports the database as down", async ({ request }) => {
  const response = await request.get(`${downURL}/api/health`);
  expect(response.status()).toBe(503);
  expect(await response.json()).toMatchObject({ status: "degraded", database: { status: "down" } });
});

test("ready says why the server is not ready, and live still says the process is up", async ({ request }) => {
  const ready = await request.get(`${downURL}/api/health/ready`);
  expect(ready.status()).toBe(503);
  expect(ready.headers()["cache-control"]).toMatch(/no-store/);
  expect(await ready.json()).toMatchObject({ status: "degraded", reason: "The database is not reachable" });
  const live = await request.get(`${downURL}/api/health/live`);
  expect(live.status()).toBe(200);
  expect(await live.json()).toMatchObject({ status: "ok" });
});
