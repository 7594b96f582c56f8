"use server";
// Server actions of the editorial workflow. Each one: the builder authenticates and parses, the
// mutation authorizes against the database (scoped where, four eyes) before it writes.
import { notFound, redirect } from "next/navigation";
import { providerAction, staffAction, type FormState } from "@/lib/platform/action-client";
import { isStaff } from "@/lib/auth/roles";
import { fieldErrorsOf } from "@/lib/platform/action-client";
import { adviseOnListing } from "@/lib/plain-language/advise";
import { listingInputSchema } from "@/lib/services/schema";
import { WorkflowError } from "./errors";
import { applyListIntent, compactListRows, formToListingInput } from "./listing-form";
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
import { notifyApproved, notifyRejected } from "./notify";
import {
  auditEventIdSchema,
  editorMetaSchema,
  newListingMetaSchema,
  rejectSchema,
  revisionIdSchema,
  serviceIdSchema,
} from "./schema";
import { listingInputToForm } from "./listing-form";

// Public pages render on demand (they are dynamic), so there is no cache to revalidate after a change.
function failed(error: unknown): FormState {
  // Outside your scope is indistinguishable from not there: the same 404 page.
  if (error instanceof WorkflowError && error.code === "not_found") notFound();
  if (error instanceof WorkflowError) return { ok: false, formError: error.message };
  throw error;
}

const adviceFor = async (raw: Record<string, unknown>) =>
  adviseOnListing(
    typeof raw.summary === "string" ? raw.summary : "",
    typeof raw.description === "string" ? raw.description : "",
  );

export const saveListingAction = providerAction(editorMetaSchema, async (meta, { user, raw }) => {
  if (meta.intent && meta.intent !== "save" && meta.intent !== "submit") {
    // "Add another", "Remove" and "Check plain language": back to the form, nothing saved or lost.
    const next = applyListIntent(raw, meta.intent);
    return { ok: false, values: next ?? raw, detail: { advice: await adviceFor(raw) } };
  }
  const values = compactListRows(raw);
  const parsed = listingInputSchema.safeParse(formToListingInput(raw));
  if (!parsed.success)
    return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values, detail: { advice: await adviceFor(raw) } };
  let result;
  try {
    result = await saveRevision(user, {
      serviceId: meta.serviceId,
      listing: parsed.data,
      baseUpdatedAt: meta.baseUpdatedAt,
      submit: meta.intent === "submit",
      keepMine: meta.keepMine === "yes",
    });
  } catch (error) {
    return { ...failed(error), values };
  }
  if (result.conflict) {
    return {
      ok: false,
      values,
      formError:
        "Someone else changed this listing while you were editing it. Nothing has been lost: compare the two versions below.",
      detail: {
        conflict: true,
        live: listingInputToForm(result.live),
        liveListing: result.live,
        liveUpdatedAt: result.liveUpdatedAt,
        mine: parsed.data,
      },
    };
  }
  redirect(`/admin/listings/${meta.serviceId}?saved=${meta.intent === "submit" ? "submitted" : "draft"}`);
});

export const createListingAction = providerAction(newListingMetaSchema, async (meta, { user, raw }) => {
  if (meta.intent && meta.intent !== "save" && meta.intent !== "submit") {
    return { ok: false, values: applyListIntent(raw, meta.intent) ?? raw, detail: { advice: await adviceFor(raw) } };
  }
  const values = compactListRows(raw);
  const parsed = listingInputSchema.safeParse(formToListingInput(raw));
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (isStaff(user) && !meta.organisationId) errors.organisationId = "Choose the organisation that runs the service";
  if (!parsed.success || Object.keys(errors).length)
    return { ok: false, fieldErrors: errors, values, detail: { advice: await adviceFor(raw) } };
  let written;
  try {
    written = await createListing(user, meta.organisationId, parsed.data);
  } catch (error) {
    return { ...failed(error), values };
  }
  redirect(`/admin/listings/${written.id}?saved=created`);
});

export const approveRevisionAction = staffAction(revisionIdSchema, async ({ revisionId }, { user }) => {
  let written;
  try {
    written = await approveRevision(user, revisionId);
  } catch (error) {
    return failed(error);
  }
  if (written.authorEmail && written.authorId !== user.id)
    await notifyApproved(written.authorEmail, written.name, written.slug);
  redirect(`/admin/review?approved=${written.id}`);
});

export const rejectRevisionAction = staffAction(rejectSchema, async ({ revisionId, reason }, { user }) => {
  let rejected;
  try {
    rejected = await rejectRevision(user, revisionId, reason);
  } catch (error) {
    return failed(error);
  }
  if (rejected.authorEmail)
    await notifyRejected(rejected.authorEmail, rejected.serviceName, rejected.serviceId, reason);
  redirect(`/admin/review?rejected=${revisionId}`);
});

export const restoreRevisionAction = providerAction(revisionIdSchema, async ({ revisionId }, { user }) => {
  let revision;
  try {
    revision = await restoreRevision(user, revisionId);
  } catch (error) {
    return failed(error);
  }
  redirect(`/admin/listings/${revision.serviceId}/edit?restored=1`);
});

export const restoreOriginalAction = providerAction(auditEventIdSchema, async ({ auditEventId }, { user }) => {
  let revision;
  try {
    revision = await restoreOriginalVersion(user, auditEventId);
  } catch (error) {
    return failed(error);
  }
  redirect(`/admin/listings/${revision.serviceId}/edit?restored=1`);
});

export const archiveListingAction = staffAction(serviceIdSchema, async ({ serviceId }, { user }) => {
  try {
    await setArchived(user, serviceId, true);
  } catch (error) {
    return failed(error);
  }
  redirect(`/admin/listings/${serviceId}?saved=archived`);
});

export const unarchiveListingAction = staffAction(serviceIdSchema, async ({ serviceId }, { user }) => {
  try {
    await setArchived(user, serviceId, false);
  } catch (error) {
    return failed(error);
  }
  redirect(`/admin/listings/${serviceId}?saved=unarchived`);
});

export const publishListingAction = staffAction(serviceIdSchema, async ({ serviceId }, { user }) => {
  try {
    await publishListing(user, serviceId);
  } catch (error) {
    return failed(error);
  }
  redirect(`/admin/listings/${serviceId}?saved=published`);
});
