// The editorial workflow: draft → submitted → approved | rejected. The live listing changes
// only when a revision is approved, and then in one transaction with its audit row and the
// search-outbox row (writeListing enqueues it).
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import type { Prisma, ServiceRevision } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";
import { canDecideRevision, isStaff, listingScope, type SignedInUser } from "@/lib/auth/roles";
import { enqueueSearchChange } from "@/lib/search/sync/outbox";
import { writeListing } from "@/lib/services/mutations";
import { listingInputSchema, type Listing } from "@/lib/services/schema";
import { FULL_LISTING } from "@/lib/services/data";
import { needsContactDetails } from "@/lib/services/needs-contact";
import { applyProfileApproval } from "@/lib/organisations/profile/mutations";
import { applyAdviceApproval, rejectAdviceChange } from "@/lib/advice/mutations";
import { listingFromService } from "./listing-from-service";
import { openRevisionWhere } from "./open-revision";
import { refreshReviewDue } from "@/lib/review-dates/mutations";
import { AppError } from "@/lib/platform/app-error";
import { adviceTitle } from "@/lib/advice/schema";
import { requireApprovedOrganisation } from "@/lib/organisations/mutations";
import { joinSubmitterOfRevision } from "@/lib/submissions/join/mutations";
import { markSuggestionsDone } from "@/lib/suggestions/done/mutations";

const actorOf = (u: SignedInUser) => ({ id: u.id, email: u.email });
/** The name a revision proposes, for a new listing's messages. */
export const listingName = (data: unknown) =>
  typeof (data as { name?: unknown })?.name === "string" ? (data as { name: string }).name : "a listing";
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

async function scopedService(tx: Tx, user: SignedInUser, serviceId: string) {
  const service = await tx.service.findFirst({
    where: { id: serviceId, ...listingScope(user) },
    include: FULL_LISTING,
  });
  if (!service) throw new AppError("not_found", "There is no listing with that address you can change.");
  return service;
}

export type SaveRevisionInput = {
  serviceId: string;
  listing: Listing;
  /** The live version's updatedAt the editor started from (ISO), to detect someone else's change. */
  baseUpdatedAt: string;
  submit: boolean;
  /** The editor has seen the other change and chooses to keep their own version. */
  keepMine?: boolean;
};

/**
 * Saves the user's edit as their open revision of the listing (one per person per listing).
 * If the live listing changed since they opened it, nothing is lost: a "conflict" is reported
 * with the live version, and saving again with keepMine stores their version.
 */
export async function saveRevision(user: SignedInUser, input: SaveRevisionInput) {
  return db().$transaction(async (tx) => {
    const service = await scopedService(tx, user, input.serviceId);
    if (service.archivedAt) throw new AppError("wrong_state", "This listing is archived. Restore it before editing.");
    const changedMeanwhile = service.updatedAt.toISOString() !== input.baseUpdatedAt;
    if (changedMeanwhile && !input.keepMine) {
      return {
        conflict: true as const,
        live: listingFromService(service),
        liveUpdatedAt: service.updatedAt.toISOString(),
      };
    }
    const open = await tx.serviceRevision.findFirst({
      where: openRevisionWhere(user, service.id),
      orderBy: { updatedAt: "desc" },
    });
    const now = new Date();
    // Changes asked for: saving a draft keeps the officer's message showing until it is sent again.
    const keepAsked = !input.submit && open?.state === "changes_requested";
    const fields = {
      data: json(input.listing),
      baseUpdatedAt: service.updatedAt,
      state: input.submit ? ("submitted" as const) : keepAsked ? ("changes_requested" as const) : ("draft" as const),
      submittedAt: input.submit ? now : null,
      reason: keepAsked ? open.reason : null,
      // An officer's request made to an organisation (an import's change) is taken up by whoever answers it.
      authorId: user.id,
    };
    const revision = open
      ? await tx.serviceRevision.update({ where: { id: open.id }, data: fields })
      : await tx.serviceRevision.create({
          data: { ...fields, serviceId: service.id, organisationId: service.organisationId },
        });
    await recordAudit(tx, actorOf(user), {
      entityType: "service",
      type: input.submit ? "revision.submitted" : "revision.saved",
      entityId: service.id,
      before: null,
      after: input.listing as Record<string, unknown>,
      data: { revisionId: revision.id },
    });
    return { conflict: false as const, revision };
  });
}

export async function submittedRevision(tx: Tx, user: SignedInUser, revisionId: string) {
  const revision = await tx.serviceRevision.findFirst({ where: { id: revisionId, ...listingScope(user) } });
  if (!revision || !isStaff(user)) throw new AppError("not_found", "There is no change waiting with that address.");
  if (revision.state !== "submitted") throw new AppError("wrong_state", "This change has already been decided.");
  if (!canDecideRevision(user, revision.authorId))
    throw new AppError("own_revision", "Another officer must approve your own change.");
  return revision;
}

/** What the officer saw on the review page (approveSchema): the revision's and the live listing's versions. */
export type SeenVersions = { version: string; liveVersion: string };

const EDITED = "This change was edited after you opened it — review it again";
const LIVE_CHANGED = "The live listing changed after you opened this change — review it again";

/** Publishes the revision the officer saw, or refuses if it or the live listing changed since. */
export async function approveRevision(user: SignedInUser, revisionId: string, seen: SeenVersions, now = new Date()) {
  return db().$transaction(async (tx) => {
    const revision = await submittedRevision(tx, user, revisionId);
    if (revision.updatedAt.toISOString() !== seen.version) throw new AppError("conflict", EDITED);
    const approver = { actor: actorOf(user), reviewerId: user.id };
    const written = await applyApproval(tx, revision, approver, now, seen.liveVersion);
    const author = revision.authorId
      ? await tx.user.findUnique({ where: { id: revision.authorId }, select: { email: true } })
      : null;
    return {
      ...written,
      authorId: revision.authorId,
      authorEmail: author?.email ?? null,
      organisationId: revision.organisationId,
    };
  });
}

/** Who approves: an officer, or the importer approving a feed's change at once (--publish). */
export type Approver = { actor: Actor; reviewerId: string | null };

/**
 * The one way a revision goes live: live listing, revision state, audit row (before and after) and
 * search outbox, in the caller's transaction. With `liveVersion`, a live listing changed since the
 * approver looked is refused, so an older change never silently overwrites a newer live version.
 */
export async function applyApproval(
  tx: Tx,
  revision: ServiceRevision,
  approver: Approver,
  now: Date,
  liveVersion?: string,
) {
  // A provider's change to their organisation's profile goes live through this same door.
  if (revision.subject === "organisation") return applyProfileApproval(tx, revision, approver, now, liveVersion);
  // So does an officer's change to an advice page.
  if (revision.subject === "advice") return applyAdviceApproval(tx, revision, approver, now, liveVersion);
  const listing = listingInputSchema.parse(revision.data);
  // A new organisation from "Add your service" is approved first: its listings wait until then.
  await requireApprovedOrganisation(tx, revision.organisationId);
  // Lock the live row first: a second approval for the same listing waits, then sees the new version.
  if (revision.serviceId) await tx.$queryRaw`SELECT 1 FROM "Service" WHERE id = ${revision.serviceId}::uuid FOR UPDATE`;
  const before = revision.serviceId
    ? await tx.service.findUnique({ where: { id: revision.serviceId }, include: FULL_LISTING })
    : null;
  if (liveVersion !== undefined && (before?.updatedAt.toISOString() ?? "") !== liveVersion)
    throw new AppError("conflict", LIVE_CHANGED);
  // Only the version read above, still submitted: a double click, a second officer or the author's
  // edit in between (a new updatedAt) changes nothing.
  const claimed = await tx.serviceRevision.updateMany({
    where: { id: revision.id, state: "submitted", updatedAt: revision.updatedAt },
    data: { state: "approved", reviewerId: approver.reviewerId, decidedAt: now },
  });
  if (claimed.count !== 1) {
    const current = await tx.serviceRevision.findUnique({ where: { id: revision.id }, select: { state: true } });
    if (current?.state === "submitted") throw new AppError("conflict", EDITED);
    throw new AppError("wrong_state", "This change has already been decided.");
  }
  const written = await writeListing(tx, listing, {
    organisationId: revision.organisationId,
    serviceId: revision.serviceId ?? undefined,
    publish: true,
    now,
  });
  // writeListing sets the default 12-month review date; a category may ask for a shorter one.
  await refreshReviewDue(tx, written.id);
  if (!revision.serviceId)
    await tx.serviceRevision.update({ where: { id: revision.id }, data: { serviceId: written.id } });
  await recordAudit(tx, approver.actor, {
    entityType: "service",
    type: "revision.approved",
    entityId: written.id,
    before: before ? listingFromService(before) : null,
    after: listing as Record<string, unknown>,
    data: { revisionId: revision.id, authorId: revision.authorId, importSource: revision.importSource },
  });
  // Families' suggestions this edit was made from are done now.
  await markSuggestionsDone(tx, revision.id, approver.actor, now);
  // Whoever sent it through "Add your service" joins the organisation now, and is told (the action).
  const submitter = await joinSubmitterOfRevision(tx, revision, approver.actor);
  return { ...written, name: listing.name, submitter };
}

export async function rejectRevision(user: SignedInUser, revisionId: string, reason: string, now = new Date()) {
  return db().$transaction(async (tx) => {
    const revision = await submittedRevision(tx, user, revisionId);
    if (revision.subject === "advice") {
      await rejectAdviceChange(tx, user, revision, reason, now);
      return { ...(await rejectedAuthor(tx, revision)), serviceName: adviceTitle(revision.data), serviceId: null };
    }
    const claimed = await tx.serviceRevision.updateMany({
      where: { id: revision.id, state: "submitted" },
      data: { state: "rejected", reviewerId: user.id, decidedAt: now, reason },
    });
    if (claimed.count !== 1) throw new AppError("wrong_state", "This change has already been decided.");
    await recordAudit(tx, actorOf(user), {
      entityType: "service",
      type: "revision.rejected",
      entityId: revision.serviceId ?? revision.id,
      before: null,
      after: null,
      data: { revisionId: revision.id, reason, authorId: revision.authorId },
    });
    const author = revision.authorId
      ? await tx.user.findUnique({ where: { id: revision.authorId }, select: { email: true } })
      : null;
    const service = revision.serviceId
      ? await tx.service.findUnique({ where: { id: revision.serviceId }, select: { name: true } })
      : null;
    return {
      authorId: revision.authorId,
      organisationId: revision.organisationId,
      authorEmail: author?.email ?? null,
      serviceName: service?.name ?? listingName(revision.data),
      serviceId: revision.serviceId,
    };
  });
}

async function rejectedAuthor(tx: Tx, revision: ServiceRevision) {
  const author = revision.authorId
    ? await tx.user.findUnique({ where: { id: revision.authorId }, select: { email: true } })
    : null;
  return { authorId: revision.authorId, organisationId: revision.organisationId, authorEmail: author?.email ?? null };
}

/** An earlier approved version becomes the user's open draft; nothing goes live until approved. */
export async function restoreRevision(user: SignedInUser, revisionId: string) {
  const old = await db().serviceRevision.findFirst({
    where: { id: revisionId, state: "approved", ...listingScope(user) },
  });
  if (!old?.serviceId) throw new AppError("not_found", "There is no earlier version with that address.");
  const service = await db().service.findFirst({
    where: { id: old.serviceId, ...listingScope(user) },
    select: { updatedAt: true },
  });
  if (!service) throw new AppError("not_found", "There is no earlier version with that address.");
  const listing = listingInputSchema.parse(old.data);
  const result = await saveRevision(user, {
    serviceId: old.serviceId,
    listing,
    baseUpdatedAt: service.updatedAt.toISOString(),
    submit: false,
    keepMine: true,
  });
  if (result.conflict) throw new AppError("conflict", "The listing changed meanwhile. Try again.");
  return result.revision;
}

/** The version from before the first approved change (see findOriginalVersion) becomes the user's draft. */
export async function restoreOriginalVersion(user: SignedInUser, auditEventId: string) {
  const event = await db().auditEvent.findFirst({
    where: { id: auditEventId, entityType: "service", type: "revision.approved" },
  });
  const service =
    event &&
    (await db().service.findFirst({
      where: { id: event.entityId, ...listingScope(user) },
      select: { id: true, updatedAt: true },
    }));
  const parsed = event && listingInputSchema.safeParse(event.before);
  if (!service || !parsed?.success) throw new AppError("not_found", "There is no earlier version with that address.");
  const result = await saveRevision(user, {
    serviceId: service.id,
    listing: parsed.data,
    baseUpdatedAt: service.updatedAt.toISOString(),
    submit: false,
    keepMine: true,
  });
  if (result.conflict) throw new AppError("conflict", "The listing changed meanwhile. Try again.");
  return result.revision;
}

/** Staff: archive (hidden everywhere, kept for history) or bring back. */
export async function setArchived(user: SignedInUser, serviceId: string, archived: boolean) {
  if (!isStaff(user)) throw new AppError("not_found", "There is no listing with that address you can change.");
  return db().$transaction(async (tx) => archiveInTransaction(tx, user, serviceId, archived));
}

/** Archive or bring back one listing, with its audit row, in the caller's transaction (also bulk). */
export async function archiveInTransaction(tx: Tx, user: SignedInUser, serviceId: string, archived: boolean) {
  const service = await scopedService(tx, user, serviceId);
  if (!!service.archivedAt === archived) return service;
  const updated = await tx.service.update({
    where: { id: service.id },
    data: { archivedAt: archived ? new Date() : null },
  });
  await enqueueSearchChange(tx, service.id, archived ? "remove" : "upsert");
  await recordAudit(tx, actorOf(user), {
    entityType: "service",
    type: archived ? "service.archived" : "service.unarchived",
    entityId: service.id,
    before: { archivedAt: service.archivedAt },
    after: { archivedAt: updated.archivedAt },
  });
  return updated;
}

/**
 * A new listing starts unpublished, like an imported one: it waits in "New listings not yet public"
 * until another officer publishes it. Providers add listings only for their own organisation.
 */
export async function createListing(user: SignedInUser, organisationId: string | undefined, listing: Listing) {
  const orgId = isStaff(user) ? organisationId : user.organisationId;
  if (!orgId) throw new AppError("not_found", "There is no organisation with that address you can add to.");
  return db().$transaction(async (tx) => {
    if (!(await tx.organisation.findUnique({ where: { id: orgId }, select: { id: true } }))) {
      throw new AppError("not_found", "There is no organisation with that address you can add to.");
    }
    const written = await writeListing(tx, listing, { organisationId: orgId, publish: false });
    await refreshReviewDue(tx, written.id);
    await recordAudit(tx, actorOf(user), {
      entityType: "service",
      type: "service.created",
      entityId: written.id,
      before: null,
      after: listing as Record<string, unknown>,
    });
    return written;
  });
}

/** Staff: make an imported or newly added (never published) listing public as it stands. */
export async function publishListing(user: SignedInUser, serviceId: string, now = new Date()) {
  if (!isStaff(user)) throw new AppError("not_found", "There is no listing with that address you can change.");
  return db().$transaction(async (tx) => publishInTransaction(tx, user, serviceId, now));
}

/** Publish one listing, with its audit row, in the caller's transaction (also bulk). */
export async function publishInTransaction(tx: Tx, user: SignedInUser, serviceId: string, now: Date) {
  const service = await scopedService(tx, user, serviceId);
  if (service.publishedAt) return service;
  // Four eyes here too: whoever added the listing does not publish it.
  const created = await tx.auditEvent.findFirst({
    where: { entityId: service.id, type: "service.created" },
    select: { actorId: true },
  });
  if (created?.actorId === user.id)
    throw new AppError("own_revision", `Another officer must publish a listing you added (${service.name}).`);
  // An imported record with no way to reach the service is kept as a draft (lib/oruk/feed-contact.ts); a
  // family must never find it on the site until someone adds one.
  const contacts = service.contacts.map((c) => ({ email: c.email, _count: { phones: c.phones.length } }));
  if (needsContactDetails({ url: service.url, email: service.email, contacts }))
    throw new AppError(
      "wrong_state",
      `${service.name} has no email, phone number or web address yet. Add one before you publish it, so families can reach the service.`,
    );
  const updated = await tx.service.update({ where: { id: service.id }, data: { publishedAt: now } });
  await enqueueSearchChange(tx, service.id, "upsert");
  await recordAudit(tx, actorOf(user), {
    entityType: "service",
    type: "service.published",
    entityId: service.id,
    before: { publishedAt: null },
    after: { publishedAt: now },
  });
  return updated;
}
