"use server";
// Server actions of the editorial workflow. Each one: the builder authenticates and parses, the
// mutation authorizes against the database (scoped where, four eyes) before it writes. A mutation's
// AppError (not found, already decided, your own change) becomes the form's message in the builder.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import {
  providerAction,
  staffAction,
  type FormOptions,
  type FormState,
  type FormValues,
} from "@/lib/platform/action-client";
import { isStaff } from "@/lib/auth/roles";
import { AppError } from "@/lib/platform/app-error";
import { adviseOnListing } from "@/lib/plain-language/advise";
import { applyListIntent, compactListRows, formToListingInput, listingInputToForm } from "./listing-form";
import {
  approveRevision,
  createListing,
  publishListing,
  restoreOriginalVersion,
  rejectRevision,
  restoreRevision,
  saveRevision,
  setArchived,
} from "./mutations";
import { findDecisionRecipients } from "@/lib/moderation/data";
import { notifyApproved, notifyRejected } from "./notify";
import { notifyAdviceApproved } from "@/lib/advice/notify";
import { findSenderOfRevision } from "@/lib/submissions/data";
import { sendServiceApproved, sendSubmissionRejected } from "@/lib/submissions/notify";
import {
  approveSchema,
  auditEventIdSchema,
  editorMetaSchema,
  editorSaveSchema,
  newListingMetaSchema,
  newListingSaveSchema,
  rejectSchema,
  revisionIdSchema,
  savesListing,
  serviceIdSchema,
} from "./schema";

// Public pages render on demand (they are dynamic), so there is no cache to revalidate after a change.

const adviceFor = async (raw: Record<string, unknown>) => ({
  advice: await adviseOnListing(
    typeof raw.summary === "string" ? raw.summary : "",
    typeof raw.description === "string" ? raw.description : "",
    typeof raw.easyRead === "string" ? raw.easyRead : "",
  ),
});

/** "Add another", "Remove" and "Check plain language": back to the form, nothing saved or lost. */
const changeForm = async (intent: string | undefined, raw: Record<string, unknown>): Promise<FormState> => ({
  ok: false,
  values: (intent && applyListIntent(raw, intent)) || raw,
  detail: await adviceFor(raw),
});

// Saving drops the rows left empty first, so the row numbers in messages match the rows shown again.
// The schema reads the hidden fields as posted and the listing from its form fields.
const listingForm: FormOptions = {
  values: compactListRows,
  toInput: (values) => ({ ...values, ...(formToListingInput(values) as FormValues) }),
  invalidDetail: adviceFor,
};

const changeEditorForm = providerAction(editorMetaSchema, (meta, { raw }) => changeForm(meta.intent, raw));

const saveListing = providerAction(
  editorSaveSchema,
  async ({ meta, listing }, { user, raw }) => {
    const result = await saveRevision(user, {
      serviceId: meta.serviceId,
      listing,
      baseUpdatedAt: meta.baseUpdatedAt,
      submit: meta.intent === "submit",
      keepMine: meta.keepMine === "yes",
    });
    if (result.conflict) {
      return {
        ok: false,
        values: raw,
        formError:
          "Someone else changed this listing while you were editing it. Nothing has been lost: compare the two versions below.",
        detail: {
          conflict: true,
          live: listingInputToForm(result.live),
          liveListing: result.live,
          liveUpdatedAt: result.liveUpdatedAt,
          mine: listing,
        },
      };
    }
    redirect(`/admin/listings/${meta.serviceId}?saved=${meta.intent === "submit" ? "submitted" : "draft"}`);
  },
  listingForm,
);

/** The editor's one form: its intent says whether to save or only to change the form. */
export async function saveListingAction(prev: FormState | null, fd: FormData): Promise<FormState> {
  return savesListing(fd.get("intent")) ? saveListing(prev, fd) : changeEditorForm(prev, fd);
}

const changeNewListingForm = providerAction(newListingMetaSchema, (meta, { raw }) => changeForm(meta.intent, raw));

const createNewListing = providerAction(
  (user) => newListingSaveSchema(isStaff(user)),
  async ({ meta, listing }, { user }) => {
    const written = await createListing(user, meta.organisationId, listing);
    redirect(`/admin/listings/${written.id}?saved=created`);
  },
  listingForm,
);

export async function createListingAction(prev: FormState | null, fd: FormData): Promise<FormState> {
  return savesListing(fd.get("intent")) ? createNewListing(prev, fd) : changeNewListingForm(prev, fd);
}

/** After a refusal because something changed, the page (with JavaScript) re-reads the current versions. */
function refreshPage() {
  try {
    refresh();
  } catch {
    // Only a request has a page to refresh; tests call the action directly.
  }
}

export const approveRevisionAction = staffAction(approveSchema, async ({ revisionId, ...seen }, { user }) => {
  const written = await approveRevision(user, revisionId, seen).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "conflict") refreshPage();
    throw error;
  });
  if ("subject" in written && written.subject === "advice") {
    await notifyAdviceApproved(await findDecisionRecipients(written, user.id), written.name, written.slug);
    redirect(`/admin/review?approved=${written.id}`);
  }
  // Someone who sent it through "Add your service" is told it is live and how to sign in, once.
  const submitter = "submitter" in written ? written.submitter : null;
  const recipients = await findDecisionRecipients(written, user.id);
  await notifyApproved(
    recipients.filter((to) => to !== submitter?.email),
    written.name,
    written.slug,
  );
  if (submitter) await sendServiceApproved(submitter, written, submitter.organisationName);
  redirect(`/admin/review?approved=${written.id}`);
});

export const rejectRevisionAction = staffAction(rejectSchema, async ({ revisionId, reason }, { user }) => {
  const rejected = await rejectRevision(user, revisionId, reason);
  // Sent through "Add your service": its sender (who may have no account) hears, and nobody else.
  const sender = await findSenderOfRevision(revisionId);
  if (sender) await sendSubmissionRejected(sender.email, { ...sender, serviceName: rejected.serviceName, reason });
  else
    await notifyRejected(
      await findDecisionRecipients(rejected, user.id),
      rejected.serviceName,
      rejected.serviceId,
      reason,
    );
  redirect(`/admin/review?rejected=${revisionId}`);
});

export const restoreRevisionAction = providerAction(revisionIdSchema, async ({ revisionId }, { user }) => {
  const revision = await restoreRevision(user, revisionId);
  redirect(`/admin/listings/${revision.serviceId}/edit?restored=1`);
});

export const restoreOriginalAction = providerAction(auditEventIdSchema, async ({ auditEventId }, { user }) => {
  const revision = await restoreOriginalVersion(user, auditEventId);
  redirect(`/admin/listings/${revision.serviceId}/edit?restored=1`);
});

export const archiveListingAction = staffAction(serviceIdSchema, async ({ serviceId }, { user }) => {
  await setArchived(user, serviceId, true);
  redirect(`/admin/listings/${serviceId}?saved=archived`);
});

export const unarchiveListingAction = staffAction(serviceIdSchema, async ({ serviceId }, { user }) => {
  await setArchived(user, serviceId, false);
  redirect(`/admin/listings/${serviceId}?saved=unarchived`);
});

export const publishListingAction = staffAction(serviceIdSchema, async ({ serviceId }, { user }) => {
  await publishListing(user, serviceId);
  redirect(`/admin/listings/${serviceId}?saved=published`);
});
