import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { REMIND_DAYS_BEFORE_DUE } from "./schedule";
import { hashToken } from "./token";

const DAY = 86_400_000;
// Listings that need checking: public ones, except services that have closed for good
// (nobody should be emailed to confirm a service that no longer exists).
const LIVE: Prisma.ServiceWhereInput = { publishedAt: { not: null }, archivedAt: null, status: { not: "defunct" } };

/** Live listings whose review is due within the reminder window (or never checked). */
export async function findReminderCandidates(now: Date) {
  const horizon = new Date(now.getTime() + REMIND_DAYS_BEFORE_DUE * DAY);
  const services = await db().service.findMany({
    where: { ...LIVE, OR: [{ reviewDueAt: { lte: horizon } }, { reviewDueAt: null }] },
    select: {
      id: true,
      name: true,
      email: true,
      reviewDueAt: true,
      lastCheckedAt: true,
      organisation: { select: { email: true } },
      contacts: { orderBy: { position: "asc" }, select: { email: true } },
      reminders: { orderBy: { sentAt: "desc" }, select: { stage: true, sentAt: true, answeredAt: true } },
    },
  });
  // Only reminders about the current review period count: those sent after the last check.
  return services.map((s) => ({
    ...s,
    contactEmails: s.contacts.map((c) => c.email).filter((e): e is string => !!e),
    organisationEmail: s.organisation.email,
    reminders: s.reminders.filter((r) => !s.lastCheckedAt || r.sentAt >= s.lastCheckedAt),
  }));
}

export function findReminderByToken(token: string) {
  return db().reviewReminder.findUnique({
    where: { tokenHash: hashToken(token) },
    include: {
      service: {
        select: {
          id: true,
          name: true,
          summary: true,
          slug: true,
          email: true,
          url: true,
          lastCheckedAt: true,
          archivedAt: true,
          publishedAt: true,
          organisation: { select: { name: true } },
          contacts: { orderBy: { position: "asc" }, include: { phones: { orderBy: { position: "asc" } } } },
          serviceAtLocations: {
            select: {
              location: {
                select: { name: true, addresses: { select: { address1: true, city: true, postalCode: true } } },
              },
            },
          },
        },
      },
    },
  });
}

export type ReviewView = "overdue" | "due-soon" | "recent" | "unanswered";

/** Staff only (the page checks). Counts for every view and the rows of the chosen one. */
export async function findReviewDashboard(view: ReviewView, now = new Date()) {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const in30 = new Date(today.getTime() + 30 * DAY);
  const ago30 = new Date(today.getTime() - 30 * DAY);
  const where: Record<Exclude<ReviewView, "unanswered">, Prisma.ServiceWhereInput> = {
    overdue: { ...LIVE, OR: [{ reviewDueAt: { lt: today } }, { reviewDueAt: null }] },
    "due-soon": { ...LIVE, reviewDueAt: { gte: today, lte: in30 } },
    recent: { ...LIVE, lastCheckedAt: { gte: ago30 } },
  };
  const unansweredWhere: Prisma.ReviewReminderWhereInput = { answeredAt: null, service: LIVE };
  const [overdue, dueSoon, recent, unanswered] = await Promise.all([
    db().service.count({ where: where.overdue }),
    db().service.count({ where: where["due-soon"] }),
    db().service.count({ where: where.recent }),
    db().service.count({ where: { ...LIVE, reminders: { some: { answeredAt: null } } } }),
  ]);
  const select = {
    id: true,
    name: true,
    reviewDueAt: true,
    lastCheckedAt: true,
    organisation: { select: { name: true } },
    reminders: {
      orderBy: { sentAt: "desc" },
      take: 1,
      select: { stage: true, sentAt: true, sentTo: true, answeredAt: true, answer: true },
    },
  } satisfies Prisma.ServiceSelect;
  const rows =
    view === "unanswered"
      ? await db().service.findMany({
          where: { ...LIVE, reminders: { some: unansweredWhere } },
          select,
          orderBy: { reviewDueAt: "asc" },
          take: 200,
        })
      : await db().service.findMany({
          where: where[view],
          select,
          orderBy: view === "recent" ? { lastCheckedAt: "desc" } : { reviewDueAt: { sort: "asc", nulls: "first" } },
          take: 200,
        });
  return { counts: { overdue, "due-soon": dueSoon, recent, unanswered }, rows };
}
