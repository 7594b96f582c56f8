// Loaders for the staff area's organisation pages: each checks who is asking (with the page's own
// address, so sign-in comes back to it) and reads within that person's scope (404 outside it).
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireSignedIn, requireStaff } from "@/lib/auth/loaders";
import {
  countMergeContents,
  findMergeTargets,
  findOrganisationForUser,
  findOrganisationProfile,
  findOrganisationsForStaff,
} from "./data";
import { organisationProfileSchema, type OrganisationGroup } from "./schema";

export async function loadOrganisations(
  filter: { q?: string; group: OrganisationGroup },
  page: number,
  perPage: number,
) {
  const user = await requireStaff("/admin/organisations");
  return { user, ...(await findOrganisationsForStaff(filter, page, perPage)) };
}

export async function loadNewOrganisation() {
  return requireStaff("/admin/organisations/new");
}

/** An organisation the signed-in person may see (staff: any; a provider: their own), or 404. */
export const loadOrganisation = cache(async (id: string) => {
  const user = await requireSignedIn(`/admin/organisations/${id}`);
  const organisation = await findOrganisationForUser(user, id);
  if (!organisation) notFound();
  return { user, organisation };
});

/**
 * The change form: officers start from the live details; a provider carries on from their change
 * still waiting or sent back, if there is one, so nothing they sent is lost.
 */
export async function loadOrganisationForEdit(id: string) {
  const { user, organisation } = await loadOrganisation(id);
  const change = organisation.profileChange;
  const pending =
    user.role === "provider" && change && change.state !== "rejected"
      ? organisationProfileSchema.safeParse(change.data)
      : null;
  return { user, organisation, startFrom: pending?.success ? pending.data : null };
}

/** Staff: the archive confirmation. */
export async function loadOrganisationToArchive(id: string) {
  await requireStaff(`/admin/organisations/${id}/archive`);
  return loadOrganisation(id);
}

/** Staff: the organisations it can be merged into and, once one is chosen, what would move. */
export async function loadMerge(id: string, intoId: string | undefined) {
  await requireStaff(`/admin/organisations/${id}/merge`);
  const { organisation } = await loadOrganisation(id);
  const [targets, contents] = await Promise.all([findMergeTargets(id), countMergeContents(id)]);
  const into = intoId ? (targets.find((t) => t.id === intoId) ?? null) : null;
  return { organisation, targets, contents, into };
}

/** Staff: the live organisation a profile change is compared with on the review page. */
export async function loadOrganisationForReview(id: string) {
  await requireStaff("/admin/review");
  return findOrganisationProfile(id);
}
