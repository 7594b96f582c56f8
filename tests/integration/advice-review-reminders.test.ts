// Advice pages' review reminders with the clock moved forward, against a real database and the
// email outbox: the scheduled job emails the page's owner once when the review is near, a second
// reminder (copied to the Local Offer team) 14 days later if nobody marked it as checked, and
// nothing once it is checked. A page with no owner goes to the team's mailbox.
import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { SITE } from "@/lib/platform/site";
import { markAdviceChecked } from "@/lib/advice/mutations";
import { sendAdviceReviewReminders } from "@/lib/advice/reminders/mutations";
import { createUser } from "@/tests/factories/admin";

const OWNER = "owner@seabourne.gov.uk";
let owner: Awaited<ReturnType<typeof createUser>>;

async function createPage(slug: string, ownerId: string | null, reviewDueAt: string) {
  return db().advicePage.create({
    data: {
      slug,
      title: `Page ${slug}`,
      summary: "A summary.",
      body: "Some words.",
      schedule2: [],
      categoryCodes: [],
      relatedServiceIds: [],
      ownerId,
      publishedAt: new Date("2026-01-10T09:00:00Z"),
      lastCheckedAt: new Date("2026-01-10"),
      reviewDueAt: new Date(reviewDueAt),
    },
  });
}
const mailTo = (to: string) => db().emailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

beforeEach(async () => {
  owner = await createUser("editor", OWNER);
});

it("emails the owner once, escalates when unanswered, and stops once the page is checked", async () => {
  const page = await createPage("travel-to-school", owner.id, "2027-01-10");
  await createPage("not-due-yet", owner.id, "2027-06-01");

  expect(await sendAdviceReviewReminders(new Date("2026-11-01T09:00:00Z"))).toMatchObject({ sent: 0, escalated: 0 });
  expect(await mailTo(OWNER)).toHaveLength(0);

  // Three weeks before the review date: one email to the owner, linking to the page's staff view.
  expect(await sendAdviceReviewReminders(new Date("2026-12-20T09:00:00Z"))).toEqual({
    sent: 1,
    escalated: 0,
    noOwner: [],
  });
  const [first] = await mailTo(OWNER);
  expect(first.subject).toBe("Advice page due for review: Page travel-to-school");
  expect(first.text).toContain(`/admin/advice/${page.id}`);
  expect(first.text).toContain("10 January 2027");
  expect(first.text).toContain("Mark as checked");

  expect(await sendAdviceReviewReminders(new Date("2026-12-21T09:00:00Z")), "a second run sends nothing").toEqual({
    sent: 0,
    escalated: 0,
    noOwner: [],
  });
  expect(await sendAdviceReviewReminders(new Date("2027-01-02T09:00:00Z")), "13 days on: still nothing").toEqual({
    sent: 0,
    escalated: 0,
    noOwner: [],
  });
  expect(await mailTo(OWNER)).toHaveLength(1);

  // 14 days on, not checked: the firmer second reminder to the owner, copied to the team.
  expect(await sendAdviceReviewReminders(new Date("2027-01-03T09:00:00Z"))).toMatchObject({ sent: 0, escalated: 1 });
  const ownerMail = await mailTo(OWNER);
  expect(ownerMail).toHaveLength(2);
  expect(ownerMail[1].subject).toBe("Second reminder: please check the advice page Page travel-to-school");
  expect((await mailTo(SITE.email)).map((m) => m.subject)).toEqual([ownerMail[1].subject]);
  expect(await sendAdviceReviewReminders(new Date("2027-01-20T09:00:00Z")), "no third reminder").toMatchObject({
    sent: 0,
    escalated: 0,
  });

  // The owner marks it as checked: the reminders are answered, the review moves a year on, no more mail.
  await markAdviceChecked(owner, page.id, new Date("2027-01-21T10:00:00Z"));
  expect(await db().adviceReviewReminder.count({ where: { advicePageId: page.id, answeredAt: null } })).toBe(0);
  expect(await sendAdviceReviewReminders(new Date("2027-02-10T09:00:00Z"))).toMatchObject({ sent: 0, escalated: 0 });
  expect(await mailTo(OWNER)).toHaveLength(2);

  // A year later the next review starts the cycle again (last year's answered reminders do not count).
  await sendAdviceReviewReminders(new Date("2027-12-30T09:00:00Z"));
  const latest = await db().adviceReviewReminder.findFirstOrThrow({
    where: { advicePageId: page.id },
    orderBy: { sentAt: "desc" },
  });
  expect(latest).toMatchObject({ stage: 1, sentTo: OWNER, answeredAt: null });
  expect(latest.sentAt.toISOString()).toBe("2027-12-30T09:00:00.000Z");
});

it("sends a page with no owner, or an owner who can no longer sign in, to the Local Offer team", async () => {
  await createPage("no-owner", null, "2027-01-10");
  const gone = await createUser("editor", "left@seabourne.gov.uk");
  await db().user.update({ where: { id: gone.id }, data: { disabledAt: new Date("2026-06-01") } });
  await createPage("owner-left", gone.id, "2027-01-10");
  const unpublished = await createPage("not-public", owner.id, "2027-01-10");
  await db().advicePage.update({ where: { id: unpublished.id }, data: { publishedAt: null } });

  const run = await sendAdviceReviewReminders(new Date("2026-12-20T09:00:00Z"));
  expect(run).toEqual({ sent: 2, escalated: 0, noOwner: ["Page no-owner", "Page owner-left"] });
  const team = await mailTo(SITE.email);
  expect(team.map((m) => m.subject).sort()).toEqual([
    "Advice page due for review: Page no-owner",
    "Advice page due for review: Page owner-left",
  ]);
  expect(team[0].text).toContain("This page has no owner");
  expect(await mailTo("left@seabourne.gov.uk")).toHaveLength(0);
  expect(await mailTo(OWNER), "unpublished pages are not reviewed").toHaveLength(0);
});
