"use server";
// Server actions for the public feedback forms (no account: publicAction). Refusals go to a route
// handler with the right status (400, or 429 with Retry-After), as "Suggest a change" does.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/platform/action-client";
import { clientAddress } from "@/lib/platform/client-address";
import { minutesToWait } from "@/lib/platform/rate-limit/windows";
import { feedbackCommentSchema, followUpSchema, missingSupportSchema } from "../schema";
import { submitFeedbackComment, submitFollowUp, submitMissingSupport, type FeedbackOutcome } from "./submit";

function refusedOrSent(result: FeedbackOutcome, thankYou: string): never {
  if (result.outcome === "honeypot") redirect("/feedback/not-sent");
  if (result.outcome === "limited") redirect(`/feedback/not-sent?minutes=${minutesToWait(result.retryAfterSeconds)}`);
  redirect(thankYou);
}

export const sendFeedbackAction = publicAction(feedbackCommentSchema, async (input) => {
  refusedOrSent(await submitFeedbackComment(input, clientAddress(await headers())), "/feedback/thank-you");
});

export const sendMissingSupportAction = publicAction(missingSupportSchema, async (input) => {
  refusedOrSent(await submitMissingSupport(input, clientAddress(await headers())), "/feedback/missing/thank-you");
});

export const sendFollowUpAction = publicAction(followUpSchema, async (input) => {
  refusedOrSent(await submitFollowUp(input, clientAddress(await headers())), "/feedback/helpful/thank-you?sent=1");
});
