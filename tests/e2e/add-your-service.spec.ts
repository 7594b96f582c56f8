// "Add your service" end to end, run with JavaScript on (chromium) and off (no-javascript): a
// provider with no account adds a service for a new organisation, confirms by a link caught by a real
// SMTP server, an officer approves the organisation and the service, and families find it by search.
// The provider then signs in and edits it: the old version stays live until an officer approves.
import crypto from "node:crypto";
import type pg from "pg";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import {
  e2eDatabase,
  forgetRateLimits,
  signInByEmail,
  signInWithSession,
  startSmtp,
  upsertUser,
  type Smtp,
} from "./admin-fixtures";

test.describe.configure({ timeout: 300_000 });
let smtp: Smtp;
let db: pg.Client;

test.beforeAll(async () => {
  smtp = await startSmtp();
  db = await e2eDatabase();
  await forgetRateLimits(db);
});
test.afterAll(async () => {
  await smtp?.close();
  await db?.end();
});

const problem = (page: Page) => page.getByRole("alert", { name: "There is a problem" });

/** Presses "Save and continue" with nothing filled in: the task's errors, in the GOV.UK pattern. */
async function expectErrorsWhenEmpty(page: Page, message: string) {
  await page.getByRole("button", { name: "Save and continue" }).first().click();
  await expect(problem(page)).toContainText(message);
  // Known gap, site-wide: without JavaScript the page's own <title> comes before the form's "Error: "
  // one, so only the JavaScript run can see the prefix (noted on the issue).
  if (test.info().project.use.javaScriptEnabled !== false) await expect(page).toHaveTitle(/^Error: /);
  await expectAccessible(page);
}

async function openTask(page: Page, title: string) {
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

async function saveAndContinue(page: Page) {
  await page.getByRole("button", { name: "Save and continue" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Add your service/);
}

test("a provider with no account gets a new service listed, then changes it", async ({ page, browser }, info) => {
  const javascript = info.project.use.javaScriptEnabled !== false;
  const word = `Quillbrook${javascript ? "js" : "nojs"}${Date.now().toString(36).replace(/\d/g, "")}`;
  const service = `${word} Saturday Club`;
  const organisation = `${word} Families CIC`;
  const provider = `${word.toLowerCase()}@club.example.org`;

  // The start page, then a draft of eight sections.
  await page.goto("/add-your-service");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start now" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add your service");
  await expect(page.getByText("You have finished 0 of 8 sections.")).toBeVisible();
  await expectAccessible(page);

  // Your organisation: not found by search, so added as new (after its own error state).
  await openTask(page, "Your organisation");
  await page.getByLabel("Organisation name").fill(word);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(`No organisation matches “${word}”`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(problem(page)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Name", { exact: true }).fill(organisation);
  await page.getByLabel("Community group").check();
  await page.getByLabel("Email address (optional)").fill(`hello@${word.toLowerCase()}.example.org`);
  await saveAndContinue(page);
  await expect(page.getByText("You have finished 1 of 8 sections.")).toBeVisible();

  // About the service, with "save and come back later" keeping an unfinished answer.
  await openTask(page, "About the service");
  await expectErrorsWhenEmpty(page, "Enter");
  await page.getByLabel("Service name").fill(service);
  await page.getByRole("button", { name: "Save and come back later" }).click();
  await expect(page.getByRole("status")).toContainText("We saved “About the service”");
  await expect(page.getByText("In progress")).toBeVisible();
  await openTask(page, "About the service");
  await expect(page.getByLabel("Service name")).toHaveValue(service);
  await page.getByLabel("Summary").fill("Games, crafts and music for children who find big groups hard.");
  await page.getByLabel("Full description").fill("A calm club every Saturday morning, with a quiet room.");
  await saveAndContinue(page);

  await openTask(page, "Who it is for");
  await page.getByLabel("Who it is for").fill("Children aged 5 to 11 who are autistic or find noise hard.");
  await page.getByLabel("Youngest age").fill("5");
  await page.getByLabel("Oldest age").fill("11");
  await page.getByLabel("Things to do").check();
  await page.getByLabel("Autism").check();
  await expectAccessible(page);
  await saveAndContinue(page);

  await openTask(page, "How to get it");
  await page.getByLabel("You can contact them yourself").check();
  await expectAccessible(page);
  await saveAndContinue(page);

  // When and where: "Add a venue" works the same with or without JavaScript (it posts the form).
  await openTask(page, "When and where");
  await page.getByLabel("Central Seabourne").check();
  await page.getByRole("button", { name: "Add a venue" }).click();
  await page.getByLabel("Venue name").fill("Harbour Community Hall");
  await page.getByLabel("Address line 1").fill("2 Quay Street");
  await page.getByLabel("Town or city").fill("Seabourne");
  await page.getByLabel("Postcode").fill("SB1 2QS");
  await expect(page.getByLabel("Central Seabourne")).toBeChecked();
  await expectAccessible(page);
  await saveAndContinue(page);

  await openTask(page, "Costs");
  await page.getByLabel("Free").check();
  await expectAccessible(page);
  await saveAndContinue(page);

  await openTask(page, "Contact details");
  await page.getByLabel("Role").fill("Club leader");
  await page.getByLabel("Email address", { exact: true }).fill(`leader@${word.toLowerCase()}.example.org`);
  await page.getByLabel("Phone number 1").fill("01632 960 123");
  await expectAccessible(page);
  await saveAndContinue(page);

  await openTask(page, "The SEND questions");
  await page.locator("textarea").first().fill("We meet each family before the first session.");
  await expectAccessible(page);
  await saveAndContinue(page);
  await expect(page.getByText("You have finished 8 of 8 sections.")).toBeVisible();

  // Check your answers, with change links; the declaration's errors; then the email to confirm.
  await page.getByRole("link", { name: "Check your answers" }).click();
  await expect(page.getByText("Harbour Community Hall, 2 Quay Street, Seabourne, SB1 2QS")).toBeVisible();
  await expect(page.getByText("Autism", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send to the council" }).click();
  await expect(problem(page)).toContainText("Enter your name");
  await expect(problem(page)).toContainText("Confirm that the information is correct");
  await expectAccessible(page);
  await page.getByLabel("Your name").fill("Robin Provider");
  await page.getByLabel("Your email address").fill(provider);
  await page.getByLabel(/The information is correct/).check();
  const since = smtp.inbox.length;
  await page.getByRole("button", { name: "Send to the council" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await expect(page.getByText(provider)).toBeVisible();
  await expectAccessible(page);

  const mail = await smtp.waitFor(provider, /Confirm your email address/, since);
  const link = /(http:\/\/localhost:\d+\/add-your-service\/confirm\/\S+)/.exec(mail.text)?.[1];
  expect(link, mail.text).toBeTruthy();
  // Nothing reaches officers until the button on the link's page is pressed.
  expect((await db.query(`SELECT 1 FROM "Organisation" WHERE name = $1`, [organisation])).rowCount).toBe(0);
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Send ${service} to the council`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send my service" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your service has been sent");
  await expectAccessible(page);
  await smtp.waitFor(provider, /We have your submission/, since);
  // The link works once.
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your service has already been sent");
  await expectAccessible(page);

  // An officer approves the organisation, then the service.
  const officer = await browser.newContext({ javaScriptEnabled: javascript });
  const officerPage = await officer.newPage();
  const { rows } = await db.query(`SELECT id FROM "User" WHERE email = 'approver.ays@seabourne.gov.uk'`);
  const officerId = rows[0]?.id ?? (await upsertUser(db, "approver.ays@seabourne.gov.uk", "admin"));
  await signInWithSession(db, officer, officerId);
  await officerPage.goto("/admin/review");
  await officerPage.getByRole("link", { name: new RegExp(service) }).click();
  await expect(officerPage.getByText(organisation).first()).toBeVisible();
  await officerPage.getByRole("button", { name: "Approve organisation" }).click();
  await smtp.waitFor(provider, /is approved on the/, since);
  await officerPage.getByRole("button", { name: "Approve and publish" }).click();
  await smtp.waitFor(provider, /is now on the/, since);

  // Families find it by search (the search worker indexes within a minute).
  await expect
    .poll(
      async () => {
        await page.goto(`/services?q=${word}`);
        return page.getByRole("link", { name: service }).count();
      },
      { timeout: 60_000, message: `${service} found by search` },
    )
    .toBeGreaterThan(0);
  await page.getByRole("link", { name: service }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(service);
  const liveUrl = page.url();

  // The provider, now a user of the organisation, changes the summary; the old one stays live.
  const providerCtx = await browser.newContext({ javaScriptEnabled: javascript });
  const providerPage = await providerCtx.newPage();
  await signInByEmail(providerPage, smtp, provider);
  await providerPage.getByRole("link", { name: service }).first().click();
  await providerPage.getByRole("link", { name: "Edit this listing" }).click();
  const newSummary = `Now also on Sunday afternoons, ${word}.`;
  await providerPage.getByLabel("Summary").fill(newSummary);
  await providerPage.getByRole("button", { name: "Send for approval" }).click();
  await expect(providerPage.getByRole("status")).toContainText("sent for approval");
  await page.goto(liveUrl);
  await expect(page.getByText("Games, crafts and music")).toBeVisible();
  await expect(page.getByText(newSummary)).toHaveCount(0);

  await officerPage.goto("/admin/review");
  // The change's own line (a pending duplicate of this service elsewhere in the queue may link to it too).
  await officerPage.getByRole("link", { name: `Change to ${service}` }).click();
  await expect(officerPage.getByRole("heading", { level: 1 })).toHaveText(`Check the change to ${service}`);
  await officerPage.getByRole("button", { name: "Approve and publish" }).click();
  await expect(officerPage).toHaveURL(/\/admin\/review\?approved=/);
  await page.goto(liveUrl);
  await expect(page.getByText(newSummary)).toBeVisible();
  await officer.close();
  await providerCtx.close();
});

// The permissions matrix for "Add your service": its pages are public, but a draft is reached only
// through the cookie of the browser that started it (or the emailed link). Nobody else, signed in as
// anyone, sees it: they are sent to the start page, and the draft is unchanged.
test("a draft is seen only by the browser that started it, whoever else asks", async ({ page, browser }) => {
  const secret = `Marshwren${Date.now().toString(36).replace(/\d/g, "")} private draft`;
  await page.goto("/add-your-service");
  await page.getByRole("button", { name: "Start now" }).click();
  // An organisation already listed is chosen from the search's matches.
  await openTask(page, "Your organisation");
  await page.getByLabel("Organisation name").fill("Seabourne Mencap");
  await page.getByRole("button", { name: "Search" }).click();
  await expectAccessible(page);
  await page.getByLabel("Seabourne Mencap (Charity)").check();
  await page.getByRole("button", { name: "Choose this organisation" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Your organisation" })).toContainText("Completed");
  await openTask(page, "Your organisation");
  await expect(page.getByText("You chose Seabourne Mencap.")).toBeVisible();
  await page.getByRole("link", { name: "Back to your sections" }).click();

  await openTask(page, "About the service");
  await page.getByLabel("Service name").fill(secret);
  await page.getByRole("button", { name: "Save and come back later" }).click();
  await expect(page.getByRole("status")).toContainText("We saved");
  const before = await db.query(`SELECT answers, "updatedAt" FROM "ServiceSubmission" WHERE answers::text LIKE $1`, [
    `%${secret}%`,
  ]);
  expect(before.rowCount).toBe(1);

  const { rows } = await db.query(
    `SELECT s."organisationId" AS own, (SELECT id FROM "Organisation" WHERE id <> s."organisationId" LIMIT 1) AS other
       FROM "Service" s WHERE s."publishedAt" IS NOT NULL LIMIT 1`,
  );
  const people = {
    anonymous: null,
    providerOther: await upsertUser(db, "ays.other@provider.example", "provider", rows[0].other),
    provider: await upsertUser(db, "ays.own@provider.example", "provider", rows[0].own),
    editor: await upsertUser(db, "ays.editor@seabourne.gov.uk", "editor"),
    admin: await upsertUser(db, "ays.admin@seabourne.gov.uk", "admin"),
  };
  const pages = [
    "/add-your-service/tasks",
    "/add-your-service/tasks/organisation",
    ...["about", "who", "how", "where", "costs", "contact", "send"].map((t) => `/add-your-service/tasks/${t}`),
    "/add-your-service/check-answers",
  ];
  const failures: string[] = [];
  for (const [who, userId] of Object.entries(people)) {
    const context = await browser.newContext();
    if (userId) await signInWithSession(db, context, userId);
    const other = await context.newPage();
    for (const path of pages) {
      await other.goto(path);
      if (!other.url().endsWith("/add-your-service?expired=1")) failures.push(`${who} ${path}: reached ${other.url()}`);
      if ((await other.content()).includes(secret)) failures.push(`${who} ${path}: shows the draft`);
    }
    // Pages that need no draft are open to all, and show nobody's answers.
    for (const path of ["/add-your-service", "/add-your-service/check-email", "/add-your-service/confirmed"]) {
      const response = await other.goto(path);
      if (response?.status() !== 200) failures.push(`${who} ${path}: status ${response?.status()}`);
      if ((await other.content()).includes(secret)) failures.push(`${who} ${path}: shows the draft`);
    }
    await other.goto("/add-your-service/confirm/not-a-real-link-at-all-0123456789");
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
    await context.close();
  }
  expect(failures).toEqual([]);
  const after = await db.query(`SELECT answers, "updatedAt" FROM "ServiceSubmission" WHERE answers::text LIKE $1`, [
    `%${secret}%`,
  ]);
  expect(after.rows).toEqual(before.rows);

  // Its own browser still has it, and the unknown-link page passes axe.
  await page.goto("/add-your-service/tasks");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Add your service: ${secret}`);
  await page.goto("/add-your-service/confirm/not-a-real-link-at-all-0123456789");
  await expectAccessible(page);
});

test("an expired confirmation link offers a new one, and the old one stops working", async ({ page }) => {
  const sender = `late.${Date.now().toString(36)}@club.example.org`;
  const token = crypto.randomBytes(32).toString("base64url");
  const hash = crypto.createHash("sha256").update(token).digest("hex");
  const answers = { about: { name: "Late Club" }, declaration: { name: "Lee Late" } };
  await db.query(
    `INSERT INTO "ServiceSubmission" (id, state, answers, email, "confirmTokenHash", "confirmExpiresAt", "updatedAt")
     VALUES (gen_random_uuid(), 'awaiting_confirmation', $1, $2, $3, now() - interval '1 hour', now())`,
    [JSON.stringify(answers), sender, hash],
  );
  await page.goto(`/add-your-service/confirm/${token}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link has expired");
  await expectAccessible(page);
  const since = smtp.inbox.length;
  await page.getByRole("button", { name: "Send me a new link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await expect(page.getByRole("status")).toContainText("We sent a new link");
  const mail = await smtp.waitFor(sender, /Confirm your email address to send Late Club/, since);
  const fresh = /\/add-your-service\/confirm\/(\S+)/.exec(mail.text)?.[1];
  expect(fresh).toBeTruthy();
  await page.goto(`/add-your-service/confirm/${token}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
  await page.goto(`/add-your-service/confirm/${fresh}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Send Late Club to the council");
});
