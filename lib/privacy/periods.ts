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
  /**
   * A feedback email address (given only for a reply), counted from when the feedback was closed: long
   * enough to answer a follow-up to the reply, as long as the reply's own email body (emailBodyDays).
   */
  closedFeedbackEmailDays: 90,
  /** And never longer than this after it was sent, even if nobody closed it, so none is kept for ever. */
  feedbackEmailMonths: 12,
} as const;
