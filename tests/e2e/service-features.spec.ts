// The filters families asked for (how it is delivered, venue access, languages spoken, when it runs),
// with JavaScript off as many families browse, then axe and a phone-sized look at the filter panel.
import { expect, expectAccessible, test } from "./fixtures";

const BSL_AND_WEEKENDS = ["Deaf youth club and family days", "Disability multi-sports club"];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("tick British Sign Language and weekends: only services with both, each choice removable", async ({ page }) => {
    await page.goto("/services");
    // These groups start closed (a shorter panel on a phone): open each by its heading.
    const bsl = page.getByRole("checkbox", { name: "British Sign Language (BSL)", exact: true });
    await expect(bsl).toBeHidden();
    await page.locator("summary", { hasText: "Languages spoken" }).click();
    await bsl.check();
    await page.locator("summary", { hasText: "When it runs" }).click();
    await page.getByRole("checkbox", { name: "Weekends", exact: true }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/language=bsl/);
    await expect(page).toHaveURL(/time=weekends/);

    const names = await page.getByRole("heading", { level: 3 }).allTextContents();
    for (const name of BSL_AND_WEEKENDS) expect(names).toContain(name);
    // BSL but not at weekends, and weekends but no BSL: both left out.
    expect(names).not.toContain("Family sign language (BSL) classes");
    expect(names).not.toContain("Splash inclusive swimming");
    // A group with a choice in it starts open, so nothing chosen is out of sight; the others stay closed.
    await expect(bsl).toBeVisible();
    await expect(bsl).toBeChecked();
    await expect(bsl).toHaveAccessibleDescription(/^\(\d+\) services?$/);
    await expect(page.getByRole("checkbox", { name: "Step-free access", exact: true })).toBeHidden();

    // The chosen filters are listed above the results, each with a link that searches without it.
    await page.getByRole("link", { name: "Remove Weekends" }).click();
    await expect(page).toHaveURL(/language=bsl/);
    await expect(page).not.toHaveURL(/time=weekends/);
    const bslOnly = await page.getByRole("heading", { level: 3 }).allTextContents();
    expect(bslOnly).toContain("Family sign language (BSL) classes");
  });

  test("a listing says how to attend, its venue access, languages and when it runs", async ({ page }) => {
    await page.goto("/services?language=bsl&time=weekends");
    await page.getByRole("link", { name: "Deaf youth club and family days" }).click();
    const fact = (term: string) => page.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]");
    await expect(fact("How to attend")).toHaveText("In person");
    await expect(fact("Languages")).toContainText("British Sign Language");
    await expect(fact("Runs")).toContainText("Weekends");
  });

  test("an unknown choice in the address is ignored and said so", async ({ page }) => {
    await page.goto("/services?language=klingon&access=step-free");
    await expect(page.getByText(/language=klingon/)).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Step-free access", exact: true })).toBeChecked();
  });
});

test.describe("with JavaScript", () => {
  test("the filter panel on a phone: every new group there, axe finds nothing", async ({ page }, info) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/services?delivery=online&access=step-free&language=bsl&time=after-school");
    const panel = page.getByRole("form", { name: "Filter services" });
    for (const legend of ["How it is delivered", "Venue access (has all you tick)", "Languages spoken", "When it runs"])
      await expect(panel.getByRole("group", { name: legend })).toBeVisible();
    // Nothing in the panel is wider than the phone's screen.
    const overflow = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await panel.screenshot({ path: info.outputPath("filters-phone.png") });
    await expectAccessible(page);

    await page.goto("/services/deaf-youth-club-and-family-days");
    await expectAccessible(page);
  });
});
