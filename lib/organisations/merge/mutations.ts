// Merging two organisations that are really one (an import and a sign-up, a renamed charity): the
// one being merged hands everything over to the one kept, then stays archived, pointing at it.
import "server-only";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/app-error";
import { recordAudit } from "@/lib/audit/mutations";
import type { SignedInUser } from "@/lib/auth/roles";
import { enqueueSearchChanges } from "@/lib/search/sync/outbox";
import { actorOf, lockOrganisation, requireOfficer } from "../mutations";

// Changes nobody has decided yet: they follow their listing to the organisation kept.
const OPEN_STATES = ["draft", "submitted", "changes_requested"] as const;

/**
 * Moves the listings, people, open changes and "Add your service" submissions of `fromId` to
 * `intoId`, one audit row each, and marks `fromId` merged and archived: all in one transaction.
 * Open changes to the merged organisation's own profile are returned to their authors, since the
 * organisation they describe no longer exists on its own.
 */
export async function mergeOrganisations(user: SignedInUser, fromId: string, intoId: string, now = new Date()) {
  requireOfficer(user);
  if (fromId === intoId)
    throw new AppError("invalid", "", { fieldErrors: { intoId: "Choose a different organisation to keep" } });
  return db().$transaction(async (tx) => {
    // Both rows locked, always in the same order, so two merges the other way round cannot deadlock.
    const [first, second] = [fromId, intoId].sort();
    const locked = new Map([
      [first, await lockOrganisation(tx, first)],
      [second, await lockOrganisation(tx, second)],
    ]);
    const from = locked.get(fromId)!;
    const into = locked.get(intoId)!;
    if (from.mergedIntoId || from.archivedAt)
      throw new AppError("wrong_state", "This organisation is already archived or merged.");
    if (into.archivedAt)
      throw new AppError("invalid", "", {
        fieldErrors: { intoId: "That organisation is archived. Choose one that is not archived" },
      });
    const actor = actorOf(user);
    const moved = { organisationId: intoId };

    const listings = await tx.service.findMany({
      where: { organisationId: fromId },
      select: { id: true, publishedAt: true, archivedAt: true },
    });
    await tx.service.updateMany({ where: { organisationId: fromId }, data: moved });
    for (const listing of listings)
      await recordAudit(tx, actor, {
        entityType: "service",
        type: "service.moved",
        entityId: listing.id,
        before: { organisationId: fromId, organisation: from.name },
        after: { organisationId: intoId, organisation: into.name },
      });
    // Public listings are found by their organisation's name: search learns the new one.
    await enqueueSearchChanges(
      tx,
      listings.filter((s) => s.publishedAt && !s.archivedAt).map((s) => s.id),
      "upsert",
    );

    const people = await tx.user.findMany({ where: { organisationId: fromId }, select: { id: true, email: true } });
    await tx.user.updateMany({ where: { organisationId: fromId }, data: moved });
    for (const person of people)
      await recordAudit(tx, actor, {
        entityType: "user",
        type: "user.updated",
        entityId: person.id,
        before: { organisationId: fromId },
        after: { email: person.email, organisationId: intoId },
        data: { because: "organisation merged" },
      });

    const revisions = await tx.serviceRevision.updateMany({
      where: { organisationId: fromId, subject: "service", state: { in: [...OPEN_STATES] } },
      data: moved,
    });
    const profileChanges = await tx.serviceRevision.updateMany({
      where: { organisationId: fromId, subject: "organisation", state: { in: [...OPEN_STATES] } },
      data: {
        state: "rejected",
        decidedAt: now,
        reviewerId: user.id,
        reason: `${from.name} was merged into ${into.name}. Change ${into.name}'s details instead.`,
      },
    });
    const submissions = await tx.serviceSubmission.updateMany({ where: { organisationId: fromId }, data: moved });

    await tx.organisation.update({ where: { id: fromId }, data: { mergedIntoId: intoId, archivedAt: now } });
    await recordAudit(tx, actor, {
      entityType: "organisation",
      type: "organisation.merged",
      entityId: fromId,
      before: { mergedIntoId: null, archivedAt: null },
      after: { mergedIntoId: intoId, archivedAt: now },
      data: {
        into: into.name,
        listings: listings.length,
        people: people.length,
        revisions: revisions.count,
        profileChangesReturned: profileChanges.count,
        submissions: submissions.count,
      },
    });
    return { from, into, listings: listings.length, people: people.length };
  });
}
