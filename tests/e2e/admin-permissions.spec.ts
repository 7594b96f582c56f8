// The permissions matrix for pages: every admin route as anonymous, a provider of another
// organisation, the listing's own provider, an officer and an administrator. Denied people get
// the sign-in redirect (anonymous) or "page not found" (everyone else), never the page. The
// server actions are covered the same way in tests/integration/admin-permissions.test.ts.
// Then every admin page, and its error states, is checked with axe.
import { request as playwrightRequest } from "@playwright/test";
import type pg from "pg";
import { baseURL } from "../../playwright.config";
import { expect, expectAccessible, test } from "./fixtures";
import { createSession, e2eDatabase, signInWithSession, upsertUser } from "./admin-fixtures";

type Who = "anonymous" | "providerOther" | "provider" | "editor" | "admin";
const EVERYONE: Who[] = ["anonymous", "providerOther", "provider", "editor", "admin"];

let db: pg.Client;
let ids: Record<Exclude<Who, "anonymous">, string>;
let listing: { id: string; name: string };
let revisionId: string;
let termId: string;
let entryId: string;
let organisationId: string;
let otherOrganisationId: string;
let suggestionId: string;
let feedbackId: string;
let eventId: string;
let advicePageId: string;
let adviceRevisionId: string;

test.beforeAll(async () => {
  db = await e2eDatabase();
  const { rows } = await db.query(
    `SELECT id, name, "organisationId" FROM "Service" WHERE "publishedAt" IS NOT NULL AND "archivedAt" IS NULL ORDER BY name LIMIT 1`,
  );
  listing = rows[0];
  const other = await db.query(`SELECT id FROM "Organisation" WHERE id <> $1 LIMIT 1`, [rows[0].organisationId]);
  organisationId = rows[0].organisationId;
  otherOrganisationId = other.rows[0].id;
  ids = {
    providerOther: await upsertUser(db, "matrix.other@provider.example", "provider", other.rows[0].id),
    provider: await upsertUser(db, "matrix.own@provider.example", "provider", rows[0].organisationId),
    editor: await upsertUser(db, "matrix.editor@seabourne.gov.uk", "editor"),
    admin: await upsertUser(db, "matrix.admin@seabourne.gov.uk", "admin"),
  };
  const data = {
    name: `${listing.name} (matrix)`,
    summary: "s",
    description: "d",
    whoFor: "w",
    accessMethod: "self_refer",
    minimumAge: 0,
    maximumAge: 25,
    costType: "free",
    categories: ["health"],
    areas: ["whole"],
    contacts: [{ title: "Desk" }],
  };
  const rev = await db.query(
    `INSERT INTO "ServiceRevision"
       (id, "serviceId", "organisationId", state, data, "authorId", "submittedAt", "createdAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'submitted', $3, $4, now(), now(), now()) RETURNING id`,
    [listing.id, rows[0].organisationId, JSON.stringify(data), ids.provider],
  );
  revisionId = rev.rows[0].id;
  termId = (
    await db.query(
      `SELECT t.id FROM "TaxonomyTerm" t JOIN "Taxonomy" x ON x.id = t."taxonomyId" WHERE x.code = 'categories' LIMIT 1`,
    )
  ).rows[0].id;
  entryId = (await db.query(`SELECT id FROM "ThesaurusEntry" LIMIT 1`)).rows[0].id;
  suggestionId = (
    await db.query(
      `INSERT INTO "ChangeSuggestion" (id, "serviceId", kind, message) VALUES (gen_random_uuid(), $1, 'contact', 'Matrix') RETURNING id`,
      [listing.id],
    )
  ).rows[0].id;
  feedbackId = (
    await db.query(
      `INSERT INTO "Feedback" (id, kind, theme, comment, "updatedAt") VALUES (gen_random_uuid(), 'comment', 'information', 'Matrix', now()) RETURNING id`,
    )
  ).rows[0].id;
  // An event of the listing's organisation, sent by its provider and waiting for an officer.
  eventId = (
    await db.query(
      `INSERT INTO "Event" (id, "organisationId", "authorId", title, summary, "startsAt", "endsAt", "venueName", state,
         "submittedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, 'Matrix event', 'An event.', now() + interval '7 days',
         now() + interval '7 days 1 hour', 'Hall', 'submitted', now(), now()) RETURNING id`,
      [organisationId, ids.provider],
    )
  ).rows[0].id;
  // An advice page not public yet, its first version sent by an officer and waiting for another.
  advicePageId = (
    await db.query(
      `INSERT INTO "AdvicePage" (id, slug, title, summary, body, schedule2, "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Matrix advice', 'S', 'B', '{10}', now()) RETURNING id`,
      [`matrix-advice-${Date.now().toString(36)}`],
    )
  ).rows[0].id;
  const adviceData = { title: "Matrix advice", summary: "S", body: "## B", audience: "parents", schedule2: [10] };
  adviceRevisionId = (
    await db.query(
      `INSERT INTO "ServiceRevision" (id, subject, "advicePageId", "organisationId", state, data, "authorId",
         "submittedAt", "createdAt", "updatedAt")
       VALUES (gen_random_uuid(), 'advice', $1, $1, 'submitted', $2, $3, now(), now(), now()) RETURNING id`,
      [advicePageId, JSON.stringify(adviceData), ids.editor],
    )
  ).rows[0].id;
});
test.afterAll(async () => {
  // Its revision goes with it (ON DELETE CASCADE).
  await db.query(`DELETE FROM "AdvicePage" WHERE id = $1`, [advicePageId]);
  await db.query(`DELETE FROM "Event" WHERE id = $1`, [eventId]);
  await db.query(`DELETE FROM "Feedback" WHERE id = $1`, [feedbackId]);
  await db.query(`DELETE FROM "ServiceRevision" WHERE id = $1`, [revisionId]);
  await db.query(`DELETE FROM "ChangeSuggestion" WHERE id = $1`, [suggestionId]);
  await db?.end();
});

const routes: { path: () => string; allowed: Who[] }[] = [
  { path: () => "/admin", allowed: ["providerOther", "provider", "editor", "admin"] },
  { path: () => "/admin/listings", allowed: ["providerOther", "provider", "editor", "admin"] },
  { path: () => "/admin/listings/new", allowed: ["providerOther", "provider", "editor", "admin"] },
  { path: () => `/admin/listings/${listing.id}`, allowed: ["provider", "editor", "admin"] },
  { path: () => `/admin/listings/${listing.id}/edit`, allowed: ["provider", "editor", "admin"] },
  { path: () => `/admin/listings/${listing.id}/history`, allowed: ["provider", "editor", "admin"] },
  { path: () => "/admin/review", allowed: ["editor", "admin"] },
  { path: () => `/admin/review/${revisionId}`, allowed: ["editor", "admin"] },
  { path: () => "/admin/audit", allowed: ["editor", "admin"] },
  { path: () => "/admin/review-dates", allowed: ["editor", "admin"] },
  { path: () => "/admin/review-dates?show=unanswered", allowed: ["editor", "admin"] },
  { path: () => "/admin/users", allowed: ["admin"] },
  { path: () => "/admin/outbox", allowed: ["admin"] },
  { path: () => "/admin/taxonomy", allowed: ["admin"] },
  { path: () => `/admin/taxonomy/${termId}`, allowed: ["admin"] },
  { path: () => "/admin/taxonomy/new?taxonomy=needs", allowed: ["admin"] },
  { path: () => "/admin/thesaurus", allowed: ["admin"] },
  { path: () => "/admin/thesaurus/new", allowed: ["admin"] },
  { path: () => `/admin/thesaurus/${entryId}`, allowed: ["admin"] },
  { path: () => "/admin/organisations", allowed: ["editor", "admin"] },
  { path: () => "/admin/organisations?show=waiting&q=a", allowed: ["editor", "admin"] },
  { path: () => "/admin/organisations/new", allowed: ["editor", "admin"] },
  { path: () => `/admin/organisations/${organisationId}`, allowed: ["provider", "editor", "admin"] },
  { path: () => `/admin/organisations/${organisationId}/edit`, allowed: ["provider", "editor", "admin"] },
  { path: () => `/admin/organisations/${organisationId}/archive`, allowed: ["editor", "admin"] },
  { path: () => `/admin/organisations/${organisationId}/merge`, allowed: ["editor", "admin"] },
  {
    path: () => `/admin/organisations/${organisationId}/merge?into=${otherOrganisationId}`,
    allowed: ["editor", "admin"],
  },
  { path: () => "/admin/suggestions", allowed: ["providerOther", "provider", "editor", "admin"] },
  { path: () => `/admin/suggestions/${suggestionId}`, allowed: ["editor", "admin"] },
  { path: () => "/admin/feedback", allowed: ["editor", "admin"] },
  { path: () => "/admin/feedback?status=all&theme=information&kind=comment", allowed: ["editor", "admin"] },
  { path: () => `/admin/feedback/${feedbackId}`, allowed: ["editor", "admin"] },
  { path: () => "/admin/reports", allowed: ["editor", "admin"] },
  { path: () => "/admin/reports/gaps", allowed: ["editor", "admin"] },
  { path: () => "/admin/reports/gaps?period=last-month&results=0", allowed: ["editor", "admin"] },
  { path: () => "/admin/reports/usage", allowed: ["editor", "admin"] },
  { path: () => "/admin/reports/usage?period=12m", allowed: ["editor", "admin"] },
  { path: () => "/admin/advice", allowed: ["editor", "admin"] },
  { path: () => "/admin/advice/new", allowed: ["editor", "admin"] },
  { path: () => `/admin/advice/${advicePageId}`, allowed: ["editor", "admin"] },
  { path: () => `/admin/review/${adviceRevisionId}`, allowed: ["editor", "admin"] },
  { path: () => "/admin/coverage", allowed: ["editor", "admin"] },
  { path: () => "/admin/events", allowed: ["providerOther", "provider", "editor", "admin"] },
  { path: () => "/admin/events/new", allowed: ["providerOther", "provider", "editor", "admin"] },
  { path: () => `/admin/events/${eventId}`, allowed: ["provider", "editor", "admin"] },
  { path: () => `/admin/events/${eventId}/edit`, allowed: ["provider", "editor", "admin"] },
];

test("every admin route lets in exactly the people it should", async () => {
  // Five people times over 40 routes, on a machine shared with other test runs.
  test.setTimeout(120_000);
  const failures: string[] = [];
  for (const who of EVERYONE) {
    const token = who === "anonymous" ? null : await createSession(db, ids[who]);
    const api = await playwrightRequest.newContext({
      baseURL,
      extraHTTPHeaders: token ? { cookie: `authjs.session-token=${token}` } : {},
    });
    for (const route of routes) {
      const path = route.path();
      const res = await api.get(path, { maxRedirects: 0 });
      const body = res.status() === 200 ? await res.text() : "";
      const expected = route.allowed.includes(who) ? "200" : who === "anonymous" ? "redirect to sign-in" : "404";
      const actual =
        res.status() === 200
          ? "200"
          : [302, 303, 307, 308].includes(res.status()) && (res.headers().location ?? "").includes("/admin/sign-in")
            ? "redirect to sign-in"
            : String(res.status());
      if (actual !== expected) failures.push(`${who} ${path}: expected ${expected}, got ${actual}`);
      // A denied page must not leak the listing either.
      if (!route.allowed.includes(who) && body.includes(listing.name))
        failures.push(`${who} ${path}: page shows the listing`);
    }
    await api.dispose();
  }
  expect(failures).toEqual([]);
});

// Files, not pages (no heading to check with axe): the same people, the same answers.
const downloads: { path: string; allowed: Who[] }[] = [
  { path: "/admin/reports/gaps/csv?period=12m&results=2", allowed: ["editor", "admin"] },
];

test("every admin download lets in exactly the people it should", async () => {
  const failures: string[] = [];
  for (const who of EVERYONE) {
    const token = who === "anonymous" ? null : await createSession(db, ids[who]);
    const api = await playwrightRequest.newContext({
      baseURL,
      extraHTTPHeaders: token ? { cookie: `authjs.session-token=${token}` } : {},
    });
    for (const { path, allowed } of downloads) {
      const res = await api.get(path, { maxRedirects: 0 });
      const expected = allowed.includes(who) ? "csv" : who === "anonymous" ? "redirect to sign-in" : "404";
      const actual =
        res.status() === 200 && (res.headers()["content-type"] ?? "").startsWith("text/csv")
          ? "csv"
          : [302, 303, 307, 308].includes(res.status()) && (res.headers().location ?? "").includes("/admin/sign-in")
            ? "redirect to sign-in"
            : String(res.status());
      if (actual !== expected) failures.push(`${who} ${path}: expected ${expected}, got ${actual}`);
    }
    await api.dispose();
  }
  expect(failures).toEqual([]);
});

test("a provider's listings page shows only their own organisation's listings", async ({ page, context }) => {
  await signInWithSession(db, context, ids.providerOther);
  await page.goto(`/admin/listings?q=${encodeURIComponent(listing.name)}`);
  await expect(page.getByRole("status")).toHaveText("0 listings");
});

test("every admin page and its error states pass axe", async ({ page, context }) => {
  // Over 40 pages with axe on each, on a machine shared with other test runs (4.8 minutes seen alone).
  test.setTimeout(420_000);
  await signInWithSession(db, context, ids.admin);
  for (const route of routes) {
    await page.goto(route.path());
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
  // Error states: the users form, the return-with-reason form, and the listing editor.
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "Save user" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter an email address");
  await expectAccessible(page);
  await page.getByLabel("Email address").fill("new.provider@provider.example");
  await page.getByLabel("Service provider").check();
  await page.getByRole("button", { name: "Save user" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Choose the organisation");
  await expect(page.getByLabel("Email address")).toHaveValue("new.provider@provider.example");
  await expectAccessible(page);

  await page.goto(`/admin/review/${revisionId}`);
  await page.getByRole("button", { name: "Return with reason" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/admin/listings/${listing.id}/edit`);
  await page.getByLabel("Youngest age").fill("thirty");
  await page.getByLabel("Service name").fill("");
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter the service name");
  await expect(page.getByLabel("Youngest age")).toHaveValue("thirty");
  await expectAccessible(page);

  await page.goto("/admin/listings/new");
  await page.getByRole("button", { name: "Add listing" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Choose the organisation that runs the service",
  );
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter the service name");
  await expectAccessible(page);

  await page.goto(`/admin/taxonomy/${termId}`);
  await page.getByLabel("Name").fill("");
  await page.getByLabel(/Check listings in this category every/).fill("99");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter 1 to 24 months");
  await expectAccessible(page);

  await page.goto("/admin/thesaurus/new");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter at least one word families use",
  );
  await expectAccessible(page);

  await page.goto("/admin/sign-in/check-email");
  await expectAccessible(page);
  await page.goto("/admin/sign-in/problem?error=Verification");
  await expectAccessible(page);
});
