// The officers' queue (/admin/review) shows families' suggestions with one line: <SuggestionsQueueSection />.
// A server component beside the suggestions pages, so the queue page needs no more than that line.
import { SuggestionsSection } from "@/components/suggestions/suggestions-section";
import { isStaff } from "@/lib/auth/roles";
import { makeSuggestionIntoEditAction } from "@/lib/suggestions/actions";
import { loadOpenSuggestions } from "@/lib/suggestions/loaders";

export async function SuggestionsQueueSection({ limit = 10 }: { limit?: number }) {
  const { user, suggestions } = await loadOpenSuggestions("/admin/review");
  return (
    <SuggestionsSection
      suggestions={suggestions}
      makeIntoEdit={makeSuggestionIntoEditAction}
      canDismiss={isStaff(user)}
      limit={limit}
    />
  );
}
