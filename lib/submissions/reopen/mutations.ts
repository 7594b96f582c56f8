// "Ask for changes" on a service sent through "Add your service". Its sender has no account, so the
// officer's request reopens their draft (a new resume link, emailed to them) and the same revision
// waits for their answer. When they confirm again, that revision is updated and goes back to the
// queue: no second revision, and no second organisation.
import "server-only";
import type { Tx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/platform/app-error";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";
import { writeProfile } from "@/lib/organisations/mutations";
import type { OrganisationProfile } from "@/lib/organisations/schema";
import { createToken } from "@/lib/review-dates/token";
import type { Listing } from "@/lib/services/schema";

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

/** What the sender needs to hear: their address, name, and the link that opens their draft again. */
export type ReopenedDraft = { email: string; name: string; resumeToken: string };

/**
 * Inside the officer's "ask for changes" transaction: if the revision came from "Add your service",
 * its draft is open again (in progress, a new resume token; any old link stops working) and still
 * names the revision. Null for any other revision.
 */
export async function reopenForChanges(tx: Tx, revisionId: string, actor: Actor): Promise<ReopenedDraft | null> {
  const submission = await tx.serviceSubmission.findFirst({
    where: { revisionId, state: "confirmed", email: { not: null } },
    select: { id: true, email: true, answers: true },
  });
  if (!submission?.email) return null;
  const resume = createToken();
  await tx.serviceSubmission.update({
    where: { id: submission.id },
    data: { state: "in_progress", resumeTokenHash: resume.hash, confirmTokenHash: null, confirmExpiresAt: null },
  });
  await recordAudit(tx, actor, {
    entityType: "submission",
    type: "submission.reopened",
    entityId: submission.id,
    before: { state: "confirmed" },
    after: { state: "in_progress" },
    data: { revisionId },
  });
  const name = (submission.answers as { declaration?: { name?: string } } | null)?.declaration?.name ?? "";
  return { email: submission.email, name, resumeToken: resume.token };
}

/**
 * A reopened draft that still adds a new organisation keeps the one made the first time: while it
 * waits for an officer its details follow the new answers; once approved it stays as approved (a
 * provider changes it through their organisation's profile). Null means "choose as the first time".
 */
export async function organisationOfResubmission(
  tx: Tx,
  chosen: { new: OrganisationProfile } | { existing: string },
  previousId: string | null,
  actor: Actor,
) {
  if (!("new" in chosen) || !previousId) return null;
  const previous = await tx.organisation.findUnique({ where: { id: previousId } });
  if (!previous || previous.archivedAt || previous.mergedIntoId) return null;
  if (previous.approvedAt) return { id: previous.id, name: previous.name, isNew: false };
  const updated = await writeProfile(tx, previous.id, chosen.new, actor, {
    type: "organisation.updated",
    data: { because: "add your service sent again" },
  });
  return { id: updated.id, name: updated.name, isNew: true };
}

/**
 * The sender confirmed again: the revision the officer sent back takes the new answers and waits
 * again (submitted now, the officer's message cleared). Only a revision still sent back is changed.
 */
export async function resubmitRevision(
  tx: Tx,
  revisionId: string,
  organisationId: string,
  listing: Listing,
  now: Date,
) {
  // A submission an officer merged into an existing listing stays a change to that listing.
  const current = await tx.serviceRevision.findUnique({ where: { id: revisionId }, select: { serviceId: true } });
  const updated = await tx.serviceRevision.updateMany({
    where: { id: revisionId, state: "changes_requested" },
    data: {
      ...(current?.serviceId ? {} : { organisationId }),
      data: json(listing),
      state: "submitted",
      submittedAt: now,
      reason: null,
      reviewerId: null,
      decidedAt: null,
    },
  });
  if (updated.count !== 1)
    throw new AppError(
      "wrong_state",
      "The council has already decided on this service. To add it again, start a new one from the Add your service page.",
    );
  return { id: revisionId };
}
