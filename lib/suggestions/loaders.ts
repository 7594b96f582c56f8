// Loaders for families' suggestions in the staff area: each checks who is asking and reads with
// their scope, so a provider sees only their own organisation's listings' suggestions.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireSignedIn, requireStaff } from "@/lib/auth/loaders";
import { findOpenSuggestions, findSuggestionForUser, findSuggestionsForRevision } from "./data";

/** Suggestions nobody has handled, oldest first: the queue's section and /admin/suggestions. */
export const loadOpenSuggestions = cache(async (next = "/admin/suggestions") => {
  const user = await requireSignedIn(next);
  return { user, suggestions: await findOpenSuggestions(user) };
});

/** One suggestion an officer is about to dismiss; anyone else, or a suggestion not there, gets 404. */
export async function loadSuggestionToDismiss(suggestionId: string) {
  const user = await requireStaff(`/admin/suggestions/${suggestionId}`);
  const suggestion = await findSuggestionForUser(user, suggestionId);
  if (!suggestion) notFound();
  return { user, suggestion };
}

/** What families said that an edit was made from, quoted above the editor. */
export async function loadSuggestionNotes(revisionId: string | undefined) {
  if (!revisionId) return [];
  const user = await requireSignedIn();
  return findSuggestionsForRevision(user, revisionId);
}
