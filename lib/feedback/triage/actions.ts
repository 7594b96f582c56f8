"use server";
// Server actions for the officers' feedback pages. staffAction checks the person is an officer or
// admin before anything else runs; the mutations check again, so a provider's post is a 404.
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/platform/action-client";
import { approveRedaction, decidePublication, replyToFeedback, saveResponse, saveTriage } from "./mutations";
import { approveRedactionSchema, publicationSchema, replySchema, responseSchema, triageSchema } from "./schema";

function back(id: string, done: string): never {
  redirect(`/admin/feedback/${id}?done=${done}`);
}

export const saveTriageAction = staffAction(triageSchema, async (input, { user }) => {
  await saveTriage(user, input);
  back(input.feedbackId, "triage");
});

export const replyToFeedbackAction = staffAction(replySchema, async ({ feedbackId, reply }, { user }) => {
  await replyToFeedback(user, feedbackId, reply);
  back(feedbackId, "reply");
});

export const saveResponseAction = staffAction(responseSchema, async (input, { user }) => {
  await saveResponse(user, input);
  back(input.feedbackId, "response");
});

export const approveRedactionAction = staffAction(
  approveRedactionSchema,
  async ({ feedbackId, redactedComment }, { user }) => {
    await approveRedaction(user, feedbackId, redactedComment);
    back(feedbackId, "redaction");
  },
);

export const decidePublicationAction = staffAction(publicationSchema, async (input, { user }) => {
  await decidePublication(user, input);
  back(input.feedbackId, input.decision);
});
