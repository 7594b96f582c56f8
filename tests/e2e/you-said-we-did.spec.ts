// Issue 12, "Done when": a visitor leaves feedback on /feedback; an officer triages it, replies, writes
// the council's response, reviews the anonymised text and publishes it; it appears on /you-said-we-did,
// without the personal details the family typed. Runs with JavaScript off too (playwright.config.ts).
// Then 30 comments full of names, emails, phone numbers, postcodes and addresses go the same way, and
// the public page, the annual report and its CSV are fetched over HTTP: none of the details is there.
import type { Page } from "@playwright/test";
import type pg from "pg";
import { commentsFullOfSecrets, holdsSecret } from "../factories/feedback";
import { expect, expectAccessible, test } from "./fixtures";
import { e2eDatabase, forgetRateLimits, signInWithSession, startSmtp, upsertUser, type Smtp } from "./admin-fixtures";

const OFFICER = "feedback.officer@seabourne.gov.uk";
const FAMILY = "feedback.family@example.com";
test.describe.configure({ timeout: 180_000 });

let smtp: Smtp;
let db: pg.Client;
let officerId: string;

test.beforeAll(async () => {
  smtp = await startSmtp();
  db = await e2eDatabase();
  officerId = await upsertUser(db, OFFICER, "editor");
});
test.afterAll(async () => {
  await db?.query(`DELETE FROM "RateLimitBucket" WHERE key LIKE 'feedback-%'`);
  await smtp?.close();
  await db?.end();
});

// A word made of letters only, so redact() leaves it alone and each run finds its own comment.
const marker = () =>
  `quokka${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;

async function leaveFeedback(page: Page, comment: string, email = "") {
  await forgetRateLimits(db);
  await page.goto("/feedback");
  await page.getByLabel("How easy this website is to use").check();
  await page.getByLabel("Your feedback").fill(comment);
  if (email) await page.getByLabel("Your email address (optional)").fill(email);
  await page.getByLabel("Yes, you may publish what I wrote anonymously").check();
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your feedback");
}

async function feedbackIdFor(words: string): Promise<string> {
  const { rows } = await db.query(`SELECT id FROM "Feedback" WHERE comment LIKE $1`, [`%${words}%`]);
  expect(rows).toHaveLength(1);
  return rows[0].id;
}

test("a family's comment is triaged, answered, made anonymous and published", async ({ page, context }) => {
  const ref = marker();
  const comment =
    `My son Jack Whitcombe goes to Oakfield Primary School; ring 07700 900461. ` +
    `The short breaks page (${ref}) has no prices.`;
  await leaveFeedback(page, comment, FAMILY);

  await signInWithSession(db, context, officerId);
  await page.goto("/admin/feedback");
  await expectAccessible(page);
  await page.getByLabel("Theme").selectOption({ label: "How easy this website is to use" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/theme=ease_of_use/);
  await page.getByRole("row").filter({ hasText: ref }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Feedback received");
  await expectAccessible(page);

  // Triage: in progress, assigned to this officer, a note.
  await page.getByLabel("Status").selectOption({ label: "In progress" });
  await page.getByLabel("Who handles it").selectOption({ label: OFFICER });
  await page.getByLabel("Notes for officers").fill("Ask the short breaks team for prices.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByLabel("Notes for officers")).toHaveValue("Ask the short breaks team for prices.");

  // Publishing before the text is approved is refused, in plain words.
  await page.getByLabel("Publish it", { exact: true }).check();
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Approve the anonymised text before publishing it.",
  );
  await expectAccessible(page);

  // Reply by email, through the real SMTP server.
  const since = smtp.inbox.length;
  await page.getByLabel(`Your reply to ${FAMILY}`).fill("Thank you. We are adding prices this month.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your reply is sent." })).toBeVisible();
  const mail = await smtp.waitFor(FAMILY, /Your feedback/, since);
  expect(mail.text).toContain("We are adding prices this month.");
  expect(mail.text).not.toContain("Whitcombe");

  // The council's public response and action.
  await page.getByLabel("Our response").fill("Thank you: prices were missing from the short breaks page.");
  await page.getByLabel("What we did or will do").fill(`Every short break now shows its price (${ref}).`);
  await page.getByRole("button", { name: "Save response" }).click();
  await expect(page.getByRole("status").filter({ hasText: "response is saved" })).toBeVisible();

  // The anonymised text: detected details already taken out; putting a name back is refused.
  const text = page.getByLabel("Anonymised text");
  const suggested = await text.inputValue();
  expect(suggested).toBe(
    `My son [name removed] goes to [school name removed]; ring [phone number removed]. ` +
      `The short breaks page (${ref}) has no prices.`,
  );
  await text.fill(suggested.replace("[name removed]", "Jack"));
  await page.getByRole("button", { name: "Approve this text" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText('a name ("Jack")');
  await expect(page.getByLabel("Anonymised text")).toHaveValue(suggested.replace("[name removed]", "Jack"));
  await expectAccessible(page);
  await page.getByLabel("Anonymised text").fill(suggested.replace(" goes to [school name removed];", ";"));
  await page.getByRole("button", { name: "Approve this text" }).click();
  await expect(page.getByRole("status").filter({ hasText: "anonymised text is approved" })).toBeVisible();

  await page.getByLabel("Publish it", { exact: true }).check();
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page.getByRole("status").filter({ hasText: "It is published" })).toBeVisible();

  // The public page, as a visitor: the anonymised words, the response and the action; no details.
  await context.clearCookies();
  await page.goto("/you-said-we-did");
  const item = page.getByRole("listitem").filter({ hasText: ref }).first();
  await expect(item).toContainText("My son [name removed]; ring [phone number removed].");
  await expect(item).toContainText("prices were missing from the short breaks page");
  await expect(item).toContainText("Every short break now shows its price");
  const html = await page.content();
  for (const secret of ["Jack", "Whitcombe", "Oakfield", "900461", FAMILY]) expect(html).not.toContain(secret);
  await expectAccessible(page);

  // The filters are a plain GET form.
  const year = String(new Date().getFullYear());
  await page.getByLabel("Year").selectOption(year);
  await page.getByLabel("What it is about").selectOption({ label: "How easy this website is to use" });
  await page.getByRole("button", { name: "Show comments" }).click();
  await expect(page).toHaveURL(new RegExp(`year=${year}&theme=ease_of_use`));
  await expect(page.getByRole("listitem").filter({ hasText: ref })).toHaveCount(1);
  await page.getByLabel("What it is about").selectOption({ label: "Support that is missing" });
  await page.getByRole("button", { name: "Show comments" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: ref })).toHaveCount(0);

  // The annual report: counts by theme and what changed.
  await page.goto(`/you-said-we-did/${year}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`You said, we did: ${year} report`);
  await expect(page.getByRole("row", { name: /How easy this website is to use/ })).toBeVisible();
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: `Every short break now shows its price (${ref})` })
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
});

test("30 comments full of personal details reach no public page or CSV", async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name === "no-javascript", "the journey above covers the forms without JavaScript");
  test.setTimeout(600_000);
  const ref = marker();
  const corpus = commentsFullOfSecrets(30).map((c, i) => ({ ...c, comment: `${c.comment} (${ref} ${i})` }));
  for (const c of corpus) await leaveFeedback(page, c.comment, `family.${ref}@example.com`);

  // Each through the officer's page, approving the anonymised text it suggests as it is.
  await signInWithSession(db, context, officerId);
  for (const [i, c] of corpus.entries()) {
    await page.goto(`/admin/feedback/${await feedbackIdFor(`(${ref} ${i})`)}`);
    await page.getByLabel("Our response").fill(`Response ${ref} number ${i}.`);
    await page.getByRole("button", { name: "Save response" }).click();
    await expect(page.getByRole("status").filter({ hasText: "response is saved" })).toBeVisible();
    await page.getByRole("button", { name: "Approve this text" }).click();
    await expect(page.getByRole("status").filter({ hasText: "anonymised text is approved" })).toBeVisible();
    await page.getByLabel("Publish it", { exact: true }).check();
    await page.getByRole("button", { name: "Save decision" }).click();
    await expect(page.getByRole("status").filter({ hasText: "It is published" }), c.comment).toBeVisible();
  }

  await context.clearCookies();
  const year = new Date().getFullYear();
  const fetched: Record<string, string> = {};
  for (const path of [
    "/you-said-we-did",
    `/you-said-we-did?year=${year}&theme=ease_of_use`,
    `/you-said-we-did/${year}`,
    `/you-said-we-did/${year}/csv`,
  ]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    fetched[path] = await res.text();
  }
  expect(fetched[`/you-said-we-did/${year}/csv`]).toContain("What you said (made anonymous)");
  for (const [path, body] of Object.entries(fetched)) {
    // Every one of the 30 is there (so the check below is not vacuous) …
    for (let i = 0; i < 30; i++) expect(body, `${path} shows comment ${i}`).toContain(`Response ${ref} number ${i}.`);
    // … and none of their details.
    expect(body).not.toContain(`family.${ref}@example.com`);
    for (const c of corpus)
      for (const secret of c.secrets) expect(holdsSecret(body, secret), `${path} holds "${secret}"`).toBe(false);
  }
});
