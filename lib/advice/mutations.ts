// Advice pages change like listings (ADR 0012): an officer's edit is a revision (subject "advice",
// advicePageId set, data = the page's words) that another officer approves in the one queue; the
// live page changes only then. Owner and "last checked" are the page's housekeeping, set directly
// with an audit row. Staff only: anyone else is told the page is not there (404).
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import type { Prisma, ServiceRevision } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";
import { canDecideRevision, isStaff, type SignedInUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/platform/app-error";
import { adviceContentSchema, adviceReviewDue, type AdviceContent } from "./schema";
import { liveContentOf } from "./live-content";
import { enqueueAdviceSearchChanges } from "@/lib/search/sync/outbox";

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
const actorOf = (u: SignedInUser): Actor => ({ id: u.id, email: u.email });
const NOT_THERE = "There is no advice page with that address you can change.";
const OPEN_STATES = ["draft", "submitted", "changes_requested"] as const;

function requireStaffUser(user: SignedInUser) {
  if (!isStaff(user)) throw new AppError("not_found", NOT_THERE);
}

/** The page's own columns from its content (a revision's data). */
export function adviceColumns(content: AdviceContent) {
  return {
    title: content.title,
    summary: content.summary,
    body: content.body,
    audience: content.audience,
    easyRead: content.easyRead ?? null,
    schedule2: content.schedule2,
    categoryCodes: content.categories,
    relatedServiceIds: content.relatedServiceIds,
  };
}

async function lockPage(tx: Tx, advicePageId: string) {
  await tx.$queryRaw`SELECT 1 FROM "AdvicePage" WHERE id = ${advicePageId}::uuid FOR UPDATE`;
  const page = await tx.advicePage.findUnique({ where: { id: advicePageId } });
  if (!page) throw new AppError("not_found", NOT_THERE);
  return page;
}

/**
 * A new page: written unpublished (nothing public yet), its owner the officer who added it, and its
 * first version sent for approval by another officer.
 */
export async function createAdvicePage(user: SignedInUser, slug: string, content: AdviceContent) {
  requireStaffUser(user);
  return db().$transaction(async (tx) => {
    if (await tx.advicePage.findUnique({ where: { slug }, select: { id: true } }))
      throw new AppError("clash", "", {
        fieldErrors: { slug: "Another advice page has this address. Choose another." },
      });
    const page = await tx.advicePage.create({ data: { slug, ...adviceColumns(content), ownerId: user.id } });
    await recordAudit(tx, actorOf(user), {
      entityType: "advice_page",
      type: "advice.created",
      entityId: page.id,
      before: null,
      after: { slug, title: content.title },
    });
    const revision = await writeRevision(tx, user, page.id, page.updatedAt, content);
    return { page, revision };
  });
}

/** An edit: the officer's open change to this page is replaced, or a new one made, and sent for approval. */
export async function submitAdviceChange(user: SignedInUser, advicePageId: string, content: AdviceContent) {
  requireStaffUser(user);
  return db().$transaction(async (tx) => {
    const page = await lockPage(tx, advicePageId);
    if (page.archivedAt) throw new AppError("wrong_state", "This advice page is archived. It cannot be changed.");
    return writeRevision(tx, user, page.id, page.updatedAt, content);
  });
}

async function writeRevision(tx: Tx, user: SignedInUser, advicePageId: string, base: Date, content: AdviceContent) {
  const open = await tx.serviceRevision.findFirst({
    where: { subject: "advice", advicePageId, authorId: user.id, state: { in: [...OPEN_STATES] } },
    orderBy: { updatedAt: "desc" },
  });
  const fields = {
    data: json(content),
    baseUpdatedAt: base,
    state: "submitted" as const,
    submittedAt: new Date(),
    reason: null,
    authorId: user.id,
  };
  // organisationId is required on every revision; an advice page belongs to no organisation, so its
  // revisions carry the page's own id there: no provider's scope ({ organisationId }) can match it.
  const revision = open
    ? await tx.serviceRevision.update({ where: { id: open.id }, data: fields })
    : await tx.serviceRevision.create({
        data: { ...fields, subject: "advice", advicePageId, organisationId: advicePageId, serviceId: null },
      });
  await recordAudit(tx, actorOf(user), {
    entityType: "advice_page",
    type: "revision.submitted",
    entityId: advicePageId,
    before: null,
    after: content as unknown as Record<string, unknown>,
    data: { revisionId: revision.id },
  });
  return revision;
}

const EDITED = "This change was edited after you opened it — review it again";
const LIVE_CHANGED = "The advice page changed after you opened this change — review it again";

/**
 * Called by lib/revisions' applyApproval inside its transaction (the one door to going live): claim
 * the version the officer saw, write it to the page, publish it if new, audit before and after.
 */
export async function applyAdviceApproval(
  tx: Tx,
  revision: ServiceRevision,
  approver: { actor: Actor; reviewerId: string | null },
  now: Date,
  liveVersion?: string,
) {
  if (!revision.advicePageId) throw new AppError("not_found", NOT_THERE);
  const content = adviceContentSchema.parse(revision.data);
  const live = await lockPage(tx, revision.advicePageId);
  if (liveVersion !== undefined && liveVersion !== "" && live.updatedAt.toISOString() !== liveVersion)
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
  const written = await tx.advicePage.update({
    where: { id: live.id },
    data: { ...adviceColumns(content), publishedAt: live.publishedAt ?? now },
  });
  // Searches find the approved words: PostgreSQL's copy now, Meilisearch's through the outbox.
  await enqueueAdviceSearchChanges(tx, [live.id], "upsert");
  await recordAudit(tx, approver.actor, {
    entityType: "advice_page",
    type: "revision.approved",
    entityId: live.id,
    before: liveContentOf(live),
    after: content as unknown as Record<string, unknown>,
    data: { revisionId: revision.id, authorId: revision.authorId },
  });
  return { id: written.id, slug: written.slug, name: written.title, subject: "advice" as const, submitter: null };
}

/** Returned with a reason (called by lib/revisions' rejectRevision in its transaction). */
export async function rejectAdviceChange(
  tx: Tx,
  user: SignedInUser,
  revision: ServiceRevision,
  reason: string,
  now: Date,
) {
  if (!canDecideRevision(user, revision.authorId))
    throw new AppError("own_revision", "Another officer must decide on your own change.");
  const claimed = await tx.serviceRevision.updateMany({
    where: { id: revision.id, state: "submitted" },
    data: { state: "rejected", reviewerId: user.id, decidedAt: now, reason },
  });
  if (claimed.count !== 1) throw new AppError("wrong_state", "This change has already been decided.");
  await recordAudit(tx, actorOf(user), {
    entityType: "advice_page",
    type: "revision.rejected",
    entityId: revision.advicePageId ?? revision.organisationId,
    before: null,
    after: null,
    data: { revisionId: revision.id, reason, authorId: revision.authorId },
  });
}

/** "Mark as checked": last checked today, next review 12 months on. */
export async function markAdviceChecked(user: SignedInUser, advicePageId: string, now = new Date()) {
  requireStaffUser(user);
  return db().$transaction(async (tx) => {
    const page = await lockPage(tx, advicePageId);
    const lastCheckedAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    const reviewDueAt = adviceReviewDue(lastCheckedAt);
    const updated = await tx.advicePage.update({ where: { id: page.id }, data: { lastCheckedAt, reviewDueAt } });
    // Answers the review reminders (lib/advice/reminders), so no second reminder follows.
    await tx.adviceReviewReminder.updateMany({
      where: { advicePageId: page.id, answeredAt: null },
      data: { answeredAt: now },
    });
    await recordAudit(tx, actorOf(user), {
      entityType: "advice_page",
      type: "advice.checked",
      entityId: page.id,
      before: { lastCheckedAt: page.lastCheckedAt, reviewDueAt: page.reviewDueAt },
      after: { lastCheckedAt, reviewDueAt },
    });
    return updated;
  });
}

/** The officer who keeps the page right: staff only, and only an officer or admin who can sign in. */
export async function setAdviceOwner(user: SignedInUser, advicePageId: string, ownerId: string) {
  requireStaffUser(user);
  return db().$transaction(async (tx) => {
    const page = await lockPage(tx, advicePageId);
    const owner = await tx.user.findFirst({
      where: { id: ownerId, role: { in: ["editor", "admin"] }, disabledAt: null },
      select: { id: true },
    });
    if (!owner) throw new AppError("invalid", "", { fieldErrors: { ownerId: "Choose an officer from the list" } });
    await tx.advicePage.update({ where: { id: page.id }, data: { ownerId: owner.id } });
    await recordAudit(tx, actorOf(user), {
      entityType: "advice_page",
      type: "advice.owner_changed",
      entityId: page.id,
      before: { ownerId: page.ownerId },
      after: { ownerId: owner.id },
    });
  });
}

/**
 * The starter pages (prisma/seed/advice), written once into a database with no advice pages:
 * published, checked today and due for review in 12 months, with no owner until an officer takes one.
 */
export async function seedAdvicePages(
  tx: Tx,
  seeds: (Record<string, unknown> & { slug: string })[],
  now = new Date(),
): Promise<number> {
  if ((await tx.advicePage.count()) > 0) return 0;
  const lastCheckedAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const ids: string[] = [];
  for (const seed of seeds) {
    const content = adviceContentSchema.parse({ relatedServiceIds: [], ...seed });
    const { id } = await tx.advicePage.create({
      data: {
        slug: seed.slug,
        ...adviceColumns(content),
        publishedAt: now,
        lastCheckedAt,
        reviewDueAt: adviceReviewDue(lastCheckedAt),
      },
    });
    ids.push(id);
  }
  await enqueueAdviceSearchChanges(tx, ids, "upsert");
  return seeds.length;
}
