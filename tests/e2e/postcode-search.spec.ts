// Search near a postcode (issue 15 item 4), as a parent does it, with and without JavaScript: type a
// postcode in the filters, see how far each service is in miles, nearest first; narrow to "within 3
// miles"; a postcode we cannot place says so and the results still show. The suite's site has no ONS
// Postcode Directory loaded, so a full postcode is placed at its district's middle, and the page says so.
// Both engines ordering alike is held below the browser (tests/integration/search-near-postcode.test.ts).
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";

/** The distance on each result card, in order, as miles ("Online or at home" cards have none). */
async function milesOnCards(page: Page): Promise<number[]> {
  const texts = await page.locator("li[id^='service-'] dt:text-is('Distance') + dd").allTextContents();
  return texts
    .map((text) => /([\d.]+) miles?/.exec(text)?.[1] ?? (/Less than 0\.1/.test(text) ? "0" : undefined))
    .filter((m): m is string => m !== undefined)
    .map(Number);
}

async function searchNear(page: Page, postcode: string, within?: string) {
  await page.goto("/services");
  await page.getByLabel("Postcode", { exact: true }).fill(postcode);
  if (within) await page.getByLabel("Distance", { exact: true }).selectOption(within);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/postcode=/);
}

test("a postcode shows each service's distance in miles, nearest first", async ({ page }) => {
  await searchNear(page, "fy8 1ab");
  await expect(page).toHaveURL(/postcode=FY8(\+|%20)1AB|postcode=fy8/i);
  await expect(page.getByText("Nearest first.")).toBeVisible();
  await expect(page.getByText("Distances are from the middle of the FY8 area, not from your street.")).toBeVisible();

  const miles = await milesOnCards(page);
  expect(miles.length).toBeGreaterThan(5);
  expect(miles).toEqual([...miles].sort((a, b) => a - b));
  // Lytham St Annes (FY8) is the south of the demo borough: its nearest services are close, others miles off.
  expect(miles[0]).toBeLessThan(3);
  expect(miles.at(-1)!).toBeGreaterThan(miles[0]);
  await expectAccessible(page);
});

/** "84 services found": how many match, over every page of results. */
async function servicesFound(page: Page): Promise<number> {
  const heading = await page.getByRole("heading", { level: 2, name: /services? found/ }).textContent();
  return Number(/(\d+) services? found/.exec(heading ?? "")?.[1]);
}

test("'within 3 miles' leaves only the services that close", async ({ page }) => {
  await searchNear(page, "FY8 1AB");
  const everywhere = await servicesFound(page);
  await searchNear(page, "FY8 1AB", "3");
  const near = await milesOnCards(page);
  expect(near.length).toBeGreaterThan(0);
  expect(await servicesFound(page)).toBeLessThan(everywhere);
  for (const m of near) expect(m).toBeLessThanOrEqual(3);
});

test("a postcode we cannot place says so plainly and still shows results", async ({ page }) => {
  await searchNear(page, "ZZ9 9ZZ");
  await expect(
    page.getByText(/We could not find the postcode ZZ9 9ZZ\. Check it, or search by area instead\./),
  ).toBeVisible();
  await expect(page.locator("li[id^='service-']").first()).toBeVisible();
  expect(await milesOnCards(page)).toEqual([]);
  await expectAccessible(page);
});
