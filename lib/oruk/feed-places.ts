// Places and opening times of a feed record, for feed-to-listing.ts: what cannot be a valid place or
// time is left out with a note, never a reason to skip the record. Pure.
import type { ListingInput } from "@/lib/services/schema";
import { htmlToLine, htmlToText, truncateText } from "./clean-text";
import { clockTime, days, isRecord, isUkPostcode, records, str, type FeedRecord } from "./feed-fields";

export function mapLocations(r: FeedRecord, derived: string[]): NonNullable<ListingInput["locations"]> {
  const out: NonNullable<ListingInput["locations"]> = [];
  for (const sal of records(r.service_at_locations)) {
    const l = isRecord(sal.location) ? sal.location : sal;
    const address = records(l.addresses)[0] ?? records(l.physical_addresses)[0];
    if (!address) continue;
    const postcode = str(address.postal_code);
    const address1 = str(address.address_1);
    const city = str(address.city) || str(address.region) || str(address.state_province);
    if (!address1 || !city || !isUkPostcode(postcode)) {
      derived.push(`location '${str(l.name) || address1}': incomplete address or no UK postcode, left out`);
      continue;
    }
    const lat = typeof l.latitude === "number" ? l.latitude : Number(str(l.latitude)) || undefined;
    const lng = typeof l.longitude === "number" ? l.longitude : Number(str(l.longitude)) || undefined;
    out.push({
      name: truncateText(htmlToLine(str(l.name)) || address1, 200),
      description: truncateText(htmlToText(str(l.description)), 2000) || undefined,
      address1: truncateText(address1, 200),
      address2: truncateText(str(address.address_2), 200) || undefined,
      city: truncateText(city, 100),
      postcode: postcode.toUpperCase(),
      latitude: lat !== undefined && Math.abs(lat) <= 90 ? lat : undefined,
      longitude: lng !== undefined && Math.abs(lng) <= 180 ? lng : undefined,
      accessibility: records(l.accessibility)
        .map((a) => truncateText(htmlToLine(str(a.description)), 200))
        .filter(Boolean),
    });
  }
  return out;
}

export function mapSchedules(r: FeedRecord, derived: string[]): NonNullable<ListingInput["schedules"]> {
  const raw = [...records(r.schedules), ...records(r.regular_schedules)];
  const out: NonNullable<ListingInput["schedules"]> = [];
  for (const s of raw) {
    const byday = days(s.byday ?? s.weekday);
    const opensAt = clockTime(s.opens_at);
    const closesAt = clockTime(s.closes_at);
    if (!byday.length || !opensAt || !closesAt || opensAt >= closesAt) {
      derived.push("opening times: one entry without a day or valid times, left out");
      continue;
    }
    out.push({
      byday,
      opensAt,
      closesAt,
      freq: str(s.freq).toUpperCase() === "MONTHLY" ? "MONTHLY" : "WEEKLY",
      description: truncateText(htmlToLine(str(s.description)), 300) || undefined,
    });
  }
  return out;
}
