// Reads of published listings for the public site. Every query goes through PUBLIC_SERVICE so an
// unpublished, archived or draft listing can never leak onto a public page. FULL_LISTING, the shape
// of a whole listing, is shared with the editor, revisions and the ORUK API, which scope their own reads.
import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const PUBLIC_SERVICE: Prisma.ServiceWhereInput = { publishedAt: { not: null }, archivedAt: null };
// Closed-for-good and paused listings keep their page (people follow old links) but leave browsing.
const BROWSABLE: Prisma.ServiceWhereInput = { ...PUBLIC_SERVICE, status: { in: ["active", "temporarily_closed"] } };

const BY_ID = { orderBy: { id: "asc" } } as const;

/**
 * A listing with everything: for its public page, the editor and revisions (listingFromService), and the ORUK
 * API and CSV. Children come in id order, which is the order they were written (newOrderedId); contacts and
 * phones have positions of their own. Terms too are in id order, for ORUK: the public page re-sorts them.
 */
export const FULL_LISTING = {
  organisation: true,
  contacts: { orderBy: { position: "asc" }, include: { phones: { orderBy: { position: "asc" } } } },
  serviceAtLocations: { ...BY_ID, include: { location: { include: { addresses: BY_ID, accessibility: BY_ID } } } },
  schedules: { ...BY_ID, include: { serviceAtLocation: { select: { location: { select: { name: true } } } } } },
  costOptions: BY_ID,
  languages: BY_ID,
  serviceAreas: BY_ID,
  terms: { ...BY_ID, include: { term: { include: { taxonomy: { select: { id: true, code: true, name: true } } } } } },
} satisfies Prisma.ServiceInclude;

export type FullListing = Prisma.ServiceGetPayload<{ include: typeof FULL_LISTING }>;

export async function findPublishedServiceBySlug(slug: string): Promise<FullListing | null> {
  const service = await db().service.findFirst({ where: { slug, ...PUBLIC_SERVICE }, include: FULL_LISTING });
  // The page lists needs and categories in the vocabulary's own order (a stable sort keeps ties in id order).
  service?.terms.sort((a, b) => a.term.position - b.term.position);
  return service;
}

export function countPublishedServices(): Promise<number> {
  return db().service.count({ where: BROWSABLE });
}
