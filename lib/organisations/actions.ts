"use server";
// Server actions for organisations. The builder authenticates and parses; the mutation authorizes
// (officers only, or the organisation's own provider) against the database before it writes.
import { redirect } from "next/navigation";
import { providerAction, staffAction } from "@/lib/platform/action-client";
import { archiveOrganisation, createOrganisation, inviteProvider, updateOrganisation } from "./mutations";
import { mergeOrganisations } from "./merge/mutations";
import { submitProfileChange } from "./profile/mutations";
import { sendInvitation } from "./notify";
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
