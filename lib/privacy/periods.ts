// How long personal details are kept, in one place: the scheduled job (lib/privacy/retention.ts)
// applies these periods and the privacy note (app/(public)/privacy) states them, so the two cannot drift.
import { DRAFT_DAYS } from "@/lib/submissions/schema";

export const RETENTION = {
  searchLogMonths: 13,
  spentTokenDays: 1,
  emailBodyDays: 90,
  searchOutboxDays: 7,
  /** An "Add your service" draft nobody confirmed: as long as its cookie lasts, counted from the last change. */
  draftDays: DRAFT_DAYS,
  /**
   * What a family typed in "Suggest a change", counted from when it was made into an edit or dismissed.
   * The provider may still ask "what exactly was wrong?" or the same problem may come back, so it is not
   * emptied at once; 90 days matches the email that carried the same words to the provider
   * (emailBodyDays), so no copy outlives the other by long.
   */
  closedSuggestionDays: 90,
} as const;
