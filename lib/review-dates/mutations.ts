// Review reminders and "still correct" confirmations. A listing confirmed by its provider (or
// marked checked by an officer) gets a new last-checked date and review date, with an audit row.
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/app-error";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";
import { isStaff, type SignedInUser } from "@/lib/auth/roles";
import { sendEmail } from "@/lib/platform/email/send";
import { enqueueSearchChange } from "@/lib/search/sync/outbox";
import { DEFAULT_REVIEW_MONTHS, reviewDueDate } from "./due-date";
import { SITE } from "@/lib/platform/site";
import { findReminderByToken, findReminderCandidates } from "./data";
import { LINK_VALID_DAYS, reminderRecipient, reminderStageDue } from "./schedule";
import { createToken } from "./token";

const DAY = 86_400_000;
const appUrl = () => process.env.APP_URL || process.env.AUTH_URL || "http://localhost:3000";
const dateOnly = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

export type ReminderRun = { sent: number; escalated: number; noAddress: string[] };

/** The scheduled job: first reminders when a review is near, a firmer second one when ignored. */
export async function sendDueReminders(now = new Date()): Promise<ReminderRun> {
  const run: ReminderRun = { sent: 0, escalated: 0, noAddress: [] };
  for (const c of await findReminderCandidates(now)) {
    const stage = reminderStageDue(c, now);
    if (!stage) continue;
    const to = reminderRecipient(c);
    if (!to) {
      run.noAddress.push(c.name);
      continue;
    }
    const { token, hash } = createToken();
    await db().reviewReminder.create({
      data: {
        serviceId: c.id,
        sentTo: to,
        stage,
        tokenHash: hash,
        sentAt: now,
        expiresAt: new Date(now.getTime() + LINK_VALID_DAYS * DAY),
      },
    });
    const link = `${appUrl()}/check/${token}`;
    await sendEmail({
      to,
      subject:
        stage === 1
          ? `Is your listing still correct? ${c.name}`
          : `Second reminder: please check ${c.name} on the ${SITE.name}`,
      text: [
        stage === 1
          ? `Families use the ${SITE.name} to find "${c.name}". Please check the listing is still correct.`
          : `We wrote two weeks ago asking you to check "${c.name}" on the ${SITE.name}, and have not heard back. ` +
            "Listings that are not checked may be taken down.",
        "",
        "Open this link to see the listing. One click confirms it is still correct, or you can say what needs changing:",
        link,
        "",
        `The link works for ${LINK_VALID_DAYS} days. Questions? Call the Local Offer team on ${SITE.phone}.`,
      ].join("\n"),
    });
    if (stage === 1) run.sent++;
    else run.escalated++;
  }
  return run;
}

async function markChecked(tx: Tx, serviceId: string, actor: Actor, now: Date, how: string) {
  const before = await tx.service.findUniqueOrThrow({
    where: { id: serviceId },
    select: { lastCheckedAt: true, reviewDueAt: true },
  });
  const lastCheckedAt = dateOnly(now);
  const reviewDueAt = reviewDueDate(lastCheckedAt, await reviewMonthsFor(tx, serviceId));
  await tx.service.update({ where: { id: serviceId }, data: { lastCheckedAt, reviewDueAt } });
  await tx.reviewReminder.updateMany({
    where: { serviceId, answeredAt: null },
    data: { answeredAt: now, answer: how },
  });
  await enqueueSearchChange(tx, serviceId, "upsert");
  await recordAudit(tx, actor, {
    entityType: "service",
    type: "service.confirmed",
    entityId: serviceId,
    before: { lastCheckedAt: before.lastCheckedAt, reviewDueAt: before.reviewDueAt },
    after: { lastCheckedAt, reviewDueAt },
    data: { how },
  });
}

export type TokenProblem = "unknown" | "expired" | "used" | "gone";

export async function checkReminderToken(token: string, now = new Date()) {
  const reminder = await findReminderByToken(token);
  if (!reminder) return { problem: "unknown" as TokenProblem };
  if (reminder.answeredAt) return { problem: "used" as TokenProblem, reminder };
  if (reminder.expiresAt < now) return { problem: "expired" as TokenProblem, reminder };
  if (reminder.service.archivedAt || !reminder.service.publishedAt)
    return { problem: "gone" as TokenProblem, reminder };
  return { problem: null, reminder };
}

/** The provider's one click: "yes, still correct". Single use; a second click changes nothing. */
export async function confirmByToken(token: string, answer: "confirmed" | "changes", now = new Date()) {
  const { problem, reminder } = await checkReminderToken(token, now);
  if (problem || !reminder) return { ok: false as const, problem: problem ?? "unknown" };
  await db().$transaction(async (tx) => {
    // Claim the reminder first so two clicks cannot both count.
    const claimed = await tx.reviewReminder.updateMany({
      where: { id: reminder.id, answeredAt: null },
      data: { answeredAt: now, answer },
    });
    if (claimed.count !== 1) return;
    if (answer === "confirmed")
      await markChecked(tx, reminder.serviceId, { id: null, email: reminder.sentTo }, now, "confirmed by provider");
    else await ensureProviderAccount(tx, reminder.sentTo, reminder.serviceId);
  });
  return { ok: true as const, serviceId: reminder.serviceId, email: reminder.sentTo };
}

/**
 * "Something needs changing" from the address the reminder went to: that mailbox has just proved
 * itself with a single-use token, so it may sign in as a provider of the listing's organisation
 * (edits still wait for an officer). Existing accounts are left exactly as they are.
 */
async function ensureProviderAccount(tx: Tx, email: string, serviceId: string) {
  const address = email.trim().toLowerCase();
  if (await tx.user.findUnique({ where: { email: address } })) return;
  const service = await tx.service.findUniqueOrThrow({ where: { id: serviceId }, select: { organisationId: true } });
  const user = await tx.user.create({
    data: { email: address, role: "provider", organisationId: service.organisationId },
  });
  await recordAudit(
    tx,
    { id: null, email: "review reminder" },
    {
      entityType: "user",
      type: "user.created",
      entityId: user.id,
      before: null,
      after: { email: address, role: "provider", organisationId: service.organisationId },
      data: { via: "review reminder", serviceId },
    },
  );
}

/** An officer checked the listing another way (a phone call, a visit). */
export async function markCheckedByOfficer(user: SignedInUser, serviceId: string, now = new Date()) {
  if (!isStaff(user)) throw new AppError("not_found");
  await db().$transaction(async (tx) => {
    const service = await tx.service.findFirst({ where: { id: serviceId }, select: { id: true } });
    if (!service) throw new AppError("not_found");
    await markChecked(tx, service.id, { id: user.id, email: user.email }, now, "checked by officer");
  });
}

/** Per-category review periods: a listing is due for checking after the shortest period of its
  categories (set by admins at /admin/taxonomy), or 12 months when none is set. */
export async function reviewMonthsFor(tx: Tx, serviceId: string): Promise<number> {
  const terms = await tx.serviceTerm.findMany({
    where: { serviceId, term: { taxonomy: { code: "categories" }, reviewMonths: { not: null } } },
    select: { term: { select: { reviewMonths: true } } },
  });
  const months = terms.map((t) => t.term.reviewMonths!).filter((m) => m > 0);
  return months.length ? Math.min(...months) : DEFAULT_REVIEW_MONTHS;
}

/** Sets reviewDueAt from lastCheckedAt and the listing's categories. */
export async function refreshReviewDue(tx: Tx, serviceId: string): Promise<void> {
  const service = await tx.service.findUniqueOrThrow({ where: { id: serviceId }, select: { lastCheckedAt: true } });
  const months = await reviewMonthsFor(tx, serviceId);
  await tx.service.update({
    where: { id: serviceId },
    data: { reviewDueAt: reviewDueDate(service.lastCheckedAt, months) },
  });
}
