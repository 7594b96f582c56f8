// Reads for the advice-page review reminders job. The job runs as a command (scripts/jobs-run.ts),
// with no signed-in user, so these take no user.
import "server-only";
import { db } from "@/lib/platform/db";
import { REMIND_DAYS_BEFORE_DUE } from "@/lib/review-dates/schedule";

const DAY = 86_400_000;

/** Public advice pages whose review is due within the reminder window (or never set), with owner and reminders. */
export async function findAdviceReminderCandidates(now: Date) {
  const horizon = new Date(now.getTime() + REMIND_DAYS_BEFORE_DUE * DAY);
  const pages = await db().advicePage.findMany({
    where: {
      publishedAt: { not: null },
      archivedAt: null,
      OR: [{ reviewDueAt: { lte: horizon } }, { reviewDueAt: null }],
    },
    orderBy: { title: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      reviewDueAt: true,
      lastCheckedAt: true,
      owner: { select: { email: true, role: true, disabledAt: true } },
      reminders: { orderBy: { sentAt: "desc" }, select: { stage: true, sentAt: true, answeredAt: true } },
    },
  });
  // As for listings (ADR 0013), only reminders about the current review period count: those sent
  // since the page was last checked. Older ones were about last year's review.
  return pages.map((p) => ({
    ...p,
    reminders: p.reminders.filter((r) => !p.lastCheckedAt || r.sentAt >= p.lastCheckedAt),
  }));
}
