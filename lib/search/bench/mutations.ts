// 10,000 believable listings for the search benchmark, written in bulk through the same row builder as
// writeNewListings rather than through writeListing, which would take minutes. Deterministic: the same run
// builds the same data. No search outbox rows: the benchmark indexes everything itself once this is done.
import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/platform/db";
import { buildListingRows, emptyListingRows, newOrderedId, serviceFields } from "@/lib/services/listing-rows";
import { findTermIds, insertListingRows } from "@/lib/services/mutations";
import type { Listing } from "@/lib/services/schema";
import { AREA_TERMS } from "@/lib/taxonomy/vocabulary";
import { demoServices } from "@/prisma/seed/demo-data";

function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const TOWNS = ["Seabourne", "Thornby", "Marsh End", "Southcliffe", "Pennock Sands", "Hollins Park"];
const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** The i-th generated listing: a demo listing's words, with its own town, ages, cost, area, venue and day. */
function benchListing(i: number, next: () => number): Listing {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const base = demoServices[i % demoServices.length];
  const town = pick(TOWNS);
  const min = Math.floor(next() * 14);
  const max = Math.min(25, min + 3 + Math.floor(next() * 12));
  const costType = pick(["free", "paid", "ask"] as const);
  const lastCheckedAt = new Date(Date.UTC(2026, Math.floor(next() * 10), 1)).toISOString().slice(0, 10);
  const area = pick(AREA_TERMS).code as Listing["areas"][number];
  const venue =
    next() < 0.7
      ? {
          name: `${town} venue ${i}`,
          description: undefined,
          latitude: 53.75 + next() * 0.18,
          longitude: -3.06 + next() * 0.09,
          address1: `${i} High Street`,
          address2: undefined,
          city: town,
          postcode: `FY${1 + Math.floor(next() * 8)} 1AA`,
          accessibility: [],
        }
      : undefined;
  return {
    slug: `bench-${i}`,
    name: `${base.name} (${town} ${i})`,
    summary: base.summary,
    description: base.description,
    whoFor: base.whoFor,
    easyRead: undefined,
    status: "active",
    closureMessage: undefined,
    accessMethod: base.accessMethod,
    deliveryMethods: base.deliveryMethods ?? [],
    referralRoute: base.referralRoute,
    eligibility: undefined,
    waitingTime: undefined,
    minimumAge: min,
    maximumAge: max,
    costType,
    costOptions: [],
    categories: base.categories,
    needs: base.needs ?? [],
    areas: [area],
    contacts: [],
    locations: venue ? [venue] : [],
    schedules: [
      {
        byday: [...new Set([pick(DAYS), pick(DAYS)])],
        opensAt: "09:00",
        closesAt: "15:00",
        termTimeOnly: false,
        freq: "WEEKLY",
        description: undefined,
        locationName: undefined,
      },
    ],
    languages: [],
    sendAnswers: {},
    tags: base.tags ?? [],
    lastCheckedAt,
  };
}

export async function createBenchServices(count: number, log: (m: string) => void = console.log): Promise<number> {
  const prisma = db();
  const existing = await prisma.service.count();
  if (existing >= count) return existing;
  const next = random(42);
  const org = await prisma.organisation.upsert({
    where: { slug: "bench-organisation" },
    update: {},
    create: {
      slug: "bench-organisation",
      name: "Benchmark Trust",
      description: "Generated for the search benchmark.",
      kind: "charity",
    },
  });
  const now = new Date();

  for (let start = existing; start < count; start += 1000) {
    const listings: Listing[] = [];
    for (let i = start; i < Math.min(count, start + 1000); i++) listings.push(benchListing(i, next));
    await prisma.$transaction(
      async (tx) => {
        const services = listings.map((listing) => ({
          id: crypto.randomUUID(),
          slug: listing.slug ?? "",
          ...serviceFields(listing, { organisationId: org.id, publish: true, now }),
        }));
        const termId = await findTermIds(tx, listings);
        const rows = emptyListingRows();
        listings.forEach((listing, n) => buildListingRows(listing, services[n].id, newOrderedId, termId, rows));
        await tx.service.createMany({ data: services });
        await insertListingRows(tx, rows);
      },
      { timeout: 60_000 },
    );
    log(`Generated ${Math.min(count, start + 1000)} of ${count} listings`);
  }
  return count;
}

/** An officer's approved edit, as the benchmark's "edit searchable within 2 s" probe. */
export async function renameBenchService(slug: string, name: string): Promise<string> {
  return db().$transaction(async (tx) => {
    const s = await tx.service.update({ where: { slug }, data: { name } });
    const { enqueueSearchChange } = await import("@/lib/search/sync/outbox");
    await enqueueSearchChange(tx, s.id, "upsert");
    return s.id;
  });
}
