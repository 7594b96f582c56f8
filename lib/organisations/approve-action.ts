"use server";
// Approving an organisation made through "Add your service", from the review page of its first
// service or the organisations list. Officers only; the mutation re-checks and refuses a second click.
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/lib/platform/action-client";
import { sendOrganisationApproved } from "@/lib/submissions/notify";
import { approveOrganisation } from "./mutations";

const approveOrganisationSchema = z.object({
  organisationId: z.uuid("That link is not right"),
  // The review page of the service that named it, to go back to; otherwise the organisation's page.
  revisionId: z
    .uuid()
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export const approveOrganisationAction = staffAction(
  approveOrganisationSchema,
  async ({ organisationId, revisionId }, { user }) => {
    const { organisation, joined } = await approveOrganisation(user, organisationId);
    await sendOrganisationApproved(joined, organisation.name);
    redirect(
      revisionId
        ? `/admin/review/${revisionId}?organisation=approved`
        : `/admin/organisations/${organisationId}?saved=approved`,
    );
  },
);
