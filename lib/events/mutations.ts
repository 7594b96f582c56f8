// Writes for events, each in a transaction with its audit row. The permission is in each query's
// `where` (a provider's events are their organisation's), so an outsider's change finds nothing and
// fails as not found. Moderation follows listings: only an officer who is not the author publishes.
import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { canDecideRevision, isStaff, listingScope, type SignedInUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/platform/app-error";
import { db, type Tx } from "@/lib/platform/db";
import { Prisma, type Event } from "@/lib/generated/prisma/client";
import { pendingJson, readPendingChange } from "./pending-change";
import type { EventColumns } from "./schema";

const actorOf = (user: SignedInUser) => ({ id: user.id, email: user.email });
const NOT_FOUND = "There is no event with that address.";
const CHANGED_MEANWHILE = "Someone changed this event meanwhile. Reload the page and check it again.";

/**
 * The organisation the event is for: an officer's choice, always a provider's own (like listings).
 * The listing, if any, must be that organisation's. Returns the columns to write.
 */
async function withOwner(tx: Tx, user: SignedInUser, data: EventColumns) {
  const organisationId = isStaff(user) ? data.organisationId : user.organisationId;
  if (!isStaff(user) && !organisationId) throw new AppError("not_found", "You are not part of an organisation yet.");
  const organisation = organisationId
    ? await tx.organisation.findFirst({
        where: { id: organisationId, archivedAt: null, mergedIntoId: null },
        select: { id: true },
      })
    : null;
  if (!organisation)
    throw new AppError("invalid", "", { fieldErrors: { organisationId: "Choose the organisation running the event" } });
  if (data.serviceId) {
    const service = await tx.service.findFirst({
      where: { id: data.serviceId, organisationId: organisation.id, archivedAt: null },
      select: { id: true },
    });
    if (!service)
      throw new AppError("invalid", "", { fieldErrors: { serviceId: "Choose one of this organisation's listings" } });
  }
  return { ...data, organisationId: organisation.id };
}

export async function createEvent(user: SignedInUser, data: EventColumns, submit: boolean) {
  return db().$transaction(async (tx) => {
    const columns = await withOwner(tx, user, data);
    const now = new Date();
    const event = await tx.event.create({
      data: { ...columns, authorId: user.id, state: submit ? "submitted" : "draft", submittedAt: submit ? now : null },
    });
    await recordAudit(tx, actorOf(user), {
      entityType: "event",
      type: submit ? "event.submitted" : "event.created",
      entityId: event.id,
      before: null,
      after: { title: event.title, state: event.state },
    });
    return event;
  });
}

/**
 * A change. An event not yet public goes (back) to an officer as before. A published event stays
 * public and unchanged: the change waits beside it (pendingChange, ADR 0020) until another officer
 * approves it, like a listing's revision. The person who changes it is the change's author, so they
 * cannot approve their own change either.
 */
export async function updateEvent(user: SignedInUser, eventId: string, data: EventColumns, submit: boolean) {
  return db().$transaction(async (tx) => {
    const before = await tx.event.findFirst({ where: { id: eventId, ...listingScope(user) } });
    if (!before) throw new AppError("not_found", NOT_FOUND);
    if (before.state === "archived") throw new AppError("wrong_state", "This event is archived. Add a new one.");
    const columns = await withOwner(tx, user, data);
    const now = new Date();
    if (before.state === "published") {
      const event = await tx.event.update({
        where: { id: eventId },
        data: {
          pendingChange: pendingJson(columns) as Prisma.InputJsonValue,
          changeState: submit ? "submitted" : "draft",
          changeAuthorId: user.id,
          changeReason: null,
          changeSubmittedAt: submit ? now : null,
        },
      });
      await recordAudit(tx, actorOf(user), {
        entityType: "event",
        type: submit ? "event.change_submitted" : "event.updated",
        entityId: event.id,
        before: { title: before.title },
        after: { title: columns.title, changeState: event.changeState },
      });
      return event;
    }
    const event = await tx.event.update({
      where: { id: eventId },
      data: {
        ...columns,
        authorId: user.id,
        state: submit ? "submitted" : "draft",
        submittedAt: submit ? now : null,
        rejectionReason: null,
        publishedAt: null,
      },
    });
    await recordAudit(tx, actorOf(user), {
      entityType: "event",
      type: submit ? "event.submitted" : "event.updated",
      entityId: event.id,
      before: { title: before.title, state: before.state },
      after: { title: event.title, state: event.state },
    });
    return event;
  });
}

type Decided = { id: string; title: string; authorEmail: string | null };

async function decide(user: SignedInUser, eventId: string, decision: "published" | "rejected", reason?: string) {
  if (!isStaff(user)) throw new AppError("not_found", NOT_FOUND);
  return db().$transaction(async (tx): Promise<Decided> => {
    const before = await tx.event.findFirst({ where: { id: eventId }, include: { author: true, changeAuthor: true } });
    if (!before) throw new AppError("not_found", NOT_FOUND);
    if (before.state === "published" && before.changeState === "submitted")
      return decideChange(tx, user, before, decision, reason);
    if (before.state !== "submitted")
      throw new AppError("wrong_state", "This event is not waiting for approval. It may have been decided already.");
    if (!canDecideRevision(user, before.authorId))
      throw new AppError("own_revision", "You added or changed this event, so another officer must approve it.");
    const now = new Date();
    // Only a submitted event changes: two officers deciding at once cannot both win.
    const { count } = await tx.event.updateMany({
      where: { id: eventId, state: "submitted", updatedAt: before.updatedAt },
      data: {
        state: decision,
        reviewerId: user.id,
        reviewedAt: now,
        publishedAt: decision === "published" ? now : null,
        rejectionReason: decision === "rejected" ? reason : null,
      },
    });
    if (count !== 1) throw new AppError("conflict", CHANGED_MEANWHILE);
    await recordAudit(tx, actorOf(user), {
      entityType: "event",
      type: decision === "published" ? "event.published" : "event.rejected",
      entityId: eventId,
      before: { state: before.state },
      after: { state: decision },
      data: reason ? { reason } : undefined,
    });
    return { id: eventId, title: before.title, authorEmail: before.author?.email ?? null };
  });
}

/** A published event's waiting change: approved, it replaces the live columns; sent back, it keeps the reason. */
async function decideChange(
  tx: Tx,
  user: SignedInUser,
  before: Event & { changeAuthor: { email: string } | null },
  decision: "published" | "rejected",
  reason?: string,
): Promise<Decided> {
  if (!canDecideRevision(user, before.changeAuthorId))
    throw new AppError("own_revision", "You changed this event, so another officer must approve the change.");
  const change = readPendingChange(before.pendingChange);
  if (!change) throw new AppError("wrong_state", "This change cannot be read. Ask its author to make it again.");
  const now = new Date();
  const approved = decision === "published";
  // Claimed on the version the officer decided: a newer edit meanwhile makes this fail, not win.
  const { count } = await tx.event.updateMany({
    where: { id: before.id, state: "published", changeState: "submitted", updatedAt: before.updatedAt },
    data: approved
      ? {
          ...change,
          authorId: before.changeAuthorId,
          reviewerId: user.id,
          reviewedAt: now,
          pendingChange: Prisma.DbNull,
          changeState: null,
          changeAuthorId: null,
          changeReason: null,
          changeSubmittedAt: null,
        }
      : { changeState: "rejected", changeReason: reason, reviewerId: user.id, reviewedAt: now },
  });
  if (count !== 1) throw new AppError("conflict", CHANGED_MEANWHILE);
  await recordAudit(tx, actorOf(user), {
    entityType: "event",
    type: approved ? "event.change_approved" : "event.change_rejected",
    entityId: before.id,
    before: { title: before.title },
    after: approved ? pendingJson(change) : null,
    data: { changeAuthorId: before.changeAuthorId, ...(reason ? { reason } : {}) },
  });
  return {
    id: before.id,
    title: approved ? change.title : before.title,
    authorEmail: before.changeAuthor?.email ?? null,
  };
}

export const approveEvent = (user: SignedInUser, eventId: string) => decide(user, eventId, "published");
export const rejectEvent = (user: SignedInUser, eventId: string, reason: string) =>
  decide(user, eventId, "rejected", reason);

export async function archiveEvent(user: SignedInUser, eventId: string) {
  return db().$transaction(async (tx) => {
    const before = await tx.event.findFirst({ where: { id: eventId, ...listingScope(user) } });
    if (!before) throw new AppError("not_found", NOT_FOUND);
    if (before.state === "archived") throw new AppError("wrong_state", "This event is already archived.");
    // A waiting change goes with it: there is nothing left to change.
    await tx.event.update({
      where: { id: eventId },
      data: { state: "archived", pendingChange: Prisma.DbNull, changeState: null, changeSubmittedAt: null },
    });
    await recordAudit(tx, actorOf(user), {
      entityType: "event",
      type: "event.archived",
      entityId: eventId,
      before: { state: before.state },
      after: { state: "archived" },
    });
  });
}
