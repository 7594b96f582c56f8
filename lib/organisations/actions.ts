"use server";
// Server actions for organisations. The builder authenticates and parses; the mutation authorizes
// (officers only, or the organisation's own provider) against the database before it writes.
import { redirect } from "next/navigation";
import { providerAction, staffAction } from "@/lib/platform/action-client";
import { AppError } from "@/lib/platform/app-error";
import { approveRevision } from "@/lib/revisions/mutations";
import { approveSchema, rejectSchema } from "@/lib/revisions/schema";
import { findProfileChange } from "./data";
import { archiveOrganisation, createOrganisation, inviteProvider, updateOrganisation } from "./mutations";
import { mergeOrganisations } from "./merge/mutations";
import { returnProfileChange, submitProfileChange } from "./profile/mutations";
import { notifyProfileApproved, notifyProfileReturned, sendInvitation } from "./notify";
import {
  inviteProviderSchema,
  mergeOrganisationSchema,
  organisationIdSchema,
  organisationProfileSchema,
  updateOrganisationSchema,
} from "./schema";

const pageOf = (id: string, saved: string) => `/admin/organisations/${id}?saved=${saved}`;

export const createOrganisationAction = staffAction(organisationProfileSchema, async (profile, { user }) => {
  const created = await createOrganisation(user, profile);
  redirect(pageOf(created.id, "created"));
});

export const updateOrganisationAction = staffAction(
  updateOrganisationSchema,
  async ({ organisationId, baseUpdatedAt, profile }, { user }) => {
    await updateOrganisation(user, organisationId, profile, baseUpdatedAt);
    redirect(pageOf(organisationId, "updated"));
  },
);

/** A provider's change to their own organisation: it waits for an officer (the live details stay). */
export const submitProfileChangeAction = providerAction(
  updateOrganisationSchema,
  async ({ organisationId, profile }, { user }) => {
    await submitProfileChange(user, organisationId, profile);
    redirect(pageOf(organisationId, "submitted"));
  },
);

export const archiveOrganisationAction = staffAction(organisationIdSchema, async ({ organisationId }, { user }) => {
  await archiveOrganisation(user, organisationId);
  redirect(pageOf(organisationId, "archived"));
});

export const mergeOrganisationAction = staffAction(
  mergeOrganisationSchema,
  async ({ organisationId, intoId }, { user }) => {
    await mergeOrganisations(user, organisationId, intoId);
    redirect(`/admin/organisations/${intoId}?saved=merged`);
  },
);

export const inviteProviderAction = staffAction(inviteProviderSchema, async (input, { user }) => {
  const { person, organisation } = await inviteProvider(user, input);
  await sendInvitation(person.email, organisation.name);
  redirect(pageOf(organisation.id, "invited"));
});

const NO_CHANGE = "There is no change waiting with that address.";

/**
 * An officer approves a provider's profile change on the review page: the one approval path for
 * every revision (lib/revisions' approveRevision, which refuses a version the officer did not see).
 */
export const approveProfileChangeAction = staffAction(approveSchema, async ({ revisionId, ...seen }, { user }) => {
  if (!(await findProfileChange(revisionId))) throw new AppError("not_found", NO_CHANGE);
  const written = await approveRevision(user, revisionId, seen);
  if (written.authorEmail && written.authorId !== user.id)
    await notifyProfileApproved(written.authorEmail, written.name);
  redirect(pageOf(written.id, "change-approved"));
});

export const returnProfileChangeAction = staffAction(rejectSchema, async ({ revisionId, reason }, { user }) => {
  const { authorEmail, organisation } = await returnProfileChange(user, revisionId, reason);
  if (authorEmail) await notifyProfileReturned(authorEmail, organisation.name, organisation.id, reason);
  redirect(pageOf(organisation.id, "change-returned"));
});
