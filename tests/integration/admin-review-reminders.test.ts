// Review reminders with the clock moved forward: the job emails the provider contact a link,
// escalates when nobody answers, officers see who has not answered, and the one-click confirm
// updates "last checked" (which the public page shows).
import { expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { runAs } from "@/lib/auth/session";
import { findReviewDashboard } from "@/lib/review-dates/data";
import { sendDueReminders } from "@/lib/review-dates/mutations";
import { findPublishedServiceBySlug } from "@/lib/services/data";
import { createListing } from "@/tests/factories/listings";

const CONTACT = "manager@playscheme.example";

async function digestOf(p: Promise<unknown>) {
  try {
    await p;
    return "no redirect";
  } catch (error) {
    return (error as { digest?: string }).digest ?? String(error);
  }
}

it("reminds, escalates, and the provider's one click confirms the listing", async () => {
  const listing = await createListing({
    lastCheckedAt: "2026-01-10",
    contacts: [{ title: "Manager", email: CONTACT, phones: [] }],
  });
  const tokenIn = async (stage: RegExp) => {
    const mail = await db().emailMessage.findFirstOrThrow({
      where: { to: CONTACT, subject: { contains: "" } },
      orderBy: { createdAt: "desc" },
    });
    expect(mail.subject).toMatch(stage);
    return /\/check\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
  };

  expect(await sendDueReminders(new Date("2026-11-01T09:00:00Z"))).toMatchObject({ sent: 0, escalated: 0 });

  // The clock moves to 3 weeks before the review date (10 January 2027).
  expect(await sendDueReminders(new Date("2026-12-20T09:00:00Z"))).toMatchObject({ sent: 1, escalated: 0 });
  const first = await tokenIn(/still correct/);
  expect(
    await sendDueReminders(new Date("2026-12-21T09:00:00Z")),
    "running the job twice sends nothing twice",
  ).toMatchObject({ sent: 0, escalated: 0 });

  // Two weeks on without an answer: the firmer second reminder, and officers can see it.
  expect(await sendDueReminders(new Date("2027-01-04T09:00:00Z"))).toMatchObject({ sent: 0, escalated: 1 });
  const second = await tokenIn(/Second reminder/);
  expect(second).not.toBe(first);
  const unanswered = await findReviewDashboard("unanswered", new Date("2027-01-04T09:00:00Z"));
  expect(unanswered.counts.unanswered).toBe(1);
  expect(unanswered.rows[0]).toMatchObject({
    id: listing.id,
    reminders: [{ stage: 2, sentTo: CONTACT, answeredAt: null }],
  });

  // Opening the link changes nothing; the button does.
  const { confirmListingAction } = await import("@/lib/review-dates/actions");
  const form = new FormData();
  form.set("token", second);
  form.set("answer", "confirmed");
  expect(await digestOf(runAs(null, () => confirmListingAction(null, form)))).toMatch(
    /^NEXT_REDIRECT;[^;]+;\/check\/thank-you;/,
  );

  const today = new Date().toISOString().slice(0, 10);
  const live = await findPublishedServiceBySlug(listing.slug);
  expect(live?.lastCheckedAt?.toISOString().slice(0, 10)).toBe(today);
  expect(live?.reviewDueAt?.toISOString().slice(0, 10)).toBe(`${Number(today.slice(0, 4)) + 1}${today.slice(4)}`);
  expect(
    await db().auditEvent.findFirst({
      where: { type: "service.confirmed", entityId: listing.id, actorEmail: CONTACT },
    }),
  ).not.toBeNull();
  expect((await findReviewDashboard("unanswered")).counts.unanswered).toBe(0);

  // The link works once; the first reminder's link is spent too.
  const before = await db().service.findUniqueOrThrow({ where: { id: listing.id } });
  expect(await digestOf(runAs(null, () => confirmListingAction(null, form)))).toMatch(new RegExp(`/check/${second}`));
  form.set("token", first);
  expect(await digestOf(runAs(null, () => confirmListingAction(null, form)))).toMatch(new RegExp(`/check/${first}`));
  expect((await db().service.findUniqueOrThrow({ where: { id: listing.id } })).updatedAt).toEqual(before.updatedAt);
});

it("sends a provider who says something has changed to sign in and edit", async () => {
  const created = await createListing({ lastCheckedAt: "2025-01-01", email: "service@example.org" });
  const listing = {
    ...created,
    organisationId: (await db().service.findUniqueOrThrow({ where: { id: created.id } })).organisationId,
  };
  await sendDueReminders(new Date("2026-11-23T09:00:00Z"));
  const mail = await db().emailMessage.findFirstOrThrow({ where: { to: "service@example.org" } });
  const { confirmListingAction } = await import("@/lib/review-dates/actions");
  const form = new FormData();
  form.set("token", /\/check\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]);
  form.set("answer", "changes");
  const redirect = await digestOf(runAs(null, () => confirmListingAction(null, form)));
  expect(redirect).toContain(encodeURIComponent(`/admin/listings/${listing.id}/edit`));
  // No email address in a URL (it would sit in browser history and server logs): the sign-in page
  // finds the address from the spent reminder instead, for a short while.
  expect(decodeURIComponent(redirect)).not.toContain("@");
  const { loadReminderSignInEmail } = await import("@/lib/review-dates/loaders");
  const reminderParam = new URL(redirect.split(";")[2], "http://x").searchParams.get("reminder") ?? "";
  expect(await loadReminderSignInEmail(reminderParam)).toBe("service@example.org");
  expect(await loadReminderSignInEmail(reminderParam, new Date(Date.now() + 16 * 60_000))).toBeUndefined();
  expect(await loadReminderSignInEmail("not-a-token")).toBeUndefined();
  expect(
    (await db().service.findUniqueOrThrow({ where: { id: listing.id } })).lastCheckedAt?.toISOString().slice(0, 10),
  ).toBe("2025-01-01");
  expect(await db().reviewReminder.findFirst({ where: { serviceId: listing.id } })).toMatchObject({
    answer: "changes",
  });
  // The address the reminder reached may now sign in, as a provider of this listing's organisation only.
  expect(await db().user.findUnique({ where: { email: "service@example.org" } })).toMatchObject({
    role: "provider",
    organisationId: listing.organisationId,
  });
});

it("never asks anyone to confirm a service that has closed for good", async () => {
  await createListing({
    lastCheckedAt: "2026-01-10",
    status: "defunct",
    closureMessage: "This group stopped meeting in 2026.",
    contacts: [{ title: "Manager", email: "closed@playscheme.example", phones: [] }],
  });
  expect(await sendDueReminders(new Date("2026-12-20T09:00:00Z"))).toMatchObject({ sent: 0, escalated: 0 });
  expect((await findReviewDashboard("overdue", new Date("2027-06-01T09:00:00Z"))).counts.overdue).toBe(0);
});
