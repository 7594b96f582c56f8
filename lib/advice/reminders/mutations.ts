// The scheduled job's advice-page part: email each page's owner when its review is near, and a
// second, firmer reminder 14 days later if the page has still not been marked as checked. The
// timing is the listings' rule (lib/review-dates/schedule.ts), shared, not copied. Officers sign in
// to check a page, so the email links to the page's staff view, with no single-use token.
import "server-only";
import { db } from "@/lib/platform/db";
import { sendEmail } from "@/lib/platform/email/send";
import { SITE } from "@/lib/platform/site";
import { formatDate } from "@/lib/services/format";
import { reminderStageDue } from "@/lib/review-dates/schedule";
import { findAdviceReminderCandidates } from "./data";

const appUrl = () => process.env.APP_URL || process.env.AUTH_URL || "http://localhost:3000";

export type AdviceReminderRun = { sent: number; escalated: number; noOwner: string[] };

type Owner = { email: string; role: string; disabledAt: Date | null } | null;

/**
 * Who is asked: the page's owner while they are an officer who can sign in. A page with no such
 * owner goes to the Local Offer team's shared mailbox (SITE.email), not to every officer: one
 * mailbox someone watches beats a dozen people each assuming another will act, and the email asks
 * the team to choose an owner. The second reminder also goes to the team, so someone else knows.
 */
export function adviceReminderRecipients(owner: Owner, stage: 1 | 2): { to: string[]; hasOwner: boolean } {
  const active = owner && !owner.disabledAt && (owner.role === "editor" || owner.role === "admin");
  if (!active) return { to: [SITE.email], hasOwner: false };
  const ownerEmail = owner.email.toLowerCase();
  return { to: stage === 2 && ownerEmail !== SITE.email ? [ownerEmail, SITE.email] : [ownerEmail], hasOwner: true };
}

function reminderText(page: { id: string; slug: string; title: string; reviewDueAt: Date | null }, stage: 1 | 2) {
  const when = page.reviewDueAt ? `on ${formatDate(page.reviewDueAt)}` : "now";
  return [
    stage === 1
      ? `The advice page "${page.title}" on the ${SITE.name} is due for review ${when}.`
      : `We wrote two weeks ago because the advice page "${page.title}" is due for review ${when}. ` +
        "It has not been marked as checked yet.",
    "",
    "Families act on this advice, so it must be right. Please read the page and check it against the " +
      "SEND Code of Practice and GOV.UK guidance.",
    "",
    "Sign in and open the page:",
    `${appUrl()}/admin/advice/${page.id}`,
    "",
    'If it is still right, choose "Mark as checked". If something needs changing, edit the page. ' +
      "Another officer approves the change before it goes live.",
    "",
    `The public page: ${appUrl()}/advice/${page.slug}`,
  ].join("\n");
}

/** Sends what is due. Safe to run as often as you like: each stage is sent once per review period. */
export async function sendAdviceReviewReminders(now = new Date()): Promise<AdviceReminderRun> {
  const run: AdviceReminderRun = { sent: 0, escalated: 0, noOwner: [] };
  for (const page of await findAdviceReminderCandidates(now)) {
    const stage = reminderStageDue(page, now);
    if (!stage) continue;
    const { to, hasOwner } = adviceReminderRecipients(page.owner, stage);
    if (!hasOwner) run.noOwner.push(page.title);
    // Recorded before sending: a failed send is kept in the outbox (/admin/outbox), and a crash
    // between the two must not send the owner the same reminder every time the job runs.
    await db().adviceReviewReminder.createMany({
      data: to.map((sentTo) => ({ advicePageId: page.id, sentTo, stage, sentAt: now })),
    });
    const ownerNote = hasOwner
      ? []
      : ["", "This page has no owner. Please choose an officer to own it on the page above."];
    for (const address of to)
      await sendEmail({
        to: address,
        subject:
          stage === 1
            ? `Advice page due for review: ${page.title}`
            : `Second reminder: please check the advice page ${page.title}`,
        text: reminderText(page, stage) + ownerNote.join("\n"),
      });
    if (stage === 1) run.sent++;
    else run.escalated++;
  }
  return run;
}
