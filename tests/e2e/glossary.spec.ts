// The jargon buster in a real browser against the real site: /glossary A–Z with axe, the jump list
// (letters with no words are text, not links), an entry's other names and search link, and the
// jargon links on a seeded listing and a seeded advice page: first use only, none in headings,
// each going to the right entry. Runs in the no-javascript project too (plain links and anchors).
import { expect, expectAccessible, test } from "./fixtures";

test("the jargon buster lists every term A to Z, with a jump list that works", async ({ page }) => {
  await page.goto("/glossary");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jargon buster");
  await expectAccessible(page);

  const jump = page.getByRole("navigation", { name: "Jump to a letter" });
  await expect(jump.getByRole("link", { name: "A", exact: true })).toHaveAttribute("href", "#letter-a");
  // No seeded term starts with Q or X: shown, but not links.
  for (const letter of ["Q", "X"]) {
    await expect(jump.getByRole("link", { name: letter, exact: true })).toHaveCount(0);
    await expect(jump.getByText(`${letter} (no words)`, { exact: true })).toBeVisible();
  }

  await jump.getByRole("link", { name: "S", exact: true }).click();
  await expect(page).toHaveURL(/\/glossary#letter-s$/);
  await expect(page.getByRole("heading", { level: 2, name: "S", exact: true })).toBeInViewport();

  const autism = page.locator("#autism");
  await expect(autism.getByRole("heading", { level: 3 })).toHaveText("Autism");
  await expect(autism).toContainText("You may also see: ASD, ASC, autism spectrum disorder");
  // Families' own words stay out of the list (they still work in search).
  await expect(autism).not.toContainText("on the spectrum");
  await expect(autism.getByRole("link", { name: "Find services for autism" })).toHaveAttribute(
    "href",
    "/services?q=autism",
  );
  await expect(page.locator("#ehcp").getByRole("heading", { level: 3 })).toHaveText("EHCP");
});

test("a listing links its jargon's first use to the right entry", async ({ page }) => {
  await page.goto("/services/supported-internships");
  const links = page.getByRole("main").locator('a[href^="/glossary#"]');
  // "EHCP" is in who it is for, who can use it and the description: linked once, the first time.
  const ehcp = page.getByRole("main").locator('a[href="/glossary#ehcp"]');
  await expect(ehcp).toHaveCount(1);
  await expect(ehcp).toHaveText("EHCP");
  await expect(page.locator("#who-for").locator("..")).toContainText("EHCP");
  await expect(ehcp).toHaveAccessibleDescription("Explained in the jargon buster");
  expect(await links.count()).toBeGreaterThan(0);
  await expectAccessible(page);

  await ehcp.click();
  await expect(page).toHaveURL(/\/glossary#ehcp$/);
  await expect(page.locator("#ehcp").getByRole("heading", { level: 3 })).toBeInViewport();
});

test("an advice page links its jargon's first use, not in headings or links", async ({ page }) => {
  await page.goto("/advice/ehc-plans-and-annual-reviews");
  const article = page.locator(".advice-body");
  const ehcp = article.locator('a[href="/glossary#ehcp"]');
  await expect(ehcp).toHaveCount(1);
  await expect(ehcp).toHaveText("EHC plan");
  await expect(article.getByRole("heading").locator("a")).toHaveCount(0);
  await expect(ehcp).toHaveAccessibleDescription("Explained in the jargon buster");
  await expectAccessible(page);

  await ehcp.click();
  await expect(page).toHaveURL(/\/glossary#ehcp$/);
  await expect(page.locator("#ehcp")).toContainText("You may also see: EHC plan");
});

test("the footer and the advice index link to the jargon buster", async ({ page }) => {
  await page.goto("/advice");
  await page.getByRole("main").getByRole("link", { name: "jargon buster" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jargon buster");
  await page.getByRole("contentinfo").getByRole("link", { name: "Jargon buster" }).click();
  await expect(page).toHaveURL(/\/glossary$/);
});
