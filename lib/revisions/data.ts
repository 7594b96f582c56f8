// Reads for the editor, the review queue and history. Every read takes the signed-in user and
// puts their scope into the `where`, so someone outside it finds nothing (the page says 404).
import "server-only";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isStaff, listingScope, type SignedInUser } from "@/lib/auth/roles";
import { FULL_LISTING } from "@/lib/services/data";
import { openRevisionWhere } from "./open-revision";

export function findListingForUser(user: SignedInUser, serviceId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(serviceId)) return Promise.resolve(null);
  return db().service.findFirst({ where: { id: serviceId, ...listingScope(user) }, include: FULL_LISTING });
}

export type ListingsFilter = { q?: string; state?: "all" | "unpublished" | "archived" | "closed" };

export async function findListingsForUser(user: SignedInUser, f: ListingsFilter, page = 1, perPage = 50) {
  const and: Prisma.ServiceWhereInput[] = [listingScope(user)];
  if (f.q)
    and.push({
      OR: [
        { name: { contains: f.q, mode: "insensitive" } },
        { organisation: { name: { contains: f.q, mode: "insensitive" } } },
      ],
    });
  if (f.state === "unpublished") and.push({ publishedAt: null, archivedAt: null });
  else if (f.state === "archived") and.push({ archivedAt: { not: null } });
  else if (f.state === "closed") and.push({ status: "temporarily_closed", archivedAt: null });
  else and.push({ archivedAt: null });
  const where = { AND: and };
  const [total, items] = await db().$transaction([
    db().service.count({ where }),
    db().service.findMany({
      where,
      orderBy: { name: "asc" },
      skip: (page - 1) * perPage,
      take: perPage,
      select: {
        id: true,
        slug: true,
        name: true,
        status: true,
        publishedAt: true,
        archivedAt: true,
        reviewDueAt: true,
        lastCheckedAt: true,
        organisation: { select: { name: true } },
        revisions: { where: { state: "submitted" }, select: { id: true } },
        // For needsContactDetails: the importer keeps a service without any as a flagged draft.
        url: true,
        email: true,
        contacts: { select: { email: true, _count: { select: { phones: true } } } },
      },
    }),
  ]);
  return { total, items };
}

const REVISION_LIST = {
  id: true,
  state: true,
  reason: true,
  createdAt: true,
  submittedAt: true,
  decidedAt: true,
  serviceId: true,
  organisationId: true,
  importSource: true,
  author: { select: { email: true, name: true } },
  reviewer: { select: { email: true, name: true } },
} satisfies Prisma.ServiceRevisionSelect;

export function findRevisionForUser(user: SignedInUser, revisionId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(revisionId)) return Promise.resolve(null);
  return db().serviceRevision.findFirst({
    where: { id: revisionId, ...listingScope(user) },
    include: {
      author: { select: { id: true, email: true, name: true } },
      reviewer: { select: { email: true } },
      service: { include: FULL_LISTING },
    },
  });
}

export function findRevisionsForService(user: SignedInUser, serviceId: string) {
  return db().serviceRevision.findMany({
    where: { serviceId, ...listingScope(user) },
    orderBy: { createdAt: "desc" },
    select: REVISION_LIST,
  });
}

/**
 * The user's latest own change that is not live yet (draft, waiting, sent back with changes asked
 * for, or returned with a reason), or a change an officer sent back to their organisation unsigned.
 */
export function findLatestOwnRevision(user: SignedInUser, serviceId: string) {
  return db().serviceRevision.findFirst({
    where: {
      ...listingScope(user),
      OR: [openRevisionWhere(user, serviceId), { serviceId, authorId: user.id, state: "rejected" }],
    },
    orderBy: { updatedAt: "desc" },
  });
}

/** Staff only: edits sent for approval, and imported listings nobody has published yet. */
export async function findReviewQueue(user: SignedInUser) {
  if (!isStaff(user)) return { revisions: [], unpublished: [] };
  const [revisions, unpublished] = await Promise.all([
    db().serviceRevision.findMany({
      where: { state: "submitted" },
      orderBy: { submittedAt: "asc" },
      select: { ...REVISION_LIST, service: { select: { name: true, slug: true, publishedAt: true } } },
    }),
    db().service.findMany({
      where: { publishedAt: null, archivedAt: null, revisions: { none: { state: "submitted" } } },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, createdAt: true, sourceSystem: true, organisation: { select: { name: true } } },
    }),
  ]);
  return { revisions, unpublished };
}

/**
 * The listing as it was before its first approved change (a seed or import has no revision of its
 * own): the "before" of the earliest approval's audit row. Scoped like every other read.
 */
export async function findOriginalVersion(user: SignedInUser, serviceId: string) {
  const service = await db().service.findFirst({
    where: { id: serviceId, ...listingScope(user) },
    select: { id: true },
  });
  if (!service) return null;
  return db().auditEvent.findFirst({
    where: { entityType: "service", entityId: service.id, type: "revision.approved", before: { not: Prisma.AnyNull } },
    orderBy: { createdAt: "asc" },
    select: { id: true, createdAt: true },
  });
}

/** Counts for the dashboard, within what the user may see. */
export async function countDashboard(user: SignedInUser, today = new Date()) {
  const scope = listingScope(user);
  const live = { ...scope, archivedAt: null };
  // As on the review-dates page: published, and not closed for good.
  const reviewable = { ...live, publishedAt: { not: null }, status: { not: "defunct" as const } };
  const in30 = new Date(today.getTime() + 30 * 86_400_000);
  const [listings, waiting, unpublished, overdue, dueSoon, myDrafts] = await Promise.all([
    db().service.count({ where: live }),
    isStaff(user)
      ? db().serviceRevision.count({ where: { state: "submitted" } })
      : db().serviceRevision.count({ where: { state: "submitted", ...scope } }),
    db().service.count({ where: { ...live, publishedAt: null } }),
    db().service.count({ where: { ...reviewable, OR: [{ reviewDueAt: { lt: today } }, { reviewDueAt: null }] } }),
    db().service.count({ where: { ...reviewable, reviewDueAt: { gte: today, lte: in30 } } }),
    db().serviceRevision.findMany({
      where: { authorId: user.id, state: { in: ["draft", "rejected"] } },
      orderBy: { updatedAt: "desc" },
      take: 20,
      select: {
        id: true,
        state: true,
        reason: true,
        serviceId: true,
        updatedAt: true,
        service: { select: { name: true } },
      },
    }),
  ]);
  return { listings, waiting, unpublished, overdue, dueSoon, myDrafts };
}
