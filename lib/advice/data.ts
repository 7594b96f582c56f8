// Reads for advice pages. Public reads see only published, not archived pages; staff reads take a
// user already checked by a loader and return nothing to anyone else.
import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isStaff, type SignedInUser } from "@/lib/auth/roles";
import { PUBLIC_SERVICE } from "@/lib/services/data";

export const PUBLIC_PAGE = { publishedAt: { not: null }, archivedAt: null } satisfies Prisma.AdvicePageWhereInput;
/** Related services shown on a page: enough to be useful, few enough to read. */
export const RELATED_LIMIT = 6;

export function findPublishedAdvicePages() {
  return db().advicePage.findMany({
    where: PUBLIC_PAGE,
    orderBy: { title: "asc" },
    // easyRead: /young-people links a page's easy-read version only when it has one.
    select: { slug: true, title: true, summary: true, audience: true, schedule2: true, easyRead: true },
  });
}

export function findPublishedAdvicePage(slug: string) {
  return db().advicePage.findFirst({ where: { slug, ...PUBLIC_PAGE } });
}

/** The officer's chosen listings first (in their order), then published listings in the page's categories. */
export async function findRelatedServices(page: { relatedServiceIds: string[]; categoryCodes: string[] }) {
  const select = { id: true, slug: true, name: true, summary: true } as const;
  const chosen = page.relatedServiceIds.length
    ? await db().service.findMany({ where: { id: { in: page.relatedServiceIds }, ...PUBLIC_SERVICE }, select })
    : [];
  const ordered = page.relatedServiceIds.flatMap((id) => chosen.filter((s) => s.id === id)).slice(0, RELATED_LIMIT);
  const more = RELATED_LIMIT - ordered.length;
  const byCategory =
    more > 0 && page.categoryCodes.length
      ? await db().service.findMany({
          where: {
            ...PUBLIC_SERVICE,
            id: { notIn: ordered.map((s) => s.id) },
            terms: { some: { term: { code: { in: page.categoryCodes }, taxonomy: { code: "categories" } } } },
          },
          orderBy: { name: "asc" },
          take: more,
          select,
        })
      : [];
  return [...ordered, ...byCategory];
}

/** Staff: every page with its owner, dates and whether a change waits for approval. */
export function findAdvicePagesForStaff(user: SignedInUser) {
  if (!isStaff(user)) return Promise.resolve([]);
  return db().advicePage.findMany({
    orderBy: { title: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      publishedAt: true,
      archivedAt: true,
      lastCheckedAt: true,
      reviewDueAt: true,
      owner: { select: { email: true, name: true } },
      revisions: { where: { state: "submitted" }, select: { id: true } },
    },
  });
}

/** Staff: one page, its owner, and the signed-in officer's own open change (what they carry on editing). */
export async function findAdvicePageForStaff(user: SignedInUser, advicePageId: string) {
  if (!isStaff(user) || !/^[0-9a-f-]{36}$/i.test(advicePageId)) return null;
  const page = await db().advicePage.findUnique({
    where: { id: advicePageId },
    include: {
      owner: { select: { id: true, email: true, name: true } },
      revisions: {
        where: { state: { in: ["draft", "submitted", "changes_requested", "rejected"] } },
        orderBy: { updatedAt: "desc" },
        select: { id: true, state: true, reason: true, authorId: true, data: true, updatedAt: true },
      },
    },
  });
  return page;
}

/** Officers who may own a page: editors and admins who can still sign in. */
export function findOfficers(user: SignedInUser) {
  if (!isStaff(user)) return Promise.resolve([]);
  return db().user.findMany({
    where: { role: { in: ["editor", "admin"] }, disabledAt: null },
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true },
  });
}

/** Listings an officer may pick as related (published ones, by name). */
export function findServiceChoices(user: SignedInUser) {
  if (!isStaff(user)) return Promise.resolve([]);
  return db().service.findMany({ where: PUBLIC_SERVICE, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** For the coverage page: published pages' paragraphs, and published listings per category code. */
export async function findCoverage(user: SignedInUser) {
  if (!isStaff(user))
    return { pages: [], listingsByCategory: new Map<string, number>(), categoryNames: new Map<string, string>() };
  const [pages, terms] = await Promise.all([
    db().advicePage.findMany({
      where: PUBLIC_PAGE,
      orderBy: { title: "asc" },
      select: { id: true, slug: true, title: true, schedule2: true },
    }),
    db().taxonomyTerm.findMany({
      where: { taxonomy: { code: "categories" } },
      select: { code: true, name: true, _count: { select: { services: { where: { service: PUBLIC_SERVICE } } } } },
    }),
  ]);
  return {
    pages,
    listingsByCategory: new Map(terms.map((t) => [t.code, t._count.services])),
    categoryNames: new Map(terms.map((t) => [t.code, t.name])),
  };
}
