// The live listing as a ListingInput, so it can be edited, diffed against a revision and kept
// as the "before" of an audit row. The inverse of writeListing. Pure: it imports only types.
import type { FullListing } from "@/lib/services/data";
import type { ListingInput } from "@/lib/services/schema";

const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : undefined);
const opt = <T>(v: T | null | undefined) => (v === null ? undefined : v);

export function listingFromService(s: FullListing): ListingInput {
  const terms = (taxonomy: string) =>
    s.terms
      .filter((t) => t.term.taxonomy.code === taxonomy)
      .map((t) => t.term.code)
      .sort();
  return {
    slug: s.slug,
    name: s.name,
    summary: s.summary,
    description: s.description,
    whoFor: s.whoFor,
    easyRead: opt(s.easyRead),
    status: s.status,
    closureMessage: opt(s.closureMessage),
    reopeningDate: iso(s.reopeningDate),
    accessMethod: s.accessMethod,
    deliveryMethods: s.deliveryMethods as ListingInput["deliveryMethods"],
    referralRoute: opt(s.referralRoute),
    referralUrl: opt(s.referralUrl),
    eligibility: opt(s.eligibility),
    waitingTime: opt(s.waitingTime),
    url: opt(s.url),
    email: opt(s.email),
    minimumAge: s.minimumAge,
    maximumAge: s.maximumAge,
    costType: s.costType,
    costOptions: s.costOptions.map((c) => ({
      option: c.option,
      amount: c.amount == null ? undefined : Number(c.amount),
      amountDescription: opt(c.amountDescription),
    })),
    categories: terms("categories"),
    needs: terms("needs"),
    areas: s.serviceAreas.map((a) => a.areaCode as "north"),
    contacts: s.contacts.map((c) => ({
      name: opt(c.name),
      title: opt(c.title),
      email: opt(c.email),
      phones: c.phones.map((p) => ({ number: p.number, description: opt(p.description) })),
    })),
    locations: s.serviceAtLocations.map(({ location: l }) => ({
      name: l.name,
      description: opt(l.description),
      address1: l.addresses[0]?.address1 ?? "",
      address2: opt(l.addresses[0]?.address2),
      city: l.addresses[0]?.city ?? "",
      postcode: l.addresses[0]?.postalCode ?? "",
      latitude: opt(l.latitude),
      longitude: opt(l.longitude),
      accessibility: l.accessibility.map((a) => a.description),
    })),
    schedules: s.schedules.map((x) => ({
      byday: x.byday.split(",").filter(Boolean) as "MO"[],
      opensAt: x.opensAt ?? "",
      closesAt: x.closesAt ?? "",
      termTimeOnly: x.termTimeOnly,
      freq: x.freq === "MONTHLY" ? "MONTHLY" : "WEEKLY",
      description: opt(x.description),
      locationName: x.serviceAtLocation?.location.name,
    })),
    languages: s.languages.map((l) => ({ name: l.name, code: opt(l.code) })),
    sendAnswers: s.sendAnswers as ListingInput["sendAnswers"],
    tags: s.tags,
    lastCheckedAt: iso(s.lastCheckedAt),
  };
}
