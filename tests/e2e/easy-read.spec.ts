// A listing's easy-read view (issue 15, item 7): "Easy read" and "Standard" are plain links, so the
// toggle works without JavaScript; the page cache keeps the two views apart; axe finds nothing on either.
import { e2eDatabase, signInWithSession, upsertUser } from "./admin-fixtures";
import { expect, expectAccessible, test } from "./fixtures";

// A demo listing with an easy-read summary (prisma/seed/demo/leisure-part-2.ts), and one without.
const WITH = "/services/sensory-storytime";
const WITHOUT = "/services/childrens-physiotherapy";
const FIRST_LINE = "Sensory storytime is for babies and young children up to age 4.";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a family chooses Easy read, sees the summary as a short list, and goes back to Standard", async ({ page }) => {
    await page.goto(WITH);
    const toggle = page.getByRole("navigation", { name: "How to read this page" });
    await expect(toggle.getByRole("link", { name: "Standard" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByTestId("easy-read-summary")).toHaveCount(0);

    await toggle.getByRole("link", { name: "Easy read" }).click();
    await expect(page).toHaveURL(/\/services\/sensory-storytime\?view=easy-read$/);
    await expect(page).toHaveTitle(/Sensory storytime at the library \(easy read\)/);
    await expect(toggle.getByRole("link", { name: "Easy read" })).toHaveAttribute("aria-current", "page");
    const items = page.getByTestId("easy-read-summary").getByRole("listitem");
    await expect(items).toHaveCount(11);
    await expect(items.first()).toHaveText(FIRST_LINE);
    await expect(items.nth(7)).toHaveText("It is free.");
    // How to get in touch stays; the long sections are on the standard page.
    await expect(page.getByRole("heading", { name: "Contact" })).toBeVisible();
    await expect(page.getByRole("link", { name: "01632 960 430" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "About the service" })).toHaveCount(0);

    // Saving it to the list comes back to the view the family was reading.
    await page.getByRole("button", { name: /Save Sensory storytime/ }).click();
    await expect(page).toHaveURL(/\?view=easy-read$/);
    await expect(page.getByTestId("saved-note")).toBeVisible();
    await page.getByRole("button", { name: /Remove Sensory storytime/ }).click();

    await toggle.getByRole("link", { name: "Standard" }).click();
    await expect(page).toHaveURL(new RegExp(`${WITH}$`));
    await expect(page.getByRole("heading", { name: "About the service" })).toBeVisible();
    await expect(page.getByTestId("easy-read-summary")).toHaveCount(0);
  });

  test("a listing without an easy-read summary has no toggle, and ?view=easy-read shows its standard page", async ({
    page,
  }) => {
    await page.goto(WITHOUT);
    await expect(page.getByRole("navigation", { name: "How to read this page" })).toHaveCount(0);
    await page.goto(`${WITHOUT}?view=easy-read`);
    await expect(page.getByRole("heading", { name: "About the service" })).toBeVisible();
    await expect(page.getByTestId("easy-read-summary")).toHaveCount(0);
  });
});

test("both views pass axe, on a computer and a phone; screenshots of each", async ({ page }) => {
  for (const [view, url] of [
    ["standard", WITH],
    ["easy-read", `${WITH}?view=easy-read`],
  ] as const) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath(`${view}.png`), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath(`${view}-phone.png`), fullPage: true });
  }
  // The page cache answered the second visit of each: the views still did not mix.
  await page.goto(WITH);
  await expect(page.getByTestId("easy-read-summary")).toHaveCount(0);
  await page.goto(`${WITH}?view=easy-read`);
  await expect(page.getByTestId("easy-read-summary").getByRole("listitem").first()).toHaveText(FIRST_LINE);
});

test("the editor has the field with its guidance, and 'Check plain language' advises on it without saving", async ({
  page,
  context,
}) => {
  const db = await e2eDatabase();
  try {
    await signInWithSession(db, context, await upsertUser(db, "easy-read.editor@seabourne.gov.uk", "editor"));
    const { rows } = await db.query(`SELECT id, "updatedAt" FROM "Service" WHERE slug = 'sensory-storytime'`);
    await page.goto(`/admin/listings/${rows[0].id}/edit`);
    const field = page.getByLabel("Easy read (optional)");
    await expect(field).toHaveValue(new RegExp(`^${FIRST_LINE.replace(/\./g, "\\.")}\n`));
    await expect(page.getByText("Short sentences. One idea on each line. Use everyday words.")).toBeVisible();

    const long = "The sessions take place in the small hall at the back of the library on Queen Street.";
    await field.fill(`${FIRST_LINE}\n${long}\nIt is free. You do not need to book.`);
    await page.getByRole("button", { name: "Check plain language" }).click();
    const advice = page.getByRole("region", { name: "Plain-language check" });
    await expect(advice.getByText(/Line 2: .The sessions take place in the small hall.+\(17 words\)/)).toBeVisible();
    await expect(advice.getByText(/Line 3: .It is free\. You do not need to.+\(2 sentences\)/)).toBeVisible();
    await expect(field).toHaveValue(new RegExp(long));
    await expectAccessible(page);
    await page.getByLabel("Easy read (optional)").scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath("editor.png"), fullPage: true });
    // Advice only: nothing was saved.
    const after = await db.query(`SELECT "updatedAt" FROM "Service" WHERE id = $1`, [rows[0].id]);
    expect(after.rows[0].updatedAt).toEqual(rows[0].updatedAt);
    const drafts = await db.query(`SELECT count(*)::int AS n FROM "ServiceRevision" WHERE "serviceId" = $1`, [
      rows[0].id,
    ]);
    expect(drafts.rows[0].n).toBe(0);
  } finally {
    await db.end();
  }
});
