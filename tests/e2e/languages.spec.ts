// The interface in English, Polish and Arabic (issue 15 item 6, ADR 0025): the language is in the
// address, <html> says which and which way it reads, the switcher keeps the page, forms and links keep
// the language, and listing text stays as written with a note offering an interpreter.
import { expect, expectAccessible, test } from "./fixtures";

test("/ar reads right to left, with Arabic navigation, filters and buttons", async ({ page }) => {
  await page.goto("/ar");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const nav = page.getByRole("navigation", { name: "القائمة الرئيسية" });
  await expect(nav.getByRole("link", { name: "ابحث عن خدمات" })).toHaveAttribute("href", "/ar/services");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ابحث عن دعم لطفلك أو لابنك الشاب");
  await expect(page.getByTestId("as-written-note")).toContainText("مترجم");
  await expect(page.getByRole("button", { name: "بحث" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("ar-home.png"), fullPage: true });

  await page.goto("/ar/services");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const filters = page.getByRole("form", { name: "صفِّ الخدمات" });
  await expect(filters.getByRole("button", { name: "طبّق عوامل التصفية" })).toBeVisible();
  // The cost group starts closed: its name is the summary that opens it.
  await expect(filters.locator("summary", { hasText: "التكلفة" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^احفظ .* في قائمتك$/ }).first()).toBeVisible();
  // Right to left: the filters column sits on the right of the results.
  const filterBox = await filters.boundingBox();
  const resultsBox = await page.getByRole("heading", { level: 2, name: /عدد الخدمات/ }).boundingBox();
  expect(filterBox && resultsBox && filterBox.x > resultsBox.x).toBe(true);
  await page.screenshot({ path: test.info().outputPath("ar-services.png"), fullPage: true });
  await page.screenshot({ path: test.info().outputPath("ar-services-top.png") });
});

test("a search from /pl/services stays in Polish, and so does its result's page", async ({ page }) => {
  await page.goto("/pl/services");
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.locator("html")).not.toHaveAttribute("dir", "rtl");
  await page.getByLabel("Szukane słowa").fill("autism");
  await page.getByRole("button", { name: "Zastosuj filtry" }).click();
  await expect(page).toHaveURL(/\/pl\/services\?q=autism/);
  await expect(page.getByRole("heading", { level: 2, name: /Znaleziono \d+ usług/ })).toBeVisible();
  await page.locator("summary", { hasText: "Forma usługi" }).click();
  await expect(page.getByRole("group", { name: "Forma usługi" }).getByLabel("Przez internet")).toBeVisible();
  await page.locator('li[id^="service-"] h3 a').first().click();
  await expect(page).toHaveURL(/\/pl\/services\/[^/?]+$/);
  await expect(page.getByRole("link", { name: "Wróć do wszystkich usług" })).toHaveAttribute("href", "/pl/services");
  await expect(page.getByRole("button", { name: /^Zapisz .* na swojej liście$/ })).toBeVisible();
});

test("the switcher opens the same page in each language, each named in itself", async ({ page }) => {
  await page.goto("/pl/services?q=autism");
  const switcher = page.getByRole("navigation", { name: "Język" });
  await expect(switcher.getByRole("link", { name: "Polski" })).toHaveAttribute("aria-current", "true");
  await expect(switcher.getByRole("link", { name: "العربية" })).toHaveAttribute("lang", "ar");
  await switcher.getByRole("link", { name: "العربية" }).click();
  // The same page and search (the filter form may have added its empty fields to the address).
  await expect(page).toHaveURL(/\/ar\/services\?q=autism(&|$)/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByRole("navigation", { name: "اللغة" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/localhost:\d+\/services\?q=autism(&|$)/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByRole("button", { name: "Apply filters" })).toBeVisible();
});

test("a visitor's own language header cannot change an English page", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-site-language": "ar" });
  await page.goto("/services");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the switcher and the filters work as plain links and forms", async ({ page }) => {
    await page.goto("/services");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Polski" }).click();
    await expect(page).toHaveURL(/\/pl\/services$/);
    await page.getByRole("button", { name: "Zastosuj filtry" }).click();
    await expect(page).toHaveURL(/\/pl\/services\?/);
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  });
});

for (const prefix of ["", "/pl", "/ar"]) {
  test(`axe finds nothing on the home, results and a listing page in ${prefix || "English"}`, async ({ page }) => {
    await page.goto(prefix || "/");
    await expectAccessible(page);
    await page.goto(`${prefix}/services?q=autism`);
    await expectAccessible(page);
    await page.locator('li[id^="service-"] h3 a').first().click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/services/[^/?]+$`));
    await expectAccessible(page);
  });
}
