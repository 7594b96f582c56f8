// Reads for the moderation queue and its decisions. Staff only: callers pass a user checked by
// requireStaff or a staff action; a provider asking finds nothing.
import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isStaff, type SignedInUser } from "@/lib/auth/roles";
import { FULL_LISTING } from "@/lib/services/data";
import { QUEUE_LIMIT } from "./queue";

const QUEUE_REVISION = {
  id: true,
  subject: true,
  data: true,
  serviceId: true,
  organisationId: true,
  importSource: true,
  authorId: true,
  submittedAt: true,
  createdAt: true,
  author: { select: { email: true } },
  service: { select: { name: true } },
} satisfies Prisma.ServiceRevisionSelect;

/**
 * Everything waiting for an officer: revisions sent for approval (listings, organisation profiles,
 * imports) and listings added or imported that nobody has published yet.
 */
export async function findModerationQueue(user: SignedInUser) {
  if (!isStaff(user)) return { revisions: [], unpublished: [], totals: { revisions: 0, unpublished: 0 } };
  const unpublishedWhere = {
    publishedAt: null,
    archivedAt: null,
    revisions: { none: { state: "submitted" as const } },
  } satisfies Prisma.ServiceWhereInput;
  const [revisions, unpublished, revisionCount, unpublishedCount] = await Promise.all([
    db().serviceRevision.findMany({
      where: { state: "submitted" },
      orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
      take: QUEUE_LIMIT,
      select: QUEUE_REVISION,
    }),
    db().service.findMany({
      where: unpublishedWhere,
      orderBy: { createdAt: "asc" },
      take: QUEUE_LIMIT,
      select: { id: true, name: true, createdAt: true, sourceSystem: true, organisationId: true },
    }),
    db().serviceRevision.count({ where: { state: "submitted" } }),
    db().service.count({ where: unpublishedWhere }),
  ]);
  const organisationIds = [...new Set([...revisions, ...unpublished].map((r) => r.organisationId))];
  const organisations = await db().organisation.findMany({
    where: { id: { in: organisationIds } },
    select: { id: true, name: true },
  });
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  return {
    revisions: revisions.map((r) => ({ ...r, organisationName: orgName.get(r.organisationId) ?? null })),
    unpublished: unpublished.map((s) => ({ ...s, organisationName: orgName.get(s.organisationId) ?? null })),
    totals: { revisions: revisionCount, unpublished: unpublishedCount },
  };
}

/**
 * Who hears of a decision: the author, or when nobody signed in wrote it (an import) the
 * organisation's provider users. Nobody removed, and never the officer who decided.
 */
export async function findDecisionRecipients(
  revision: { authorId: string | null; organisationId: string },
  exceptUserId?: string,
): Promise<string[]> {
  const people = await db().user.findMany({
    where: revision.authorId
      ? { id: revision.authorId, disabledAt: null }
      : { organisationId: revision.organisationId, role: "provider", disabledAt: null },
    select: { id: true, email: true },
    orderBy: { email: "asc" },
  });
  return people.filter((p) => p.id !== exceptUserId).map((p) => p.email);
}

/** Listings by id, for the bulk confirmation page (staff only). */
export function findListingsByIds(user: SignedInUser, ids: string[]) {
  if (!isStaff(user) || ids.length === 0) return Promise.resolve([]);
  return db().service.findMany({
    where: { id: { in: ids } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, publishedAt: true, archivedAt: true, sourceSystem: true },
  });
}

/** Unpublished listings in full, to check them for likely duplicates (staff only). */
export function findUnpublishedListings(user: SignedInUser, ids: string[]) {
  if (!isStaff(user) || ids.length === 0) return Promise.resolve([]);
  return db().service.findMany({ where: { id: { in: ids }, publishedAt: null }, include: FULL_LISTING });
}
