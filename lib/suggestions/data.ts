// Reads for families' suggestions. Every read that shows suggestions takes the signed-in user and puts
// their scope on the listing into the `where`: providers see their own organisation's, officers all.
import "server-only";
import { db } from "@/lib/platform/db";
import { listingScope, type SignedInUser } from "@/lib/auth/roles";
import { PUBLIC_SERVICE } from "@/lib/services/data";

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

/** The public listing a family is telling us about (published and not archived), or null. */
export function findListingForSuggestion(slug: string) {
  return db().service.findFirst({
    where: { slug, ...PUBLIC_SERVICE },
    select: { id: true, name: true, slug: true, organisationId: true },
  });
}

const SUGGESTION_ROW = {
  id: true,
  kind: true,
  message: true,
  state: true,
  reason: true,
  revisionId: true,
  createdAt: true,
  handledAt: true,
  service: { select: { id: true, name: true, slug: true, organisation: { select: { name: true } } } },
} as const;

/** Suggestions nobody has handled yet, oldest first, within what the user may see. */
export function findOpenSuggestions(user: SignedInUser, take = 100) {
  return db().changeSuggestion.findMany({
    where: { state: "new", service: { ...listingScope(user), archivedAt: null } },
    orderBy: { createdAt: "asc" },
    take,
    select: SUGGESTION_ROW,
  });
}

/** A provider's recent suggestions, handled or not, so they see what became of each. */
export function findRecentSuggestions(user: SignedInUser, since: Date, take = 50) {
  return db().changeSuggestion.findMany({
    where: { service: listingScope(user), OR: [{ state: "new" }, { handledAt: { gte: since } }] },
    orderBy: { createdAt: "desc" },
    take,
    select: SUGGESTION_ROW,
  });
}

export function findSuggestionForUser(user: SignedInUser, suggestionId: string) {
  if (!isUuid(suggestionId)) return Promise.resolve(null);
  return db().changeSuggestion.findFirst({
    where: { id: suggestionId, service: listingScope(user) },
    select: SUGGESTION_ROW,
  });
}

/** The suggestions an edit was made from, to quote in the editor beside it. */
export function findSuggestionsForRevision(user: SignedInUser, revisionId: string) {
  if (!isUuid(revisionId)) return Promise.resolve([]);
  return db().changeSuggestion.findMany({
    where: { revisionId, service: listingScope(user) },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, message: true, createdAt: true },
  });
}

/**
 * Who hears about a suggestion: the organisation's provider users who can sign in, or, when it has
 * none, the listing's own contact address (the service's email, then its first contact's).
 */
export async function findSuggestionRecipients(serviceId: string): Promise<{ emails: string[]; canSignIn: boolean }> {
  const service = await db().service.findUnique({
    where: { id: serviceId },
    select: {
      email: true,
      contacts: { orderBy: { position: "asc" }, select: { email: true } },
      organisation: { select: { users: { where: { role: "provider", disabledAt: null }, select: { email: true } } } },
    },
  });
  if (!service) return { emails: [], canSignIn: false };
  const users = service.organisation.users.map((u) => u.email);
  if (users.length) return { emails: users, canSignIn: true };
  const contact = service.email || service.contacts.find((c) => c.email)?.email;
  return { emails: contact ? [contact] : [], canSignIn: false };
}
