import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireSignedIn, requireStaff } from "@/lib/auth/loaders";
import { findListingForUser, findRevisionForUser } from "./data";

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
