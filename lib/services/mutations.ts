// Writes a whole listing (a parsed ListingInput) into the ORUK-shaped tables. Used by the seed,
// the importer and revision approval, always inside the caller's transaction so a listing is
// never half-written.
import "server-only";
import type { Tx } from "@/lib/db";
import { enqueueSearchChange } from "@/lib/search/outbox";
import { AGE_GROUP_TERMS, AREA_TERMS } from "@/lib/taxonomy/vocabulary";
import type { Listing } from "./schema";
import { reviewDueDate } from "./review-dates";
import { slugify } from "./slug";

export type WriteListingOptions = {
  organisationId: string;
  serviceId?: string;
  publish?: boolean;
  source?: { system: string; id: string };
  now?: Date;
};

const date = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

async function uniqueSlug(tx: Tx, wanted: string, serviceId?: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    const clash = await tx.service.findUnique({ where: { slug }, select: { id: true } });
    if (!clash || clash.id === serviceId) return slug;
  }
}

async function termIds(tx: Tx, listing: Listing): Promise<string[]> {
  const ageGroups = AGE_GROUP_TERMS.filter((g) => g.min <= listing.maximumAge && g.max >= listing.minimumAge).map((g) => g.code);
  const wanted: [string, string[]][] = [
    ["categories", listing.categories],
    ["needs", listing.needs],
    ["age-groups", ageGroups],
  ];
  const terms = await tx.taxonomyTerm.findMany({
    where: { OR: wanted.map(([taxonomy, codes]) => ({ taxonomy: { code: taxonomy }, code: { in: codes } })) },
    select: { id: true },
  });
  return terms.map((t) => t.id);
}

export async function writeListing(tx: Tx, listing: Listing, opts: WriteListingOptions): Promise<{ id: string; slug: string }> {
  const lastChecked = date(listing.lastCheckedAt);
  const fields = {
    organisationId: opts.organisationId,
    name: listing.name,
    summary: listing.summary,
    description: listing.description,
    whoFor: listing.whoFor,
    status: listing.status,
    closureMessage: listing.closureMessage ?? null,
    reopeningDate: date(listing.reopeningDate),
    accessMethod: listing.accessMethod,
    referralRoute: listing.referralRoute ?? null,
    referralUrl: listing.referralUrl ?? null,
    eligibility: listing.eligibility ?? null,
    waitingTime: listing.waitingTime ?? null,
    url: listing.url ?? null,
    email: listing.email ?? null,
    minimumAge: listing.minimumAge,
    maximumAge: listing.maximumAge,
    costType: listing.costType,
    sendAnswers: listing.sendAnswers,
    tags: listing.tags,
    lastCheckedAt: lastChecked,
    reviewDueAt: reviewDueDate(lastChecked),
    ...(opts.publish ? { publishedAt: opts.now ?? new Date() } : {}),
    ...(opts.source ? { sourceSystem: opts.source.system, sourceId: opts.source.id } : {}),
  };
  const slug = await uniqueSlug(tx, listing.slug ?? slugify(listing.name), opts.serviceId);
  const service = opts.serviceId
    ? await tx.service.update({ where: { id: opts.serviceId }, data: { ...fields, slug } })
    : await tx.service.create({ data: { ...fields, slug } });
  await replaceChildren(tx, service.id, listing, !opts.serviceId);
  // Every write of a listing reaches search; the indexer skips listings that are not public.
  await enqueueSearchChange(tx, service.id, "upsert");
  return { id: service.id, slug: service.slug };
}

async function replaceChildren(tx: Tx, serviceId: string, listing: Listing, created = false): Promise<void> {
  // A listing created a moment ago has no children yet: skipping the eight deletes speeds up bulk imports.
  if (!created) await deleteChildren(tx, serviceId);
  await writeChildren(tx, serviceId, listing);
}

async function deleteChildren(tx: Tx, serviceId: string): Promise<void> {
  const oldLocations = await tx.serviceAtLocation.findMany({ where: { serviceId }, select: { locationId: true } });
  await Promise.all([
    tx.contact.deleteMany({ where: { serviceId } }),
    tx.schedule.deleteMany({ where: { serviceId } }),
    tx.costOption.deleteMany({ where: { serviceId } }),
    tx.language.deleteMany({ where: { serviceId } }),
    tx.serviceArea.deleteMany({ where: { serviceId } }),
    tx.serviceTerm.deleteMany({ where: { serviceId } }),
  ]);
  // Locations belong to one listing each here, so the old ones go with the old links.
  await tx.location.deleteMany({ where: { id: { in: oldLocations.map((l) => l.locationId) } } });
}

async function writeChildren(tx: Tx, serviceId: string, listing: Listing): Promise<void> {
  for (const [position, c] of listing.contacts.entries()) {
    await tx.contact.create({
      data: {
        serviceId, position, name: c.name ?? null, title: c.title ?? null, email: c.email ?? null,
        phones: { create: c.phones.map((p, i) => ({ number: p.number, description: p.description ?? null, position: i })) },
      },
    });
  }

  const salIdByName = new Map<string, string>();
  for (const l of listing.locations) {
    const location = await tx.location.create({
      data: {
        name: l.name, description: l.description ?? null, latitude: l.latitude ?? null, longitude: l.longitude ?? null,
        addresses: { create: [{ address1: l.address1, address2: l.address2 ?? null, city: l.city, postalCode: l.postcode.toUpperCase() }] },
        accessibility: { create: l.accessibility.map((description) => ({ description })) },
      },
    });
    const sal = await tx.serviceAtLocation.create({ data: { serviceId, locationId: location.id } });
    salIdByName.set(l.name, sal.id);
  }

  await tx.schedule.createMany({
    data: listing.schedules.map((s) => ({
      serviceId,
      serviceAtLocationId: (s.locationName && salIdByName.get(s.locationName)) || null,
      freq: s.freq, byday: s.byday.join(","), opensAt: s.opensAt, closesAt: s.closesAt,
      termTimeOnly: s.termTimeOnly, description: s.description ?? null,
    })),
  });
  await tx.costOption.createMany({
    data: listing.costOptions.map((c) => ({ serviceId, option: c.option, amount: c.amount ?? null, amountDescription: c.amountDescription ?? null })),
  });
  await tx.language.createMany({ data: listing.languages.map((l) => ({ serviceId, name: l.name, code: l.code ?? null })) });
  await tx.serviceArea.createMany({
    data: listing.areas.map((areaCode) => ({ serviceId, areaCode, name: AREA_TERMS.find((a) => a.code === areaCode)?.name ?? areaCode })),
  });
  await tx.serviceTerm.createMany({ data: (await termIds(tx, listing)).map((termId) => ({ serviceId, termId })) });
}
