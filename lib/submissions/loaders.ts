// Loaders for "Add your service". No sign-in: the visitor's own draft is found by the token in
// their cookie (or the emailed link), and shows only what they typed. Officers' views check staff.
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/loaders";
import { hashToken } from "@/lib/review-dates/token";
import { loadVocabulary } from "@/lib/taxonomy/loaders";
import { readDraftToken } from "./cookie";
import {
  findChangesAsked,
  findChoosableOrganisations,
  findDraftByResumeHash,
  findSubmissionByConfirmHash,
  findSubmissionOfRevision,
} from "./data";
import { confirmLinkProblem } from "./confirm-link";
import { taskStatuses } from "./tasks";

/** The visitor's draft, or null when they have none (no cookie, or it was sent or cleared). */
export const loadOptionalDraft = cache(async () => {
  const token = await readDraftToken();
  return token ? findDraftByResumeHash(hashToken(token)) : null;
});

/** A draft page: without a draft, back to the start page. */
export async function loadDraft() {
  const draft = await loadOptionalDraft();
  if (!draft) redirect("/add-your-service?expired=1");
  return { draft, tasks: taskStatuses(draft.answers) };
}

/** The task list: the draft, and what an officer asked to change if it was sent back. */
export async function loadTaskList() {
  const { draft, tasks } = await loadDraft();
  return { draft, tasks, changesAsked: draft.revisionId ? await findChangesAsked(draft.revisionId) : null };
}

/** A task page: the draft and the needs, categories and areas to choose from. */
export async function loadDraftWithVocabulary() {
  const [{ draft, tasks }, vocabulary] = await Promise.all([loadDraft(), loadVocabulary()]);
  return { draft, tasks, vocabulary };
}

/** "Find your organisation": a search by name among the organisations a provider may choose. */
export async function loadOrganisationMatches(q: string) {
  const { draft } = await loadDraft();
  const query = q.trim().slice(0, 100);
  return { draft, query, matches: query.length >= 2 ? await findChoosableOrganisations(query) : [] };
}

/** The confirmation link's page: nothing changes by opening it (mail scanners open links too). */
export async function loadConfirmLink(token: string) {
  const row = token.length <= 100 ? await findSubmissionByConfirmHash(hashToken(token)) : null;
  return {
    problem: confirmLinkProblem(row),
    serviceName: String((row?.answers as { about?: { name?: string } })?.about?.name ?? ""),
  };
}

/** Officers: where a submitted new listing came from (the review page). */
export async function loadSubmissionForReview(revisionId: string) {
  await requireStaff(`/admin/review/${revisionId}`);
  return findSubmissionOfRevision(revisionId);
}
