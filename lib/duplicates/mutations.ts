// Merging a likely duplicate into the existing listing instead of approving a second one. The
// submission's details become a submitted revision of the existing listing (the ordinary approval
// path then decides it, with its diff against the live version), and the duplicate is closed with
// a reason: a new-listing revision is returned ("Merged into …"), an unpublished listing archived.
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/mutations";
import { isStaff, type SignedInUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/platform/app-error";
import { FULL_LISTING } from "@/lib/services/data";
import { listingInputSchema } from "@/lib/services/schema";
import { listingFromService } from "@/lib/revisions/listing-from-service";
import { archiveInTransaction, listingName } from "@/lib/revisions/mutations";

const NOT_FOUND = "There is no submission with that address you can merge.";
const ALREADY_DECIDED = "This change has already been decided.";
const LISTING_DECIDED = "This listing has already been merged, archived or published.";

export type MergeSource = { revisionId: string } | { serviceId: string };

type Source = {
  data: Prisma.InputJsonValue;
  name: string;
  authorId: string | null;
  organisationId: string;
  importSource: string | null;
  close: (targetName: string, targetId: string) => Promise<void>;
  ref: Record<string, string>;
};

async function sourceOf(tx: Tx, user: SignedInUser, from: MergeSource, now: Date): Promise<Source> {
  if ("revisionId" in from) {
    const revision = await tx.serviceRevision.findFirst({
      where: { id: from.revisionId, subject: "service", serviceId: null },
    });
    if (!revision) throw new AppError("not_found", NOT_FOUND);
    if (revision.state !== "submitted") throw new AppError("wrong_state", ALREADY_DECIDED);
    return {
      data: revision.data as Prisma.InputJsonValue,
      name: listingName(revision.data),
      authorId: revision.authorId,
      organisationId: revision.organisationId,
      importSource: revision.importSource,
      ref: { revisionId: revision.id },
      close: async (targetName, targetId) => {
        const claimed = await tx.serviceRevision.updateMany({
          where: { id: revision.id, state: "submitted", updatedAt: revision.updatedAt },
          data: {
            state: "rejected",
            reason: `Merged into the existing listing "${targetName}".`,
            duplicateOfId: targetId,
            reviewerId: user.id,
            decidedAt: now,
          },
        });
        if (claimed.count !== 1) throw new AppError("wrong_state", ALREADY_DECIDED);
      },
    };
  }
  const service = await tx.service.findFirst({ where: { id: from.serviceId }, include: FULL_LISTING });
  if (!service) throw new AppError("not_found", NOT_FOUND);
  // Another officer merged, archived or published it first: say so, rather than a "not found" page.
  if (service.archivedAt || service.publishedAt) throw new AppError("wrong_state", LISTING_DECIDED);
  return {
    data: JSON.parse(JSON.stringify(listingFromService(service))) as Prisma.InputJsonValue,
    name: service.name,
    authorId: null,
    organisationId: service.organisationId,
    importSource: service.sourceSystem,
    ref: { serviceId: service.id },
    close: async () => {
      await archiveInTransaction(tx, user, service.id, true);
    },
  };
}

/**
 * Closes the duplicate and proposes its details as a change to `targetId`, in one transaction.
 * Returns the new revision, which waits for approval like any other.
 */
export async function mergeDuplicate(user: SignedInUser, from: MergeSource, targetId: string, now = new Date()) {
  if (!isStaff(user)) throw new AppError("not_found", NOT_FOUND);
  return db().$transaction(async (tx) => {
    const source = await sourceOf(tx, user, from, now);
    const target = await tx.service.findFirst({ where: { id: targetId, archivedAt: null } });
    if (!target || ("serviceId" in from && from.serviceId === target.id))
      throw new AppError("not_found", "There is no listing with that address to merge into.");
    // The existing listing keeps its address; everything else is what the submission says.
    const parsed = listingInputSchema.safeParse({ ...(source.data as object), slug: target.slug });
    if (!parsed.success)
      throw new AppError("invalid", "This submission cannot be merged: its details are not complete.");
    await source.close(target.name, target.id);
    const fields = {
      data: JSON.parse(JSON.stringify(parsed.data)) as Prisma.InputJsonValue,
      baseUpdatedAt: target.updatedAt,
      state: "submitted" as const,
      submittedAt: now,
      reason: null,
    };
    // One open revision per person per listing: the author's own open change is replaced, not doubled.
    const open = source.authorId
      ? await tx.serviceRevision.findFirst({
          where: {
            serviceId: target.id,
            authorId: source.authorId,
            state: { in: ["draft", "submitted", "changes_requested"] },
          },
        })
      : null;
    const revision = open
      ? await tx.serviceRevision.update({ where: { id: open.id }, data: fields })
      : await tx.serviceRevision.create({
          data: {
            ...fields,
            serviceId: target.id,
            organisationId: target.organisationId,
            authorId: source.authorId,
            importSource: source.importSource,
          },
        });
    await recordAudit(
      tx,
      { id: user.id, email: user.email },
      {
        entityType: "service",
        type: "revision.merged",
        entityId: target.id,
        before: null,
        after: parsed.data as Record<string, unknown>,
        data: { ...source.ref, revisionId: revision.id, into: target.id },
      },
    );
    return {
      revisionId: revision.id,
      targetId: target.id,
      targetName: target.name,
      sourceName: source.name,
      authorId: source.authorId,
      organisationId: source.organisationId,
    };
  });
}
