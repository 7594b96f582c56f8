import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SignedInUser } from "@/lib/auth/roles";
import { isStaff } from "@/lib/auth/roles";
import type { OrganisationGroup } from "./schema";

/** Organisations a listing or a person can be given: never an archived (or merged) one. */
export function findOrganisationChoices() {
  return db().organisation.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export function findOrganisationById(id: string) {
  return db().organisation.findUnique({ where: { id }, select: { id: true, name: true } });
}

export function findOrganisationBySlug(slug: string) {
  return db().organisation.findUnique({ where: { slug }, select: { id: true, name: true } });
}

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);
const OPEN_PROFILE_CHANGE = { subject: "organisation", state: "submitted" } as const;

/** Staff only (checked by the loader): one group of organisations, optionally searched by name or number. */
export async function findOrganisationsForStaff(
  filter: { q?: string; group: OrganisationGroup },
  page = 1,
  perPage = 50,
) {
  const and: Prisma.OrganisationWhereInput[] = [];
  if (filter.group === "archived") and.push({ archivedAt: { not: null } });
  else if (filter.group === "waiting") and.push({ archivedAt: null, approvedAt: null });
  else and.push({ archivedAt: null, approvedAt: { not: null } });
  if (filter.q)
    and.push({
      OR: [
        { name: { contains: filter.q, mode: "insensitive" } },
        { email: { contains: filter.q, mode: "insensitive" } },
        { charityNumber: { contains: filter.q.replace(/\s+/g, ""), mode: "insensitive" } },
        { companyNumber: { contains: filter.q.replace(/\s+/g, ""), mode: "insensitive" } },
      ],
    });
  const where = { AND: and };
  const [total, items, waiting] = await db().$transaction([
    db().organisation.count({ where }),
    db().organisation.findMany({
      where,
      orderBy: { name: "asc" },
      skip: (page - 1) * perPage,
      take: perPage,
      select: {
        id: true,
        name: true,
        kind: true,
        approvedAt: true,
        archivedAt: true,
        mergedIntoId: true,
        createdAt: true,
        _count: { select: { services: { where: { archivedAt: null } }, users: { where: { disabledAt: null } } } },
      },
    }),
    db().organisation.count({ where: { archivedAt: null, approvedAt: null } }),
  ]);
  const changes = await db().serviceRevision.findMany({
    where: { ...OPEN_PROFILE_CHANGE, organisationId: { in: items.map((o) => o.id) } },
    select: { id: true, organisationId: true },
  });
  const changeOf = new Map(changes.map((c) => [c.organisationId, c.id]));
  return { total, waiting, items: items.map((o) => ({ ...o, profileChangeId: changeOf.get(o.id) ?? null })) };
}

/**
 * One organisation with its listings and people: any for staff, only their own for a provider
 * (anybody else finds nothing, the 404 page).
 */
export async function findOrganisationForUser(user: SignedInUser, id: string) {
  if (!isUuid(id)) return null;
  if (!isStaff(user) && !(user.role === "provider" && user.organisationId === id)) return null;
  const organisation = await db().organisation.findUnique({
    where: { id },
    include: {
      services: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          status: true,
          publishedAt: true,
          archivedAt: true,
          reviewDueAt: true,
          lastCheckedAt: true,
          revisions: { where: { state: "submitted" }, select: { id: true } },
        },
      },
      users: {
        orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
        select: { id: true, email: true, name: true, disabledAt: true },
      },
    },
  });
  if (!organisation) return null;
  const [mergedInto, profileChange] = await Promise.all([
    organisation.mergedIntoId
      ? db().organisation.findUnique({ where: { id: organisation.mergedIntoId }, select: { id: true, name: true } })
      : null,
    findLatestProfileChange(id),
  ]);
  return { ...organisation, mergedInto, profileChange };
}

/** The organisation's latest profile change not yet live, or the last one returned (with its reason). */
export function findLatestProfileChange(organisationId: string) {
  return db().serviceRevision.findFirst({
    where: {
      subject: "organisation",
      organisationId,
      state: { in: ["draft", "submitted", "changes_requested", "rejected"] },
    },
    orderBy: { updatedAt: "desc" },
    select: { id: true, state: true, reason: true, data: true, submittedAt: true, updatedAt: true },
  });
}

/** Organisations another can be merged into: not itself, not archived. */
export function findMergeTargets(id: string) {
  return db().organisation.findMany({
    where: { id: { not: id }, archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** What a merge would move, for the confirmation page. */
export async function countMergeContents(id: string) {
  const [listings, people, revisions, submissions] = await Promise.all([
    db().service.count({ where: { organisationId: id } }),
    db().user.count({ where: { organisationId: id } }),
    db().serviceRevision.count({
      where: { organisationId: id, subject: "service", state: { in: ["draft", "submitted", "changes_requested"] } },
    }),
    db().serviceSubmission.count({ where: { organisationId: id } }),
  ]);
  return { listings, people, revisions, submissions };
}

/** The live organisation a profile change is compared with on the review page (staff only, by the loader). */
export function findOrganisationProfile(id: string) {
  if (!isUuid(id)) return Promise.resolve(null);
  return db().organisation.findUnique({ where: { id } });
}

/** A profile change (never a listing's), for the actions that decide on one. */
export function findProfileChange(revisionId: string) {
  if (!isUuid(revisionId)) return Promise.resolve(null);
  return db().serviceRevision.findFirst({
    where: { id: revisionId, subject: "organisation" },
    select: { id: true, organisationId: true },
  });
}
