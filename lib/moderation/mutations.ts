// Officers' decisions beyond approve and reject: asking for changes, and publishing or archiving
// many imported listings at once. Each writes its audit rows in the same transaction.
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { recordAudit } from "@/lib/audit/mutations";
import { isStaff, type SignedInUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/platform/app-error";
import { adviceTitle } from "@/lib/advice/schema";
import { reopenForChanges } from "@/lib/submissions/reopen/mutations";
import { archiveInTransaction, listingName, publishInTransaction, submittedRevision } from "@/lib/revisions/mutations";

const ALREADY_DECIDED = "This change has already been decided.";

/**
 * Sends a waiting revision back to its author with the officer's message: state changes_requested.
 * The author edits the same revision and sends it again (saveRevision), which puts it back in the queue.
 * Claimed like an approval, so a second officer acting at the same time is told it was decided.
 */
export async function requestChanges(user: SignedInUser, revisionId: string, message: string, now = new Date()) {
  return db().$transaction(async (tx) => {
    const revision = await submittedRevision(tx, user, revisionId);
    const claimed = await tx.serviceRevision.updateMany({
      where: { id: revision.id, state: "submitted", updatedAt: revision.updatedAt },
      data: { state: "changes_requested", reviewerId: user.id, decidedAt: now, reason: message },
    });
    if (claimed.count !== 1) throw new AppError("wrong_state", ALREADY_DECIDED);
    const actor = { id: user.id, email: user.email };
    const data = { revisionId: revision.id, message, authorId: revision.authorId };
    const entity =
      revision.subject === "organisation"
        ? ({ entityType: "organisation", entityId: revision.organisationId } as const)
        : revision.subject === "advice"
          ? ({ entityType: "advice_page", entityId: revision.advicePageId ?? revision.organisationId } as const)
          : ({ entityType: "service", entityId: revision.serviceId ?? revision.id } as const);
    await recordAudit(tx, actor, { ...entity, type: "revision.changes_requested", before: null, after: null, data });
    const service = revision.serviceId
      ? await tx.service.findUnique({ where: { id: revision.serviceId }, select: { name: true } })
      : null;
    return {
      authorId: revision.authorId,
      organisationId: revision.organisationId,
      subject: revision.subject,
      serviceId: revision.serviceId,
      serviceName:
        service?.name ?? (revision.subject === "advice" ? adviceTitle(revision.data) : listingName(revision.data)),
      // Sent through "Add your service": the sender's draft is open again for them (no account needed).
      reopened: revision.subject === "service" ? await reopenForChanges(tx, revision.id, actor) : null,
    };
  });
}

export type BulkOutcome = { count: number };

const NOT_ELIGIBLE =
  "Only listings nobody has published, or that nobody has changed since they were imported, can be published or archived together.";

/**
 * Bulk actions apply only to listings an officer would otherwise check one by one without reading an
 * edit: never published (imported or newly added), or imported and not changed by anybody since.
 */
async function eligibleIds(tx: Tx, ids: string[]) {
  const rows = await tx.service.findMany({
    where: {
      id: { in: ids },
      archivedAt: null,
      OR: [
        { publishedAt: null },
        { sourceSystem: { not: null }, revisions: { none: { state: "approved", importSource: null } } },
      ],
    },
    select: { id: true },
  });
  if (rows.length !== new Set(ids).size) throw new AppError("invalid", NOT_ELIGIBLE);
  return rows.map((r) => r.id);
}

/** Publishes every chosen listing in one transaction, one audit row each; all or nothing. */
export async function bulkPublish(user: SignedInUser, ids: string[], now = new Date()): Promise<BulkOutcome> {
  if (!isStaff(user)) throw new AppError("not_found", "There is no listing with that address you can change.");
  return db().$transaction(
    async (tx) => {
      const chosen = await eligibleIds(tx, ids);
      for (const id of chosen) await publishInTransaction(tx, user, id, now);
      return { count: chosen.length };
    },
    { timeout: 60_000 },
  );
}

/** Archives every chosen listing in one transaction, one audit row each; all or nothing. */
export async function bulkArchive(user: SignedInUser, ids: string[]): Promise<BulkOutcome> {
  if (!isStaff(user)) throw new AppError("not_found", "There is no listing with that address you can change.");
  return db().$transaction(
    async (tx) => {
      const chosen = await eligibleIds(tx, ids);
      for (const id of chosen) await archiveInTransaction(tx, user, id, true);
      return { count: chosen.length };
    },
    { timeout: 60_000 },
  );
}
