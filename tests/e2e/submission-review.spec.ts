// The officer's review page for a service sent through "Add your service" whose organisation is new:
// who sent it, the waiting organisation with "Approve organisation" (the service cannot be approved
// before it), the "Categories and needs" form with the provider's suggestion marked, its error state
// and saved notice, and "Ask for changes" emailing the sender the link that reopens their answers.
// axe on each state. Its rows are removed afterwards, so the queue is as the next spec expects.
import crypto from "node:crypto";
import type pg from "pg";
import { expect, expectAccessible, test } from "./fixtures";
import { e2eDatabase, signInWithSession, startSmtp, upsertUser, type Smtp } from "./admin-fixtures";

let db: pg.Client;
let smtp: Smtp;
let made: { organisationId: string; revisionId: string; submissionId: string } | null = null;
const SENDER = `sam.${Date.now()}@saturday.example`;
const ORG = `Saturday Club ${crypto.randomBytes(3).toString("hex")}`;

test.beforeAll(async () => {
  db = await e2eDatabase();
  smtp = await startSmtp();
});
test.afterAll(async () => {
  if (made) {
    await db.query(`DELETE FROM "ServiceSubmission" WHERE id = $1`, [made.submissionId]);
    await db.query(`DELETE FROM "ServiceRevision" WHERE id = $1`, [made.revisionId]);
    // Approving the organisation made its sender one of its providers.
    await db.query(`DELETE FROM "User" WHERE email = $1`, [SENDER]);
    await db.query(`DELETE FROM "Organisation" WHERE id = $1`, [made.organisationId]);
  }
  await smtp?.close();
  await db?.end();
});

/** A new organisation and its first service, confirmed by its sender and waiting for an officer. */
async function seedSubmission() {
  const { rows: terms } = await db.query<{ code: string; taxonomy: string }>(
    `SELECT t.code, x.code AS taxonomy FROM "TaxonomyTerm" t JOIN "Taxonomy" x ON x.id = t."taxonomyId"
     WHERE x.code IN ('categories', 'needs') ORDER BY t.position, t.name`,
  );
  const category = terms.find((t) => t.taxonomy === "categories")!.code;
  const need = terms.find((t) => t.taxonomy === "needs")!.code;
  const slug = `saturday-club-${crypto.randomBytes(4).toString("hex")}`;
  const listing = {
    slug,
    name: "Saturday Club",
    summary: "Games and crafts on Saturday mornings.",
    description: "Every Saturday morning in the church hall.",
    whoFor: "Children with autism",
    accessMethod: "self_refer",
    minimumAge: 5,
    maximumAge: 11,
    costType: "free",
    categories: [category],
    needs: [need],
    areas: [],
    contacts: [{ title: "Club leader", email: "club@example.org", phones: [] }],
  };
  const org = await db.query<{ id: string }>(
    `INSERT INTO "Organisation" (id, slug, name, description, kind, website, "approvedAt", "createdAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'A club run by parents.', 'community', 'https://saturday.example', NULL,
             now(), now())
     RETURNING id`,
    [slug, ORG],
  );
  const organisationId = org.rows[0].id;
  const revision = await db.query<{ id: string }>(
    `INSERT INTO "ServiceRevision" (id, "organisationId", state, data, "submittedAt", "createdAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'submitted', $2, now(), now(), now()) RETURNING id`,
    [organisationId, JSON.stringify(listing)],
  );
  const revisionId = revision.rows[0].id;
  const answers = { who: { categories: [category], needs: [need] }, declaration: { name: "Sam Provider" } };
  const submission = await db.query<{ id: string }>(
    `INSERT INTO "ServiceSubmission"
       (id, state, answers, email, "organisationId", "revisionId", "confirmedAt", "createdAt", "updatedAt")
     VALUES (gen_random_uuid(), 'confirmed', $1, $2, $3, $4, now(), now(), now()) RETURNING id`,
    [JSON.stringify(answers), SENDER, organisationId, revisionId],
  );
  made = { organisationId, revisionId, submissionId: submission.rows[0].id };
  return made;
}

test("a new organisation's service: approve it, set categories and needs, ask the sender for changes", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const { revisionId } = await seedSubmission();
  const editor = await upsertUser(db, "submission.reviewer@seabourne.gov.uk", "editor");
  await signInWithSession(db, context, editor);

  await page.goto(`/admin/review/${revisionId}`);
  await expect(page.getByText(`Sent through Add your service by Sam Provider (${SENDER})`)).toBeVisible();
  await expect(page.getByRole("heading", { name: `${ORG} is new and waiting for approval` })).toBeVisible();
  await expect(page.getByText("Approve the organisation first (above)")).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  const categories = page.getByRole("group", { name: "Categories" });
  await expect(categories.getByLabel(/the provider's suggestion/)).toBeChecked();
  await expectAccessible(page);

  // No category: the error summary links to the field, and what was ticked stays ticked.
  for (const box of await categories.getByRole("checkbox").all()) await box.uncheck();
  await page.getByRole("button", { name: "Save categories and needs" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("Choose at least one category");
  await expect(page.getByRole("group", { name: "Needs" }).getByLabel(/the provider's suggestion/)).toBeChecked();
  await expectAccessible(page);

  await categories.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Save categories and needs" }).click();
  await expect(page).toHaveURL(/\?terms=saved$/);
  await expect(page.getByRole("status")).toContainText("The categories and needs are saved");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Approve organisation" }).click();
  await expect(page).toHaveURL(/\?organisation=approved$/);
  await expect(page.getByRole("status")).toContainText(`${ORG} is approved`);
  await expect(page.getByRole("button", { name: "Approve and publish" })).toBeVisible();
  await expectAccessible(page);

  const since = smtp.inbox.length;
  await page.getByLabel("What should the person who sent it change?").fill("Say if the hall has step-free access.");
  await page.getByRole("button", { name: "Ask for changes" }).click();
  await expect(page).toHaveURL(/\/admin\/review\?asked=/);
  const mail = await smtp.waitFor(SENDER, /Please change your service/, since);
  expect(mail.text).toContain("Say if the hall has step-free access.");
  expect(mail.text).toMatch(/\/add-your-service\/resume\/[A-Za-z0-9_-]{20,}/);
  const { rows } = await db.query(`SELECT state FROM "ServiceSubmission" WHERE "revisionId" = $1`, [revisionId]);
  expect(rows[0].state).toBe("in_progress");

  // The sender's link opens their draft in any browser, with the officer's words at the top.
  const link = /(http:\/\/localhost:\d+\/add-your-service\/resume\/\S+)/.exec(mail.text)![1];
  const sender = await page.context().browser()!.newContext();
  const senderPage = await sender.newPage();
  await senderPage.goto(link);
  await expect(senderPage).toHaveURL(/\/add-your-service\/tasks$/);
  await expect(senderPage.getByRole("heading", { name: "The council asked you to change something" })).toBeVisible();
  await expect(senderPage.getByText("Say if the hall has step-free access.")).toBeVisible();
  await expectAccessible(senderPage);
  await sender.close();
});

test("'Ask for changes' on a provider's change to their organisation's details: emailed, shown, sent again", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  const name = `Seabourne Swimming ${crypto.randomBytes(3).toString("hex")}`;
  const org = await db.query<{ id: string; updatedAt: Date }>(
    `INSERT INTO "Organisation" (id, slug, name, description, kind, "createdAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'Swimming lessons.', 'charity', now(), now()) RETURNING id, "updatedAt"`,
    [name.toLowerCase().replace(/\W+/g, "-"), name],
  );
  const organisationId = org.rows[0].id;
  const providerEmail = `coach.${Date.now()}@swimming.example`;
  const provider = await upsertUser(db, providerEmail, "provider", organisationId);
  const profile = { name: `${name} Club`, kind: "charity", description: "Swimming lessons." };
  const change = await db.query<{ id: string }>(
    `INSERT INTO "ServiceRevision" (id, subject, "organisationId", "authorId", state, data, "baseUpdatedAt",
       "submittedAt", "createdAt", "updatedAt")
     VALUES (gen_random_uuid(), 'organisation', $1, $2, 'submitted', $3, $4, now(), now(), now()) RETURNING id`,
    [organisationId, provider, JSON.stringify(profile), org.rows[0].updatedAt],
  );
  const changeId = change.rows[0].id;
  try {
    const editor = await upsertUser(db, "submission.reviewer@seabourne.gov.uk", "editor");
    await signInWithSession(db, context, editor);
    await page.goto(`/admin/review/${changeId}`);
    await expect(page.getByRole("heading", { name: "Ask for changes" })).toBeVisible();
    await page.getByRole("button", { name: "Ask for changes" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      "Say what the provider needs to change",
    );
    await expectAccessible(page);
    const since = smtp.inbox.length;
    await page.getByLabel("What should the provider change?").fill("Add your charity number.");
    await page.getByRole("button", { name: "Ask for changes" }).click();
    await expect(page).toHaveURL(/\/admin\/review\?asked=/);
    const mail = await smtp.waitFor(providerEmail, /Please change your update/, since);
    expect(mail.text).toContain("Add your charity number.");
    expect(mail.text).toContain(`/admin/organisations/${organisationId}/edit`);

    const providerContext = await browser.newContext();
    const mine = await providerContext.newPage();
    await signInWithSession(db, providerContext, provider);
    await mine.goto(`/admin/organisations/${organisationId}`);
    await expect(mine.getByText(/asked you to change your update to these details/)).toContainText(
      "Add your charity number.",
    );
    await expectAccessible(mine);
    await mine.getByRole("link", { name: "Change your organisation's details" }).click();
    await expect(
      mine.getByText("What the council officer asked you to change: Add your charity number."),
    ).toBeVisible();
    await expect(mine.getByLabel("Name", { exact: true })).toHaveValue(`${name} Club`);
    await expectAccessible(mine);
    await mine.getByLabel("Charity number (optional)").fill("1234567");
    await mine.getByRole("button", { name: "Send for approval" }).click();
    await expect(mine).toHaveURL(/saved=submitted/);
    await providerContext.close();
    const { rows } = await db.query(`SELECT state, reason, data FROM "ServiceRevision" WHERE id = $1`, [changeId]);
    expect(rows[0]).toMatchObject({ state: "submitted", reason: null, data: { charityNumber: "1234567" } });
  } finally {
    await db.query(`DELETE FROM "ServiceRevision" WHERE "organisationId" = $1`, [organisationId]);
    await db.query(`DELETE FROM "User" WHERE id = $1`, [provider]);
    await db.query(`DELETE FROM "Organisation" WHERE id = $1`, [organisationId]);
  }
});
