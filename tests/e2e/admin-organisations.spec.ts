// Organisations in the staff area, in a real browser against the real site: the list, the add form
// and its error state, an organisation's page, merging after a confirmation, archiving (its
// listings leave the public site), a provider's change to their details approved on the review
// page, and an invitation that arrives by real SMTP and signs the person in. axe on every page.
import type pg from "pg";
import type { Browser } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { e2eDatabase, signInByEmail, signInWithSession, startSmtp, upsertUser } from "./admin-fixtures";

const stamp = Date.now().toString(36);
let db: pg.Client;
let officerId: string;
const made = { organisations: [] as string[], services: [] as string[] };

async function makeOrganisation(name: string): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO "Organisation" (id, slug, name, description, kind, "approvedAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, '', 'charity', now(), now()) RETURNING id`,
    [`${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`, name],
  );
  made.organisations.push(rows[0].id);
  return rows[0].id;
}

/** A live listing of the organisation, as small as a listing can be. */
async function makeListing(organisationId: string, name: string): Promise<{ id: string; slug: string }> {
  const { rows } = await db.query(
    `INSERT INTO "Service" (id, slug, "organisationId", name, summary, description, "whoFor", "accessMethod",
       "minimumAge", "maximumAge", "costType", "publishedAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, 'A club.', 'A club for testing.', 'Anyone.', 'self_refer', 0, 25, 'free',
       now(), now()) RETURNING id, slug`,
    [name.toLowerCase().replace(/[^a-z0-9]+/g, "-"), organisationId, name],
  );
  made.services.push(rows[0].id);
  return rows[0];
}

async function signedInPage(browser: Browser, userId: string) {
  const context = await browser.newContext();
  await signInWithSession(db, context, userId);
  return { context, page: await context.newPage() };
}

test.beforeAll(async () => {
  db = await e2eDatabase();
  officerId = await upsertUser(db, `organisations.officer.${stamp}@seabourne.gov.uk`, "editor");
});

// What the tests made leaves the public site and search, so later specs see the site as it was.
test.afterAll(async () => {
  if (made.services.length) {
    await db.query(`UPDATE "Service" SET "archivedAt" = now() WHERE id = ANY($1::uuid[])`, [made.services]);
    await db.query(`INSERT INTO "SearchOutbox" ("serviceId", action) SELECT unnest($1::uuid[]), 'remove'`, [
      made.services,
    ]);
    await db.query(`SELECT pg_notify('search_outbox', '')`);
  }
  await db.query(`UPDATE "Organisation" SET "archivedAt" = now() WHERE id = ANY($1::uuid[])`, [made.organisations]);
  await db?.end();
});

test("officers list organisations and add one, with the error state keeping what was typed", async ({
  page,
  context,
}) => {
  await signInWithSession(db, context, officerId);
  await page.goto("/admin/organisations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisations");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Add an organisation" }).click();
  await page.getByRole("button", { name: "Add organisation" }).click();
  const problem = page.getByRole("alert", { name: "There is a problem" });
  await expect(problem).toContainText("Enter the organisation name");
  await expect(problem).toContainText("Choose the type of organisation");
  await expect(page).toHaveTitle(/^Error: Add an organisation/);
  await expectAccessible(page);

  const name = `Saturday Club ${stamp}`;
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Charity", { exact: true }).check();
  await page.getByLabel("Website (optional)").fill("javascript:alert(1)");
  await page.getByLabel("Phone number (optional)").fill("01632 960 444");
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(problem).toContainText("Enter a web address starting with https://");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Phone number (optional)")).toHaveValue("01632 960 444");
  await expectAccessible(page);

  await page.getByLabel("Website (optional)").fill("https://saturday-club.example.org");
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.getByRole("status")).toHaveText("The organisation is added.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  made.organisations.push(/organisations\/([0-9a-f-]{36})/.exec(page.url())![1]);
  await expect(page.getByRole("link", { name: "https://saturday-club.example.org" })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/admin/organisations?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("status")).toHaveText("1 organisation");
  await expect(page.getByRole("link", { name })).toBeVisible();
});

test("merging asks which to keep, says what moves, then moves the listings", async ({ page, context }) => {
  await signInWithSession(db, context, officerId);
  const fromName = `Merge from ${stamp}`;
  const intoName = `Merge into ${stamp}`;
  const from = await makeOrganisation(fromName);
  const into = await makeOrganisation(intoName);
  await makeListing(from, `Merged club ${stamp}`);

  await page.goto(`/admin/organisations/${from}`);
  await page.getByRole("link", { name: "Merge into another organisation" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Choose an organisation from the list",
  );
  await expect(page).toHaveTitle(/^Error: /);
  await expectAccessible(page);

  await page.getByLabel("Which organisation should be kept?").selectOption({ label: intoName });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Check before you merge" })).toBeVisible();
  await expect(page.getByText("1 listing", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: `Merge into ${intoName}` }).click();

  await expect(page).toHaveURL(new RegExp(`/admin/organisations/${into}\\?saved=merged`));
  await expect(page.getByRole("link", { name: `Merged club ${stamp}` })).toBeVisible();
  await page.goto(`/admin/organisations/${from}`);
  await expect(page.getByText(`Merged into ${intoName}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Change details" })).toHaveCount(0);
});

test("archiving says what will happen, then takes the listings off the public site", async ({ page, context }) => {
  await signInWithSession(db, context, officerId);
  const name = `Closing charity ${stamp}`;
  const organisation = await makeOrganisation(name);
  const listing = await makeListing(organisation, `Closing club ${stamp}`);
  expect((await page.request.get(`/services/${listing.slug}`)).status()).toBe(200);

  await page.goto(`/admin/organisations/${organisation}`);
  await expect(page.getByRole("link", { name: `Closing club ${stamp}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Archive" }).click();
  await expect(page.getByText("its listing will be archived and leave the public site and search")).toBeVisible();
  await expect(page.getByText(`Closing club ${stamp}`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: `Archive ${name}` }).click();
  await expect(page.getByRole("status")).toContainText("no longer on the public site");

  const anonymous = await page.context().browser()!.newContext();
  expect((await anonymous.request.get(`/services/${listing.slug}`)).status()).toBe(404);
  await anonymous.close();
});

test("a provider's change to their details waits until an officer approves it on the review page", async ({
  browser,
}) => {
  const name = `Speech practice ${stamp}`;
  const organisation = await makeOrganisation(name);
  const providerId = await upsertUser(db, `organisations.provider.${stamp}@provider.example`, "provider", organisation);

  const provider = await signedInPage(browser, providerId);
  await provider.page.goto("/admin");
  await provider.page.getByRole("link", { name: "Your organisation" }).click();
  await expect(provider.page.getByRole("heading", { level: 1 })).toHaveText(name);
  await provider.page.getByRole("link", { name: "Change your organisation's details" }).click();
  await provider.page.getByLabel("Name", { exact: true }).fill(`${name} Ltd`);
  await provider.page.getByLabel("Private company or practitioner").check();
  await provider.page.getByLabel("Company number (optional)").fill("0123 4567");
  await provider.page.getByRole("button", { name: "Send for approval" }).click();
  await expect(provider.page.getByRole("status")).toContainText("Your change is sent");
  await expect(provider.page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expectAccessible(provider.page);

  const officer = await signedInPage(browser, officerId);
  await officer.page.goto(`/admin/organisations/${organisation}`);
  await officer.page.getByRole("link", { name: `Check the change to ${name}'s details` }).click();
  await expect(officer.page.getByRole("heading", { level: 1 })).toHaveText(`Check the change to ${name}'s details`);
  await expect(officer.page.getByRole("cell", { name: "01234567" })).toBeVisible();
  await expectAccessible(officer.page);
  await officer.page.getByRole("button", { name: "Approve the change" }).click();
  await expect(officer.page.getByRole("status")).toContainText("The change is approved");
  await expect(officer.page.getByRole("heading", { level: 1 })).toHaveText(`${name} Ltd`);

  await provider.page.reload();
  await expect(provider.page.getByRole("heading", { level: 1 })).toHaveText(`${name} Ltd`);
  await provider.context.close();
  await officer.context.close();
});

test("an invited person gets an email and signs in to their organisation", async ({ page, context, browser }) => {
  test.setTimeout(90_000);
  const smtp = await startSmtp();
  try {
    await signInWithSession(db, context, officerId);
    const name = `Invite club ${stamp}`;
    const organisation = await makeOrganisation(name);
    const email = `invited.${stamp}@provider.example`;
    await page.goto(`/admin/organisations/${organisation}`);
    await page.getByLabel("Their email address").fill(email);
    await page.getByRole("button", { name: "Invite" }).click();
    await expect(page.getByRole("status")).toContainText("has been emailed how to sign in");
    await expect(page.getByText(email)).toBeVisible();
    const mail = await smtp.waitFor(email, /keep .* listings up to date/);
    expect(mail.text).toContain("/admin/sign-in");

    const invited = await browser.newContext();
    const invitedPage = await invited.newPage();
    await signInByEmail(invitedPage, smtp, email);
    await invitedPage.getByRole("link", { name: "Your organisation" }).click();
    await expect(invitedPage.getByRole("heading", { level: 1 })).toHaveText(name);
    await invited.close();
  } finally {
    await smtp.close();
  }
});
