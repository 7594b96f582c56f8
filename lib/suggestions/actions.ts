"use server";
// Server actions for families' suggestions. The public form needs no account (publicAction); making a
// suggestion into an edit is for the listing's provider and officers, dismissing it for officers only.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { providerAction, publicAction, staffAction } from "@/lib/platform/action-client";
import { clientAddress } from "@/lib/platform/client-address";
import { minutesToWait } from "@/lib/platform/rate-limit/windows";
import { dismissSuggestion, makeSuggestionIntoEdit } from "./mutations";
import { dismissSuggestionSchema, suggestChangeSchema, suggestionIdSchema } from "./schema";
import { submitSuggestion } from "./submit";

export const suggestChangeAction = publicAction(suggestChangeSchema, async (input) => {
  const result = await submitSuggestion(input, clientAddress(await headers()));
  const page = `/services/${encodeURIComponent(input.slug)}/suggest-a-change`;
  // Refusals go to a route handler: a plain page with the right status (400, or 429 with Retry-After).
  if (result.outcome === "honeypot") redirect(`${page}/not-sent`);
  if (result.outcome === "limited") redirect(`${page}/not-sent?minutes=${minutesToWait(result.retryAfterSeconds)}`);
  redirect(`${page}/thank-you`);
});

export const makeSuggestionIntoEditAction = providerAction(suggestionIdSchema, async ({ suggestionId }, { user }) => {
  const { serviceId } = await makeSuggestionIntoEdit(user, suggestionId);
  redirect(`/admin/listings/${serviceId}/edit?from=suggestion`);
});

export const dismissSuggestionAction = staffAction(
  dismissSuggestionSchema,
  async ({ suggestionId, reason }, { user }) => {
    await dismissSuggestion(user, suggestionId, reason);
    redirect("/admin/suggestions?dismissed=1");
  },
);
