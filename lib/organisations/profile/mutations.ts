// A provider's change to their own organisation's profile is a revision (subject "organisation",
// no listing, data = the profile) that waits for an officer like any listing change (ADR 0012):
// the live organisation changes only when it is approved, through lib/revisions' approval path.
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import type { Prisma, ServiceRevision } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/platform/app-error";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";
import { canDecideRevision, isStaff, type SignedInUser } from "@/lib/auth/roles";
import { actorOf, lockOrganisation, writeProfile } from "../mutations";
import { organisationProfileSchema, type OrganisationProfile } from "../schema";

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
// A change the provider is still working on, waiting, or sent back to them: the one they carry on.
const OPEN_STATES = ["draft", "submitted", "changes_requested"] as const;

/** Only the organisation's own providers send profile changes; officers change it directly. */
function ownOrganisation(user: SignedInUser, organisationId: string) {
  if (user.role !== "provider" || user.organisationId !== organisationId)
    throw new AppError("not_found", "There is no organisation with that address you can change.");
}

/** Sends the profile for approval: the provider's open change is replaced, or a new one is made. */
export async function submitProfileChange(user: SignedInUser, organisationId: string, profile: OrganisationProfile) {
  ownOrganisation(user, organisationId);
  return db().$transaction(async (tx) => {
    const organisation = await lockOrganisation(tx, organisationId);
    if (organisation.archivedAt)
      throw new AppError("wrong_state", "This organisation is archived. It cannot be changed.");
    const open = await tx.serviceRevision.findFirst({
      where: { subject: "organisation", organisationId, state: { in: [...OPEN_STATES] } },
      orderBy: { updatedAt: "desc" },
    });
    const fields = {
      data: json(profile),
      baseUpdatedAt: organisation.updatedAt,
      state: "submitted" as const,
      submittedAt: new Date(),
      reason: null,
      authorId: user.id,
    };
    const revision = open
      ? await tx.serviceRevision.update({ where: { id: open.id }, data: fields })
      : await tx.serviceRevision.create({
          data: { ...fields, subject: "organisation", serviceId: null, organisationId },
        });
    await recordAudit(tx, actorOf(user), {
      entityType: "organisation",
      type: "revision.submitted",
      entityId: organisationId,
      before: null,
      after: profile as Record<string, unknown>,
      data: { revisionId: revision.id },
    });
    return revision;
  });
}

const EDITED = "This change was edited after you opened it — review it again";
const LIVE_CHANGED = "The organisation changed after you opened this change — review it again";

/**
 * The approval of a profile change, called by lib/revisions' applyApproval in its transaction: the
 * revision is claimed (only the version the officer saw, still waiting), then the profile is written
 * to the live organisation with its audit row.
 */
export async function applyProfileApproval(
  tx: Tx,
  revision: ServiceRevision,
  approver: { actor: Actor; reviewerId: string | null },
  now: Date,
  liveVersion?: string,
) {
  const profile = organisationProfileSchema.parse(revision.data);
  const live = await lockOrganisation(tx, revision.organisationId);
  if (liveVersion !== undefined && live.updatedAt.toISOString() !== liveVersion)
    throw new AppError("conflict", LIVE_CHANGED);
  const claimed = await tx.serviceRevision.updateMany({
    where: { id: revision.id, state: "submitted", updatedAt: revision.updatedAt },
    data: { state: "approved", reviewerId: approver.reviewerId, decidedAt: now },
  });
  if (claimed.count !== 1) {
    const current = await tx.serviceRevision.findUnique({ where: { id: revision.id }, select: { state: true } });
    if (current?.state === "submitted") throw new AppError("conflict", EDITED);
    throw new AppError("wrong_state", "This change has already been decided.");
  }
  const written = await writeProfile(tx, live.id, profile, approver.actor, {
    type: "revision.approved",
    data: { revisionId: revision.id, authorId: revision.authorId },
  });
  // No "Add your service" submitter joins through a profile change (that is for new listings).
  return { id: written.id, slug: written.slug, name: written.name, subject: "organisation" as const, submitter: null };
}

/**
 * An officer returns a profile change with a reason: the live organisation stays as it is, and the
 * provider's version is kept for them to change and send again. A second officer is told it was decided.
 */
export async function returnProfileChange(user: SignedInUser, revisionId: string, reason: string, now = new Date()) {
  return db().$transaction(async (tx) => {
    const revision = await tx.serviceRevision.findFirst({ where: { id: revisionId, subject: "organisation" } });
    if (!revision || !isStaff(user)) throw new AppError("not_found", "There is no change waiting with that address.");
    if (!canDecideRevision(user, revision.authorId))
      throw new AppError("own_revision", "Another officer must decide on your own change.");
    const claimed = await tx.serviceRevision.updateMany({
      where: { id: revision.id, state: "submitted" },
      data: { state: "rejected", reviewerId: user.id, decidedAt: now, reason },
    });
    if (claimed.count !== 1) throw new AppError("wrong_state", "This change has already been decided.");
    await recordAudit(tx, actorOf(user), {
      entityType: "organisation",
      type: "revision.rejected",
      entityId: revision.organisationId,
      before: null,
      after: null,
      data: { revisionId: revision.id, reason, authorId: revision.authorId },
    });
    const [author, organisation] = await Promise.all([
      revision.authorId ? tx.user.findUnique({ where: { id: revision.authorId }, select: { email: true } }) : null,
      tx.organisation.findUniqueOrThrow({ where: { id: revision.organisationId }, select: { id: true, name: true } }),
    ]);
    return { authorEmail: author?.email ?? null, organisation };
  });
}
