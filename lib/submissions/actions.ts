"use server";
// "Add your service" actions. No account: the visitor's draft is the one their cookie names, so
// nobody can change another's. Each task is saved as they go; nothing reaches officers until the
// emailed link is used. Robots filling the hidden field are sent on as if it worked, and nothing is kept.
import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrorsOf, publicAction, staffAction, type FormState } from "@/lib/platform/action-client";
import { AppError } from "@/lib/platform/app-error";
import { applyListIntent } from "@/lib/revisions/listing-form";
import { organisationProfileSchema } from "@/lib/organisations/schema";
import { hashToken } from "@/lib/review-dates/token";
import { forgetDraftToken, keepDraftToken, readDraftToken } from "./cookie";
import { findChoosableOrganisation, findDraftByResumeHash, findSubmissionByConfirmHash } from "./data";
import { cleanFormValues, onlyFields, type FormRecord } from "./form-values";
import { limitConfirmationEmails, limitStarts } from "./limits";
import {
  confirmSubmission,
  incompleteMessage,
  renewConfirmation,
  requestConfirmation,
  saveTaskAnswers,
  setSubmittedTerms,
  startSubmission,
} from "./mutations";
import { sendConfirmationLink, sendReceived } from "./notify";
import {
  chooseOrganisationSchema,
  isRobot,
  resendSchema,
  sendSchema,
  setTermsSchema,
  startSchema,
  taskMetaSchema,
  tokenSchema,
} from "./schema";
import {
  LISTING_TASK_FIELDS,
  ORGANISATION_FIELDS,
  normaliseTaskValues,
  parseListingTask,
  submissionFromAnswers,
  type TaskSlug,
} from "./tasks";

const TASKS_PAGE = "/add-your-service/tasks";

/** The visitor's draft, or back to the start page (the cookie expired or the draft was sent). */
async function currentDraft() {
  const token = await readDraftToken();
  const draft = token ? await findDraftByResumeHash(hashToken(token)) : null;
  if (!token || !draft) redirect("/add-your-service?expired=1");
  return { draft, token };
}

export const startSubmissionAction = publicAction(startSchema, async (input) => {
  if (isRobot(input)) redirect("/add-your-service");
  await limitStarts();
  const { resumeToken } = await startSubmission();
  await keepDraftToken(resumeToken);
  redirect(TASKS_PAGE);
});

/**
 * The emailed "open your draft" link (a GET route, app/(provider)/add-your-service/resume): its token
 * becomes this browser's draft cookie. Opening it changes no answers, so a mail scanner doing so is harmless.
 */
export async function resumeDraftAction(token: string): Promise<never> {
  const draft = token.length <= 100 ? await findDraftByResumeHash(hashToken(token)) : null;
  if (!draft) redirect("/add-your-service?expired=1");
  await keepDraftToken(token);
  redirect(TASKS_PAGE);
}

/** "Save and come back later" keeps anything that fits, however unfinished; only sizes are enforced. */
function tooBig(error: z.ZodError): z.ZodError | null {
  const issues = error.issues.filter((i) => i.code === "too_big");
  return issues.length ? new z.ZodError(issues) : null;
}

async function saveAnswers(
  draftId: string,
  task: TaskSlug,
  values: FormRecord,
  parsed: { success: boolean; error?: z.ZodError },
  later: boolean,
): Promise<FormState> {
  const problem = parsed.error && (later ? tooBig(parsed.error) : parsed.error);
  if (problem) return { ok: false, values, fieldErrors: fieldErrorsOf(problem) };
  await saveTaskAnswers(draftId, task, values);
  redirect(later ? `${TASKS_PAGE}?saved=${task}` : TASKS_PAGE);
}

/** Every task's form: save and continue (checked), save for later, or add or remove a row. */
export const saveTaskAction = publicAction(taskMetaSchema, async ({ task, intent }, { raw }) => {
  const { draft } = await currentDraft();
  const later = intent === "later";
  if (task === "organisation") {
    const fields = ORGANISATION_FIELDS.filter(
      (f) => f !== "choice" && f !== "organisationId" && f !== "organisationName",
    );
    const values = { ...onlyFields(cleanFormValues(raw), fields), choice: "new" };
    return saveAnswers(draft.id, task, values, organisationProfileSchema.safeParse(values), later);
  }
  const posted = onlyFields(raw, LISTING_TASK_FIELDS[task]);
  // "Add another" and "Remove" come back with one row more or fewer: nothing saved, nothing lost.
  const changed = intent ? applyListIntent(posted, intent) : null;
  // (Not normalised: that drops empty rows, and the row just added is empty.)
  if (changed) return { ok: false, values: cleanFormValues(changed) };
  const values = normaliseTaskValues(task, posted);
  return saveAnswers(draft.id, task, values, parseListingTask(task, values), later);
});

export const chooseOrganisationAction = publicAction(chooseOrganisationSchema, async ({ organisationId }) => {
  const { draft } = await currentDraft();
  const organisation = await findChoosableOrganisation(organisationId);
  if (!organisation)
    throw new AppError("invalid", "", {
      fieldErrors: { organisationId: "Choose your organisation from the list, or add a new one" },
    });
  await saveTaskAnswers(draft.id, "organisation", {
    choice: "existing",
    organisationId: organisation.id,
    organisationName: organisation.name,
  });
  redirect(TASKS_PAGE);
});

/** The declaration: the person's name and address, then the link that confirms the address. */
export const sendSubmissionAction = publicAction(sendSchema, async (input) => {
  if (isRobot(input)) redirect("/add-your-service/check-email");
  const { draft, token } = await currentDraft();
  const built = submissionFromAnswers(draft.answers);
  if (!built.ok) throw new AppError("invalid", incompleteMessage(built.incomplete));
  await limitConfirmationEmails(input.email);
  const request = await requestConfirmation(draft.id, input);
  await sendConfirmationLink(request.email, { ...request, resumeToken: token });
  redirect("/add-your-service/check-email");
});

/**
 * A new link: from the "check your email" page (the draft's cookie) or from an expired link's page
 * (its token names the draft). The old link stops working.
 */
export const resendConfirmationAction = publicAction(resendSchema, async (input) => {
  if (isRobot(input)) redirect("/add-your-service/check-email?again=1");
  let waiting: { id: string; email: string | null } | null | undefined;
  let resumeToken: string | undefined;
  if (input.token) {
    waiting = await findSubmissionByConfirmHash(hashToken(input.token));
  } else {
    const { draft, token } = await currentDraft();
    waiting = draft;
    resumeToken = token;
  }
  if (!waiting?.email) throw new AppError("wrong_state", "This link does not work. Start again from your draft.");
  await limitConfirmationEmails(waiting.email);
  const renewed = await renewConfirmation(waiting.id);
  await sendConfirmationLink(renewed.email, { ...renewed, resumeToken });
  redirect("/add-your-service/check-email?again=1");
});

/** The emailed link's button: the submission goes to officers, and the draft's cookie is cleared. */
export const confirmSubmissionAction = publicAction(tokenSchema, async ({ token }) => {
  const result = await confirmSubmission(token);
  if (result.problem) redirect(`/add-your-service/confirm/${encodeURIComponent(token)}`);
  await sendReceived(result.email, result);
  await forgetDraftToken();
  redirect("/add-your-service/confirmed");
});

/** Officers: the categories and needs a submitted new listing goes live with. */
export const setSubmittedTermsAction = staffAction(setTermsSchema, async (input, { user }) => {
  await setSubmittedTerms(user, input);
  redirect(`/admin/review/${input.revisionId}?terms=saved`);
});
