import { expect, expectAccessible, test } from "./fixtures";

test("every public page passes axe and has one clear heading", async ({ page }) => {
  // Four pages with axe on each: over 30 s when the machine is shared with another test run.
  test.setTimeout(90_000);
  for (const [path, heading] of [
    ["/", "Find support for your child or young person"],
    ["/services", /services found/],
    ["/about", "About the Seabourne Local Offer"],
    ["/accessibility", "Accessibility statement"],
    ["/glossary", "Jargon buster"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(path === "/services" ? "Find services" : heading);
    await expectAccessible(page);
  }
});

test("every page's footer links to the privacy note, which passes axe", async ({ page }) => {
  await page.goto("/services");
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How we use your information");
  await expect(page.getByText("13 months")).toBeVisible();
  await expectAccessible(page);
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

test("closed services keep their page, with a banner saying so", async ({ page }) => {
  await page.goto("/services/community-hydrotherapy-sessions");
  await expect(page.getByRole("status")).toContainText("Temporarily closed");
  await expect(page.getByRole("status")).toContainText(/Expected to reopen on/);
  await expectAccessible(page);

  await page.goto("/services/marsh-end-additional-needs-stay-and-play");
  await expect(page.getByRole("status")).toContainText("This service has closed");
  // A closed-for-good service is not offered to people browsing.
  await page.goto("/services?q=stay+and+play");
  await expect(page.getByRole("link", { name: "Additional needs stay and play, Marsh End" })).toHaveCount(0);
});

test("a service page shows every part of a listing a parent needs", async ({ page }) => {
  await page.goto("/services/calm-minds-anxiety-support");
  for (const heading of [
    "Contact",
    "Who this service is for",
    "How to get this help",
    "About the service",
    "When it runs",
    "Where it runs",
    "Cost",
    "Support for special educational needs and disabilities",
  ]) {
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByText(/^Last checked: \d{1,2} \w+ 20\d\d$/)).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@type": "Service", name: "Calm Minds: anxiety support for young people" });
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "ok" } });
});
