// Writes a whole listing (a parsed ListingInput) into the ORUK-shaped tables. Used by the seed,
// the importer and revision approval, always inside the caller's transaction so a listing is
// never half-written.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/platform/db";
import { enqueueSearchChange, enqueueSearchChanges } from "@/lib/search/sync/outbox";
import {
  buildListingRows,
  emptyListingRows,
  listingTerms,
  newOrderedId,
  serviceFields,
  type ListingRows,
  type ServiceFieldOptions,
} from "./listing-rows";
import type { Listing } from "./schema";
import { slugify } from "./slug";

export type WriteListingOptions = ServiceFieldOptions & { serviceId?: string };

async function uniqueSlug(tx: Tx, wanted: string, serviceId?: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    const clash = await tx.service.findUnique({ where: { slug }, select: { id: true } });
    if (!clash || clash.id === serviceId) return slug;
  }
}

export async function writeListing(
  tx: Tx,
  listing: Listing,
  opts: WriteListingOptions,
): Promise<{ id: string; slug: string }> {
  const fields = serviceFields(listing, opts);
  const slug = await uniqueSlug(tx, listing.slug ?? slugify(listing.name), opts.serviceId);
  const service = opts.serviceId
    ? await tx.service.update({ where: { id: opts.serviceId }, data: { ...fields, slug } })
    : await tx.service.create({ data: { ...fields, slug } });
  // A listing created a moment ago has no children yet: skipping the deletes speeds up imports.
  if (opts.serviceId) await deleteChildren(tx, service.id);
  const termId = await findTermIds(tx, [listing]);
  await insertListingRows(tx, buildListingRows(listing, service.id, newOrderedId, termId));
  // Every write of a listing reaches search; the indexer skips listings that are not public.
  await enqueueSearchChange(tx, service.id, "upsert");
  return { id: service.id, slug: service.slug };
}

async function deleteChildren(tx: Tx, serviceId: string): Promise<void> {
  const oldLocations = await tx.serviceAtLocation.findMany({ where: { serviceId }, select: { locationId: true } });
  // One after another: a transaction is one connection, and pg is retiring overlapping queries on one.
  await tx.contact.deleteMany({ where: { serviceId } });
  await tx.schedule.deleteMany({ where: { serviceId } });
  await tx.costOption.deleteMany({ where: { serviceId } });
  await tx.language.deleteMany({ where: { serviceId } });
  await tx.serviceArea.deleteMany({ where: { serviceId } });
  await tx.serviceTerm.deleteMany({ where: { serviceId } });
  // Locations belong to one listing each here, so the old ones go with the old links.
  await tx.location.deleteMany({ where: { id: { in: oldLocations.map((l) => l.locationId) } } });
}

/** The term ids the listings want, for buildListingRows: one query for any number of listings. */
export async function findTermIds(
  tx: Tx,
  listings: Listing[],
): Promise<(taxonomy: string, code: string) => string | undefined> {
  const wanted = new Map<string, Set<string>>();
  for (const t of listings.flatMap(listingTerms))
    wanted.set(t.taxonomy, (wanted.get(t.taxonomy) ?? new Set()).add(t.code));
  const terms = wanted.size
    ? await tx.taxonomyTerm.findMany({
        where: {
          OR: [...wanted].map(([taxonomy, codes]) => ({ taxonomy: { code: taxonomy }, code: { in: [...codes] } })),
        },
        select: { id: true, code: true, taxonomy: { select: { code: true } } },
      })
    : [];
  const ids = new Map(terms.map((t) => [`${t.taxonomy.code}:${t.code}`, t.id]));
  return (taxonomy, code) => ids.get(`${taxonomy}:${code}`);
}

/** Inserts the child rows of listings whose Service rows exist: one insert per table, parents before children. */
export async function insertListingRows(tx: Tx, rows: ListingRows): Promise<void> {
  // One after another, in this order: the foreign keys are checked row by row.
  await tx.contact.createMany({ data: rows.contacts });
  await tx.phone.createMany({ data: rows.phones });
  await tx.location.createMany({ data: rows.locations });
  await tx.address.createMany({ data: rows.addresses });
  await tx.accessibility.createMany({ data: rows.accessibility });
  await tx.serviceAtLocation.createMany({ data: rows.serviceAtLocations });
  await tx.schedule.createMany({ data: rows.schedules });
  await tx.costOption.createMany({ data: rows.costOptions });
  await tx.language.createMany({ data: rows.languages });
  await tx.serviceArea.createMany({ data: rows.serviceAreas });
  await tx.serviceTerm.createMany({ data: rows.terms });
}

export type NewListing = { listing: Listing; organisationId: string; source?: { system: string; id: string } };

/**
 * Many new listings at once, one insert per table: the rows writeListing writes, for bulk imports,
 * where a query per row would dominate. Inside the caller's transaction, so all or nothing.
 */
export async function writeNewListings(
  tx: Tx,
  items: NewListing[],
  opts: { publish?: boolean; now?: Date } = {},
): Promise<{ id: string; slug: string }[]> {
  if (!items.length) return [];
  const slugs = await uniqueSlugs(
    tx,
    items.map((i) => i.listing.slug ?? slugify(i.listing.name)),
  );
  const services = items.map((item, n) => ({
    id: randomUUID(),
    slug: slugs[n],
    ...serviceFields(item.listing, { ...opts, organisationId: item.organisationId, source: item.source }),
  }));
  await tx.service.createMany({ data: services });
  const termId = await findTermIds(
    tx,
    items.map((i) => i.listing),
  );
  const rows = emptyListingRows();
  items.forEach(({ listing }, n) => buildListingRows(listing, services[n].id, newOrderedId, termId, rows));
  await insertListingRows(tx, rows);
  await enqueueSearchChanges(
    tx,
    services.map((x) => x.id),
    "upsert",
  );
  return services.map((x) => ({ id: x.id, slug: x.slug }));
}

/** uniqueSlug for many wanted slugs at once, also keeping them apart from each other. */
async function uniqueSlugs(tx: Tx, wanted: string[]): Promise<string[]> {
  const distinct = [...new Set(wanted)];
  const existing = await tx.service.findMany({
    where: { OR: distinct.flatMap((w) => [{ slug: w }, { slug: { startsWith: `${w}-` } }]) },
    select: { slug: true },
  });
  const taken = new Set(existing.map((x) => x.slug));
  return wanted.map((w) => {
    for (let n = 1; ; n++) {
      const slug = n === 1 ? w : `${w}-${n}`;
      if (!taken.has(slug)) {
        taken.add(slug);
        return slug;
      }
    }
  });
}
