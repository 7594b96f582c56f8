// Turns the query string of /services into filters. Pure: unknown or nonsense values are dropped
// and reported (so the page can say so) rather than failing the whole search.
import { AREA_CODES, COST_TYPES, DAYS } from "./schema";
import { AGE_GROUP_TERMS } from "@/lib/taxonomy/vocabulary";
import { tidyPostcodeInput, WITHIN_MILES, type WithinMiles } from "@/lib/geo/postcode-field";
import { ACCESS_FEATURES, DELIVERY_METHODS, LANGUAGE_CODES, TIMES_OF_DAY } from "./service-features";

export type CostType = (typeof COST_TYPES)[number];
export type Day = (typeof DAYS)[number];
export type AreaCode = (typeof AREA_CODES)[number];

export type ServiceFilters = {
  q: string;
  needs: string[];
  categories: string[];
  /** An age in years, or the range of an age group: services whose range overlaps it match. */
  ageRange?: { min: number; max: number; label: string; param: string };
  areas: AreaCode[];
  cost?: CostType;
  day?: Day;
  /** How it is delivered, venue access (all of them), languages spoken and times (service-features.ts). */
  delivery?: string[];
  access?: string[];
  languages?: string[];
  times?: string[];
  page: number;
  /** As typed, tidied ("FY4 2AB", "FY4"); search.ts finds where it is, or says it cannot. */
  postcode?: string;
  /** Only services with a venue within this many miles of the postcode. */
  within?: WithinMiles;
  /** Unset: nearest first with a postcode and no words, best match with words, otherwise A to Z. */
  sort?: SortChoice;
};

export const SORT_CHOICES = ["distance", "relevance", "name"] as const;
export type SortChoice = (typeof SORT_CHOICES)[number];

export type ParsedFilters = { filters: ServiceFilters; ignored: { param: string; value: string }[] };

export type SearchParams = Record<string, string | string[] | undefined>;

export const MAX_QUERY_LENGTH = 200;

const all = (v: string | string[] | undefined): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v])
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter(Boolean);

/** Strips control characters and squeezes whitespace, then trims to a sensible length. */
export function cleanQuery(raw: string): string {
  return (
    raw
      // oxlint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, MAX_QUERY_LENGTH)
  );
}

export function parseServiceFilters(
  params: SearchParams,
  known: { needs: ReadonlySet<string>; categories: ReadonlySet<string> },
): ParsedFilters {
  const ignored: ParsedFilters["ignored"] = [];
  const keep = <T extends string>(param: string, allowed: ReadonlySet<string>): T[] =>
    [...new Set(all(params[param]))].filter((v) => allowed.has(v) || (ignored.push({ param, value: v }), false)) as T[];

  const filters: ServiceFilters = {
    q: cleanQuery(all(params.q).join(" ")),
    needs: keep("need", known.needs),
    categories: keep("category", known.categories),
    areas: keep<AreaCode>("area", new Set(AREA_CODES)),
    page: 1,
  };
  // Set only when chosen, so a search without them looks as it always did (search log, cache key).
  const lists = [
    ["delivery", "delivery", DELIVERY_METHODS],
    ["access", "access", ACCESS_FEATURES],
    ["languages", "language", LANGUAGE_CODES],
    ["times", "time", TIMES_OF_DAY],
  ] as const;
  for (const [field, param, allowed] of lists) {
    const chosen = keep(param, new Set<string>(allowed));
    if (chosen.length) filters[field] = chosen;
  }

  const cost = keep<CostType>("cost", new Set(COST_TYPES));
  if (cost.length) filters.cost = cost[0];
  const day = keep<Day>("day", new Set(DAYS));
  if (day.length) filters.day = day[0];

  const age = all(params.age)[0];
  if (age !== undefined) {
    const group = AGE_GROUP_TERMS.find((g) => g.code === age);
    const years = /^\d{1,2}$/.test(age) ? Number(age) : NaN;
    if (group) filters.ageRange = { min: group.min, max: group.max, label: group.name, param: age };
    else if (years >= 0 && years <= 25)
      filters.ageRange = { min: years, max: years, label: `age ${years}`, param: age };
    else ignored.push({ param: "age", value: age });
  }

  const postcode = tidyPostcodeInput(all(params.postcode).join(" "));
  if (postcode) filters.postcode = postcode;
  const within = all(params.within)[0];
  if (within !== undefined) {
    if (WITHIN_MILES.map(String).includes(within)) filters.within = Number(within) as WithinMiles;
    else ignored.push({ param: "within", value: within });
  }
  const sort = keep<SortChoice>("sort", new Set(SORT_CHOICES));
  if (sort.length) filters.sort = sort[0];

  const page = all(params.page)[0];
  if (page !== undefined) {
    if (/^\d{1,4}$/.test(page) && Number(page) >= 1) filters.page = Number(page);
    else ignored.push({ param: "page", value: page });
  }
  return { filters, ignored };
}

/** The query string for a set of filters, for links that change one thing (pagination, "remove"). */
export function filtersToSearchParams(f: ServiceFilters, changes: Partial<ServiceFilters> = {}): URLSearchParams {
  const next = { ...f, ...changes };
  const out = new URLSearchParams();
  if (next.q) out.set("q", next.q);
  for (const n of next.needs) out.append("need", n);
  for (const c of next.categories) out.append("category", c);
  if (next.ageRange) out.set("age", next.ageRange.param);
  for (const a of next.areas) out.append("area", a);
  if (next.cost) out.set("cost", next.cost);
  if (next.day) out.set("day", next.day);
  for (const d of next.delivery ?? []) out.append("delivery", d);
  for (const a of next.access ?? []) out.append("access", a);
  for (const l of next.languages ?? []) out.append("language", l);
  for (const t of next.times ?? []) out.append("time", t);
  if (next.postcode) out.set("postcode", next.postcode);
  if (next.within) out.set("within", String(next.within));
  if (next.sort) out.set("sort", next.sort);
  if (next.page > 1) out.set("page", String(next.page));
  return out;
}
