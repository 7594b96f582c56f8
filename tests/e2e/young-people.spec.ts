// The young people's way in (issue 13, item 6). Runs with JavaScript on (chromium) and off
// (no-javascript): it is plain links and text, so both must work the same.
import { expect, expectAccessible, test } from "./fixtures";
import { ADVICE_SEED } from "../../prisma/seed/advice/pages";

const youngPeoplePages = ADVICE_SEED.filter((p) => p.audience === "young_people");

test("/young-people links every young people's page and its easy-read version, and passes axe", async ({ page }) => {
  const response = await page.goto("/young-people");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("For young people");
  await expect(page.getByText("It is written for you, not your parents.")).toBeVisible();

  const topics = page.getByRole("region", { name: "Things you might want to know" });
  for (const p of youngPeoplePages) {
    await expect(topics.getByRole("link", { name: p.title, exact: true })).toHaveAttribute("href", `/advice/${p.slug}`);
    await expect(topics.getByRole("link", { name: `Easy read version of ${p.title}` })).toHaveAttribute(
      "href",
      `/advice/${p.slug}/easy-read`,
    );
  }
  await expect(page.getByRole("link", { name: "Find out about your rights from 16" })).toHaveAttribute(
    "href",
    "/advice/your-rights-from-16",
  );
  await expectAccessible(page);
});

test("the home page and the site header lead to /young-people", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Go to the pages written for you" }).click();
  await expect(page).toHaveURL(/\/young-people$/);

  await page.goto("/services");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Young people" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("For young people");
});

test("a topic and its easy-read version open from /young-people", async ({ page }) => {
  await page.goto("/young-people");
  await page.getByRole("link", { name: "Finding a job or training", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Finding a job or training");
  await expect(page.getByText("Supported internships", { exact: false }).first()).toBeVisible();

  await page.goto("/young-people");
  await page.getByRole("link", { name: "Easy read version of Finding a job or training" }).click();
  await expect(page).toHaveURL(/\/advice\/finding-a-job-or-training\/easy-read$/);
  await expect(page.getByText("You can have a job.")).toBeVisible();
  await expectAccessible(page);
});
