// Projects our rows onto Open Referral UK 3.0 objects. Pure. The standard types its fields as
// plain strings and numbers, not nullable ones, so an empty value is left out rather than sent
// as null. HSDS 3.0 fields the UK profile's schemas omit (contact email and phones, language
// names, eligibility) are included: the schemas allow extra fields and consumers use them.
import type { FullListing } from "@/lib/services/data";
import { safeHref } from "@/lib/services/safe-href";
import { DELIVERY_LABELS, DELIVERY_METHODS } from "@/lib/services/service-features";
import type { FullTerm, ListService } from "./data";

type Row = Record<string, unknown>;
type Organisation = ListService["organisation"];
type Location = FullListing["serviceAtLocations"][number]["location"];
type Taxonomy = {
  id: string;
  code: string;
  name: string;
  description: string;
  uri: string | null;
  version: string | null;
};

/** Drops null, undefined and empty-string fields. */
function compact<T extends Row>(o: T): Row {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== ""));
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : undefined);
const oruKStatus = (s: string) => (s === "temporarily_closed" ? "temporarily closed" : s);

export function toOrganisation(o: Organisation): Row {
  return compact({
    id: o.id,
    name: o.name,
    description: o.description,
    email: o.email,
    // Links are checked again on the way out: a consumer may put them straight into an href.
    website: safeHref(o.website),
    logo: safeHref(o.logo),
    uri: safeHref(o.uri),
  });
}

export function toServiceListItem(s: ListService): Row {
  return compact({
    id: s.id,
    organization_id: s.organisationId,
    name: s.name,
    description: s.description,
    url: safeHref(s.url),
    email: s.email,
    status: oruKStatus(s.status),
    fees: s.fees,
    accreditations: s.accreditations,
    // Not sent: the easy-read summary (Service.easyRead). Open Referral UK 3.0 has no field for one, and
    // putting it in description would make consumers show it twice.
    minimum_age: s.minimumAge,
    maximum_age: s.maximumAge,
    assured_date: day(s.lastCheckedAt),
    alert: s.status === "temporarily_closed" ? s.closureMessage : undefined,
    last_modified: s.updatedAt.toISOString(),
    organization: toOrganisation(s.organisation),
  });
}

export function toTaxonomyTerm(t: FullTerm): Row {
  return compact({
    id: t.id,
    name: t.name,
    description: t.description,
    parent_id: t.parentId,
    taxonomy: t.taxonomy.name,
    taxonomy_id: t.taxonomyId,
    term_uri: t.termUri,
    term: t.code,
    code: t.code,
  });
}

export function toTaxonomy(t: Taxonomy, terms?: FullTerm[]): Row {
  return compact({
    id: t.id,
    name: t.name,
    description: t.description,
    uri: t.uri,
    version: t.version,
    taxonomy_terms: terms?.map(toTaxonomyTerm),
  });
}

export function toLocation(l: Location, full: boolean): Row {
  const base = {
    id: l.id,
    location_type: l.locationType,
    name: l.name,
    description: l.description,
    latitude: l.latitude,
    longitude: l.longitude,
  };
  if (!full) return compact(base);
  return compact({
    ...base,
    // state_province is required by the standard; English addresses have none, so it may be "".
    addresses: l.addresses.map((a) => ({
      ...compact({ id: a.id, location_id: l.id, address_1: a.address1, address_2: a.address2, city: a.city }),
      state_province: a.stateProvince,
      ...compact({ postal_code: a.postalCode, country: a.country, address_type: a.addressType }),
    })),
    accessibility: l.accessibility.map((a) =>
      compact({ id: a.id, location_id: l.id, description: a.description, details: a.details, url: safeHref(a.url) }),
    ),
  });
}

export function toFullService(s: FullListing): Row {
  // How it is delivered, in words ("In person, Online"): ORUK's attending_type on the service (as in ORUK 2)
  // and on each schedule that does not say its own.
  const attendingType = DELIVERY_METHODS.filter((m) => s.deliveryMethods.includes(m))
    .map((m) => DELIVERY_LABELS[m])
    .join(", ");
  return compact({
    ...toServiceListItem(s),
    attending_type: attendingType,
    eligibility_description: s.eligibility ?? s.whoFor,
    application_process:
      s.accessMethod === "referral"
        ? s.referralRoute
        : s.accessMethod === "drop_in"
          ? "Drop in: no appointment needed."
          : "Contact the service yourself.",
    schedules: s.schedules.map((x) =>
      compact({
        id: x.id,
        service_id: s.id,
        service_at_location_id: x.serviceAtLocationId,
        freq: x.freq,
        interval: x.interval,
        byday: x.byday,
        bymonthday: x.bymonthday,
        dtstart: day(x.dtstart),
        valid_from: day(x.validFrom),
        valid_to: day(x.validTo),
        opens_at: x.opensAt,
        closes_at: x.closesAt,
        description: x.description,
        attending_type: x.attendingType ?? attendingType,
        notes: [x.termTimeOnly ? "Term time only." : "", x.notes ?? ""].filter(Boolean).join(" "),
      }),
    ),
    service_areas: s.serviceAreas.map((a) =>
      compact({
        id: a.id,
        service_id: s.id,
        name: a.name,
        extent: a.extent,
        extent_type: a.extentType,
        uri: a.uri,
        service_area: a.name,
      }),
    ),
    service_at_locations: s.serviceAtLocations.map((x) => ({
      id: x.id,
      service_id: s.id,
      location_id: x.locationId,
      location: toLocation(x.location, true),
    })),
    languages: s.languages.map((l) =>
      compact({ id: l.id, service_id: s.id, name: l.name, code: l.code, note: l.note }),
    ),
    funding: [],
    cost_options: s.costOptions.map((c) =>
      compact({
        id: c.id,
        service_id: s.id,
        option: c.option,
        amount: c.amount === null ? undefined : Number(c.amount),
        amount_description: c.amountDescription,
        valid_from: day(c.validFrom),
        valid_to: day(c.validTo),
      }),
    ),
    contacts: s.contacts.map((c) =>
      compact({
        id: c.id,
        service_id: s.id,
        name: c.name,
        title: c.title,
        email: c.email,
        phones: c.phones.map((p) =>
          compact({ id: p.id, contact_id: c.id, number: p.number, description: p.description }),
        ),
      }),
    ),
    attributes: s.terms.map((t) => ({
      id: t.id,
      link_id: s.id,
      link_type: "service",
      link_entity: "service",
      taxonomy_term_id: t.termId,
      taxonomy_term: toTaxonomyTerm(t.term),
    })),
  });
}

type SalListRow = {
  id: string;
  serviceId: string;
  locationId: string;
  location: Omit<Location, "addresses" | "accessibility">;
  service: ListService;
};

export function toServiceAtLocationListItem(x: SalListRow): Row {
  return {
    id: x.id,
    service_id: x.serviceId,
    location_id: x.locationId,
    location: toLocation({ ...x.location, addresses: [], accessibility: [] }, false),
    service: toServiceListItem(x.service),
  };
}

export function toServiceAtLocation(x: {
  id: string;
  serviceId: string;
  locationId: string;
  location: Location;
  service: FullListing;
}): Row {
  return {
    id: x.id,
    service_id: x.serviceId,
    location_id: x.locationId,
    location: toLocation(x.location, true),
    service: toFullService(x.service),
  };
}

export function toFullOrganisation(o: Organisation & { services: FullListing[] }): Row {
  return {
    ...toOrganisation(o),
    organization_identifiers: [],
    attributes: [],
    services: o.services.map(toFullService),
  };
}
