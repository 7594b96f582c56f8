import "server-only";
import { db } from "@/lib/db";
import { isStaff, listingScope, type SignedInUser } from "@/lib/auth/roles";

/** Counts for the dashboard, within what the user may see. */
export async function countDashboard(user: SignedInUser, today = new Date()) {
  const scope = listingScope(user);
  const live = { ...scope, archivedAt: null };
  // As on the review-dates page: published, and not closed for good.
  const reviewable = { ...live, publishedAt: { not: null }, status: { not: "defunct" as const } };
  const in30 = new Date(today.getTime() + 30 * 86_400_000);
  const [listings, waiting, unpublished, overdue, dueSoon, myDrafts] = await Promise.all([
    db().service.count({ where: live }),
    isStaff(user) ? db().serviceRevision.count({ where: { state: "submitted" } }) : db().serviceRevision.count({ where: { state: "submitted", ...scope } }),
    db().service.count({ where: { ...live, publishedAt: null } }),
    db().service.count({ where: { ...reviewable, OR: [{ reviewDueAt: { lt: today } }, { reviewDueAt: null }] } }),
    db().service.count({ where: { ...reviewable, reviewDueAt: { gte: today, lte: in30 } } }),
    db().serviceRevision.findMany({
      where: { authorId: user.id, state: { in: ["draft", "rejected"] } },
      orderBy: { updatedAt: "desc" }, take: 20,
      select: { id: true, state: true, reason: true, serviceId: true, updatedAt: true, service: { select: { name: true } } },
    }),
  ]);
  return { listings, waiting, unpublished, overdue, dueSoon, myDrafts };
}
