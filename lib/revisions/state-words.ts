// A revision's state in the words a review page uses ("This change is waiting for approval"). Pure:
// one list for the listing, organisation-profile and advice review pages.
export const REVISION_STATE_WORDS: Record<string, string> = {
  draft: "a draft",
  submitted: "waiting for approval",
  changes_requested: "sent back to its author for changes",
  approved: "approved",
  rejected: "returned to its author",
};
