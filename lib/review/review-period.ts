// Per-category review periods: a listing is due for checking after the shortest period of its
// categories (set by admins at /admin/taxonomy), or 12 months when none is set.
import "server-only";
import type { Tx } from "@/lib/db";
import { DEFAULT_REVIEW_MONTHS, reviewDueDate } from "@/lib/services/review-dates";

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
  await tx.service.update({ where: { id: serviceId }, data: { reviewDueAt: reviewDueDate(service.lastCheckedAt, months) } });
}
