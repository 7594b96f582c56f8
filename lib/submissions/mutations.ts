// "Add your service" writes: a draft saved task by task, the request to confirm the email address,
// and the confirmation that turns the draft into a submitted revision for officers. Only hashes of
// the visitor's tokens are stored.
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/platform/app-error";
import { isStaff, type SignedInUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/mutations";
import { createWaitingOrganisation } from "@/lib/organisations/mutations";
import { createToken, hashToken } from "@/lib/review-dates/token";
import { CONFIRM_LINK_HOURS, type SendInput, type SetTermsInput } from "./schema";
import { nameTasks, submissionFromAnswers, type Answers, type TaskSlug } from "./tasks";
import type { FormRecord } from "./form-values";
import { confirmLinkProblem } from "./confirm-link";
import { organisationOfResubmission, resubmitRevision } from "./reopen/mutations";

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
const GONE = "This draft has already been sent. Start a new one to add another service.";

/** A new, empty draft; the visitor keeps the token (in a cookie), we keep its hash. */
export async function startSubmission() {
  const resume = createToken();
  const created = await db().serviceSubmission.create({
    data: { resumeTokenHash: resume.hash },
    select: { id: true },
  });
  return { id: created.id, resumeToken: resume.token };
}

/**
 * Saves one task's answers into the draft in one statement (`answers || {task: values}`), so two
 * tabs saving different tasks at once both keep theirs. A sent draft is not changed.
 */
export async function saveTaskAnswers(submissionId: string, task: TaskSlug, values: FormRecord) {
  const changed = await db().$executeRaw`
    UPDATE "ServiceSubmission"
    SET answers = answers || jsonb_build_object(${task}::text, ${JSON.stringify(values)}::jsonb), "updatedAt" = now()
    WHERE id = ${submissionId}::uuid AND state <> 'confirmed'`;
  if (changed !== 1) throw new AppError("wrong_state", GONE);
}

/** The sentence that stops a submission that is not finished, naming the tasks to finish. */
export function incompleteMessage(incomplete: TaskSlug[]): string {
  const sections = incomplete.length === 1 ? "this section" : "these sections";
  return `You cannot send this yet. Finish ${sections}: ${nameTasks(incomplete)}.`;
}

/**
 * The declaration is made: the person's name and email address are kept, and a fresh confirmation
 * token (any earlier link stops working) is issued. Nothing reaches officers until it is used.
 */
export async function requestConfirmation(submissionId: string, person: SendInput, now = new Date()) {
  return db().$transaction(async (tx) => {
    const draft = await tx.serviceSubmission.findUnique({ where: { id: submissionId } });
    if (!draft || draft.state === "confirmed") throw new AppError("wrong_state", GONE);
    const answers = (draft.answers ?? {}) as Answers;
    const built = submissionFromAnswers(answers);
    if (!built.ok) throw new AppError("invalid", incompleteMessage(built.incomplete), { detail: built });
    const confirm = createToken();
    await tx.serviceSubmission.update({
      where: { id: draft.id },
      data: {
        email: person.email,
        answers: json({ ...answers, declaration: { name: person.name, at: now.toISOString() } }),
        state: "awaiting_confirmation",
        confirmTokenHash: confirm.hash,
        confirmExpiresAt: new Date(now.getTime() + CONFIRM_LINK_HOURS * 3_600_000),
      },
    });
    return { token: confirm.token, serviceName: built.listing.name, email: person.email, name: person.name };
  });
}

/** A new link for a draft waiting for confirmation (the old one stops working). */
export async function renewConfirmation(submissionId: string, now = new Date()) {
  const confirm = createToken();
  const renewed = await db().serviceSubmission.updateManyAndReturn({
    where: { id: submissionId, state: "awaiting_confirmation" },
    data: {
      confirmTokenHash: confirm.hash,
      confirmExpiresAt: new Date(now.getTime() + CONFIRM_LINK_HOURS * 3_600_000),
    },
    select: { email: true, answers: true },
  });
  const row = renewed[0];
  if (!row?.email) throw new AppError("wrong_state", GONE);
  const answers = row.answers as Answers & { declaration?: { name?: string } };
  return {
    token: confirm.token,
    email: row.email,
    name: answers.declaration?.name ?? "",
    serviceName: String(answers.about?.name ?? "your service"),
  };
}

/**
 * The link is used: the draft becomes a submitted revision of a new listing (serviceId null) for the
 * chosen organisation, or for a new one made now and waiting for an officer (approvedAt null). Single
 * use: only the first of two clicks claims the draft. The person joins the organisation later, when
 * an officer approves (join/mutations.ts).
 */
export async function confirmSubmission(token: string, now = new Date()) {
  const hash = hashToken(token);
  return db().$transaction(async (tx) => {
    const draft = await tx.serviceSubmission.findUnique({ where: { confirmTokenHash: hash } });
    const problem = confirmLinkProblem(draft, now);
    if (problem || !draft?.email) return { problem: problem ?? ("unknown" as const) };
    const answers = (draft.answers ?? {}) as Answers & { declaration?: { name?: string } };
    const built = submissionFromAnswers(answers);
    if (!built.ok) throw new AppError("invalid", incompleteMessage(built.incomplete));
    const claimed = await tx.serviceSubmission.updateMany({
      where: { id: draft.id, state: "awaiting_confirmation", confirmTokenHash: hash },
      data: { state: "confirmed", confirmedAt: now, resumeTokenHash: null },
    });
    if (claimed.count !== 1) return { problem: "used" as const };
    const sender = { id: null, email: draft.email };
    // Sent again after an officer asked for changes: the same revision and organisation (reopen/).
    const organisation =
      (draft.revisionId && (await organisationOfResubmission(tx, built.organisation, draft.organisationId, sender))) ||
      (await organisationFor(tx, built.organisation, draft.email));
    const revision = draft.revisionId
      ? await resubmitRevision(tx, draft.revisionId, organisation.id, built.listing, now)
      : await tx.serviceRevision.create({
          data: {
            organisationId: organisation.id,
            state: "submitted",
            data: json(built.listing),
            submittedAt: now,
          },
        });
    await tx.serviceSubmission.update({
      where: { id: draft.id },
      data: { revisionId: revision.id, organisationId: organisation.id },
    });
    await recordAudit(tx, sender, {
      entityType: "submission",
      type: draft.revisionId ? "submission.resubmitted" : "submission.confirmed",
      entityId: draft.id,
      before: null,
      after: json(built.listing) as Record<string, unknown>,
      data: { revisionId: revision.id, organisationId: organisation.id, newOrganisation: organisation.isNew },
    });
    return {
      problem: null,
      email: draft.email,
      name: answers.declaration?.name ?? "",
      serviceName: built.listing.name,
      organisationName: organisation.name,
      newOrganisation: organisation.isNew,
    };
  });
}

async function organisationFor(
  tx: Tx,
  chosen: Exclude<ReturnType<typeof submissionFromAnswers>, { ok: false }>["organisation"],
  email: string,
) {
  if ("new" in chosen) {
    const created = await createWaitingOrganisation(tx, chosen.new, { id: null, email });
    return { id: created.id, name: created.name, isNew: true };
  }
  const existing = await tx.organisation.findFirst({
    where: { id: chosen.existing, approvedAt: { not: null }, archivedAt: null, mergedIntoId: null },
    select: { id: true, name: true },
  });
  if (!existing)
    throw new AppError(
      "invalid",
      "The organisation you chose can no longer be chosen. Open your draft, choose it again or add it as new, then send again.",
    );
  return { ...existing, isNew: false };
}

const NO_SUBMISSION = "There is no new service waiting with that address.";

/**
 * Officers set the categories and needs a submitted new listing goes live with (the provider's
 * choices were suggestions). Only codes of the directory's own vocabulary; only the version the
 * officer saw, so a change meanwhile is refused and shown again.
 */
export async function setSubmittedTerms(user: SignedInUser, input: SetTermsInput) {
  if (!isStaff(user)) throw new AppError("not_found", NO_SUBMISSION);
  return db().$transaction(async (tx) => {
    const submission = await tx.serviceSubmission.findFirst({
      where: { revisionId: input.revisionId, state: "confirmed" },
      select: { id: true },
    });
    const revision = submission
      ? await tx.serviceRevision.findFirst({ where: { id: input.revisionId, serviceId: null } })
      : null;
    if (!submission || !revision) throw new AppError("not_found", NO_SUBMISSION);
    if (revision.state !== "submitted") throw new AppError("wrong_state", "This service has already been decided.");
    if (revision.updatedAt.toISOString() !== input.version)
      throw new AppError("conflict", "This service was changed after you opened it. Check it again.");
    const known = await tx.taxonomyTerm.findMany({
      where: { taxonomy: { code: { in: ["categories", "needs"] } } },
      select: { code: true, taxonomy: { select: { code: true } } },
    });
    const codes = (t: string) => new Set(known.filter((k) => k.taxonomy.code === t).map((k) => k.code));
    const categories = input.categories.filter((c) => codes("categories").has(c));
    const needs = input.needs.filter((n) => codes("needs").has(n));
    if (!categories.length)
      throw new AppError("invalid", "", { fieldErrors: { categories: "Choose at least one category" } });
    const before = revision.data as Record<string, unknown>;
    await tx.serviceRevision.update({
      where: { id: revision.id },
      data: { data: json({ ...before, categories, needs }) },
    });
    await recordAudit(
      tx,
      { id: user.id, email: user.email },
      {
        entityType: "submission",
        type: "submission.terms_set",
        entityId: submission.id,
        before: { categories: before.categories ?? [], needs: before.needs ?? [] },
        after: { categories, needs },
        data: { revisionId: revision.id },
      },
    );
  });
}
