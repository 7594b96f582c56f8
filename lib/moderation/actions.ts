"use server";
// The moderation queue's actions: ask for changes, bulk publish or archive, and merge a likely
// duplicate. Each: the builder authenticates (staff) and parses, the mutation authorizes and
// claims against the database, then the provider is emailed.
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/platform/action-client";
import { mergeDuplicate } from "@/lib/duplicates/mutations";
import { notifyChangesRequested, notifyMerged } from "@/lib/revisions/notify";
import { notifyProfileChangesRequested } from "@/lib/organisations/notify";
import { sendChangesAsked } from "@/lib/submissions/notify";
import { findSenderOfRevision } from "@/lib/submissions/data";
import { sendSubmissionMerged } from "@/lib/submissions/notify";
import { findDecisionRecipients } from "./data";
import { bulkArchive, bulkPublish, requestChanges } from "./mutations";
import { bulkArchiveSchema, bulkSchema, mergeSchema, requestChangesSchema } from "./schema";

export const requestChangesAction = staffAction(requestChangesSchema, async ({ revisionId, message }, { user }) => {
  const asked = await requestChanges(user, revisionId, message);
  const to = await findDecisionRecipients(asked, user.id);
  // Sent through "Add your service": only its sender hears, with the link that reopens their answers.
  if (asked.reopened) await sendChangesAsked(asked.reopened.email, { ...asked.reopened, ...asked, message });
  else if (asked.subject === "organisation")
    await notifyProfileChangesRequested(to, asked.serviceName, asked.organisationId, message);
  else await notifyChangesRequested(to, asked.serviceName, asked.serviceId, message);
  redirect(`/admin/review?asked=${revisionId}`);
});

/** Publish goes at once; archive first shows a plain confirmation page listing what will be hidden. */
export const bulkListingsAction = staffAction(bulkSchema, async ({ ids, intent }, { user }) => {
  if (intent === "archive") redirect(`/admin/review/archive?ids=${ids.join(",")}`);
  const { count } = await bulkPublish(user, ids);
  redirect(`/admin/review?published=${count}`);
});

export const confirmBulkArchiveAction = staffAction(bulkArchiveSchema, async ({ ids }, { user }) => {
  const { count } = await bulkArchive(user, ids);
  redirect(`/admin/review?archived=${count}`);
});

export const mergeDuplicateAction = staffAction(mergeSchema, async ({ revisionId, serviceId, targetId }, { user }) => {
  const merged = await mergeDuplicate(user, revisionId ? { revisionId } : { serviceId: serviceId ?? "" }, targetId);
  // Sent through "Add your service": its sender (who may have no account) hears, and nobody else.
  const sender = revisionId ? await findSenderOfRevision(revisionId) : null;
  if (sender)
    await sendSubmissionMerged(sender.email, {
      name: sender.name,
      serviceName: merged.sourceName,
      existingName: merged.targetName,
    });
  else
    await notifyMerged(
      await findDecisionRecipients(merged, user.id),
      merged.sourceName,
      merged.targetName,
      merged.targetId,
    );
  redirect(`/admin/review/${merged.revisionId}?merged=1`);
});
