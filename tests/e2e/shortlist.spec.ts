// The shortlist (issue 15, item 1), against the real site. Runs with JavaScript on and off: "With
// JavaScript off: save three services, print the shortlist, open the share link in a fresh browser and
// see the same three." Also: remove, a share link with ids that are not listings, the email form's
// errors and a real send (read from a real SMTP server) that leaves the address nowhere in the database.
import type { Page } from "@playwright/test";
import { e2eDatabase, forgetRateLimits, startSmtp } from "./admin-fixtures";
import { expect, expectAccessible, test } from "./fixtures";

const SAVE = /^Save .+ to your list$/;
// Each journey is a dozen page loads and a PDF on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });
const squash = (text: string) => text.replace(/\s+/g, "");

/** Each page's text, as a reader gets it out of the PDF. */
async function pdfText(data: Buffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise;
  let text = "";
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join("") + "\n";
  }
  await doc.destroy();
  return text;
}

/** Saves the first three results of a search and returns their names, in order. */
async function saveThree(page: Page): Promise<string[]> {
  await page.goto("/services");
  const names: string[] = [];
  for (let i = 0; i < 3; i++) {
    // The saved cards now say Remove, so the first Save button is always the next card.
    const card = page.locator("li[id^='service-']").filter({ has: page.getByRole("button", { name: SAVE }) });
    const name = (await card.first().getByRole("heading").innerText()).trim();
    await card.first().getByRole("button", { name: SAVE }).click();
    names.push(name);
    await expect(page.getByRole("link", { name: `Your list (${i + 1})` })).toBeVisible();
    // Back on the same results, and that card now offers Remove.
    await expect(page).toHaveURL(/\/services#service-/);
    await expect(page.getByRole("button", { name: `Remove ${name} from your list` })).toBeVisible();
  }
  return names;
}

test("save three, print the list, and open the share link in a fresh browser", async ({ page, browser }, info) => {
  const names = await saveThree(page);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Your list (3)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your list" })).toBeVisible();
  await expect(page.locator("main li[id^='service-'] h2")).toHaveText(names);
  await expectAccessible(page);

  // The handout: every listing with its contacts; printed to PDF and read back.
  await page.getByRole("link", { name: "Print this list" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Services from the Seabourne Local Offer" })).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  const pdf = squash(await pdfText(await page.pdf({ format: "A4" })));
  for (const name of names) expect(pdf, name).toContain(squash(name));
  expect(pdf).toContain(squash("01632 960 000"));
  await page.emulateMedia({ media: "screen" });

  // The share link, opened by someone else: the same three, in the same order, and nothing saved for them.
  await page.goto("/shortlist");
  const share = await page.getByTestId("share-link").getAttribute("href");
  expect(share).toMatch(/\/shortlist\?ids=/);
  const other = await browser.newContext({ javaScriptEnabled: info.project.use.javaScriptEnabled !== false });
  try {
    const theirs = await other.newPage();
    await theirs.goto(share!);
    await expect(theirs.getByRole("heading", { level: 1, name: "A list of services shared with you" })).toBeVisible();
    await expect(theirs.locator("main li[id^='service-'] h2")).toHaveText(names);
    await expect(theirs.getByRole("link", { name: "Your list", exact: true })).toBeVisible();
    await expectAccessible(theirs);

    // Ids that are not (or no longer) listings are left out, with a note.
    await theirs.goto(`${share}.00000000-0000-4000-8000-000000000000.not-an-id`);
    await expect(theirs.locator("main li[id^='service-'] h2")).toHaveText(names);
    await expect(theirs.getByText("2 services on the list you were sent are no longer listed")).toBeVisible();

    // They can keep it as their own list.
    await theirs.getByRole("button", { name: "Save these services to your list" }).click();
    await expect(theirs).toHaveURL(/\/shortlist$/);
    await expect(theirs.getByRole("heading", { level: 1, name: "Your list" })).toBeVisible();
    await expect(theirs.locator("main li[id^='service-'] h2")).toHaveText(names);
    await expect(theirs.getByRole("link", { name: "Your list (3)" })).toBeVisible();
  } finally {
    await other.close();
  }

  // Remove one from the list itself.
  await page.getByRole("button", { name: `Remove ${names[1]} from your list` }).click();
  await expect(page).toHaveURL(/\/shortlist$/);
  await expect(page.locator("main li[id^='service-'] h2")).toHaveText([names[0], names[2]]);
  await expect(page.getByRole("link", { name: "Your list (2)" })).toBeVisible();
});

test("a listing page has Save and Remove too", async ({ page }) => {
  await page.goto("/services");
  const link = page.locator("li[id^='service-'] h3 a").first();
  const name = (await link.innerText()).trim();
  await link.click();
  await page.getByRole("button", { name: `Save ${name} to your list` }).click();
  await expect(page.getByText("On your list")).toBeVisible();
  await expect(page.getByRole("link", { name: "Your list (1)" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: `Remove ${name} from your list` }).click();
  await expect(page.getByRole("link", { name: "Your list", exact: true })).toBeVisible();
  await page.goto("/shortlist");
  await expect(page.getByText("Your list is empty.")).toBeVisible();
  await expectAccessible(page);
});

test("email the list to yourself: errors are explained, and the address is not kept", async ({ page }) => {
  const names = await saveThree(page);
  const db = await e2eDatabase();
  const smtp = await startSmtp();
  try {
    await forgetRateLimits(db);
    await page.goto("/shortlist");
    await page.getByRole("link", { name: "Email this list to yourself" }).click();
    await page.getByRole("button", { name: "Send my list" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter your email address");
    // Without JavaScript the page's own <title> comes first (as in feedback-forms.spec.ts): checked with it on.
    if (test.info().project.use.javaScriptEnabled !== false) await expect(page).toHaveTitle(/^Error: /);
    await expectAccessible(page);

    await page.getByLabel("Your email address").fill("not an email");
    await page.getByRole("button", { name: "Send my list" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      "Enter an email address in the correct format",
    );
    await expect(page.getByLabel("Your email address")).toHaveValue("not an email");

    const to = `shortlist-${Date.now()}@example.org`;
    await page.getByLabel("Your email address").fill(to);
    await page.getByRole("button", { name: "Send my list" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your list has been sent" })).toBeVisible();
    await expectAccessible(page);
    const mail = await smtp.waitFor(to, /Your list of 3 services/);
    for (const name of names) expect(squash(mail.text)).toContain(squash(name));
    expect(mail.text).toContain("/shortlist?ids=");

    // Over the limit (as if this computer had sent many): refused in plain words, nothing typed lost.
    await db.query(`UPDATE "RateLimitBucket" SET hits = 1000 WHERE key LIKE 'shortlist-email:client:%'`);
    await page.goto("/shortlist/email");
    await page.getByLabel("Your email address").fill(to);
    await page.getByRole("button", { name: "Send my list" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      /Too many requests — try again/,
    );
    await expect(page.getByLabel("Your email address")).toHaveValue(to);
    await forgetRateLimits(db);

    // A program that fills the hidden box gets nothing sent.
    const sentBefore = smtp.inbox.length;
    await page.locator("#hp-website").fill("https://spam.example", { force: true });
    await page.getByRole("button", { name: "Send my list" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Your email was not sent");
    expect(smtp.inbox.length).toBe(sentBefore);

    const local = to.split("@")[0];
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM "EmailMessage" WHERE "to" LIKE $1 OR text LIKE $1
       UNION ALL SELECT count(*)::int FROM "RateLimitBucket" WHERE key LIKE $1`,
      [`%${local}%`],
    );
    expect(rows.map((r) => r.n)).toEqual([0, 0]);
  } finally {
    await smtp.close();
    await forgetRateLimits(db);
    await db.end();
  }
});

test("Save and Remove refuse posts from other sites, made-up ids and addresses elsewhere", async ({ page }) => {
  await page.goto("/services");
  const id = (await page.locator("li[id^='service-']").first().getAttribute("id"))!.replace("service-", "");
  const post = (form: Record<string, string>, headers: Record<string, string> = {}) =>
    page.request.post("/shortlist/save", { form, headers, maxRedirects: 0 });
  expect((await post({ id, back: "/services" }, { origin: "https://elsewhere.example" })).status()).toBe(400);
  expect((await post({ id: "00000000-0000-4000-8000-000000000000", back: "/services" })).status()).toBe(400);
  expect((await post({ id: "not-an-id", back: "/services" })).status()).toBe(400);
  // Only ever back to a page on this site.
  const away = await post({ id, back: "https://elsewhere.example/" });
  expect(away.status()).toBe(303);
  expect(away.headers()["location"]).toBe("/shortlist");
  await page.goto("/shortlist");
  await expect(page.locator("main li[id^='service-']")).toHaveCount(1);
});
