// Reads of published listings for the public site. Every query goes through publicWhere so an
// unpublished, archived or draft listing can never leak onto a public page.
import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ServiceFilters } from "./filters";

export const PUBLIC_SERVICE: Prisma.ServiceWhereInput = { publishedAt: { not: null }, archivedAt: null };
// Closed-for-good and paused listings keep their page (people follow old links) but leave browsing.
const BROWSABLE: Prisma.ServiceWhereInput = { ...PUBLIC_SERVICE, status: { in: ["active", "temporarily_closed"] } };

const termIn = (taxonomy: string, codes: string[]): Prisma.ServiceWhereInput => ({
  terms: { some: { term: { code: { in: codes }, taxonomy: { code: taxonomy } } } },
});

export function serviceWhere(f: ServiceFilters): Prisma.ServiceWhereInput {
  const and: Prisma.ServiceWhereInput[] = [BROWSABLE];
  for (const word of f.q.split(" ").filter((w) => w.length > 1)) {
    and.push({
      OR: ["name", "summary", "description", "whoFor"].map((field) => ({
        [field]: { contains: word, mode: "insensitive" },
      })),
    });
  }
  if (f.needs.length) and.push(termIn("needs", f.needs));
  if (f.categories.length) and.push(termIn("categories", f.categories));
  if (f.ageRange) and.push({ minimumAge: { lte: f.ageRange.max }, maximumAge: { gte: f.ageRange.min } });
  if (f.areas.length) and.push({ serviceAreas: { some: { areaCode: { in: [...f.areas, "whole"] } } } });
  if (f.cost) and.push({ costType: f.cost });
  if (f.day) and.push({ schedules: { some: { byday: { contains: f.day } } } });
  return { AND: and };
}

const CARD = {
  id: true,
  slug: true,
  name: true,
  summary: true,
  status: true,
  minimumAge: true,
  maximumAge: true,
  costType: true,
  accessMethod: true,
  organisation: { select: { name: true } },
  serviceAreas: { select: { areaCode: true, name: true } },
  terms: { select: { term: { select: { code: true, name: true, taxonomy: { select: { code: true } } } } } },
} satisfies Prisma.ServiceSelect;

export async function findPublishedServices(f: ServiceFilters, perPage: number) {
  const where = serviceWhere(f);
  const [total, items] = await db().$transaction([
    db().service.count({ where }),
    db().service.findMany({
      where,
      select: CARD,
      orderBy: [{ name: "asc" }],
      skip: (f.page - 1) * perPage,
      take: perPage,
    }),
  ]);
  return { total, items };
}

const DETAIL = {
  organisation: true,
  contacts: { orderBy: { position: "asc" }, include: { phones: { orderBy: { position: "asc" } } } },
  serviceAtLocations: {
    include: { location: { include: { addresses: true, accessibility: true } }, schedules: true },
  },
  schedules: { orderBy: { id: "asc" } },
  costOptions: true,
  languages: true,
  serviceAreas: true,
  terms: { include: { term: { include: { taxonomy: true } } }, orderBy: { term: { position: "asc" } } },
} satisfies Prisma.ServiceInclude;

export type ServiceDetail = Prisma.ServiceGetPayload<{ include: typeof DETAIL }>;

export function findPublishedServiceBySlug(slug: string): Promise<ServiceDetail | null> {
  return db().service.findFirst({ where: { slug, ...PUBLIC_SERVICE }, include: DETAIL });
}

export function countPublishedServices(): Promise<number> {
  return db().service.count({ where: BROWSABLE });
}
