// A listing (a parsed ListingInput) as the rows of the ORUK-shaped tables: the Service row's columns and every
// child row, built once for all writers (writeListing, writeNewListings and the search benchmark) so they cannot
// drift apart. Pure: ids come from the caller, term ids from its lookup. Types only from Prisma.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reviewDueDate } from "@/lib/review-dates/due-date";
import { AGE_GROUP_TERMS, AREA_TERMS } from "@/lib/taxonomy/vocabulary";
import type { Listing } from "./schema";

export type ServiceFieldOptions = {
  organisationId: string;
  publish?: boolean;
  source?: { system: string; id: string };
  now?: Date;
};

const date = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The Service row's columns for a listing, whichever writer writes it. */
export function serviceFields(listing: Listing, opts: ServiceFieldOptions) {
  const lastChecked = date(listing.lastCheckedAt);
  return {
    organisationId: opts.organisationId,
    name: listing.name,
    summary: listing.summary,
    description: listing.description,
    whoFor: listing.whoFor,
    easyRead: listing.easyRead ?? null,
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
    deliveryMethods: listing.deliveryMethods,
    lastCheckedAt: lastChecked,
    reviewDueAt: reviewDueDate(lastChecked),
    ...(opts.publish ? { publishedAt: opts.now ?? new Date() } : {}),
    ...(opts.source ? { sourceSystem: opts.source.system, sourceId: opts.source.id } : {}),
  };
}

/** The taxonomy terms a listing is tagged with: its categories and needs, and every age group its ages overlap. */
export function listingTerms(listing: Listing): { taxonomy: string; code: string }[] {
  const ageGroups = AGE_GROUP_TERMS.filter((g) => g.min <= listing.maximumAge && g.max >= listing.minimumAge);
  return [
    ...listing.categories.map((code) => ({ taxonomy: "categories", code })),
    ...listing.needs.map((code) => ({ taxonomy: "needs", code })),
    ...ageGroups.map((g) => ({ taxonomy: "age-groups", code: g.code })),
  ];
}

/** Every child row of some listings, table by table, in the order createMany must insert them. */
export type ListingRows = {
  contacts: Prisma.ContactCreateManyInput[];
  phones: Prisma.PhoneCreateManyInput[];
  locations: Prisma.LocationCreateManyInput[];
  addresses: Prisma.AddressCreateManyInput[];
  accessibility: Prisma.AccessibilityCreateManyInput[];
  serviceAtLocations: Prisma.ServiceAtLocationCreateManyInput[];
  schedules: Prisma.ScheduleCreateManyInput[];
  costOptions: Prisma.CostOptionCreateManyInput[];
  languages: Prisma.LanguageCreateManyInput[];
  serviceAreas: Prisma.ServiceAreaCreateManyInput[];
  terms: Prisma.ServiceTermCreateManyInput[];
};

export const emptyListingRows = (): ListingRows => ({
  contacts: [],
  phones: [],
  locations: [],
  addresses: [],
  accessibility: [],
  serviceAtLocations: [],
  schedules: [],
  costOptions: [],
  languages: [],
  serviceAreas: [],
  terms: [],
});

/**
 * Adds one listing's child rows to `rows` (a fresh set unless given, so a bulk writer can gather many listings
 * into one insert per table). Every row gets its id from newId in the listing's own order: readers sort
 * children by id, so with newOrderedId they come back in the order they were written.
 */
export function buildListingRows(
  listing: Listing,
  serviceId: string,
  newId: () => string,
  termId: (taxonomy: string, code: string) => string | undefined,
  rows: ListingRows = emptyListingRows(),
): ListingRows {
  listing.contacts.forEach((c, position) => {
    const contactId = newId();
    rows.contacts.push({
      id: contactId,
      serviceId,
      position,
      name: c.name ?? null,
      title: c.title ?? null,
      email: c.email ?? null,
    });
    c.phones.forEach((p, i) =>
      rows.phones.push({ id: newId(), contactId, number: p.number, description: p.description ?? null, position: i }),
    );
  });

  const salIdByName = new Map<string, string>();
  for (const l of listing.locations) {
    const locationId = newId();
    rows.locations.push({
      id: locationId,
      name: l.name,
      description: l.description ?? null,
      latitude: l.latitude ?? null,
      longitude: l.longitude ?? null,
    });
    rows.addresses.push({
      id: newId(),
      locationId,
      address1: l.address1,
      address2: l.address2 ?? null,
      city: l.city,
      postalCode: l.postcode.toUpperCase(),
    });
    for (const description of l.accessibility) rows.accessibility.push({ id: newId(), locationId, description });
    const salId = newId();
    rows.serviceAtLocations.push({ id: salId, serviceId, locationId });
    salIdByName.set(l.name, salId);
  }

  for (const s of listing.schedules)
    rows.schedules.push({
      id: newId(),
      serviceId,
      serviceAtLocationId: (s.locationName && salIdByName.get(s.locationName)) || null,
      freq: s.freq,
      byday: s.byday.join(","),
      opensAt: s.opensAt,
      closesAt: s.closesAt,
      termTimeOnly: s.termTimeOnly,
      description: s.description ?? null,
    });
  for (const c of listing.costOptions)
    rows.costOptions.push({
      id: newId(),
      serviceId,
      option: c.option,
      amount: c.amount ?? null,
      amountDescription: c.amountDescription ?? null,
    });
  for (const l of listing.languages)
    rows.languages.push({ id: newId(), serviceId, name: l.name, code: l.code ?? null });
  for (const areaCode of listing.areas) {
    const name = AREA_TERMS.find((a) => a.code === areaCode)?.name ?? areaCode;
    rows.serviceAreas.push({ id: newId(), serviceId, areaCode, name });
  }
  // A term the vocabulary lacks is left out; one named twice is linked once.
  const ids = new Set(listingTerms(listing).map((t) => termId(t.taxonomy, t.code)));
  for (const id of ids) if (id !== undefined) rows.terms.push({ id: newId(), serviceId, termId: id });
  return rows;
}

let lastMs = 0;
let counter = 0;

/**
 * A UUID (version 7, RFC 9562) that sorts after every one this process made before it: 48 bits of milliseconds,
 * a 12-bit counter within the millisecond, then random bits. Children have no position column, so ordering them
 * by these ids gives the editor, the revision diff and the ORUK API one stable order: the order they were written.
 */
export function newOrderedId(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter > 0xfff) {
    // More than 4,096 in a millisecond (or the clock went back): borrow the next millisecond.
    lastMs++;
    counter = 0;
  }
  const ms = lastMs.toString(16).padStart(12, "0");
  // The last two groups of a random v4 UUID carry the variant bits and 62 random bits, as v7 wants.
  return `${ms.slice(0, 8)}-${ms.slice(8)}-7${counter.toString(16).padStart(3, "0")}-${randomUUID().slice(19)}`;
}
