// Reads for the booklet: published, browsable listings (the same rule as the results page: closed-for-good
// and paused listings leave browsing) narrowed by the choice, with just what a printed page needs.
import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_SERVICE } from "@/lib/services/data";
import { AGE_GROUP_TERMS } from "@/lib/taxonomy/vocabulary";
import type { BookletChoice } from "./choice";

const BY_ID = { orderBy: { id: "asc" } } as const;

const BOOKLET_LISTING = {
  id: true,
  slug: true,
  name: true,
  summary: true,
  status: true,
  closureMessage: true,
  accessMethod: true,
  costType: true,
  minimumAge: true,
  maximumAge: true,
  email: true,
  url: true,
  organisation: { select: { name: true } },
  contacts: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      name: true,
      title: true,
      email: true,
      phones: { orderBy: { position: "asc" }, select: { id: true, number: true, description: true } },
    },
  },
  schedules: {
    ...BY_ID,
    select: { id: true, byday: true, opensAt: true, closesAt: true, freq: true, termTimeOnly: true, description: true },
  },
  serviceAtLocations: {
    ...BY_ID,
    select: {
      location: {
        select: {
          id: true,
          name: true,
          addresses: { ...BY_ID, select: { id: true, address1: true, address2: true, city: true, postalCode: true } },
        },
      },
    },
  },
  terms: { select: { term: { select: { code: true, position: true, taxonomy: { select: { code: true } } } } } },
} satisfies Prisma.ServiceSelect;

export type BookletListing = Prisma.ServiceGetPayload<{ select: typeof BOOKLET_LISTING }>;

const hasTerm = (taxonomy: string, code: string): Prisma.ServiceWhereInput => ({
  terms: { some: { term: { code, taxonomy: { code: taxonomy } } } },
});

/** The same narrowing as the results page's filters: an age group overlaps, "whole borough" is every area. */
export function bookletWhere(choice: BookletChoice): Prisma.ServiceWhereInput {
  const and: Prisma.ServiceWhereInput[] = [];
  if (choice.need) and.push(hasTerm("needs", choice.need));
  if (choice.category) and.push(hasTerm("categories", choice.category));
  const group = AGE_GROUP_TERMS.find((g) => g.code === choice.age);
  if (group) and.push({ minimumAge: { lte: group.max }, maximumAge: { gte: group.min } });
  if (choice.area) and.push({ serviceAreas: { some: { areaCode: { in: [choice.area, "whole"] } } } });
  return { ...PUBLIC_SERVICE, status: { in: ["active", "temporarily_closed"] }, AND: and };
}

/** Every matching listing, by name; a whole directory is a few hundred rows of short fields. */
export function findBookletListings(choice: BookletChoice): Promise<BookletListing[]> {
  return db().service.findMany({ where: bookletWhere(choice), orderBy: { name: "asc" }, select: BOOKLET_LISTING });
}

/** Advice pages for parents and carers, shortest form: title, summary and address. */
export function findBookletAdvice() {
  return db().advicePage.findMany({
    where: { publishedAt: { not: null }, archivedAt: null, audience: "parents" },
    orderBy: { title: "asc" },
    select: { slug: true, title: true, summary: true },
  });
}
