// When a listing must next be checked. Twelve months after the last check unless a category
// sets its own period (issue: admin area); a listing never checked is due at once.
export const DEFAULT_REVIEW_MONTHS = 12;

export function reviewDueDate(lastCheckedAt: Date | null | undefined, months = DEFAULT_REVIEW_MONTHS): Date | null {
  if (!lastCheckedAt) return null;
  const due = new Date(
    Date.UTC(lastCheckedAt.getUTCFullYear(), lastCheckedAt.getUTCMonth() + months, lastCheckedAt.getUTCDate()),
  );
  // 29 Feb + 12 months rolls into March: clamp back to the last day of the intended month.
  if (due.getUTCDate() !== lastCheckedAt.getUTCDate()) due.setUTCDate(0);
  return due;
}
