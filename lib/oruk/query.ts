// Reads the ORUK query parameters of /services and /service_at_locations. Every filter given is
// applied (they are cumulative); a malformed value is a 400 with a plain message, never ignored.
import { clockTime, days } from "./feed-fields";

export type ServiceQuery = {
  /** Ids from the text search, best first; undefined when there is no search. */
  ids?: string[];
  taxonomyTermId?: string;
  taxonomyId?: string;
  /** Services whose own minimum age is at least this (the standard's wording). */
  minimumAge?: number;
  /** Services whose own maximum age is at most this. */
  maximumAge?: number;
  day?: string;
  startTime?: string;
  endTime?: string;
  locationIds?: string[];
};

export type ParsedQuery = { query: ServiceQuery; search?: string; postcode?: string; proximity?: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

const uuid = (v: string) => (isUuid(v) ? v.toLowerCase() : undefined);
const years = (v: string) => (/^\d{1,3}(\.\d+)?$/.test(v) ? Number(v) : undefined);
const day = (v: string): string | undefined => days(v)[0];

// Each filter: its parameter, where it goes in the query, how to read it (undefined when malformed) and the
// message when it is. Read in this order, so the first malformed one is the one reported.
const FILTERS: [string, keyof ServiceQuery, (v: string) => string | number | undefined, string][] = [
  ["taxonomy_term_id", "taxonomyTermId", uuid, "must be a UUID"],
  ["taxonomy_id", "taxonomyId", uuid, "must be a UUID"],
  ["minimum_age", "minimumAge", years, "must be a number of years, like 5"],
  ["maximum_age", "maximumAge", years, "must be a number of years, like 5"],
  ["day", "day", day, "must be a day of the week, like MO or Monday"],
  ["start_time", "startTime", clockTime, "must be a time like 09:30"],
  ["end_time", "endTime", clockTime, "must be a time like 09:30"],
];

export function parseServiceQuery(params: URLSearchParams): ParsedQuery | { error: string } {
  const query: ServiceQuery = {};
  const out: ParsedQuery = { query };
  const get = (name: string) => params.get(name)?.trim() || undefined;

  const search = get("search")
    // oxlint-disable-next-line no-control-regex -- removing control characters is the point
    ?.replace(/[\u0000-\u001f\u007f]/g, " ")
    .slice(0, 200);
  if (search) out.search = search;

  for (const [name, key, read, problem] of FILTERS) {
    const v = get(name);
    if (v === undefined) continue;
    const value = read(v);
    if (value === undefined) return { error: `${name} ${problem}` };
    Object.assign(query, { [key]: value });
  }
  const postcode = get("postcode");
  if (postcode) {
    if (!/^[A-Z]{1,2}\d[A-Z\d]?( ?\d[A-Z]{2})?$/i.test(postcode))
      return { error: "postcode must be a UK postcode like FY1 4AB, or a district like FY1" };
    out.postcode = postcode.toUpperCase();
  }
  const proximity = get("proximity");
  if (proximity) {
    if (!/^\d{1,7}(\.\d+)?$/.test(proximity)) return { error: "proximity must be a distance in metres, like 5000" };
    if (!postcode) return { error: "proximity needs a postcode to measure from" };
    out.proximity = Number(proximity);
  }
  return out;
}
