// A feed may list more of something than a listing takes (LIST_LIMITS): keep the first ones and
// say so in the derivation notes, rather than refusing the whole record. Pure.
import { LIST_LIMITS, type ListingInput } from "@/lib/services/schema";

const TOP_LEVEL = [
  "costOptions",
  "categories",
  "needs",
  "contacts",
  "locations",
  "schedules",
  "languages",
  "tags",
] as const;

function firstOf<T>(list: T[] | undefined, name: string, max: number, derived: string[]): T[] | undefined {
  if (!list || list.length <= max) return list;
  derived.push(`${name}: the source lists ${list.length}, the first ${max} kept`);
  return list.slice(0, max);
}

export function capListingLists(input: ListingInput, derived: string[]): ListingInput {
  const out: ListingInput = { ...input };
  for (const name of TOP_LEVEL) {
    (out as Record<string, unknown>)[name] = firstOf(
      input[name] as unknown[] | undefined,
      name,
      LIST_LIMITS[name],
      derived,
    );
  }
  out.contacts = out.contacts?.map((c) => ({
    ...c,
    phones: firstOf(c.phones, "phones", LIST_LIMITS.phones, derived),
  }));
  out.locations = out.locations?.map((l) => ({
    ...l,
    accessibility: firstOf(l.accessibility, "accessibility", LIST_LIMITS.accessibility, derived),
  }));
  return out;
}
