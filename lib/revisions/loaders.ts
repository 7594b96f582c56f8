// Loaders for the staff area's listing pages: each checks who is asking (with the page's own
// address, so sign-in comes back to it) and reads with that person's scope.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireSignedIn, requireStaff } from "@/lib/auth/loaders";
import { isStaff } from "@/lib/auth/roles";
import { findOrganisationChoices } from "@/lib/organisations/data";
import { checkSearch } from "@/lib/search/query/status";
import { loadVocabulary } from "@/lib/taxonomy/loaders";
import {
  countDashboard,
  findLatestOwnRevision,
  findListingForUser,
  findListingsForUser,
  findOriginalVersion,
  findReviewQueue,
  findRevisionForUser,
  findRevisionsForService,
  type ListingsFilter,
} from "./data";

/** A listing the signed-in user may see, or 404: outsiders cannot tell it exists. */
export const loadListing = cache(async (serviceId: string) => {
  const user = await requireSignedIn(`/admin/listings/${serviceId}`);
  const listing = await findListingForUser(user, serviceId);
  if (!listing) notFound();
  return { user, listing };
});

export const loadRevisionForReview = cache(async (revisionId: string) => {
  const user = await requireStaff(`/admin/review/${revisionId}`);
  const revision = await findRevisionForUser(user, revisionId);
  if (!revision) notFound();
  return { user, revision };
});

/** The staff home: counts for officers, the person's own drafts, and (for officers) search health. */
export async function loadDashboard() {
  const user = await requireSignedIn("/admin");
  const [counts, search] = await Promise.all([countDashboard(user), isStaff(user) ? checkSearch() : null]);
  return { user, counts, search };
}

export async function loadListings(filter: ListingsFilter, page: number, perPage: number) {
  const user = await requireSignedIn("/admin/listings");
  return findListingsForUser(user, filter, page, perPage);
}

/** A listing with its revisions (the listing page shows the ones waiting for approval). */
export async function loadListingWithRevisions(serviceId: string) {
  const { user, listing } = await loadListing(serviceId);
  return { user, listing, revisions: await findRevisionsForService(user, listing.id) };
}

/** Every revision, and the version from before the first approved one (a seeded or imported listing). */
export async function loadListingHistory(serviceId: string) {
  const { user, listing } = await loadListing(serviceId);
  const [revisions, original] = await Promise.all([
    findRevisionsForService(user, listing.id),
    findOriginalVersion(user, listing.id),
  ]);
  return { user, listing, revisions, original };
}

/** The signed-in person's latest change to the listing, which the editor carries on from. */
export async function loadOwnRevision(serviceId: string) {
  const { user, listing } = await loadListing(serviceId);
  return findLatestOwnRevision(user, listing.id);
}

/** "Add a listing": the vocabularies, and for officers the organisations to choose from. */
export async function loadNewListingChoices() {
  const user = await requireSignedIn("/admin/listings/new");
  const [vocabulary, organisations] = await Promise.all([
    loadVocabulary(),
    isStaff(user) ? findOrganisationChoices() : Promise.resolve(null),
  ]);
  return { user, vocabulary, organisations };
}

export async function loadReviewQueue() {
  const user = await requireStaff("/admin/review");
  return { user, ...(await findReviewQueue(user)) };
}
