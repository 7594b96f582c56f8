// Writes a whole listing (a parsed ListingInput) into the ORUK-shaped tables. Used by the seed,
// the importer and revision approval, always inside the caller's transaction so a listing is
// never half-written.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueSearchChange, enqueueSearchChanges } from "@/lib/search/sync/outbox";
import { AGE_GROUP_TERMS, AREA_TERMS } from "@/lib/taxonomy/vocabulary";
import type { Listing } from "./schema";
import { reviewDueDate } from "@/lib/review-dates/due-date";
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
  const ageGroups = AGE_GROUP_TERMS.filter((g) => g.min <= listing.maximumAge && g.max >= listing.minimumAge).map(
    (g) => g.code,
  );
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

/** The Service row's columns for a listing: shared by writeListing and writeNewListings, so both write the same. */
function serviceFields(listing: Listing, opts: Omit<WriteListingOptions, "serviceId">) {
  const lastChecked = date(listing.lastCheckedAt);
  return {
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

async function writeChildren(tx: Tx, serviceId: string, listing: Listing): Promise<void> {
  for (const [position, c] of listing.contacts.entries()) {
    await tx.contact.create({
      data: {
        serviceId,
        position,
        name: c.name ?? null,
        title: c.title ?? null,
        email: c.email ?? null,
        phones: {
          create: c.phones.map((p, i) => ({ number: p.number, description: p.description ?? null, position: i })),
        },
      },
    });
  }

  const salIdByName = new Map<string, string>();
  for (const l of listing.locations) {
    const location = await tx.location.create({
      data: {
        name: l.name,
        description: l.description ?? null,
        latitude: l.latitude ?? null,
        longitude: l.longitude ?? null,
        addresses: {
          create: [
            { address1: l.address1, address2: l.address2 ?? null, city: l.city, postalCode: l.postcode.toUpperCase() },
          ],
        },
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
      freq: s.freq,
      byday: s.byday.join(","),
      opensAt: s.opensAt,
      closesAt: s.closesAt,
      termTimeOnly: s.termTimeOnly,
      description: s.description ?? null,
    })),
  });
  await tx.costOption.createMany({
    data: listing.costOptions.map((c) => ({
      serviceId,
      option: c.option,
      amount: c.amount ?? null,
      amountDescription: c.amountDescription ?? null,
    })),
  });
  await tx.language.createMany({
    data: listing.languages.map((l) => ({ serviceId, name: l.name, code: l.code ?? null })),
  });
  await tx.serviceArea.createMany({
    data: listing.areas.map((areaCode) => ({
      serviceId,
      areaCode,
      name: AREA_TERMS.find((a) => a.code === areaCode)?.name ?? areaCode,
    })),
  });
  await tx.serviceTerm.createMany({ data: (await termIds(tx, listing)).map((termId) => ({ serviceId, termId })) });
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

  const terms = await tx.taxonomyTerm.findMany({
    where: { taxonomy: { code: { in: ["categories", "needs", "age-groups"] } } },
    select: { id: true, code: true, taxonomy: { select: { code: true } } },
  });
  const termId = new Map(terms.map((t) => [`${t.taxonomy.code}:${t.code}`, t.id]));
  const rows = {
    contacts: [] as Prisma.ContactCreateManyInput[],
    phones: [] as Prisma.PhoneCreateManyInput[],
    locations: [] as Prisma.LocationCreateManyInput[],
    addresses: [] as Prisma.AddressCreateManyInput[],
    accessibility: [] as Prisma.AccessibilityCreateManyInput[],
    sals: [] as Prisma.ServiceAtLocationCreateManyInput[],
    schedules: [] as Prisma.ScheduleCreateManyInput[],
    costOptions: [] as Prisma.CostOptionCreateManyInput[],
    languages: [] as Prisma.LanguageCreateManyInput[],
    areas: [] as Prisma.ServiceAreaCreateManyInput[],
    terms: [] as Prisma.ServiceTermCreateManyInput[],
  };
  items.forEach(({ listing }, n) => {
    const serviceId = services[n].id;
    listing.contacts.forEach((c, position) => {
      const id = randomUUID();
      rows.contacts.push({
        id,
        serviceId,
        position,
        name: c.name ?? null,
        title: c.title ?? null,
        email: c.email ?? null,
      });
      c.phones.forEach((p, i) =>
        rows.phones.push({ contactId: id, number: p.number, description: p.description ?? null, position: i }),
      );
    });
    const salIdByName = new Map<string, string>();
    for (const l of listing.locations) {
      const locationId = randomUUID();
      const salId = randomUUID();
      rows.locations.push({
        id: locationId,
        name: l.name,
        description: l.description ?? null,
        latitude: l.latitude ?? null,
        longitude: l.longitude ?? null,
      });
      rows.addresses.push({
        locationId,
        address1: l.address1,
        address2: l.address2 ?? null,
        city: l.city,
        postalCode: l.postcode.toUpperCase(),
      });
      l.accessibility.forEach((description) => rows.accessibility.push({ locationId, description }));
      rows.sals.push({ id: salId, serviceId, locationId });
      salIdByName.set(l.name, salId);
    }
    for (const x of listing.schedules)
      rows.schedules.push({
        serviceId,
        serviceAtLocationId: (x.locationName && salIdByName.get(x.locationName)) || null,
        freq: x.freq,
        byday: x.byday.join(","),
        opensAt: x.opensAt,
        closesAt: x.closesAt,
        termTimeOnly: x.termTimeOnly,
        description: x.description ?? null,
      });
    for (const c of listing.costOptions)
      rows.costOptions.push({
        serviceId,
        option: c.option,
        amount: c.amount ?? null,
        amountDescription: c.amountDescription ?? null,
      });
    for (const l of listing.languages) rows.languages.push({ serviceId, name: l.name, code: l.code ?? null });
    for (const areaCode of listing.areas)
      rows.areas.push({ serviceId, areaCode, name: AREA_TERMS.find((a) => a.code === areaCode)?.name ?? areaCode });
    const ageGroups = AGE_GROUP_TERMS.filter((g) => g.min <= listing.maximumAge && g.max >= listing.minimumAge).map(
      (g) => g.code,
    );
    const wanted = [
      ...listing.categories.map((c) => `categories:${c}`),
      ...listing.needs.map((c) => `needs:${c}`),
      ...ageGroups.map((c) => `age-groups:${c}`),
    ];
    for (const id of new Set(wanted.map((k) => termId.get(k)).filter((id) => id !== undefined)))
      rows.terms.push({ serviceId, termId: id });
  });
  // Parents before children: the foreign keys are checked row by row.
  await tx.contact.createMany({ data: rows.contacts });
  await tx.phone.createMany({ data: rows.phones });
  await tx.location.createMany({ data: rows.locations });
  await tx.address.createMany({ data: rows.addresses });
  await tx.accessibility.createMany({ data: rows.accessibility });
  await tx.serviceAtLocation.createMany({ data: rows.sals });
  await tx.schedule.createMany({ data: rows.schedules });
  await tx.costOption.createMany({ data: rows.costOptions });
  await tx.language.createMany({ data: rows.languages });
  await tx.serviceArea.createMany({ data: rows.areas });
  await tx.serviceTerm.createMany({ data: rows.terms });
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
