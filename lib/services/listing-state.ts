// One pure function says what state a listing is in, for badges and filters. Unit-tested.
export type ListingState = "archived" | "unpublished" | "closed" | "overdue" | "pending" | "live";

export const LISTING_STATE_LABELS: Record<ListingState, string> = {
  archived: "Archived",
  unpublished: "Not yet public",
  closed: "Temporarily closed",
  overdue: "Overdue for review",
  pending: "Change waiting for approval",
  live: "Live",
};

export function listingState(
  s: {
    archivedAt: Date | null;
    publishedAt: Date | null;
    status: string;
    reviewDueAt: Date | null;
    pendingRevisions: number;
  },
  today = new Date(),
): ListingState {
  if (s.archivedAt) return "archived";
  if (!s.publishedAt) return "unpublished";
  if (s.pendingRevisions > 0) return "pending";
  if (s.status === "temporarily_closed") return "closed";
  if (!s.reviewDueAt || s.reviewDueAt < today) return "overdue";
  return "live";
}
