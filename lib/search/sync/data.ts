// The sync side's reads: listings as the indexer turns them into search documents, and the outbox's
// state (how far it has got, what is still waiting).
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IndexableService } from "@/lib/search/document";
import type { IndexableAdvicePage } from "@/lib/search/advice-document";

const INDEXABLE = {
  id: true,
  slug: true,
  name: true,
  summary: true,
  description: true,
  whoFor: true,
  easyRead: true,
  status: true,
  accessMethod: true,
  minimumAge: true,
  maximumAge: true,
  costType: true,
  tags: true,
  lastCheckedAt: true,
  publishedAt: true,
  archivedAt: true,
  organisation: { select: { name: true } },
  serviceAreas: { select: { areaCode: true } },
  terms: { select: { term: { select: { code: true, name: true, taxonomy: { select: { code: true } } } } } },
  deliveryMethods: true,
  schedules: { select: { byday: true, opensAt: true, closesAt: true, termTimeOnly: true, description: true } },
  languages: { select: { name: true, code: true } },
  serviceAtLocations: {
    select: {
      location: { select: { latitude: true, longitude: true, accessibility: { select: { description: true } } } },
    },
  },
} satisfies Prisma.ServiceSelect;

export async function findIndexableServices(ids: string[], tx: Tx = db()): Promise<IndexableService[]> {
  return tx.service.findMany({ where: { id: { in: ids } }, select: INDEXABLE });
}

/** One page of every listing, in id order, for a full reindex. */
export async function findIndexableServicesAfter(
  afterId: string | undefined,
  take: number,
): Promise<IndexableService[]> {
  return db().service.findMany({
    where: { publishedAt: { not: null }, archivedAt: null, ...(afterId ? { id: { gt: afterId } } : {}) },
    select: INDEXABLE,
    orderBy: { id: "asc" },
    take,
  });
}

export function countIndexableServices(): Promise<number> {
  return db().service.count({ where: { publishedAt: { not: null }, archivedAt: null } });
}

const INDEXABLE_ADVICE = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  audience: true,
  publishedAt: true,
  archivedAt: true,
} satisfies Prisma.AdvicePageSelect;

/** The advice pages named, or every published one (a council has tens, so a reindex reads them at once). */
export async function findIndexableAdvicePages(ids?: string[], tx: Tx = db()): Promise<IndexableAdvicePage[]> {
  const where = ids ? { id: { in: ids } } : { publishedAt: { not: null }, archivedAt: null };
  return tx.advicePage.findMany({ where, select: INDEXABLE_ADVICE, orderBy: { id: "asc" } });
}

/** The newest outbox row's id: a reindex that starts now covers every change up to it. */
export async function latestOutboxId(): Promise<bigint | null> {
  const [{ max }] = await db().$queryRaw<{ max: bigint | null }[]>`SELECT max(id) AS max FROM "SearchOutbox"`;
  return max;
}

export async function countPendingOutbox(): Promise<number> {
  return db().searchOutbox.count({ where: { processedAt: null } });
}
