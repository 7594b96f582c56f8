// Reads for a provider's own view of /admin: their organisation's listings, the changes they sent
// and what became of them, families' suggestions and how often each page was viewed. Every query is
// scoped to the user's organisation (listingScope), so nobody sees another organisation's data.
import "server-only";
import { db } from "@/lib/platform/db";
import { listingScope, type SignedInUser } from "@/lib/auth/roles";

export function findOwnOrganisation(user: SignedInUser) {
  if (!user.organisationId) return Promise.resolve(null);
  return db().organisation.findUnique({
    where: { id: user.organisationId },
    select: { id: true, name: true, approvedAt: true, archivedAt: true },
  });
}

export function findOwnListings(user: SignedInUser) {
  return db().service.findMany({
    where: { ...listingScope(user), archivedAt: null },
    orderBy: { name: "asc" },
    take: 200,
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      publishedAt: true,
      archivedAt: true,
      reviewDueAt: true,
      lastCheckedAt: true,
      revisions: { where: { state: "submitted" }, select: { id: true } },
    },
  });
}

/**
 * The organisation's changes still open (drafts, waiting, sent back to change) and those decided
 * since `since` (approved or turned down), newest first, with the officer's reason.
 */
export function findOwnChanges(user: SignedInUser, since: Date) {
  return db().serviceRevision.findMany({
    where: {
      ...listingScope(user),
      OR: [
        { state: { in: ["draft", "submitted", "changes_requested"] } },
        { state: { in: ["rejected", "approved"] }, decidedAt: { gte: since } },
      ],
    },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: {
      id: true,
      state: true,
      subject: true,
      reason: true,
      serviceId: true,
      submittedAt: true,
      decidedAt: true,
      updatedAt: true,
      author: { select: { email: true } },
      service: { select: { name: true } },
    },
  });
}
