import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/** WCAG 2.2 AA, the standard public sector websites must meet. */
export async function expectAccessible(page: Page) {
  const info = base.info();
  if (info.project.use.javaScriptEnabled === false) {
    // axe runs as a script in the page, which a no-JavaScript browser refuses. The same pages are
    // checked by the JavaScript projects; say so in the report rather than skip silently.
    info.annotations.push({
      type: "axe",
      description: `not run without JavaScript on ${page.url()}; covered by the chromium project`,
    });
    return;
  }
  // Every page has a title. Next.js streams the metadata of a page rendered per request, so after a
  // client-side move (a form's redirect) the new <title> can land a moment after the heading: wait for it
  // rather than let axe look in between.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export const test = base;
export { expect };
