// Events in a real browser against the real site: a provider adds a weekly event (the form's
// errors first), another person (an officer) approves it, and it shows on /events on each of its
// next dates; /events.ics and the event's own .ics parse with ical.js and give the same dates from
// the RRULE. A change to a published event waits beside it until another officer approves (ADR 0020).
// Runs with JavaScript off too (the no-javascript project): every form is a plain form.
import ICAL from "ical.js";
import type pg from "pg";
import { expect, expectAccessible, test } from "./fixtures";
import { e2eDatabase, signInWithSession, upsertUser } from "./admin-fixtures";
// Pure helpers only: the dates themselves come from the feed, expanded by ical.js (not the site's rrule).
import { formatOccurrence } from "@/lib/events/format";
import { londonDate } from "@/lib/events/london-time";

test.describe.configure({ timeout: 180_000 });
let db: pg.Client;
let providerId: string;
let officerId: string;
let organisationId: string;

test.beforeAll(async () => {
  db = await e2eDatabase();
  const { rows } = await db.query(`SELECT id FROM "Organisation" WHERE slug = 'tide-turners-autism-support'`);
  organisationId = rows[0].id;
  providerId = await upsertUser(db, "events.provider@tide-turners.example", "provider", organisationId);
  officerId = await upsertUser(db, "events.officer@seabourne.gov.uk", "editor");
});
test.afterAll(async () => {
  await db?.end();
});

/** The parsed VEVENTs of an iCalendar text, with its VTIMEZONE registered first. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezone = calendar.getFirstSubcomponent("vtimezone");
  if (timezone) ICAL.TimezoneService.register(timezone);
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

test("a provider's weekly event, approved by an officer, is on /events and in the iCal feed on each date", async ({
  browser,
  request,
}, info) => {
  const title = `Lego club ${info.project.name} ${Date.now().toString(36)}`;
  const first = new Date(Date.now() + 7 * 86_400_000);
  const startDate = londonDate(first);

  const providerCtx = await browser.newContext();
  await signInWithSession(db, providerCtx, providerId);
  const page = await providerCtx.newPage();
  await page.goto("/admin/events");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Add an event" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add an event");
  await expectAccessible(page);

  // Sending half a form: the error summary links each field, and what was typed stays.
  await page.getByLabel("Name of the event").fill(title);
  await page.getByLabel("Every week").check();
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  // Without JavaScript the page keeps its title (as on the other forms: add-your-service.spec.ts).
  if (info.project.use.javaScriptEnabled !== false) await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole("link", { name: "Enter the time it starts, like 10:00" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Choose when the repeats stop" })).toBeVisible();
  await expect(page.getByLabel("Name of the event")).toHaveValue(title);
  await expect(page.getByLabel("Every week")).toBeChecked();
  await expectAccessible(page);

  await page.getByLabel("What it is, in one sentence").fill("Build, chat and make friends; bring your ideas.");
  await page.getByLabel("Date", { exact: true }).fill(startDate);
  await page.getByLabel("Start time").fill("16:00");
  await page.getByLabel("End time").fill("17:30");
  await page.getByLabel("After a number of times", { exact: true }).check();
  await page.getByLabel("How many times in all", { exact: true }).fill("8");
  await page.getByLabel("Venue name").fill("Seabourne Civic Centre, youth room");
  await page.getByLabel("Address").fill("Princess Parade, Seabourne");
  await page.getByLabel("Postcode").fill("FY1 1NA");
  await page.getByLabel("Autism").check();
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByText("Sent for approval. A council officer will check it.")).toBeVisible();
  const eventId = /\/admin\/events\/([0-9a-f-]{36})/.exec(page.url())![1];
  // A provider cannot approve: there is no such button.
  await expect(page.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  expect((await request.get(`/events/${eventId}`)).status()).toBe(404);
  await providerCtx.close();

  const officerCtx = await browser.newContext();
  await signInWithSession(db, officerCtx, officerId);
  const officer = await officerCtx.newPage();
  await officer.goto("/admin/events");
  await officer.getByRole("link", { name: `Review ${title}` }).click();
  await expectAccessible(officer);
  // Sending back needs a reason: the error state is accessible too.
  await officer.getByRole("button", { name: "Send back" }).click();
  await expect(officer.getByRole("link", { name: "Say what needs to change, so the author can fix it" })).toBeVisible();
  await expectAccessible(officer);
  await officer.getByRole("button", { name: "Approve and publish" }).click();
  await expect(officer.getByText("Approved. The event is on the public pages.")).toBeVisible();
  await officerCtx.close();

  // The feed validates as iCalendar; ical.js expands the weekly event's RRULE into its next dates.
  const feed = await request.get("/events.ics");
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const text = await feed.text();
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const vevents = parseCalendar(text);
  for (const v of vevents)
    for (const prop of ["uid", "dtstamp", "dtstart", "dtend", "summary", "url", "description"])
      expect(v.component.hasProperty(prop), `${v.summary}: ${prop}`).toBe(true);
  const ours = vevents.find((v) => v.summary === title);
  expect(ours, "the weekly event is in the feed").toBeTruthy();
  expect(ours!.component.getFirstPropertyValue("url")).toMatch(new RegExp(`/events/${eventId}$`));
  expect(ours!.isRecurring()).toBe(true);
  const it = ours!.iterator();
  const dates: { startsAt: Date; endsAt: Date }[] = [];
  for (let next = it.next(); next; next = it.next()) {
    const startsAt = next.toJSDate();
    dates.push({ startsAt, endsAt: new Date(startsAt.getTime() + 90 * 60_000) });
  }
  expect(dates).toHaveLength(8);
  const row = await db.query(`SELECT "startsAt", rrule FROM "Event" WHERE id = $1`, [eventId]);
  expect(row.rows[0].rrule).toBe("FREQ=WEEKLY;COUNT=8");
  expect(dates[0].startsAt.toISOString()).toBe(new Date(row.rows[0].startsAt).toISOString());
  // Every one of those dates within the next 3 months is on /events, under this event.
  const horizon = new Date();
  horizon.setUTCMonth(horizon.getUTCMonth() + 3);
  const upcoming = dates.filter((d) => d.startsAt < horizon);
  expect(upcoming.length).toBeGreaterThanOrEqual(7);

  const publicCtx = await browser.newContext();
  const pub = await publicCtx.newPage();
  await pub.goto("/events");
  await expectAccessible(pub);
  const items = pub.getByRole("listitem").filter({ has: pub.getByRole("link", { name: title, exact: true }) });
  await expect(items).toHaveCount(upcoming.length);
  for (const o of upcoming) await expect(items.filter({ hasText: formatOccurrence(o, false) })).toHaveCount(1);
  // The filters are a GET form: "free" and "autism" keep it, "Deaf or hearing loss" does not.
  await pub.getByLabel("Need").selectOption("autism");
  await pub.getByLabel("Free events only").check();
  await pub.getByRole("button", { name: "Show events" }).click();
  await expect(pub).toHaveURL(/need=autism/);
  await expect(pub.getByRole("link", { name: title, exact: true }).first()).toBeVisible();
  await expectAccessible(pub);
  await pub.goto("/events?need=hearing");
  await expect(pub.getByRole("link", { name: title, exact: true })).toHaveCount(0);

  await pub.goto(`/events/${eventId}`);
  await expect(pub.getByRole("heading", { level: 1 })).toHaveText(title);
  const listed = pub.getByRole("list", { name: "Upcoming dates" }).getByRole("listitem");
  await expect(listed).toHaveText(upcoming.map((o) => formatOccurrence(o, false)));
  await expectAccessible(pub);
  await publicCtx.close();

  const one = await request.get(`/events/${eventId}/calendar.ics`);
  expect(one.status()).toBe(200);
  const [single] = parseCalendar(await one.text());
  expect(single.summary).toBe(title);
  expect(single.startDate.toJSDate().toISOString()).toBe(new Date(row.rows[0].startsAt).toISOString());
  expect(single.component.getFirstPropertyValue("rrule")?.toString()).toBe("FREQ=WEEKLY;COUNT=8");
});

test("a change to a published event waits: the public page keeps the old words until another officer approves", async ({
  browser,
}, info) => {
  const title = `Parents' coffee morning ${info.project.name} ${Date.now().toString(36)}`;
  const eventId = (
    await db.query(
      `INSERT INTO "Event" (id, "organisationId", "authorId", title, summary, "startsAt", "endsAt", "venueName",
         address, state, "publishedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, 'Meet other parents over a cup of tea.',
         date_trunc('hour', now()) + interval '10 days', date_trunc('hour', now()) + interval '10 days 1 hour',
         'Seabourne Library', 'Church Street, Seabourne', 'published', now(), now()) RETURNING id`,
      [organisationId, providerId, title],
    )
  ).rows[0].id as string;
  const newTitle = `${title} (new room)`;

  const providerCtx = await browser.newContext();
  await signInWithSession(db, providerCtx, providerId);
  const page = await providerCtx.newPage();
  await page.goto(`/admin/events/${eventId}/edit`);
  await expect(page.getByText("It stays there as it is while another officer checks your change")).toBeVisible();
  await page.getByLabel("Name of the event").fill(newTitle);
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByText("The public page stays as it is until another officer approves it.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "A change is waiting for approval" })).toBeVisible();
  await expectAccessible(page);
  await providerCtx.close();

  const pub = await browser.newPage();
  await pub.goto(`/events/${eventId}`);
  await expect(pub.getByRole("heading", { level: 1 })).toHaveText(title);

  // The officer finds it in the one review queue, sees before -> after, and approves.
  const officerCtx = await browser.newContext();
  await signInWithSession(db, officerCtx, officerId);
  const officer = await officerCtx.newPage();
  await officer.goto("/admin/review?kind=event");
  await officer.getByRole("link", { name: `Change to event: ${title}` }).click();
  const diff = officer.getByRole("table", { name: "Live now compared with Proposed" });
  await expect(diff.getByRole("row", { name: /Name/ })).toContainText(newTitle);
  await expectAccessible(officer);
  await officer.getByRole("button", { name: "Approve the change" }).click();
  await expect(officer.getByText("Approved. The event is on the public pages.")).toBeVisible();
  await officerCtx.close();

  await pub.goto(`/events/${eventId}`);
  await expect(pub.getByRole("heading", { level: 1 })).toHaveText(newTitle);
  await pub.close();
});

test("the demo events show on /events and a listing's page shows its upcoming events", async ({ page }) => {
  // The site's main menu leads there.
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Events" }).click();
  await expect(page).toHaveURL(/\/events$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Events");
  await expect(page.getByRole("link", { name: "Teen Connect weekly group" }).first()).toBeVisible();
  await page.getByRole("link", { name: "Teen Connect weekly group" }).first().click();
  await expect(page.getByRole("link", { name: "Teen Connect: social group for autistic teenagers" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Teen Connect: social group for autistic teenagers" }).click();
  await expect(page.getByRole("heading", { name: "Upcoming events" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Teen Connect weekly group" })).toBeVisible();
  const missing = await page.goto("/events/00000000-0000-0000-0000-000000000000");
  expect(missing?.status()).toBe(404);
});
