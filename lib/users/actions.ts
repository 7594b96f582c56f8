"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/platform/action-client";
import { findOrganisationById } from "@/lib/organisations/data";
import { findActiveUserById } from "./data";
import { removeUser, saveUser } from "./mutations";
import { userInputSchema } from "./schema";

export const saveUserAction = adminAction(userInputSchema, async (input, { user }) => {
  if (input.organisationId) {
    if (!(await findOrganisationById(input.organisationId)))
      return { ok: false, fieldErrors: { organisationId: "Choose an organisation from the list" }, values: input };
  }
  await saveUser(input, { id: user.id, email: user.email });
  redirect(`/admin/users?saved=${encodeURIComponent(input.email)}`);
});

export const disableUserAction = adminAction(z.object({ userId: z.uuid() }), async ({ userId }, { user }) => {
  if (userId === user.id) return { ok: false, formError: "You cannot remove yourself. Ask another administrator." };
  if (!(await findActiveUserById(userId))) return { ok: false, formError: "That user has already been removed." };
  await removeUser(userId, { id: user.id, email: user.email });
  redirect("/admin/users?removed=1");
});
