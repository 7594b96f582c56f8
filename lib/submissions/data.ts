// Reads for "Add your service". A draft is found only by the hash of the token its visitor holds
// (the cookie or the emailed link): nobody finds someone else's draft by its id.
import "server-only";
import { db } from "@/lib/platform/db";
import type { Answers } from "./tasks";

const DRAFT = {
  id: true,
  state: true,
  answers: true,
  email: true,
  confirmExpiresAt: true,
  updatedAt: true,
  revisionId: true,
} as const;

export type Draft = {
  id: string;
  state: string;
  answers: Answers;
  email: string | null;
  confirmExpiresAt: Date | null;
  /** Set once sent: a reopened draft (an officer asked for changes) still names its revision. */
  revisionId: string | null;
};

/** The visitor's unfinished draft (not yet confirmed), or null. */
export async function findDraftByResumeHash(hash: string): Promise<Draft | null> {
  const row = await db().serviceSubmission.findFirst({
    where: { resumeTokenHash: hash, state: { not: "confirmed" } },
    select: DRAFT,
  });
  return row ? { ...row, answers: (row.answers ?? {}) as Answers } : null;
}

/** What an officer asked the sender of a reopened draft to change (null if nothing is asked). */
export async function findChangesAsked(revisionId: string): Promise<string | null> {
  const revision = await db().serviceRevision.findFirst({
    where: { id: revisionId, state: "changes_requested" },
    select: { reason: true },
  });
  return revision?.reason ?? null;
}

export function findSubmissionByConfirmHash(hash: string) {
  return db().serviceSubmission.findUnique({
    where: { confirmTokenHash: hash },
    select: { id: true, state: true, email: true, confirmExpiresAt: true, answers: true },
  });
}

/** Organisations a provider may choose: approved by an officer, not archived, not merged away. */
const CHOOSABLE = { approvedAt: { not: null }, archivedAt: null, mergedIntoId: null };

export function findChoosableOrganisations(q: string) {
  return db().organisation.findMany({
    where: { ...CHOOSABLE, name: { contains: q, mode: "insensitive" } },
    orderBy: { name: "asc" },
    take: 20,
    select: { id: true, name: true, kind: true },
  });
}

export function findChoosableOrganisation(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(null);
  return db().organisation.findFirst({ where: { id, ...CHOOSABLE }, select: { id: true, name: true } });
}

/**
 * For officers (the caller's loader checks): who sent a submitted new listing through "Add your
 * service", and whether its organisation is still waiting for approval.
 */
export async function findSubmissionOfRevision(revisionId: string) {
  const submission = await db().serviceSubmission.findFirst({
    where: { revisionId },
    select: { email: true, answers: true, confirmedAt: true, organisationId: true },
  });
  if (!submission) return null;
  const organisation = submission.organisationId
    ? await db().organisation.findUnique({
        where: { id: submission.organisationId },
        select: {
          id: true,
          name: true,
          approvedAt: true,
          archivedAt: true,
          kind: true,
          description: true,
          website: true,
          email: true,
          phone: true,
          charityNumber: true,
          companyNumber: true,
        },
      })
    : null;
  const answers = (submission.answers ?? {}) as Answers & { declaration?: { name?: string } };
  const person = submission.email
    ? await db().user.findUnique({
        where: { email: submission.email },
        select: { role: true, organisationId: true, disabledAt: true },
      })
    : null;
  return {
    email: submission.email,
    name: answers.declaration?.name ?? null,
    confirmedAt: submission.confirmedAt,
    organisation,
    suggested: { categories: answers.who?.categories, needs: answers.who?.needs },
    person,
  };
}

/**
 * Who sent a revision through "Add your service" (their address and name), to tell them of an
 * officer's decision: they may have no account yet. Null for any other revision.
 */
export async function findSenderOfRevision(revisionId: string) {
  const submission = await db().serviceSubmission.findFirst({
    where: { revisionId, email: { not: null } },
    select: { email: true, answers: true },
  });
  if (!submission?.email) return null;
  const name = (submission.answers as { declaration?: { name?: string } } | null)?.declaration?.name ?? "";
  return { email: submission.email, name };
}
