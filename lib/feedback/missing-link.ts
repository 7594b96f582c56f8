// The link from a search that found nothing or little to "Tell us about support that is missing",
// carrying what was searched so the form starts filled in (the page checks each value again).
import type { ServiceFilters } from "@/lib/services/filters";
import { AGE_GROUP_TERMS } from "@/lib/taxonomy/vocabulary";

/** At or below this many results the search page offers the link too, not only at none. */
export const FEW_RESULTS = 3;

export function missingSupportHref(filters: Pick<ServiceFilters, "q" | "needs" | "areas" | "ageRange">): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.needs[0]) params.set("need", filters.needs[0]);
  // An age group as it is, or the first group that holds a single age (11 is primary and secondary).
  const range = filters.ageRange;
  const group =
    range && AGE_GROUP_TERMS.find((g) => g.code === range.param || (g.min <= range.min && range.max <= g.max));
  if (group) params.set("age", group.code);
  if (filters.areas[0]) params.set("area", filters.areas[0]);
  return params.size ? `/feedback/missing?${params}` : "/feedback/missing";
}
