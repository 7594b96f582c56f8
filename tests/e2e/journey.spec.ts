// The core journey of a parent on a phone: home → a need → narrow by age → a service → contact.
// Runs with JavaScript on (desktop and mobile) and off: every step is a link or a GET form.
import { expect, expectAccessible, test } from "./fixtures";

test("a parent finds autism support for a 9-year-old and how to contact it", async ({ page }) => {
  // Three axe runs on full pages: well over the default 30 s on a loaded two-core machine.
  test.setTimeout(90_000);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find support for your child or young person");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Autism", exact: true }).click();
  await expect(page).toHaveURL(/need=autism/);
  await expect(page.getByRole("heading", { name: /services? found/ })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Autism", exact: true })).toBeChecked();

  await page.getByLabel("Age", { exact: true }).selectOption("9");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/age=9/);
  const heading = page.getByRole("heading", { name: /services? found/ });
  await expect(heading).toBeVisible();
  const count = Number((await heading.textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThan(0);
  await expectAccessible(page);

  const first = page.locator("#main li h3 a").first();
  const name = await first.textContent();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name ?? "");
  await expect(page.getByRole("heading", { name: "Contact" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^0\d{3,4} /, exact: false }).first()).toHaveAttribute("href", /^tel:/);
  await expect(page.getByText(/^Last checked:/)).toBeVisible();
  // After a client-side navigation Next.js sets the new title a moment after the content: wait for it,
  // since the tab's title is how a parent with many tabs open finds the service again.
  await expect(page).toHaveTitle(`${name} - Seabourne Local Offer`);
  await expectAccessible(page);
});

test("a search from the home page keeps the words in the results page and its URL", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search for support" }).fill("swimming");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/services\?q=swimming/);
  await expect(page.getByRole("heading", { name: /found for ‘swimming’/ })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search words" })).toHaveValue("swimming");
});
