"use server";
import { redirect } from "next/navigation";
import { publicAction, staffAction } from "@/lib/platform/action-client";
import { confirmByToken, markCheckedByOfficer } from "./mutations";
import { confirmSchema, markCheckedSchema } from "./schema";

/** The link in the reminder is the permission: it names one listing and works once. */
export const confirmListingAction = publicAction(confirmSchema, async ({ token, answer }) => {
  const result = await confirmByToken(token, answer);
  if (!result.ok) redirect(`/check/${encodeURIComponent(token)}`);
  if (answer === "changes") {
    const next = encodeURIComponent(`/admin/listings/${result.serviceId}/edit`);
    // The spent token, not the address: an email address in a URL ends up in history and logs.
    redirect(`/admin/sign-in?next=${next}&reminder=${encodeURIComponent(token)}`);
  }
  redirect("/check/thank-you");
});

export const markCheckedAction = staffAction(markCheckedSchema, async ({ serviceId }, { user }) => {
  await markCheckedByOfficer(user, serviceId);
  redirect(`/admin/listings/${serviceId}?saved=checked`);
});
