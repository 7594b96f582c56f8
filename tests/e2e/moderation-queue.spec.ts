// The officers' moderation queue in a real browser against the real site, people signed in by links
// caught by a real SMTP server. A provider adds a listing that repeats a seeded listing's name and
// phone, edits their own listing and their organisation's details; an import leaves an unpublished
// copy of another listing. The queue lists all four oldest first with who, what and how long; both
// likely duplicates are flagged with their match, compared side by side and merged (the existing
// listing gets a change waiting for approval, no second listing); "Ask for changes" without a message
// shows the error, with one it goes back to the provider, who sees why, edits and sends it again.
// Everything is made under this spec's own names and put back at the end for the specs after it.
import type pg from "pg";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { e2eDatabase, signInByEmail, startSmtp, upsertUser, type Smtp } from "./admin-fixtures";

const STAMP = Date.now().toString(36);
const ORG = `Tidewater Trust ${STAMP}`;
const OWN = `Tidewater Rockpool Club ${STAMP}`;
const FEED = `mq-feed-${STAMP}`;
const PROVIDER = `mq.provider.${STAMP}@example.org`;
const OFFICER = `mq.officer.${STAMP}@seabourne.gov.uk`;
const DAY = 86_400_000;

test.describe.configure({ mode: "serial", timeout: 240_000 });
let smtp: Smtp;
let db: pg.Client;
let orgId: string;
let own: { id: string };
/** Seeded listings: one the provider repeats, one the import repeats. */
let seeded: { id: string; name: string; slug: string; summary: string; phone: string };
let importedOf: { id: string; name: string };
let imported: { id: string };

/** A published or unpublished listing written as the importer or the seed would: a copy of `fromId`. */
async function copyListing(
  fromId: string,
  to: { name: string; organisationId: string; published: boolean; sourceSystem?: string },
): Promise<{ id: string }> {
  const slug = `${to.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${STAMP}`;
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO "Service" (id, slug, "organisationId", name, summary, description, "whoFor", status, "accessMethod",
       "referralRoute", "minimumAge", "maximumAge", "costType", "sendAnswers", "publishedAt", "sourceSystem", "sourceId",
       "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $2, $3, $4, summary, description, "whoFor", 'active', "accessMethod", "referralRoute",
       "minimumAge", "maximumAge", "costType", "sendAnswers", CASE WHEN $5 THEN now() END, $6::text,
       CASE WHEN $6::text IS NULL THEN NULL ELSE $2 END, now(), now()
     FROM "Service" WHERE id = $1 RETURNING id`,
    [fromId, slug, to.organisationId, to.name, to.published, to.sourceSystem ?? null],
  );
  const id = rows[0].id;
  await db.query(
    `INSERT INTO "ServiceTerm" (id, "serviceId", "termId") SELECT gen_random_uuid(), $2, "termId" FROM "ServiceTerm" WHERE "serviceId" = $1`,
    [fromId, id],
  );
  await db.query(
    `INSERT INTO "ServiceArea" (id, "serviceId", "areaCode", name) SELECT gen_random_uuid(), $2, "areaCode", name FROM "ServiceArea" WHERE "serviceId" = $1`,
    [fromId, id],
  );
  await db.query(
    `INSERT INTO "Contact" (id, "serviceId", title, email, position) VALUES (gen_random_uuid(), $1, 'Office', $2, 0)`,
    [id, `office.${STAMP}.${slug.length}@tidewater.example`],
  );
  return { id };
}

test.beforeAll(async () => {
  smtp = await startSmtp();
  db = await e2eDatabase();
  ({
    rows: [{ id: orgId }],
  } = await db.query<{ id: string }>(
    `INSERT INTO "Organisation" (id, slug, name, description, kind, "createdAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'A charity on the seafront.', 'charity', now(), now()) RETURNING id`,
    [`tidewater-trust-${STAMP}`, ORG],
  ));
  await upsertUser(db, PROVIDER, "provider", orgId);
  await upsertUser(db, OFFICER, "editor");
  // Well inside the alphabet: other specs pick the first few listings by name and the last few, and
  // "Tidewater" sorts after the last three, so their picks stay the same.
  const { rows } = await db.query(
    `SELECT s.id, s.name, s.slug, s.summary, s."organisationId",
       (SELECT p.number FROM "Contact" c JOIN "Phone" p ON p."contactId" = c.id WHERE c."serviceId" = s.id
         ORDER BY c.position, p.position LIMIT 1) AS phone
     FROM "Service" s
     WHERE s."publishedAt" IS NOT NULL AND s."archivedAt" IS NULL AND s.status = 'active'
       AND EXISTS (SELECT 1 FROM "Contact" c JOIN "Phone" p ON p."contactId" = c.id WHERE c."serviceId" = s.id)
     ORDER BY s.name DESC LIMIT 4 OFFSET 10`,
  );
  seeded = rows[0];
  const other = rows.find((r) => r.name !== seeded.name && r.organisationId !== orgId)!;
  importedOf = { id: other.id, name: other.name };
  own = await copyListing(rows[rows.length - 1].id, { name: OWN, organisationId: orgId, published: true });
  // The importer's unpublished copy of another listing, under that listing's organisation.
  imported = await copyListing(other.id, {
    name: other.name,
    organisationId: other.organisationId,
    published: false,
    sourceSystem: FEED,
  });
});

test.afterAll(async () => {
  // The merged changes wait on seeded listings: return them so other specs' queues are as before.
  await db?.query(
    `UPDATE "ServiceRevision" SET state = 'rejected', reason = 'moderation-queue.spec cleanup', "decidedAt" = now()
     WHERE state IN ('submitted', 'changes_requested') AND ("organisationId" = $1 OR "serviceId" = ANY($2::uuid[]))`,
    [orgId, [seeded?.id, importedOf?.id].filter(Boolean)],
  );
  await smtp?.close();
  await db?.end();
});

/** The rows of the queue table, as "what | who | waiting | looks like" text. */
async function queueRows(page: Page): Promise<string[]> {
  return page.locator("main table tbody tr").allInnerTexts();
}

async function addListing(page: Page, name: string, phone: string) {
  await page.goto("/admin/listings/new");
  await page.getByRole("textbox", { name: "Service name", exact: true }).fill(name);
  await page
    .getByRole("textbox", { name: "Summary", exact: true })
    .fill("Saturday sessions on the beach for children who like the sea.");
  await page
    .getByRole("textbox", { name: "Full description", exact: true })
    .fill("Rockpooling and sand play with trained staff, in small groups.");
  await page
    .getByRole("textbox", { name: "Who it is for", exact: true })
    .fill("Children aged 5 to 11 with SEND, and their families.");
  await page.getByRole("textbox", { name: "Youngest age", exact: true }).fill("5");
  await page.getByRole("textbox", { name: "Oldest age", exact: true }).fill("11");
  await page.getByRole("group", { name: "How do families start?" }).getByLabel("You can contact them yourself").check();
  await page.getByRole("group", { name: "Does it cost anything?" }).getByLabel("Free", { exact: true }).check();
  await page
    .getByRole("group", { name: /Categories|What kind of support/ })
    .getByRole("checkbox")
    .first()
    .check();
  await page.getByRole("group", { name: "Areas it covers" }).getByRole("checkbox").first().check();
  await page.getByRole("textbox", { name: "Role", exact: true }).fill("Office");
  await page.getByRole("textbox", { name: "Phone number 1", exact: true }).fill(phone);
  await page.getByRole("button", { name: "Add listing" }).click();
  await expect(page.getByRole("status")).toContainText("The listing is added");
  return page.url().match(/listings\/([0-9a-f-]{36})/)![1];
}

test("the queue lists every kind oldest first, flags likely duplicates and merges them", async ({ browser }) => {
  const providerCtx = await browser.newContext();
  const provider = await providerCtx.newPage();
  await signInByEmail(provider, smtp, PROVIDER);

  // A new listing with a seeded listing's name and phone, a change to their own listing, and a
  // change to their organisation's details.
  const added = await addListing(provider, seeded.name, seeded.phone);
  await provider.goto(`/admin/listings/${own.id}/edit`);
  await provider
    .getByRole("textbox", { name: "Summary", exact: true })
    .fill(`Rockpooling every Saturday morning ${STAMP}.`);
  await provider.getByRole("button", { name: "Send for approval" }).click();
  await expect(provider.getByRole("status")).toContainText("sent for approval");
  await provider.goto(`/admin/organisations/${orgId}/edit`);
  await provider.getByLabel("Phone number (optional)").fill("01632 960 777");
  await provider.getByRole("button", { name: "Send for approval" }).click();
  await expect(provider.getByRole("status")).toContainText("Your change is sent");

  // How long each has waited, as if they came in over a week: the import first, the edit last.
  await db.query(`UPDATE "Service" SET "createdAt" = $2 WHERE id = $1`, [imported.id, new Date(Date.now() - 5 * DAY)]);
  await db.query(
    `UPDATE "ServiceRevision" SET "submittedAt" = $2 WHERE subject = 'organisation' AND "organisationId" = $1`,
    [orgId, new Date(Date.now() - 4 * DAY)],
  );
  await db.query(`UPDATE "Service" SET "createdAt" = $2 WHERE id = $1`, [added, new Date(Date.now() - 3 * DAY)]);
  await db.query(`UPDATE "ServiceRevision" SET "submittedAt" = $2 WHERE "serviceId" = $1`, [
    own.id,
    new Date(Date.now() - 2 * DAY),
  ]);

  const officerCtx = await browser.newContext();
  const officer = await officerCtx.newPage();
  await signInByEmail(officer, smtp, OFFICER);
  await officer.goto("/admin/review");
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Waiting for approval");
  await expectAccessible(officer);

  const rows = await queueRows(officer);
  const mine = [
    rows.findIndex((r) => r.includes(`Importer (${FEED})`)),
    rows.findIndex((r) => r.includes(`Organisation profile: ${ORG}`)),
    rows.findIndex((r) => r.includes(`New listing, not yet public: ${seeded.name}`) && r.includes(ORG)),
    rows.findIndex((r) => r.includes(`Change to ${OWN}`)),
  ];
  expect(
    mine.every((i) => i >= 0),
    rows.join("\n"),
  ).toBe(true);
  expect(
    [...mine].sort((a, b) => a - b),
    "oldest first",
  ).toEqual(mine);
  const [importRow, orgRow, newRow, editRow] = mine.map((i) => rows[i]);
  expect(importRow).toContain("5 days");
  expect(importRow).toContain(`Looks like: ${importedOf.name}`);
  expect(importRow).toContain("same organisation");
  expect(orgRow).toContain(PROVIDER);
  expect(orgRow).toContain("4 days");
  expect(newRow).toContain("3 days");
  expect(newRow).toContain(`Looks like: ${seeded.name}`);
  expect(newRow).toContain("phone");
  expect(editRow).toContain(PROVIDER);
  expect(editRow).toContain("2 days");

  // The provider's new listing: its page shows the two side by side and merges it.
  const services = Number((await db.query(`SELECT count(*) FROM "Service"`)).rows[0].count);
  await officer.goto(`/admin/listings/${added}`);
  const notice = officer.getByRole("region", { name: `This looks like ${seeded.name}` });
  await expect(notice).toContainText("same phone number");
  await expect(notice.getByRole("columnheader", { name: `Existing: ${seeded.name}` })).toBeVisible();
  await expect(notice.getByRole("columnheader", { name: "This listing" })).toBeVisible();
  await expectAccessible(officer);
  await notice.getByRole("button", { name: `Merge into ${seeded.name}` }).click();
  await expect(officer).toHaveURL(/\/admin\/review\/[0-9a-f-]{36}\?merged=1$/);
  await expect(officer.getByRole("status")).toContainText("merged");
  await expectAccessible(officer);
  expect(Number((await db.query(`SELECT count(*) FROM "Service"`)).rows[0].count), "no second listing").toBe(services);
  const { rows: closed } = await db.query(`SELECT "archivedAt", "publishedAt" FROM "Service" WHERE id = $1`, [added]);
  expect(closed[0].archivedAt).not.toBeNull();
  expect(closed[0].publishedAt).toBeNull();
  const { rows: waiting } = await db.query(
    `SELECT data FROM "ServiceRevision" WHERE "serviceId" = $1 AND state = 'submitted'`,
    [seeded.id],
  );
  expect(waiting.map((r) => r.data.summary)).toContain("Saturday sessions on the beach for children who like the sea.");
  // The live listing keeps its words until an officer approves the change.
  await officer.goto(`/services/${seeded.slug}`);
  await expect(officer.getByText("Saturday sessions on the beach")).toHaveCount(0);

  // The imported copy: merged the same way, from the link in the queue.
  await officer.goto("/admin/review?kind=import");
  await officer
    .getByRole("row", { name: new RegExp(`Importer \\(${FEED}\\)`) })
    .getByRole("link", { name: `New listing, not yet public: ${importedOf.name}` })
    .click();
  await expect(officer).toHaveURL(new RegExp(`/admin/listings/${imported.id}$`));
  await officer.getByRole("button", { name: `Merge into ${importedOf.name}` }).click();
  await expect(officer).toHaveURL(/merged=1$/);
  const { rows: importAfter } = await db.query(`SELECT "archivedAt" FROM "Service" WHERE id = $1`, [imported.id]);
  expect(importAfter[0].archivedAt).not.toBeNull();
  const { rows: importChange } = await db.query(
    `SELECT "importSource" FROM "ServiceRevision" WHERE "serviceId" = $1 AND state = 'submitted'`,
    [importedOf.id],
  );
  expect(importChange.map((r) => r.importSource)).toContain(FEED);

  // Neither is in the queue as a new listing any more.
  await officer.goto("/admin/review");
  const after = await queueRows(officer);
  expect(after.some((r) => r.includes(`Importer (${FEED})`) && r.includes("not yet public"))).toBe(false);
  expect(after.some((r) => r.includes("not yet public") && r.includes(ORG))).toBe(false);

  await providerCtx.close();
  await officerCtx.close();
});

test("asking for changes needs a message; the provider sees it, edits and sends the change again", async ({
  browser,
}) => {
  const officerCtx = await browser.newContext();
  const officer = await officerCtx.newPage();
  await signInByEmail(officer, smtp, OFFICER);
  await officer.goto("/admin/review?kind=edit");
  await officer.getByRole("link", { name: `Change to ${OWN}` }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(`Check the change to ${OWN}`);

  const ask = officer.getByRole("region", { name: "Ask for changes" });
  await ask.getByRole("button", { name: "Ask for changes" }).click();
  await expect(officer.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Say what the provider needs to change",
  );
  await expect(officer).toHaveTitle(/^Error: /);
  await expectAccessible(officer);

  const message = `Please add the meeting point at the slipway ${STAMP}.`;
  const since = smtp.inbox.length;
  await officer.getByLabel("What should the provider change?").fill(message);
  await officer.getByRole("button", { name: "Ask for changes" }).click();
  await expect(officer.getByRole("status")).toContainText("asked for changes");
  const mail = await smtp.waitFor(PROVIDER, /Please change your listing/, since);
  expect(mail.text).toContain(message);

  const providerCtx = await browser.newContext();
  const provider = await providerCtx.newPage();
  await signInByEmail(provider, smtp, PROVIDER);
  const changes = provider.getByRole("region", { name: "Your changes" });
  await expect(changes.getByRole("listitem").filter({ hasText: OWN })).toContainText("Sent back: changes asked for");
  await expect(changes).toContainText(message);
  await expectAccessible(provider);
  await changes.getByRole("link", { name: OWN }).click();
  await provider
    .getByRole("textbox", { name: "Summary", exact: true })
    .fill(`Rockpooling every Saturday; meet at the slipway ${STAMP}.`);
  await provider.getByRole("button", { name: "Send for approval" }).click();
  await expect(provider.getByRole("status")).toContainText("sent for approval");

  await officer.goto("/admin/review?kind=edit");
  await officer.getByRole("link", { name: `Change to ${OWN}` }).click();
  await expect(officer.getByText(`meet at the slipway ${STAMP}`)).toBeVisible();

  await providerCtx.close();
  await officerCtx.close();
});
